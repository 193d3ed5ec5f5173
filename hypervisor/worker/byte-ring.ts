/**
 * A single-producer, single-consumer byte ring in shared memory, for data
 * that flows between threads without messages (console output and input).
 * Head and tail are free-running 32-bit counters; the data area is a power
 * of two. A full ring drops what does not fit and counts it, so a flooding
 * guest cannot grow host memory.
 */

const HEAD = 0; // total bytes written (producer)
const TAIL = 1; // total bytes read (consumer)
const DROPPED = 2; // bytes dropped because the ring was full
const HEADER_BYTES = 16;

/** One end of a byte ring. */
export class ByteRing {
  readonly sab: SharedArrayBuffer;
  private readonly idx: Int32Array;
  private readonly data: Uint8Array;
  private readonly mask: number;

  /** Opens the ring in `sab`, or creates one with `capacity` bytes (a power of two). */
  constructor(sabOrCapacity: SharedArrayBuffer | number) {
    this.sab = typeof sabOrCapacity === 'number' ? new SharedArrayBuffer(HEADER_BYTES + sabOrCapacity) : sabOrCapacity;
    const cap = this.sab.byteLength - HEADER_BYTES;
    if (cap <= 0 || (cap & (cap - 1)) !== 0) throw new RangeError(`byte ring capacity must be a power of two, got ${cap}`);
    this.idx = new Int32Array(this.sab, 0, 4);
    this.data = new Uint8Array(this.sab, HEADER_BYTES, cap);
    this.mask = cap - 1;
  }

  /** Bytes dropped so far because the consumer fell behind. */
  get dropped(): number {
    return Atomics.load(this.idx, DROPPED);
  }

  /** Producer: bytes that fit now. */
  room(): number {
    return this.data.length - ((Atomics.load(this.idx, HEAD) - Atomics.load(this.idx, TAIL)) | 0);
  }

  /** Producer: appends what fits of `bytes` (the rest is dropped and counted); returns how many were written. */
  write(bytes: Uint8Array): number {
    const head = Atomics.load(this.idx, HEAD), tail = Atomics.load(this.idx, TAIL);
    const room = this.data.length - ((head - tail) | 0);
    const n = Math.min(room, bytes.length);
    for (let i = 0; i < n; i++) this.data[(head + i) & this.mask] = bytes[i]!;
    if (n < bytes.length) Atomics.add(this.idx, DROPPED, bytes.length - n);
    if (n > 0) {
      Atomics.store(this.idx, HEAD, (head + n) | 0);
      Atomics.notify(this.idx, HEAD);
    }
    return n;
  }

  /** Consumer: takes every byte available, or at most `max` (possibly none). */
  read(max = Infinity): Uint8Array {
    const head = Atomics.load(this.idx, HEAD), tail = Atomics.load(this.idx, TAIL);
    const n = Math.min((head - tail) | 0, max);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.data[(tail + i) & this.mask]!;
    Atomics.store(this.idx, TAIL, (tail + n) | 0);
    return out;
  }

  /** Consumer: resolves when bytes are available or after `timeoutMs` (never blocks the thread). */
  async waitReadable(timeoutMs: number): Promise<void> {
    const tail = Atomics.load(this.idx, TAIL);
    const r = Atomics.waitAsync(this.idx, HEAD, tail, timeoutMs);
    if (r.async) await r.value;
  }
}
