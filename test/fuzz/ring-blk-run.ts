/**
 * Runs a generated block case (ring-gen.ts) against the real block
 * back-end of the hostile battery's two-disk machine (test/hostile/ring-blk.ts):
 * the hostile front-end's steps, each kick checked — the back-end never
 * throws, answers every request it consumed with a blkif status and the
 * request's own id and operation, or marks the ring broken with a reason
 * and a count; the disk changes only in sectors of writes it answered
 * BLKIF_RSP_OKAY, and none is served outside the domain's bound disk
 * extents; no page it was not granted writable changes, in either
 * domain, nor any page the front-end pinned as a page table — and the
 * bystander's disk is served after each of its turns and at the end.
 * Closing both back-ends must leave no reference behind.
 */
import { layout } from '../../hypervisor/abi/constant.js';
import { BLKIF_MAX_SEGMENTS, BLKIF_REQUEST, BLKIF_RESPONSE } from '../../hypervisor/abi/ring.js';
import { abiNumber } from '../../hypervisor/pv/backend.js';
import { SECTOR_SIZE } from '../../hypervisor/pv/blkback.js';
import { BLK, DATA_REF, request, roundTrip, twoDisks, type Disk } from '../hostile/ring-blk.js';
import { broken } from './hypercall-invariants.js';
import { REFS, type BlkCase, type BlkExtent, type BlkPush, type RingStep } from './ring-gen.js';
import { checkKick, FrameGuard, framesOf, FrontTables, raceHook, regrant, ringStep, runRingCase, settle, type Granted } from './ring-guard.js';

const R = layout(BLKIF_REQUEST).offsets, P = layout(BLKIF_RESPONSE).offsets;
const STATUSES = new Set([BLK.okay, BLK.error, abiNumber('BLKIF_RSP_EOPNOTSUPP')]);

/** A request as the back-end copies it: operation, id, first sector, the sectors it spans when well formed, and whether it reads into the ring page. */
interface Seen { op: number; id: number; sector: number; sectors: number; intoRing: boolean }
/** The hostile front-end's ring grant (ring-blk.ts). */
const RING_REF = 1;

/** The two-disk machine with the hostile front-end's grants tracked. */
export class BlkRun {
  readonly fx: ReturnType<typeof twoDisks>;
  readonly refs = new Map<number, Granted>();
  /** The hostile domain's bound extents, as its PvDomain keeps them (the back-end reads the array on every request). */
  private readonly extents: Array<{ first: number; count: number }> = [];
  private readonly goodGuard: FrameGuard;
  private readonly tables: FrontTables;
  private bystanderTurns = 0;

  // Grants a read-only page and one for another domain beside the data pages; guards the bystander's frames. `spin`: the back-ends watch their rings.
  constructor(private readonly spin = false) {
    this.fx = twoDisks(spin, this.extents);
    const { mm, bad, good } = this.fx;
    bad.pages.forEach((frame, i) => this.refs.set(DATA_REF + i, { frame, writable: true }));
    const ro = bad.guest.frame(), foreign = bad.guest.frame();
    bad.guest.grant(REFS.readonly, ro, { readonly: true });
    bad.guest.grant(REFS.foreign, foreign, { grantee: 9 });
    this.refs.set(REFS.readonly, { frame: ro, writable: false }).set(REFS.foreign, { frame: foreign, writable: false });
    bad.guest.frame(); // one never granted
    const goodRing = good.back.ring.indices().offset / 4096; // its own back-end writes there (req_event, from a spinning watcher too)
    this.goodGuard = new FrameGuard(mm, framesOf(mm, good.guest.domid).filter((f) => f !== goodRing));
    this.tables = new FrontTables(mm, bad.guest.domid);
  }

  /** Runs one step. */
  step(s: BlkPush | BlkExtent | RingStep): void | Promise<void> {
    const bad = this.fx.bad;
    if (s.k === 'extent') { this.extents.push({ first: s.first, count: s.count }); return; }
    if (s.k === 'push') { bad.ring.push((v) => request(v, s.op, s.id, s.sector, s.segs, s.nr ?? s.segs.length)); return; }
    if (ringStep(bad.ring, s)) return;
    if (s.k === 'race') {
      // Between the back-end's copy of a request and its use: rewrite the slot it is working on.
      bad.guest.grants.hook = raceHook(bad.ring, bad.back.ring, s.poke);
      return;
    }
    if (s.k === 'grant') { regrant(bad.guest, this.refs, s.ref, s.mode); return; }
    if (s.k === 'kick') return this.kick();
    if (s.k === 'pin' || s.k === 'unpin') { this.tables.step(s); return; }
    if (s.k === 'bystander') this.bystander();
  }

  /** The requests published and not yet consumed, decoded from the ring as the back-end will copy them (none when req_prod is out of range). */
  private pending(): Seen[] {
    const ring = this.fx.bad.ring, idx = this.fx.bad.back.ring.indices(), n = (idx.req_prod - idx.req_cons) >>> 0;
    if (n > idx.size) return [];
    return Array.from({ length: n }, (_, j) => {
      const v = ring.slot(idx.req_cons + j), nr = v.getUint8(R['nr_segments']!);
      let sectors = 0, intoRing = false;
      for (let i = 0; i < Math.min(nr, BLKIF_MAX_SEGMENTS); i++) {
        sectors += v.getUint8(R['seg_last_sect']! + i) - v.getUint8(R['seg_first_sect']! + i) + 1;
        intoRing ||= v.getUint32(R['seg_gref']! + 4 * i, true) === RING_REF;
      }
      const op = v.getUint8(R['operation']!);
      return { op, id: v.getUint32(R['id']!, true), sector: v.getUint32(R['sector_number']!, true), sectors, intoRing: intoRing && op === BLK.read };
    });
  }

  /** One kick of the hostile back-end, with every check of the file comment. */
  async kick(): Promise<void> {
    const { mm, bad } = this.fx, back = bad.back, st = back.ring.saveState();
    const seen = this.pending(), disk = Buffer.from(bad.disk), c = back.counters;
    const writable = new Set([...this.refs.values()].filter((g) => g.writable).map((g) => g.frame));
    const ringFrame = back.ring.indices().offset / 4096;
    const guard = new FrameGuard(mm, framesOf(mm, bad.guest.domid).filter((f) => this.tables.typed(f) || (f !== ringFrame && !writable.has(f))));
    const before = { ...st, rspProd: bad.ring.get('rsp_prod'), broken: back.broken, ringErrors: c.ring_errors };
    let more = false;
    try {
      more = back.kick();
    } catch (e) {
      broken(`the block back-end's kick threw: ${(e as Error).stack ?? String(e)}`);
    }
    if (this.spin) await settle(back);
    // A read into the ring page itself rewrites what follows it (requests, responses, indices): the front-end's own doing, so only safety is checked then.
    const ownWrite = seen.some((q) => q.intoRing);
    const consumed = checkKick('block ring', bad.ring, back.ring, before, { broken: back.broken, ringErrors: back.counters.ring_errors }, more, ownWrite);
    if (consumed > seen.length && !ownWrite) broken(`the block back-end consumed ${consumed} requests but ${seen.length} were published`);
    const allowed = ownWrite ? null : this.answered(seen.slice(0, consumed), st.rspProdPvt);
    for (let s = 0; allowed && s * SECTOR_SIZE < disk.length; s++) {
      if (!allowed.has(s) && disk.compare(bad.disk, s * SECTOR_SIZE, (s + 1) * SECTOR_SIZE, s * SECTOR_SIZE, (s + 1) * SECTOR_SIZE) !== 0) broken(`sector ${s} changed, but no write answered OKAY covered it`);
    }
    guard.check('the block back-end');
    this.goodGuard.check('the hostile front-end\'s block back-end');
  }

  /** Checks the response to each consumed request (status, and the id and operation of the back-end's copy); the sectors of writes answered OKAY. */
  private answered(seen: Seen[], firstRsp: number): Set<number> {
    const ring = this.fx.bad.ring, allowed = new Set<number>();
    seen.forEach((q, j) => {
      const v = ring.slot(firstRsp + j), status = v.getInt16(P['status']!, true);
      if (!STATUSES.has(status)) broken(`request ${j} was answered status ${status}`);
      if (v.getUint32(P['id']!, true) !== q.id || v.getUint8(P['operation']!) !== q.op) broken(`request ${j} was answered with another request's id or operation (a second fetch)`);
      if (status === BLK.okay && (q.op === BLK.read || q.op === BLK.write) && !this.inExtent(q)) broken(`request ${j} (sectors ${q.sector}+${q.sectors}) was served outside every bound extent`);
      if (q.op === BLK.write && status === BLK.okay) for (let s = 0; s < q.sectors; s++) allowed.add(q.sector + s);
    });
    return allowed;
  }

  /** True when no extent is bound, or `q`'s sectors lie wholly inside one. */
  private inExtent(q: Seen): boolean {
    return this.extents.length === 0 || this.extents.some((e) => q.sector >= e.first && q.sector + q.sectors <= e.first + e.count);
  }

  /** The bystander reads sectors of its disk and gets them, whatever the hostile front-end did. */
  bystander(): void {
    const good: Disk = this.fx.good, id = 1000 + this.bystanderTurns++, sector = (id * 7) % 60;
    const got = roundTrip(good, BLK.read, id, sector, [{ gref: DATA_REF, first: 0, last: 3 }]);
    if (got.length !== 1 || got[0]![0] !== id || got[0]![1] !== BLK.okay || good.back.broken !== null) broken(`the bystander's read was answered ${JSON.stringify(got)}`);
    const page = good.guest.page(good.pages[0]!).subarray(0, 4 * SECTOR_SIZE);
    if (!Buffer.from(page).equals(Buffer.from(good.disk.subarray(sector * SECTOR_SIZE, (sector + 4) * SECTOR_SIZE)))) broken('the bystander read other bytes than its disk holds');
    this.goodGuard.reset();
  }

  /** Closes both back-ends: no grant stays mapped and no frame keeps a writable reference. */
  close(): void {
    const { mm, bad, good } = this.fx;
    this.tables.unpinAll();
    bad.back.close();
    good.back.close();
    if (bad.guest.grants.liveMaps !== 0) broken(`${bad.guest.grants.liveMaps} grants of the hostile front-end stay mapped after close`);
    for (let f = 0; f < mm.frames; f++) if (mm.frameInfo[f] !== 0) broken(`frame ${f} keeps type/writable word ${mm.frameInfo[f]} after both back-ends closed`);
  }
}

/** The oracle: runs `c` on a fresh machine, then a last kick and the bystander's turn, then closes; throws on the first broken promise. */
export function checkBlkCase(c: BlkCase): Promise<void> {
  return runRingCase(new BlkRun(c.spin ?? false), c.steps, { k: 'kick' });
}
