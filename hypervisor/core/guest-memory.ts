/**
 * A domain's RAM as the hypervisor sees it: guest frames backed by machine
 * frames through the domain's P2M table (guest frame number → machine frame
 * number), which itself lives in hypervisor frames of machine memory so the
 * guest worker can map it with one view. Every access the hypervisor makes
 * on a guest's behalf goes through `range`, the one checked helper that
 * turns a guest-physical range into machine offsets.
 */
import { FRAME_SIZE, type MachineMemory } from './machine-memory.js';

/** A guest-physical address the guest does not own. */
export class GuestAddressError extends Error {
  override readonly name = 'GuestAddressError';
}

/** Where a guest's P2M table lives in machine memory (what a guest worker needs to build its bus). */
export interface P2mLocation {
  /** Byte offset of the table in machine memory. */
  offset: number;
  /** Entries: one per guest frame. */
  entries: number;
}

/** The RAM of one domain. */
export class GuestMemory {
  /** Guest frame → machine frame. */
  readonly p2m: Int32Array;
  readonly p2mLocation: P2mLocation;
  private readonly p2mFirst: number;
  private readonly p2mFrames: number;
  private released = false;

  /** Allocates `ramBytes` of RAM at guest-physical `ramBase` for domain `domid`. */
  constructor(private readonly mm: MachineMemory, readonly domid: number, readonly ramBase: number, readonly ramBytes: number) {
    if (ramBytes <= 0 || ramBytes % FRAME_SIZE !== 0) throw new RangeError(`guest RAM must be a positive multiple of 4 KiB, got ${ramBytes}`);
    const entries = ramBytes / FRAME_SIZE;
    this.p2mFrames = Math.ceil((entries * 4) / FRAME_SIZE);
    this.p2mFirst = mm.allocContiguous(this.p2mFrames);
    try {
      const frames = mm.allocFrames(domid, entries);
      this.p2m = new Int32Array(mm.buffer, this.p2mFirst * FRAME_SIZE, entries);
      this.p2m.set(frames);
    } catch (e) {
      mm.release(range(this.p2mFirst, this.p2mFrames));
      throw e;
    }
    this.p2mLocation = { offset: this.p2mFirst * FRAME_SIZE, entries };
  }

  /** Machine frames backing this RAM, in guest order. */
  get frames(): Int32Array {
    return this.p2m;
  }

  /**
   * Splits the guest-physical range [gpa, gpa + len) into machine byte
   * ranges, one per frame touched; throws GuestAddressError when any byte
   * lies outside the domain's RAM.
   */
  range(gpa: number, len: number): Array<{ offset: number; length: number }> {
    const start = gpa - this.ramBase;
    if (!Number.isInteger(gpa) || !Number.isInteger(len) || len < 0 || start < 0 || start + len > this.ramBytes) {
      throw new GuestAddressError(`guest range 0x${(gpa >>> 0).toString(16)}+${len} is outside RAM ` +
        `0x${this.ramBase.toString(16)}–0x${(this.ramBase + this.ramBytes).toString(16)}`);
    }
    const out: Array<{ offset: number; length: number }> = [];
    for (let at = start; at < start + len;) {
      const n = Math.min(FRAME_SIZE - (at % FRAME_SIZE), start + len - at);
      out.push({ offset: this.p2m[Math.floor(at / FRAME_SIZE)]! * FRAME_SIZE + (at % FRAME_SIZE), length: n });
      at += n;
    }
    return out;
  }

  /** Copies `data` into guest memory at `gpa`. */
  write(gpa: number, data: Uint8Array): void {
    let k = 0;
    for (const r of this.range(gpa, data.length)) {
      this.mm.bytes.set(data.subarray(k, k + r.length), r.offset);
      k += r.length;
    }
  }

  /** Zeroes `len` bytes of guest memory at `gpa`. */
  zero(gpa: number, len: number): void {
    for (const r of this.range(gpa, len)) this.mm.bytes.fill(0, r.offset, r.offset + r.length);
  }

  /** Copies `len` bytes of guest memory at `gpa` out. */
  read(gpa: number, len: number): Uint8Array {
    const ranges = this.range(gpa, len);
    const out = new Uint8Array(len);
    let k = 0;
    for (const r of ranges) {
      out.set(this.mm.bytes.subarray(r.offset, r.offset + r.length), k);
      k += r.length;
    }
    return out;
  }

  /**
   * Returns every frame (scrubbed) and the P2M table to machine memory;
   * idempotent. Frames in `keep` (still mapped by another domain) are
   * handed to the hypervisor instead, to be released when their last mapping goes.
   */
  release(keep: ReadonlySet<number> = new Set()): void {
    if (this.released) return;
    this.released = true;
    for (const f of keep) this.mm.adopt(f);
    this.mm.release(Array.from(this.p2m).filter((f) => !keep.has(f)));
    this.mm.release(range(this.p2mFirst, this.p2mFrames));
  }
}

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}
