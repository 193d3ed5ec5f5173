/**
 * The hart's physical address space: RAM and the MMIO windows of devices.
 * RAM is either one contiguous buffer (the bare board) or frames of the
 * machine's memory reached through the domain's P2M table (guest frame
 * number → machine frame number), so a guest reaches only the frames its
 * domain was given. The hart reads RAM through typed-array views over the
 * whole backing buffer at *host offsets* (machine addresses) that only
 * `ramOffset` hands out; everything else goes through `mmioRead`/`mmioWrite`.
 */
import type { MmioDevice, Width } from '../devices/device.js';

/** Physical memory and the MMIO map of one machine. */
export class Bus {
  /** Byte view of RAM. */
  readonly mem8: Uint8Array;
  /** Halfword view of RAM (little-endian host). */
  readonly mem16: Uint16Array;
  /** Word view of RAM (little-endian host). */
  readonly mem32: Int32Array;
  private readonly devices: MmioDevice[] = [];
  /** RAM pages whose writes are reported (host page number → callback with host offset and size). */
  private readonly watches = new Map<number, (off: number, size: number) => void>();
  /** Set by a device write that needs the run loop to look at the machine (exit, interrupt line change). */
  attention = false;
  /** Device-register accesses to addresses where no device is (each an access fault for the guest). */
  unmapped = 0;
  /** Guest frame → machine frame (-1 = not populated), or null when RAM is the buffer itself. */
  private readonly p2m: Int32Array | null;

  /**
   * Creates a bus with `ramSize` bytes of RAM at `ramBase`. Without `p2m`,
   * RAM is `buffer` (or a fresh one) from offset 0. With `p2m`, `buffer` is
   * machine memory and guest frame g lives at machine frame `p2m[g]`.
   */
  constructor(readonly ramBase: number, readonly ramSize: number, buffer?: ArrayBufferLike, p2m?: Int32Array) {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('exovisor needs a little-endian host');
    if (ramSize % 4096 !== 0 || ramSize <= 0) throw new Error(`RAM size must be a positive multiple of 4 KiB, got ${ramSize}`);
    if (p2m && (!buffer || p2m.length !== ramSize >>> 12)) throw new Error('a P2M table needs machine memory and one entry per guest frame');
    const buf = buffer ?? new ArrayBuffer(ramSize);
    const bytes = p2m ? buf.byteLength - (buf.byteLength % 4096) : ramSize;
    this.p2m = p2m ?? null;
    this.mem8 = new Uint8Array(buf, 0, bytes);
    this.mem16 = new Uint16Array(buf, 0, bytes >>> 1);
    this.mem32 = new Int32Array(buf, 0, bytes >>> 2);
  }

  /** Number of 4 KiB host pages the views cover (the range of host page numbers). */
  get hostPages(): number {
    return this.mem8.length >>> 12;
  }

  /** Adds a device; its window must not overlap RAM or another device. */
  attach(dev: MmioDevice): void {
    const end = dev.base + dev.size;
    const overlaps = (b: number, e: number): boolean => dev.base < e && b < end;
    if (overlaps(this.ramBase, this.ramBase + this.ramSize)) throw new Error(`${dev.name} overlaps RAM`);
    for (const d of this.devices) if (overlaps(d.base, d.base + d.size)) throw new Error(`${dev.name} overlaps ${d.name}`);
    this.devices.push(dev);
  }

  /** The attached devices, in attach order. */
  get deviceList(): readonly MmioDevice[] {
    return this.devices;
  }

  /** Host byte offset of physical address `pa` when it is RAM of this guest, else -1. */
  ramOffset(pa: number): number {
    const off = pa - this.ramBase;
    if (off < 0 || off >= this.ramSize) return -1;
    if (this.p2m === null) return off;
    const mfn = this.p2m[off >>> 12]!;
    return mfn < 0 || mfn >= this.hostPages ? -1 : mfn * 4096 + (off & 0xfff);
  }

  private find(pa: number, width: number): MmioDevice | undefined {
    for (const d of this.devices) if (pa >= d.base && pa + width <= d.base + d.size) return d;
    return undefined;
  }

  /** Reads a device register; null when no device answers (access fault, counted in `unmapped`). */
  mmioRead(pa: number, width: Width): number | null {
    const d = this.find(pa, width);
    if (d) return d.read(pa - d.base, width);
    this.unmapped++;
    return null;
  }

  /** Writes a device register; false when no device answers (access fault, counted in `unmapped`). */
  mmioWrite(pa: number, width: Width, value: number): boolean {
    const d = this.find(pa, width);
    if (d) return d.write(pa - d.base, width, value);
    this.unmapped++;
    return false;
  }

  /**
   * Reports every write to the RAM page holding `pa` (HTIF's tohost). Writes
   * to a watched page never enter the TLB, so each one takes the MMU's slow
   * path, which calls `onWrite` after storing.
   */
  watchRam(pa: number, onWrite: (off: number, size: number) => void): void {
    const off = this.ramOffset(pa);
    if (off < 0) throw new Error(`cannot watch 0x${pa.toString(16)}: not RAM`);
    this.watches.set(off >>> 12, onWrite);
  }

  /** True when writes to host page `hp` are watched. */
  isWatched(hp: number): boolean {
    return this.watches.size > 0 && this.watches.has(hp);
  }

  /** Tells the watcher of the page at host offset `off` about a write. */
  notifyWrite(off: number, size: number): void {
    this.watches.get(off >>> 12)?.(off, size);
  }

  /** Resets every device. */
  resetDevices(): void {
    for (const d of this.devices) d.reset();
  }
}
