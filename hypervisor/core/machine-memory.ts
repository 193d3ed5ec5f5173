/**
 * Machine memory: one SharedArrayBuffer ("host physical memory") owned by
 * the hypervisor and handed out in 4 KiB frames. The frame table — one
 * owner word per frame, then one frame-info word per frame (page-table
 * type and writable mappings, for direct paging) — lives in the first frames of that same memory,
 * owned by the hypervisor, as do P2M tables and vCPU control blocks; a
 * guest's translation reaches none of them (see cpu/bus.ts).
 *
 * Domain frames come from wherever frames are free, so a domain's memory
 * is in general discontiguous; hypervisor areas (tables read through one
 * typed-array view) are contiguous runs. Freed frames are scrubbed, so
 * nothing one domain wrote is seen by the next owner.
 */

import { DOMID_SELF, DOMID_XEN } from '../abi/pv.js';

/** Bytes per frame. */
export const FRAME_SIZE = 4096;
/** Owner of a free frame. */
export const DOMID_FREE = 0;
/** Owner of the hypervisor's own frames: Xen's DOMID_XEN, an id no domain gets. */
export const DOMID_HYPERVISOR = DOMID_XEN;
/** Largest machine memory: host offsets must fit the TLB's 32-bit entries. */
export const MAX_MACHINE_BYTES = 2 ** 31 - FRAME_SIZE;

/** Machine memory cannot satisfy a request. */
export class OutOfMemoryError extends Error {
  override readonly name = 'OutOfMemoryError';
}

/** The frames of machine memory and who owns each one. */
export class MachineMemory {
  readonly buffer: SharedArrayBuffer;
  readonly frames: number;
  readonly bytes: Uint8Array;
  /** Owner per frame (a view into the first frames of `buffer`). */
  readonly owners: Int32Array;
  /**
   * Per frame, for direct paging (PV): its page-table type in bits 0–1 and
   * the number of writable mappings of it in bits 2 and up, kept with
   * Atomics by every worker that maps frames (right after `owners`).
   */
  readonly frameInfo: Int32Array;
  private freeCount: number;
  /** Frames holding the frame table itself (never released). */
  private readonly tableFrames: number;
  /** Where the next search for free frames starts. */
  private cursor = 0;

  /** Creates `size` bytes (a multiple of FRAME_SIZE) of machine memory. */
  constructor(size: number) {
    if (!Number.isInteger(size) || size % FRAME_SIZE !== 0 || size < 16 * FRAME_SIZE || size > MAX_MACHINE_BYTES) {
      throw new RangeError(`machine memory must be a multiple of 4 KiB between 64 KiB and 2 GiB, got ${size}`);
    }
    this.buffer = new SharedArrayBuffer(size);
    this.frames = size / FRAME_SIZE;
    this.bytes = new Uint8Array(this.buffer);
    this.tableFrames = Math.ceil((this.frames * 8) / FRAME_SIZE);
    this.owners = new Int32Array(this.buffer, 0, this.frames);
    this.frameInfo = new Int32Array(this.buffer, this.frames * 4, this.frames);
    this.owners.fill(DOMID_HYPERVISOR, 0, this.tableFrames);
    this.freeCount = this.frames - this.tableFrames;
  }

  /** Frames nobody owns. */
  get freeFrames(): number {
    return this.freeCount;
  }

  /** Owner of frame `mfn` (DOMID_FREE, DOMID_HYPERVISOR or a domain id). */
  owner(mfn: number): number {
    return this.owners[mfn]!;
  }

  /** Takes `count` free frames, wherever they are, for `owner`; returns their numbers in allocation order. */
  allocFrames(owner: number, count: number): Int32Array {
    if (!Number.isInteger(owner) || owner <= DOMID_FREE || owner >= DOMID_SELF) throw new RangeError(`MachineMemory.allocFrames: ${owner} is not a domain id`);
    if (count > this.freeCount) throw new OutOfMemoryError(`need ${count} frames (${count * 4} KiB), only ${this.freeCount} are free`);
    const out = new Int32Array(count);
    let mfn = this.cursor;
    for (let i = 0; i < count; i++) {
      while (this.owners[mfn] !== DOMID_FREE) mfn = (mfn + 1) % this.frames;
      this.owners[mfn] = owner;
      out[i] = mfn;
    }
    this.cursor = (mfn + 1) % this.frames;
    this.freeCount -= count;
    return out;
  }

  /** Takes a contiguous run of `count` free frames for the hypervisor; returns the first frame number. */
  allocContiguous(count: number): number {
    let run = 0;
    for (let mfn = 0; mfn < this.frames; mfn++) {
      run = this.owners[mfn] === DOMID_FREE ? run + 1 : 0;
      if (run === count) {
        const first = mfn - count + 1;
        this.owners.fill(DOMID_HYPERVISOR, first, mfn + 1);
        this.freeCount -= count;
        return first;
      }
    }
    throw new OutOfMemoryError(`no run of ${count} contiguous free frames (${this.freeCount} free in all)`);
  }

  /**
   * Takes a domain's frame over for the hypervisor without freeing it (a
   * frame another domain still maps through a grant when its owner goes:
   * it is released when the last mapping goes).
   */
  adopt(mfn: number): void {
    if (!Number.isInteger(mfn) || mfn < this.tableFrames || mfn >= this.frames || this.owners[mfn] === DOMID_FREE) {
      throw new RangeError(`MachineMemory.adopt: ${mfn} is not an allocated frame`);
    }
    this.owners[mfn] = DOMID_HYPERVISOR;
  }

  /**
   * Scrubs and frees frames (a domain's, or a hypervisor run). All are
   * checked before any is freed: a frame number outside machine memory, in
   * the frame table, or already free refuses the whole call.
   */
  release(mfns: Iterable<number>): void {
    const list = [...mfns];
    for (const mfn of list) {
      if (!Number.isInteger(mfn) || mfn < this.tableFrames || mfn >= this.frames) throw new RangeError(`MachineMemory.release: ${mfn} is not a releasable frame`);
      if (this.owners[mfn] === DOMID_FREE) throw new Error(`MachineMemory.release: frame ${mfn} is already free`);
    }
    for (const mfn of list) {
      this.bytes.fill(0, mfn * FRAME_SIZE, (mfn + 1) * FRAME_SIZE);
      Atomics.store(this.frameInfo, mfn, 0);
      this.owners[mfn] = DOMID_FREE;
      this.freeCount++;
    }
  }
}

/**
 * Counts one more writable mapping of frame `mfn` in the frame-info table
 * unless the frame is a page table (type bits set), by compare-and-swap so
 * it cannot race a pin in another worker; false when it is a table.
 */
export function addWritable(info: Int32Array, mfn: number): boolean {
  for (;;) {
    const v = Atomics.load(info, mfn);
    if ((v & 3) !== 0) return false;
    if (Atomics.compareExchange(info, mfn, v, v + 4) === v) return true;
  }
}

/** Counts one writable mapping of frame `mfn` fewer (the twin of addWritable). */
export function dropWritable(info: Int32Array, mfn: number): void {
  Atomics.sub(info, mfn, 4);
}
