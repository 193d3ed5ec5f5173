/**
 * The hart's physical address space: RAM (one contiguous region of host
 * memory, possibly a SharedArrayBuffer) and the MMIO windows of devices.
 * The hart reads RAM through typed-array views directly; everything else
 * goes through `mmioRead`/`mmioWrite`.
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

  /** Creates a bus with `ramSize` bytes of RAM at `ramBase`, backed by `buffer` when given. */
  constructor(readonly ramBase: number, readonly ramSize: number, buffer?: ArrayBufferLike) {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('exovisor needs a little-endian host');
    if (ramSize % 4096 !== 0 || ramSize <= 0) throw new Error(`RAM size must be a positive multiple of 4 KiB, got ${ramSize}`);
    const buf = buffer ?? new ArrayBuffer(ramSize);
    this.mem8 = new Uint8Array(buf, 0, ramSize);
    this.mem16 = new Uint16Array(buf, 0, ramSize >>> 1);
    this.mem32 = new Int32Array(buf, 0, ramSize >>> 2);
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

  /** Host byte offset of physical address `pa` when it is RAM, else -1. */
  ramOffset(pa: number): number {
    const off = pa - this.ramBase;
    return off >= 0 && off < this.ramSize ? off : -1;
  }

  private find(pa: number, width: number): MmioDevice | undefined {
    for (const d of this.devices) if (pa >= d.base && pa + width <= d.base + d.size) return d;
    return undefined;
  }

  /** Reads a device register; null when no device answers (access fault). */
  mmioRead(pa: number, width: Width): number | null {
    const d = this.find(pa, width);
    return d ? d.read(pa - d.base, width) : null;
  }

  /** Writes a device register; false when no device answers (access fault). */
  mmioWrite(pa: number, width: Width, value: number): boolean {
    const d = this.find(pa, width);
    return d ? d.write(pa - d.base, width, value) : false;
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
