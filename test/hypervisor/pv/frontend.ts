/**
 * Front-ends written the way the guest's C drivers write them, for driving
 * the back-ends in tests: a fake domain with frames in real machine memory
 * and its own grant table, and the front-end side of a descriptor ring
 * (requests in slots, req_prod published, responses read up to rsp_prod),
 * every offset taken from the ABI.
 */
import { layout } from '../../../hypervisor/abi/constant.js';
import { DOMID_BACKEND, GRANT_ENTRY } from '../../../hypervisor/abi/pv.js';
import { BLKIF_REQUEST, RING_HEADER, RING_SLOTS_OFFSET } from '../../../hypervisor/abi/ring.js';
import { GrantTable } from '../../../hypervisor/core/grant-table.js';
import { FRAME_SIZE, MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { abiNumber } from '../../../hypervisor/pv/backend.js';
import { prng } from '../../helpers/prng.js';

const G = layout(GRANT_ENTRY);
const H = layout(RING_HEADER).offsets;
const BR = layout(BLKIF_REQUEST).offsets;
const GTF_permit_access = abiNumber('GTF_permit_access'), GTF_readonly = abiNumber('GTF_readonly');

/** Machine memory for a test (1 MiB unless told). */
export function machine(frames = 256): MachineMemory {
  return new MachineMemory(frames * FRAME_SIZE);
}

/** A grant table whose copyRange runs a one-shot hook first: the front-end acting while the back-end works. */
export class HookedGrants extends GrantTable {
  /** Runs (once) at the next copyRange, before the entry is checked. */
  hook: (() => void) | null = null;
  override copyRange(ref: number, grantee: number, write: boolean, offset: number, len: number): number {
    const h = this.hook;
    this.hook = null;
    h?.();
    return super.copyRange(ref, grantee, write, offset, len);
  }
}

/** A PV domain as its front-ends see it: frames of its own and a grant table in a hypervisor frame. */
export class Guest {
  readonly grants: HookedGrants;
  private readonly table: DataView;

  constructor(readonly mm: MachineMemory, readonly domid: number) {
    const tableFrame = mm.allocContiguous(1);
    this.table = new DataView(mm.buffer, tableFrame * FRAME_SIZE, FRAME_SIZE);
    this.grants = new HookedGrants(mm, domid, tableFrame);
  }

  /** A new frame of the domain. */
  frame(): number {
    return this.mm.allocFrames(this.domid, 1)[0]!;
  }

  /** A 4 KiB view of `frame`. */
  page(frame: number): Uint8Array {
    return this.mm.bytes.subarray(frame * FRAME_SIZE, (frame + 1) * FRAME_SIZE);
  }

  /** Writes grant entry `ref`: `frame` for `grantee` (the back-end unless told), read-only when asked. */
  grant(ref: number, frame: number, opts: { readonly?: boolean; grantee?: number } = {}): void {
    const at = ref * G.size;
    this.table.setUint32(at + G.offsets['frame']!, frame, true);
    this.table.setUint16(at + G.offsets['domid']!, opts.grantee ?? DOMID_BACKEND, true);
    this.table.setUint16(at + G.offsets['flags']!, GTF_permit_access | (opts.readonly ? GTF_readonly : 0), true);
  }

  /** A new frame granted to the back-end as `ref`; returns the frame. */
  granted(ref: number, opts: { readonly?: boolean } = {}): number {
    const f = this.frame();
    this.grant(ref, f, opts);
    return f;
  }

  /** The flags of grant entry `ref` (to see GTF_reading/GTF_writing). */
  grantFlags(ref: number): number {
    return this.table.getUint16(ref * G.size + G.offsets['flags']!, true);
  }
}

/** The front-end side of a descriptor ring (Xen's FRONT_RING macros). */
export class FrontRing {
  private reqProdPvt = 0;
  private rspCons = 0;
  private readonly idx: Int32Array;

  /** Initialises the ring as SHARED_RING_INIT does: indices 0, both event indices 1. */
  constructor(readonly page: Uint8Array, readonly slotBytes: number, readonly size: number) {
    this.idx = new Int32Array(page.buffer, page.byteOffset, 16);
    page.fill(0);
    this.set('req_event', 1);
    this.set('rsp_event', 1);
  }

  /** Stores a ring-header index (a hostile front-end may store anything). */
  set(name: 'req_prod' | 'req_event' | 'rsp_prod' | 'rsp_event', value: number): void {
    Atomics.store(this.idx, H[name]! >>> 2, value | 0);
  }

  /** Loads a ring-header index. */
  get(name: 'req_prod' | 'req_event' | 'rsp_prod' | 'rsp_event'): number {
    return Atomics.load(this.idx, H[name]! >>> 2) >>> 0;
  }

  /** Byte offset in the page of slot `i`. */
  slotAt(i: number): number {
    return RING_SLOTS_OFFSET + (i & (this.size - 1)) * this.slotBytes;
  }

  /** A view of slot `i` (free-running index). */
  slot(i: number): DataView {
    return new DataView(this.page.buffer, this.page.byteOffset + this.slotAt(i), this.slotBytes);
  }

  /** Index the next request goes to. */
  get next(): number {
    return this.reqProdPvt;
  }

  /** Writes the next request (zeroed slot first) without publishing it. */
  push(write: (v: DataView) => void): void {
    this.page.fill(0, this.slotAt(this.reqProdPvt), this.slotAt(this.reqProdPvt) + this.slotBytes);
    write(this.slot(this.reqProdPvt));
    this.reqProdPvt = (this.reqProdPvt + 1) >>> 0;
  }

  /** Publishes pushed requests; true when the back-end asked to be notified (RING_PUSH_REQUESTS_AND_CHECK_NOTIFY). */
  publish(): boolean {
    const old = this.get('req_prod'), next = this.reqProdPvt;
    this.set('req_prod', next);
    return ((next - this.get('req_event')) >>> 0) < ((next - old) >>> 0);
  }

  /** Asks to be notified of the next response (the front-end's half of RING_FINAL_CHECK_FOR_RESPONSES). */
  rearm(): void {
    this.set('rsp_event', this.rspCons + 1);
  }

  /** Copies of the responses published since the last call, in order. */
  responses(): DataView[] {
    const out: DataView[] = [];
    const prod = this.get('rsp_prod');
    for (; this.rspCons !== prod; this.rspCons = (this.rspCons + 1) >>> 0) {
      const at = this.slotAt(this.rspCons);
      out.push(new DataView(this.page.slice(at, at + this.slotBytes).buffer));
    }
    return out;
  }
}

/** A counter of calls, to pass as a back-end's notify. */
export function counter(): { fn: () => void; count: () => number } {
  let n = 0;
  return { fn: () => { n++; }, count: () => n };
}

/** Deterministic bytes from `seed`. */
export function pattern(length: number, seed: number): Uint8Array {
  const next = prng(seed);
  return Uint8Array.from({ length }, () => next() & 0xff);
}

/** Resolves once `cond` holds, looking at every turn of the event loop (a spinning back-end's watcher runs in between); throws after `ms`. */
export async function until(cond: () => boolean, ms = 5_000): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setImmediate(r));
  }
}

/** One block segment: granted page `gref`, sectors first..last of it. */
export interface BlkSeg { gref: number; first: number; last: number }

/** Writes a blkif request into a slot, exactly as blkfront fills struct blkif_request (`nr` may lie about the segment count). */
export function blkRequest(v: DataView, op: number, id: number, sector: number, segs: BlkSeg[], nr = segs.length): void {
  v.setUint8(BR['operation']!, op);
  v.setUint8(BR['nr_segments']!, nr);
  v.setUint32(BR['id']!, id, true);
  v.setUint32(BR['sector_number']!, sector, true);
  segs.forEach((s, i) => {
    v.setUint32(BR['seg_gref']! + 4 * i, s.gref, true);
    v.setUint8(BR['seg_first_sect']! + i, s.first);
    v.setUint8(BR['seg_last_sect']! + i, s.last);
  });
}
