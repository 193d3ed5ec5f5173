/**
 * The back-end's side of a shared descriptor ring (Xen's io/ring.h
 * protocol; layout in abi/ring.ts). The page belongs to a front-end that
 * may be hostile, so the back-end keeps its own consumer and producer
 * counters, bounds every index it reads, copies each request out of shared
 * memory exactly once (the copy is what it acts on), and publishes
 * responses with notification suppression: it notifies only when the
 * front-end's event index lies within what it just published.
 */
import { layout } from '../abi/constant.js';
import { RING_HEADER, RING_SLOTS_OFFSET } from '../abi/ring.js';
import type { AdaptiveSpin } from './spin.js';

const OFF = layout(RING_HEADER).offsets;
const REQ_PROD = OFF['req_prod']! >>> 2, REQ_EVENT = OFF['req_event']! >>> 2;
const RSP_PROD = OFF['rsp_prod']! >>> 2, RSP_EVENT = OFF['rsp_event']! >>> 2;

/** Responses up to this many bytes are copied by a loop, which beats a set() call at that size. */
const SMALL_RESPONSE = 16;

/** The front-end moved an index somewhere it can never legally be. */
export class RingError extends Error {
  override readonly name = 'RingError';
}

/** Counters of one ring's back-end. */
export interface RingCounters { requests: number; responses: number; notify_sent: number; notify_suppressed: number }

/** A ring's indices as they stand (free-running uint32): the shared ones as read from the page, the back-end's consumer, the slots. */
export interface RingIndices {
  req_prod: number; req_cons: number; req_event: number; rsp_prod: number; rsp_event: number;
  size: number;
  /** Byte offset of the ring page in its buffer (machine memory). */
  offset: number;
}

/** A back-end's handle on one ring page. */
export class BackRing {
  /** Next request to consume, and next response slot (private: never read back from the page). */
  private reqCons = 0;
  private rspProdPvt = 0;
  readonly counters: RingCounters = { requests: 0, responses: 0, notify_sent: 0, notify_suppressed: 0 };
  private readonly idx: Int32Array;
  private readonly bytes: Uint8Array;
  /** The page as words: slots are copied out a word at a time. */
  private readonly words: Int32Array;
  /** The caller's reused request buffer, and a word view of it (made once, not per request). */
  private into: Uint8Array | null = null;
  private intoWords: Int32Array | null = null;

  /** `page` is the ring page (4 KiB of shared memory); slots of `slotBytes`, `size` of them (a power of two). */
  constructor(page: Uint8Array, readonly slotBytes: number, readonly size: number) {
    if (size & (size - 1) || RING_SLOTS_OFFSET + size * slotBytes > page.length) throw new RangeError('BackRing: bad ring geometry');
    if (page.byteOffset & 3 || slotBytes & 3) throw new RangeError('BackRing: the page and its slots must be word-aligned');
    this.bytes = page;
    this.idx = new Int32Array(page.buffer, page.byteOffset, 4);
    this.words = new Int32Array(page.buffer, page.byteOffset, page.length >>> 2);
  }

  /** The back-end's private indices, for a snapshot (the shared ones are in the page). */
  saveState(): { reqCons: number; rspProdPvt: number } {
    return { reqCons: this.reqCons, rspProdPvt: this.rspProdPvt };
  }

  /** Takes saved private indices back (each a uint32, responses never ahead of requests, at most a ring apart); throws RingError otherwise. */
  restoreState(s: { reqCons: number; rspProdPvt: number }): void {
    const u32 = (v: number): boolean => Number.isInteger(v) && v >= 0 && v <= 0xffff_ffff;
    if (!u32(s.reqCons) || !u32(s.rspProdPvt) || ((s.reqCons - s.rspProdPvt) >>> 0) > this.size) {
      throw new RingError(`saved ring indices ${s.reqCons}/${s.rspProdPvt} do not fit a ${this.size}-slot ring`);
    }
    this.reqCons = s.reqCons;
    this.rspProdPvt = s.rspProdPvt;
  }

  /** The indices now (read-only: for inspection, never acted on). */
  indices(): RingIndices {
    const at = (w: number): number => Atomics.load(this.idx, w) >>> 0;
    return {
      req_prod: at(REQ_PROD), req_cons: this.reqCons, req_event: at(REQ_EVENT), rsp_prod: at(RSP_PROD), rsp_event: at(RSP_EVENT),
      size: this.size, offset: this.bytes.byteOffset,
    };
  }

  /** Requests published and not yet consumed; throws RingError when req_prod is behind us or more than a ring ahead. */
  unconsumed(): number {
    const n = (Atomics.load(this.idx, REQ_PROD) - this.reqCons) >>> 0;
    const inFlight = (this.reqCons - this.rspProdPvt) >>> 0;
    if (n + inFlight > this.size) throw new RingError(`req_prod is ${n} past req_cons with ${inFlight} in flight on a ${this.size}-slot ring`);
    return n;
  }

  /**
   * Copies the next request out of shared memory (once) and consumes it:
   * into `into` when given (a buffer of the caller's, exactly a slot long,
   * reused from request to request: no allocation per request), else into
   * a new buffer.
   */
  takeRequest(into?: Uint8Array): Uint8Array {
    if (into && into.length !== this.slotBytes) throw new RangeError('BackRing.takeRequest: the buffer is not one slot long');
    const copy = into ?? new Uint8Array(this.slotBytes);
    const at = RING_SLOTS_OFFSET + (this.reqCons & (this.size - 1)) * this.slotBytes;
    const dst = this.wordsOf(copy);
    if (dst) {
      const src = this.words, from = at >>> 2;
      for (let i = 0, n = this.slotBytes >>> 2; i < n; i++) dst[i] = src[from + i]!;
    } else copy.set(this.bytes.subarray(at, at + this.slotBytes));
    this.reqCons = (this.reqCons + 1) >>> 0;
    this.counters.requests++;
    return copy;
  }

  // A word view of the request buffer `b` (kept while the caller reuses it), or null when `b` is not word-aligned.
  private wordsOf(b: Uint8Array): Int32Array | null {
    if (b !== this.into) {
      this.into = b;
      this.intoWords = b.byteOffset & 3 ? null : new Int32Array(b.buffer, b.byteOffset, b.length >>> 2);
    }
    return this.intoWords;
  }

  /** Writes a response into the next response slot (published by `publish`). */
  putResponse(rsp: Uint8Array): void {
    if (rsp.length > this.slotBytes) throw new RangeError('BackRing.putResponse: response larger than a slot');
    if (((this.reqCons - this.rspProdPvt) >>> 0) === 0) throw new RangeError('BackRing.putResponse: no request to answer');
    const at = RING_SLOTS_OFFSET + (this.rspProdPvt & (this.size - 1)) * this.slotBytes, bytes = this.bytes;
    if (rsp.length > SMALL_RESPONSE) bytes.set(rsp, at);
    else for (let i = 0; i < rsp.length; i++) bytes[at + i] = rsp[i]!;
    this.rspProdPvt = (this.rspProdPvt + 1) >>> 0;
    this.counters.responses++;
  }

  /**
   * Spins (with `spin`'s adaptive window) until the front-end moves
   * req_prod past what was consumed; true when it did. Asks for no
   * notification: a back-end that spins has not moved req_event, so the
   * front-end publishes without notifying.
   */
  spinForRequests(spin: AdaptiveSpin): boolean {
    return spin.spinUntilChanged(this.idx, REQ_PROD, this.reqCons | 0);
  }

  /**
   * Publishes the responses written so far; true when the front-end asked
   * to be notified of them (RING_PUSH_RESPONSES_AND_CHECK_NOTIFY).
   */
  publish(): boolean {
    const old = Atomics.load(this.idx, RSP_PROD) >>> 0, next = this.rspProdPvt;
    Atomics.store(this.idx, RSP_PROD, next | 0); // the slots were written before this store
    const event = Atomics.load(this.idx, RSP_EVENT) >>> 0;
    const notify = ((next - event) >>> 0) < ((next - old) >>> 0);
    if (next !== old) this.counters[notify ? 'notify_sent' : 'notify_suppressed']++;
    return notify;
  }

  /**
   * Before sleeping: true when requests arrived; otherwise asks to be
   * notified of the next one and checks again, so none is missed (RING_FINAL_CHECK_FOR_REQUESTS).
   */
  finalCheck(): boolean {
    if (this.unconsumed() > 0) return true;
    Atomics.store(this.idx, REQ_EVENT, (this.reqCons + 1) | 0);
    return this.unconsumed() > 0;
  }
}
