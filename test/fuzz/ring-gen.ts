/**
 * Random hostile front-ends for the PV ring back-ends, as fast-check
 * arbitraries of plain JSON (a shrunk counterexample is committed as is and
 * replayed): requests with lying fields, req_prod moved forward, backward
 * and far past, the other ring indices overwritten, published slots
 * rewritten before the back-end reads them and while it works on one
 * (the double fetch), grants revoked, made read-only or handed to another
 * domain, its own pages pinned as page tables and unpinned, responses read
 * or left unread, and the bystander's turns.
 */
import fc from 'fast-check';
import { BLKIF_MAX_SEGMENTS } from '../../hypervisor/abi/ring.js';
import { abiNumber } from '../../hypervisor/pv/backend.js';

/** A rewrite of `width` bytes at byte `off` of a slot. */
export interface Poke { off: number; width: 1 | 2 | 4; value: number }
/** Grant changes a hostile front-end makes under the back-end. */
export type GrantMode = 'revoke' | 'readonly' | 'foreign' | 'writable';

/** Steps common to every ring: index moves, slot rewrites, grant changes, reading responses, kicks, the bystander's turn. */
export type RingStep =
  | { k: 'publish'; ring: number }
  | { k: 'prod'; ring: number; delta: number }
  | { k: 'index'; ring: number; name: 'req_event' | 'rsp_prod' | 'rsp_event'; value: number }
  | { k: 'poke'; ring: number; slot: number; poke: Poke }
  | { k: 'race'; poke: Poke }
  | { k: 'grant'; ref: number; mode: GrantMode }
  | { k: 'read' }
  | { k: 'kick' }
  | { k: 'bystander' }
  | { k: 'pin'; frame: number; level: 1 | 2 }
  | { k: 'unpin'; frame: number };

/** A block request as the front-end writes it (`nr` may lie about the segment count). */
export interface BlkPush { k: 'push'; op: number; id: number; sector: number; segs: Array<{ gref: number; first: number; last: number }>; nr: number | null }
/** A transmit request (`dst`: whose MAC the frame is addressed to), or a posted receive page. */
export type NetPush =
  | { k: 'tx'; gref: number; offset: number; flags: number; size: number; dst: 'good' | 'bad' | 'broadcast' }
  | { k: 'post'; gref: number; id: number }
  | { k: 'deliver'; size: number };

/** The domain binds disk sectors [first, first + count) (exo_op EXO_bind_extent): from then on its back-end serves reads and writes inside a bound extent only. */
export interface BlkExtent { k: 'extent'; first: number; count: number }
/** A block case: the hostile front-end's steps, ending with a kick and the bystander's turn; `spin`: the back-ends watch their rings between kicks. */
export interface BlkCase { steps: Array<BlkPush | BlkExtent | RingStep>; spin?: boolean }
/** One test of a packet-filter rule: the `width`-byte big-endian field at `offset`, masked, equals `value`. */
export interface FilterAtom { offset: number; width: 1 | 2 | 4; mask: number; value: number }
/** The domain binds a packet filter (exo_op EXO_bind_net_filter): a frame passes when every atom of some rule holds; no rules removes it. */
export interface NetFilter { k: 'filter'; rules: FilterAtom[][] }
/** A network case. */
export interface NetCase { steps: Array<NetPush | NetFilter | RingStep>; spin?: boolean }

/** Refs each fixture grants (ring-blk-run.ts, ring-net-run.ts): the data pages, one read-only, one for another domain, none at all. */
export const REFS = { data: 10, dataCount: BLKIF_MAX_SEGMENTS, readonly: 30, foreign: 31, rx: 100, rxCount: 8 };
const EDGE32 = [0, 1, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff];

/** Grant refs: mostly real data pages, else the ring's own, read-only, foreign, never made, past the table. */
function grefArb(first: number, count: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 24, arbitrary: fc.integer({ min: first, max: first + count - 1 }) },
    fc.constant(REFS.readonly), fc.constant(REFS.foreign), fc.constantFrom(1, 2), fc.constantFrom(0, 200, 511, 512, 0xffff_ffff), fc.nat(),
  );
}

const poke: fc.Arbitrary<Poke> = fc.record({
  off: fc.nat({ max: 111 }), width: fc.constantFrom<1 | 2 | 4>(1, 2, 4), value: fc.oneof(fc.constantFrom(...EDGE32, 255, 8, 7), fc.nat({ max: 300 }), fc.integer()),
});
const delta = fc.oneof(fc.constantFrom(-1, -2, 1, 2, 32, 33, 64, 0x7fff_0000, -0x8000_0000), fc.integer({ min: -40, max: 40 }), fc.integer());

/** The ring steps for rings 0..`rings`-1, `grants` the refs a grant change may hit. */
function ringStepArb(rings: number, grants: fc.Arbitrary<number>): fc.Arbitrary<RingStep> {
  const ring = fc.nat({ max: rings - 1 });
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ k: fc.constant('publish' as const), ring }) },
    { weight: 6, arbitrary: fc.constant<RingStep>({ k: 'kick' }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('prod' as const), ring, delta }) },
    fc.record({ k: fc.constant('index' as const), ring, name: fc.constantFrom<'req_event' | 'rsp_prod' | 'rsp_event'>('req_event', 'rsp_prod', 'rsp_event'), value: fc.oneof(fc.constantFrom(...EDGE32), fc.nat({ max: 80 })) }),
    { weight: 2, arbitrary: fc.record({ k: fc.constant('poke' as const), ring, slot: fc.integer({ min: -2, max: 3 }), poke }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('race' as const), poke }) },
    fc.record({ k: fc.constant('grant' as const), ref: grants, mode: fc.constantFrom<GrantMode>('revoke', 'readonly', 'foreign', 'writable') }),
    { weight: 2, arbitrary: fc.constant<RingStep>({ k: 'read' }) },
    fc.constant<RingStep>({ k: 'bystander' }),
    fc.record({ k: fc.constant('pin' as const), frame: fc.nat({ max: 40 }), level: fc.constantFrom<1 | 2>(1, 1, 2) }),
    fc.record({ k: fc.constant('unpin' as const), frame: fc.nat({ max: 40 }) }),
  );
}

const BLK_OPS = [abiNumber('BLKIF_OP_READ'), abiNumber('BLKIF_OP_WRITE'), abiNumber('BLKIF_OP_FLUSH_DISKCACHE')];
/** Block sectors: the start, the end of the 64-sector test disk, past it, near 2^32. */
const sector = fc.oneof({ weight: 8, arbitrary: fc.nat({ max: 40 }) }, fc.constantFrom(60, 62, 63, 64, 65, 0xffff_fff0, 0xffff_ffff), fc.nat());
/** A sector within a page: mostly 0–7, sometimes past the page. */
const sect = fc.oneof({ weight: 6, arbitrary: fc.nat({ max: 7 }) }, fc.constantFrom(8, 9, 200, 255));

/** A segment: mostly a well-formed range of a data page (so whole requests get through to the data movement), else any lie. */
const seg = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(grefArb(REFS.data, REFS.dataCount), fc.nat({ max: 7 }), fc.nat({ max: 7 })).map(([gref, a, b]) => ({ gref, first: Math.min(a, b), last: Math.max(a, b) })) },
  fc.record({ gref: grefArb(REFS.data, REFS.dataCount), first: sect, last: sect }),
);

/** One block request of the hostile front-end. */
const blkPushArb: fc.Arbitrary<BlkPush> = fc.record({
  k: fc.constant('push' as const),
  op: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(BLK_OPS[0]!, BLK_OPS[1]!) }, fc.constantFrom(...BLK_OPS), fc.nat({ max: 255 })),
  id: fc.nat(),
  sector,
  segs: fc.oneof({ weight: 6, arbitrary: fc.array(seg, { minLength: 1, maxLength: 3 }) }, fc.array(seg, { minLength: 0, maxLength: BLKIF_MAX_SEGMENTS + 1 })),
  nr: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, fc.constantFrom(0, 1, BLKIF_MAX_SEGMENTS, BLKIF_MAX_SEGMENTS + 1, 255)),
});

/** A block case: 1–30 steps. */
export const blkCaseArb: fc.Arbitrary<BlkCase> = fc.record({
  steps: fc.array(fc.oneof(
    { weight: 3, arbitrary: blkPushArb }, { weight: 4, arbitrary: ringStepArb(1, grefArb(REFS.data, REFS.dataCount)) },
    fc.record({ k: fc.constant('extent' as const), first: fc.nat({ max: 48 }), count: fc.integer({ min: 1, max: 24 }) }),
  ), { minLength: 1, maxLength: 30 }),
  spin: fc.boolean(),
});

/** Frame sizes: real ones, then lies about the header, the MTU and the page. */
const frameSize = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 14, max: 1514 }) }, fc.constantFrom(0, 13, 1515, 4096, 0xffff), fc.nat({ max: 0xffff }));

/** One network step of the hostile front-end (ring 0 transmit, ring 1 receive). */
const netPushArb: fc.Arbitrary<NetPush> = fc.oneof(
  fc.record({
    k: fc.constant('tx' as const), gref: fc.oneof({ weight: 4, arbitrary: fc.constant(REFS.data) }, grefArb(REFS.rx, REFS.rxCount)),
    offset: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.constantFrom(1, 2000, 4095, 4096, 0xffff), fc.nat({ max: 0xffff })),
    flags: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.nat({ max: 0xffff })), size: frameSize, dst: fc.constantFrom<'good' | 'bad' | 'broadcast'>('good', 'bad', 'broadcast'),
  }),
  fc.record({ k: fc.constant('post' as const), gref: grefArb(REFS.rx, REFS.rxCount), id: fc.nat({ max: 0xffff }) }),
  fc.record({ k: fc.constant('deliver' as const), size: frameSize }),
);

/** A filter atom the test frames (ring-net.ts `frame`: type 0x0800, byte i = i past the header) may meet: one byte, or the EtherType. */
const atom: fc.Arbitrary<FilterAtom> = fc.oneof(
  fc.tuple(fc.integer({ min: 12, max: 80 }), fc.boolean()).map(([offset, hit]): FilterAtom => ({ offset, width: 1, mask: 0xff, value: hit ? (offset === 12 ? 8 : offset === 13 ? 0 : offset & 0xff) : (offset + 1) & 0xff })),
  fc.constantFrom<FilterAtom>({ offset: 12, width: 2, mask: 0xffff, value: 0x0800 }, { offset: 12, width: 2, mask: 0xffff, value: 0x86dd }, { offset: 14, width: 4, mask: 0xff00_ff00, value: 0x0e00_1000 }),
);
const filterArb: fc.Arbitrary<NetFilter> = fc.record({ k: fc.constant('filter' as const), rules: fc.array(fc.array(atom, { minLength: 1, maxLength: 2 }), { maxLength: 2 }) });

/** A network case: 1–30 steps. */
export const netCaseArb: fc.Arbitrary<NetCase> = fc.record({
  steps: fc.array(fc.oneof({ weight: 3, arbitrary: netPushArb }, { weight: 4, arbitrary: ringStepArb(2, grefArb(REFS.rx, REFS.rxCount)) }, filterArb), { minLength: 1, maxLength: 30 }),
  spin: fc.boolean(),
});

/** A console step: output written honestly (`n` bytes of `fill`), an index overwritten, a kick, host input, a console_io call, the bystander's turn. */
export type ConsoleStep =
  | { k: 'out'; n: number; fill: number }
  | { k: 'index'; name: 'in_cons' | 'in_prod' | 'out_cons' | 'out_prod'; delta: number }
  | { k: 'kick' }
  | { k: 'input'; n: number }
  | { k: 'io'; count: number }
  | { k: 'bystander' };

/** A console case. */
export interface ConsoleCase { steps: ConsoleStep[] }

/** A console case: 1–30 steps, the indices moved by small and huge amounts. */
export const consoleCaseArb: fc.Arbitrary<ConsoleCase> = fc.record({
  steps: fc.array(fc.oneof(
    { weight: 4, arbitrary: fc.record({ k: fc.constant('out' as const), n: fc.oneof(fc.nat({ max: 64 }), fc.constantFrom(2047, 2048, 2049)), fill: fc.nat({ max: 255 }) }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('index' as const), name: fc.constantFrom<'in_cons' | 'in_prod' | 'out_cons' | 'out_prod'>('in_cons', 'in_prod', 'out_cons', 'out_prod'), delta }) },
    { weight: 4, arbitrary: fc.constant<ConsoleStep>({ k: 'kick' }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('input' as const), n: fc.oneof(fc.nat({ max: 64 }), fc.constantFrom(1023, 1024, 1025, 70_000)) }) },
    fc.record({ k: fc.constant('io' as const), count: fc.oneof(fc.nat({ max: 64 }), fc.constantFrom(1024, 1025, -1)) }),
    fc.constant<ConsoleStep>({ k: 'bystander' }),
  ), { minLength: 1, maxLength: 30 }),
});
