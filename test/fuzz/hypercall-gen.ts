/**
 * Random hypercall sequences for a hostile PV kernel, as fast-check
 * arbitraries. A step is plain JSON (so a shrunk counterexample can be
 * committed and replayed): the hypercall number, the six argument
 * registers and the words written into the guest's RAM first (argument
 * structs, frame lists, grant entries). Values are symbolic — "scratch page
 * 2 + 8", "the other domain's leaf table", "a PTE mapping its own root
 * writable" — and resolved against the machine the step runs on
 * (hypercall-run.ts), so the bias towards interesting values survives
 * shrinking and replay on a fresh machine.
 */
import fc from 'fast-check';
import { layout, type AbiStruct } from '../../hypervisor/abi/constant.js';
import {
  EVTCHN_ALLOC_UNBOUND, EVTCHN_BIND_INTERDOMAIN, EVTCHN_BIND_VIRQ, EVTCHNOP, EXOOP, GNTTAB_COPY, GNTTAB_MAP, GNTTAB_SETUP_TABLE, GNTTAB_UNMAP, GNTTABOP,
  GRANT_ENTRY, HYPERCALLS, pvConst,
} from '../../hypervisor/abi/pv.js';

const c = pvConst;

/** Frames a value may name: the guest's RAM, its free pages, its tables, the other domain's, hypervisor frames, past the machine. */
export type Who = 'ram' | 'free' | 'table' | 'other' | 'otherTable' | 'shared' | 'gtab' | 'otherShared' | 'otherGtab' | 'bound' | 'hv' | 'past';

/** A symbolic register or struct value, resolved on the machine a step runs on. */
export type Val =
  | { n: number }
  | { va: 'scratch' | 'ramEnd' | 'table' | 'low'; i: number; off: number }
  | { mfn: Who; i: number }
  | { ma: Who; i: number; off: number }
  | { pte: Who; i: number; perm: number }
  | { pteOf: number };

/** One word (or half-word, or byte) the guest writes into its RAM: scratch page `page`, byte `off`. */
export interface Write { page: number; off: number; width: 1 | 2 | 4; v: Val }

/** One hypercall of the hostile kernel, with the memory it prepares first. */
export interface Step { nr: number; args: Val[]; mem: Write[] }

/** A generated case: the steps, which domain is destroyed first at the end, and the step before which the other domain is destroyed (null: it lives to the end). */
export interface HypercallCase { steps: Step[]; hostileFirst: boolean; peerGoneAt?: number | null }

/** The pseudo hypercall number of a store into the guest's own grant table (no hypercall has it: generated numbers avoid it). */
export const GRANT_STORE = -0x6a7;
/** Pseudo hypercall numbers of the other domain's turns: it maps a grant of the hostile one (args: ref, flags, slot) or unmaps one (args: slot). */
export const PEER_MAP = -0x6a8, PEER_UNMAP = -0x6a9;
/** Pseudo hypercall number of the hypervisor revoking bound frames: it asks for args[0] of them and enforces the deadline at once (args[1] of them given back first). */
export const REVOKE = -0x6aa;
/** Grant-entry layout, for GRANT_STORE steps. */
export const GRANT_ENTRY_LAYOUT = layout(GRANT_ENTRY);
/** Scratch pages the generator uses (pages 8–11 start unmapped: free slots for grant maps). */
export const SCRATCH_PAGES = 16;

const WHO: readonly Who[] = ['ram', 'free', 'table', 'other', 'otherTable', 'shared', 'gtab', 'otherShared', 'otherGtab', 'bound', 'hv', 'past'];
const EDGES = [0, 1, 2, 3, 4, 0x7ff, 0x800, 0xfff, 0x1000, 0x7fff, 0x8000, 0xffff, 0x1_0000, 0x7fff_ffff, 0x8000_0000, 0xffff_fffc, 0xffff_ffff, -1];
const V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;
const HOST_MAP = c('GNTMAP_host_map');

const small = fc.nat({ max: 15 });
/** Which frame of a kind: mostly one of the first few (so separate steps meet on the same frame), sometimes any. */
const which = fc.oneof({ weight: 3, arbitrary: small }, fc.nat({ max: 600 }));
const literal = fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: -8, max: 64 }), fc.integer()).map((n) => ({ n }));
const who = fc.constantFrom(...WHO);
const perm = fc.oneof(fc.constantFrom(V | R | U | A | D, V | R | W | U | A | D, V | R | W | X | U | A | D, V, V | W, V | U | A | D, 0), fc.nat({ max: 0x3ff }));
const offset = fc.oneof(fc.constantFrom(0, 4, 8, 0xffc, 0xffe, 0xfff, 0x800), fc.nat({ max: 0xfff }), fc.integer({ min: -16, max: 16 }));

/** A kernel virtual address: mostly scratch RAM, else near the end of RAM, inside a page table, or low memory. */
const vaArb: fc.Arbitrary<Val> = fc.record({ va: fc.constantFrom('scratch', 'scratch', 'scratch', 'ramEnd', 'table', 'low'), i: small, off: offset }) as fc.Arbitrary<Val>;
/** A machine frame number of any kind. */
const mfnArb: fc.Arbitrary<Val> = fc.record({ mfn: who, i: which });
/** A machine byte address (PTE pointers when aimed at tables). */
const maArb: fc.Arbitrary<Val> = fc.record({ ma: who, i: which, off: fc.oneof(fc.nat({ max: 1023 }).map((w) => w * 4), offset) });
/** A PTE value mapping a frame of any kind with any permission bits. */
const pteArb: fc.Arbitrary<Val> = fc.record({ pte: who, i: which, perm });
/** Any value at all. */
const anyVal: fc.Arbitrary<Val> = fc.oneof({ weight: 3, arbitrary: literal }, vaArb, mfnArb, maArb, pteArb);
/** Domain ids: mostly self or the other domain (2), else the hostile one's own id (1), the back-end, ones that do not exist. */
const domid = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Val>({ n: c('DOMID_SELF') }) }, { weight: 3, arbitrary: fc.constant<Val>({ n: 2 }) },
  fc.constantFrom(1, 0, 77, c('DOMID_XEN'), 0xffff).map((n) => ({ n })), literal,
);
/** The domid register of mmu_update and mmuext_op: nearly always DOMID_SELF (anything else is refused before a request is read). */
const selfDom = fc.oneof({ weight: 8, arbitrary: fc.constant<Val>({ n: c('DOMID_SELF') }) }, domid);
/** Small indices (ports, refs, handles), sometimes anything. */
const index = fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 16 }).map((n) => ({ n })) }, literal);

/** Byte width of each field of `s` (nested structs are written as words). */
function widths(s: AbiStruct): Array<[string, number, 1 | 2 | 4]> {
  const o = layout(s).offsets;
  return s.fields.map((f) => [f.name, o[f.name]!, f.type === 'uint8_t' ? 1 : f.type === 'uint16_t' || f.type === 'int16_t' ? 2 : 4]);
}

/** `n` structs of `s` at scratch page `page` + `off`, each field from `field(name)` (else any value). */
function structs(s: AbiStruct, field: (name: string) => fc.Arbitrary<Val> | undefined, n: number, page: number, off: number): fc.Arbitrary<Write[]> {
  const size = layout(s).size, ws = widths(s);
  const one = (k: number): fc.Arbitrary<Write[]> => fc.tuple(...ws.map(([name]) => field(name) ?? anyVal)).map((vals) =>
    vals.map((v, j) => ({ page, off: off + k * size + ws[j]![1], width: ws[j]![2], v })));
  return fc.tuple(...Array.from({ length: n }, (_, k) => one(k))).map((xs) => xs.flat());
}

/** Where a step's struct goes: a scratch page and a (mostly aligned) offset; the pointer register names it most of the time. */
const place = fc.record({ page: fc.nat({ max: 3 }), off: fc.oneof(fc.constantFrom(0, 0x100, 0xff8, 0xffc), fc.nat({ max: 0x3ff }).map((w) => w * 4), fc.nat({ max: 0xfff })) });
const pointerTo = (p: { page: number; off: number }): fc.Arbitrary<Val> => fc.oneof({ weight: 5, arbitrary: fc.constant<Val>({ va: 'scratch', i: p.page, off: p.off }) }, anyVal);
/** Batch counts: mostly a few, sometimes past the limit or negative. */
const count = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) }, fc.constant(0), fc.constantFrom(c('MMU_UPDATE_MAX_BATCH'), c('MMU_UPDATE_MAX_BATCH') + 1, -1, 0x7fff_ffff));

/** A step of hypercall `nr`: struct(s) written at a place, the pointer register `at` aimed at it, the other registers from `regs`. */
function withStruct(nr: number, regs: (p: { page: number; off: number }, n: number) => fc.Arbitrary<Val[]>, mem: (p: { page: number; off: number }, n: number) => fc.Arbitrary<Write[]>): fc.Arbitrary<Step> {
  return fc.tuple(place, count).chain(([p, n]) => fc.tuple(regs(p, n), mem(p, Math.min(Math.max(n, 1), 4)))).map(([args, m]) => ({ nr, args, mem: m }));
}

/** mmu_update and mmuext_op batches: PTE pointers and values, or commands and frames. */
function mmuSteps(): fc.Arbitrary<Step> {
  const regs = (p: { page: number; off: number }, n: number): fc.Arbitrary<Val[]> => fc.tuple(pointerTo(p), fc.oneof({ weight: 3, arbitrary: fc.constant<Val>({ n: 0 }) }, { weight: 3, arbitrary: fc.constant<Val>({ va: 'scratch', i: 5, off: 0 }) }, vaArb, anyVal), selfDom).map(([r, done, d]) => [r, { n }, done, d]);
  const ptePtr = fc.oneof({ weight: 3, arbitrary: fc.record({ ma: fc.constantFrom<Who>('table', 'table', 'free', 'otherTable'), i: which, off: fc.nat({ max: 1023 }).map((w) => w * 4) }) }, maArb, anyVal);
  const update = withStruct(HYPERCALLS.mmu_update, regs, (p, n) => fc.array(fc.tuple(ptePtr, fc.oneof(pteArb, pteArb, anyVal)), { minLength: n, maxLength: n })
    .map((pairs) => pairs.flatMap(([ptr, val], k) => [{ page: p.page, off: p.off + 8 * k, width: 4 as const, v: ptr }, { page: p.page, off: p.off + 8 * k + 4, width: 4 as const, v: val }])));
  const cmd = fc.oneof(fc.constantFrom(0, 1, 4, 5, 6, 7, 15).map((n) => ({ n })), literal);
  const ext = withStruct(HYPERCALLS.mmuext_op, regs, (p, n) => fc.array(fc.tuple(cmd, fc.oneof(mfnArb, mfnArb, anyVal)), { minLength: n, maxLength: n })
    .map((ops) => ops.flatMap(([k, arg], j) => [{ page: p.page, off: p.off + 8 * j, width: 4 as const, v: k }, { page: p.page, off: p.off + 8 * j + 4, width: 4 as const, v: arg }])));
  return fc.oneof(update, ext, { weight: 2, arbitrary: tableSteps() });
}

/**
 * Coherent page-table moves the field-by-field generator rarely makes:
 * remap one scratch page (read-only, writable, or not at all), then pin,
 * unpin or switch to its frame, so later steps meet tables of its own making.
 */
function tableSteps(): fc.Arbitrary<Step> {
  const page = fc.integer({ min: 4, max: SCRATCH_PAGES - 1 });
  const R_ONLY = V | R | U | A | D, RW = R_ONLY | W;
  const remap = fc.tuple(page, fc.constantFrom(R_ONLY, R_ONLY, RW, 0)).map(([i, perm]): Step => ({
    nr: HYPERCALLS.mmu_update, args: [{ va: 'scratch', i: 0, off: 0 }, { n: 1 }, { n: 0 }, { n: c('DOMID_SELF') }],
    mem: [{ page: 0, off: 0, width: 4, v: { pteOf: i } }, { page: 0, off: 4, width: 4, v: perm ? { pte: 'free', i, perm } : { n: 0 } }],
  }));
  const ext = fc.tuple(page, fc.constantFrom(0, 0, 1, 4, 4, 5, 15)).map(([i, cmd]): Step => ({
    nr: HYPERCALLS.mmuext_op, args: [{ va: 'scratch', i: 0, off: 0 }, { n: 1 }, { n: 0 }, { n: c('DOMID_SELF') }],
    mem: [{ page: 0, off: 0, width: 4, v: { n: cmd } }, { page: 0, off: 4, width: 4, v: { mfn: 'free', i } }],
  }));
  return fc.oneof(remap, ext);
}

/** grant_table_op of every GNTTABOP (and unknown ones), uops filled field by field. */
function grantSteps(): fc.Arbitrary<Step> {
  const field = (name: string): fc.Arbitrary<Val> | undefined => ({
    host_addr: fc.oneof(fc.record({ va: fc.constant('scratch'), i: fc.integer({ min: 8, max: 11 }), off: fc.constant(0) }) as fc.Arbitrary<Val>, vaArb),
    flags: fc.oneof(fc.constantFrom(HOST_MAP, HOST_MAP | c('GNTMAP_readonly'), 0, 1, 4, 7).map((n) => ({ n })), literal), ref: index, dom: domid, handle: index,
    src_ref_or_gmfn: fc.oneof(index, mfnArb), dst_ref_or_gmfn: fc.oneof(index, mfnArb), src_domid: domid, dst_domid: domid,
    src_offset: fc.oneof(fc.constantFrom(0, 8, 4000, 0xffff).map((n) => ({ n })), literal), dst_offset: fc.oneof(fc.constantFrom(0, 8, 4000, 0xffff).map((n) => ({ n })), literal),
    len: fc.oneof(fc.constantFrom(1, 8, 16, 4096, 4097, 0xffff).map((n) => ({ n })), literal), nr_frames: fc.oneof(fc.constantFrom(0, 1, 2).map((n) => ({ n })), literal),
  } as Record<string, fc.Arbitrary<Val>>)[name];
  const layouts: Array<[number, AbiStruct]> = [[GNTTABOP.map, GNTTAB_MAP], [GNTTABOP.unmap, GNTTAB_UNMAP], [GNTTABOP.copy, GNTTAB_COPY], [GNTTABOP.setup, GNTTAB_SETUP_TABLE], [99, GNTTAB_COPY]];
  const random = fc.constantFrom(...layouts).chain(([op, s]) => withStruct(HYPERCALLS.grant_table_op,
    (p, n) => pointerTo(p).map((u) => [{ n: op }, u, { n }]), (p, n) => structs(s, field, n, p.page, p.off)));
  const copies = withStruct(HYPERCALLS.grant_table_op, (p, n) => pointerTo(p).map((u) => [{ n: GNTTABOP.copy }, u, { n }]), (p, n) => copyUops(n, p.page, p.off));
  return fc.oneof(random, copies, mapUnmap());
}

/** A map of a real grant (the other's refs 1–5, or its own) at a free slot, or an unmap of a handle it may hold: the field-by-field generator rarely makes either. */
function mapUnmap(): fc.Arbitrary<Step> {
  const o = layout(GNTTAB_MAP).offsets, u = layout(GNTTAB_UNMAP).offsets;
  const at = fc.integer({ min: 8, max: 11 }).map((i): Val => ({ va: 'scratch', i, off: 0 }));
  const map = fc.tuple(at, fc.constantFrom(HOST_MAP, HOST_MAP, HOST_MAP | c('GNTMAP_readonly')), fc.nat({ max: 5 }), fc.constantFrom(2, 2, c('DOMID_SELF'))).map(([host, flags, ref, dom]): Step => ({
    nr: HYPERCALLS.grant_table_op, args: [{ n: GNTTABOP.map }, { va: 'scratch', i: 1, off: 0 }, { n: 1 }],
    mem: [{ page: 1, off: o['host_addr']!, width: 4, v: host }, { page: 1, off: o['flags']!, width: 4, v: { n: flags } }, { page: 1, off: o['ref']!, width: 4, v: { n: ref } }, { page: 1, off: o['dom']!, width: 2, v: { n: dom } }],
  }));
  const unmap = fc.tuple(at, fc.integer({ min: 1, max: 8 })).map(([host, handle]): Step => ({
    nr: HYPERCALLS.grant_table_op, args: [{ n: GNTTABOP.unmap }, { va: 'scratch', i: 1, off: 0 }, { n: 1 }],
    mem: [{ page: 1, off: u['host_addr']!, width: 4, v: host }, { page: 1, off: u['handle']!, width: 4, v: { n: handle } }],
  }));
  return fc.oneof({ weight: 2, arbitrary: map }, unmap);
}

/** One side of a well-formed copy: a local frame of any kind (DOMID_SELF), or a grant ref of the other domain or its own. */
const copySide = fc.oneof(
  fc.record({ ref: fc.record({ mfn: fc.constantFrom<Who>('ram', 'free', 'table', 'bound', 'other', 'otherTable', 'shared', 'hv'), i: which }) as fc.Arbitrary<Val>, dom: fc.constant<Val>({ n: c('DOMID_SELF') }), gref: fc.constant(false) }),
  fc.record({ ref: fc.nat({ max: 8 }).map((n): Val => ({ n })), dom: fc.constantFrom<Val>({ n: 2 }, { n: c('DOMID_SELF') }), gref: fc.constant(true) }),
);

/** `n` GNTTABOP_copy uops whose flags agree with their sides, at scratch page `page` + `off` (the field-by-field generator rarely makes one). */
function copyUops(n: number, page: number, off: number): fc.Arbitrary<Write[]> {
  const o = layout(GNTTAB_COPY).offsets, size = layout(GNTTAB_COPY).size;
  const at = fc.oneof(fc.constantFrom(0, 8, 0x800, 4000).map((v): Val => ({ n: v })), literal);
  const len = fc.oneof(fc.constantFrom(1, 8, 64, 4096, 4097).map((v): Val => ({ n: v })), literal);
  const uop = fc.tuple(copySide, copySide, at, at, len).map(([src, dst, so, dof, l]) => [
    ['src_ref_or_gmfn', 4, src.ref], ['src_domid', 2, src.dom], ['src_offset', 2, so], ['dst_ref_or_gmfn', 4, dst.ref], ['dst_domid', 2, dst.dom],
    ['dst_offset', 2, dof], ['len', 2, l], ['flags', 2, { n: (src.gref ? c('GNTCOPY_source_gref') : 0) | (dst.gref ? c('GNTCOPY_dest_gref') : 0) }],
  ] as Array<[string, 2 | 4, Val]>);
  return fc.array(uop, { minLength: n, maxLength: n }).map((us) => us.flatMap((fields, k) => fields.map(([name, width, v]) => ({ page, off: off + k * size + o[name]!, width, v }))));
}

/** The hostile domain writes entry `ref` of its own grant table (no hypercall: a store through its mapping of the table). */
const grantEntryArb: fc.Arbitrary<{ ref: number; words: Val[] }> = fc.record({
  ref: fc.oneof({ weight: 6, arbitrary: fc.nat({ max: 1 }) }, fc.nat({ max: 15 })),
  words: fc.tuple(
    fc.oneof({ weight: 8, arbitrary: fc.constantFrom(c('GTF_permit_access'), c('GTF_permit_access'), c('GTF_permit_access') | c('GTF_readonly')).map((n) => ({ n })) }, fc.constantFrom(0, 3).map((n) => ({ n })), literal),
    fc.oneof({ weight: 3, arbitrary: fc.constant<Val>({ n: 2 }) }, domid),
    fc.oneof({ weight: 6, arbitrary: fc.record({ mfn: fc.constantFrom<Who>('ram', 'free', 'free', 'bound', 'table'), i: which }) as fc.Arbitrary<Val> }, mfnArb, literal),
  ),
});

/** event_channel_op: every EVTCHNOP (and unknown ones), the struct's words small ports and domain ids. */
function evtchnSteps(): fc.Arbitrary<Step> {
  const word = fc.oneof(index, domid, fc.constant<Val>({ n: (1 << 16) | c('DOMID_SELF') }), fc.constant<Val>({ n: (2 << 16) | c('DOMID_SELF') }));
  const cmd = fc.oneof(fc.constantFrom(...Object.values(EVTCHNOP)), fc.integer({ min: -2, max: 12 }));
  const size = Math.max(layout(EVTCHN_ALLOC_UNBOUND).size, layout(EVTCHN_BIND_INTERDOMAIN).size, layout(EVTCHN_BIND_VIRQ).size);
  return fc.tuple(cmd, place).chain(([k, p]) => fc.tuple(pointerTo(p), fc.array(word, { minLength: size / 4, maxLength: size / 4 }))
    .map(([at, words]) => ({ nr: HYPERCALLS.event_channel_op, args: [{ n: k }, at], mem: words.map((v, j) => ({ page: p.page, off: p.off + 4 * j, width: 4 as const, v })) })));
}

/** exo_op: frame lists to bind and unbind (their own bound frames among them), extents, filters, acknowledgements. */
function exoSteps(): fc.Arbitrary<Step> {
  const cmd = fc.oneof(fc.constantFrom(...Object.values(EXOOP)), fc.integer({ min: -1, max: 8 }));
  const head = fc.tuple(fc.oneof(fc.nat({ max: 4 }).map((n) => ({ n })), literal), fc.oneof(fc.constant<Val>({ va: 'scratch', i: 4, off: 0 }), vaArb), anyVal);
  const list = fc.array(fc.oneof(fc.record({ mfn: fc.constant<Who>('bound'), i: fc.nat({ max: 8 }) }), mfnArb, literal), { maxLength: 6 });
  // A well-formed bind of 1–4 frames (its list on scratch page 4): bound frames for the other steps to map, pin, grant, unbind and lose.
  const bind = fc.integer({ min: 1, max: 4 }).map((n): Step => ({
    nr: HYPERCALLS.exo_op, args: [{ n: EXOOP.bindFrames }, { va: 'scratch', i: 2, off: 0 }],
    mem: [{ page: 2, off: 0, width: 4, v: { n } }, { page: 2, off: 4, width: 4, v: { va: 'scratch', i: 4, off: 0 } }, { page: 2, off: 8, width: 4, v: { n: 0 } }],
  }));
  return fc.oneof(bind, fc.tuple(cmd, place, head, list, fc.array(anyVal, { maxLength: 8 })).chain(([k, p, [n, at, done], frames, extra]) => pointerTo(p).map((ptr) => ({
    nr: HYPERCALLS.exo_op, args: [{ n: k }, ptr],
    mem: [
      ...[n, at, done, ...extra].map((v, j) => ({ page: p.page, off: p.off + 4 * j, width: 4 as const, v })),
      ...frames.map((v, j) => ({ page: 4, off: 4 * j, width: 4 as const, v })),
    ],
  }))));
}

/** The register-only hypercalls (console_io with a buffer, sched_op, set_timer_op, set_callbacks, xen_version, memory_op) and unknown numbers. */
function registerSteps(): fc.Arbitrary<Step> {
  const nr = fc.oneof(
    fc.constantFrom(HYPERCALLS.console_io, HYPERCALLS.sched_op, HYPERCALLS.set_timer_op, HYPERCALLS.set_callbacks, HYPERCALLS.xen_version, HYPERCALLS.memory_op),
    fc.integer({ min: -1, max: 64 }).filter((n) => n !== HYPERCALLS.iret), fc.integer().filter((n) => n !== HYPERCALLS.iret && n !== GRANT_STORE && n !== PEER_MAP && n !== PEER_UNMAP && n !== REVOKE),
  );
  const reg = fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 8 }).map((n) => ({ n })) }, anyVal, domid);
  return fc.tuple(nr, fc.array(reg, { minLength: 6, maxLength: 6 })).map(([n, args]) => ({ nr: n, args, mem: [] }));
}

/**
 * One step: a hypercall of the hostile kernel (iret excluded: it leaves the
 * dispatcher for the guest's saved context, so what follows would no longer
 * be hypercalls), a store into its own grant table (GRANT_STORE), the
 * other domain mapping or unmapping one of its grants (PEER_MAP, PEER_UNMAP),
 * or the hypervisor taking bound frames back at a revocation deadline (REVOKE).
 */
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: mmuSteps() }, { weight: 4, arbitrary: grantSteps() }, { weight: 2, arbitrary: evtchnSteps() },
  { weight: 2, arbitrary: exoSteps() }, { weight: 1, arbitrary: registerSteps() },
  { weight: 2, arbitrary: grantEntryArb.map(({ ref, words }): Step => ({ nr: GRANT_STORE, args: [{ n: ref }], mem: words.map((v, j) => ({ page: -1, off: j, width: 4, v })) })) },
  { weight: 3, arbitrary: peerSteps() },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 8 }), fc.nat({ max: 2 })).map(([n, back]): Step => ({ nr: REVOKE, args: [{ n }, { n: back }], mem: [] })) },
);

/** The other domain's turns: it maps grants the hostile one made (its own table entries, from GRANT_STORE steps) and unmaps them. */
function peerSteps(): fc.Arbitrary<Step> {
  const map = fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.nat({ max: 1 }) }, fc.nat({ max: 15 })), fc.constantFrom(HOST_MAP, HOST_MAP, HOST_MAP | c('GNTMAP_readonly'), 0), fc.nat({ max: 3 })).map(([ref, flags, slot]): Step => ({ nr: PEER_MAP, args: [{ n: ref }, { n: flags }, { n: slot }], mem: [] }));
  const unmap = fc.nat({ max: 3 }).map((slot): Step => ({ nr: PEER_UNMAP, args: [{ n: slot }], mem: [] }));
  return fc.oneof({ weight: 2, arbitrary: map }, unmap);
}

/** A whole case: 1–12 steps, the destruction order, and sometimes the other domain destroyed midway. */
export const caseArb: fc.Arbitrary<HypercallCase> = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 12 }), hostileFirst: fc.boolean(),
  peerGoneAt: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, fc.nat({ max: 12 })),
});
