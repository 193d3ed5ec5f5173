/**
 * Core-local interruptor (SiFive CLINT layout, as on QEMU's virt board) for
 * one hart: msip at +0, mtimecmp at +0x4000, mtime at +0xbff8. It drives
 * the hart's MSIP and MTIP lines.
 */
import { CLINT_MSIP, CLINT_MTIME, CLINT_MTIMECMP } from '../abi/virt.js';
import type { Clock } from '../core/clock.js';
import { MIP_MSIP, MIP_MTIP } from '../cpu/isa.js';
import type { MmioDevice, Width } from './device.js';

const MSIP = CLINT_MSIP;
const MTIMECMP = CLINT_MTIMECMP;
const MTIME = CLINT_MTIME;
const TWO32 = 2 ** 32;

/** Saved CLINT registers. */
interface ClintState { msip: number; cmpLo: number; cmpHi: number; mtime: number }

/** A CLINT whose lines are applied with `setLines(mask, bits)`. */
export class Clint implements MmioDevice {
  readonly size = 0x10000;
  msip = 0;
  /** mtimecmp as two 32-bit halves, so every 64-bit value reads back exactly (reset: all ones, never). */
  private cmpLo = 0xffff_ffff;
  private cmpHi = 0xffff_ffff;

  constructor(
    readonly name: string,
    readonly base: number,
    private readonly clock: Clock,
    private readonly setLines: (mask: number, bits: number) => void,
  ) {}

  /** mtimecmp as a number (values past 2^53 round, but stay beyond any reachable mtime). */
  get mtimecmp(): number {
    return this.cmpHi * TWO32 + this.cmpLo;
  }

  /** Re-evaluates MTIP and MSIP; the board calls this as time passes. */
  update(): void {
    const bits = (this.msip & 1 ? MIP_MSIP : 0) | (this.clock.now() >= this.mtimecmp ? MIP_MTIP : 0);
    this.setLines(MIP_MSIP | MIP_MTIP, bits);
  }

  // Reads a 32-bit register; a misaligned word is refused (an access fault, as the PLIC and the disk give) rather than read as zero.
  read(offset: number, width: Width): number | null {
    if (width !== 4 || offset & 3) return null;
    if (offset === MSIP) return this.msip;
    if (offset === MTIMECMP) return this.cmpLo | 0;
    if (offset === MTIMECMP + 4) return this.cmpHi | 0;
    const t = this.clock.now();
    if (offset === MTIME) return (t % TWO32) | 0;
    if (offset === MTIME + 4) return Math.floor(t / TWO32) | 0;
    return 0;
  }

  // Writes a 32-bit register; a misaligned word is refused (an access fault) rather than dropped as if it had landed.
  write(offset: number, width: Width, value: number): boolean {
    if (width !== 4 || offset & 3) return false;
    const v = value >>> 0;
    if (offset === MSIP) this.msip = v & 1;
    else if (offset === MTIMECMP) this.cmpLo = v;
    else if (offset === MTIMECMP + 4) this.cmpHi = v;
    else if (offset === MTIME) this.clock.set(Math.floor(this.clock.now() / TWO32) * TWO32 + v);
    else if (offset === MTIME + 4) this.clock.set(v * TWO32 + (this.clock.now() % TWO32));
    this.update();
    return true;
  }

  reset(): void {
    this.msip = 0;
    this.cmpLo = this.cmpHi = 0xffff_ffff;
    this.update();
  }

  saveState(): unknown {
    return { msip: this.msip, cmpLo: this.cmpLo, cmpHi: this.cmpHi, mtime: this.clock.now() } satisfies ClintState;
  }

  restoreState(state: unknown): void {
    const s = state as ClintState;
    this.msip = s.msip & 1;
    this.cmpLo = s.cmpLo >>> 0;
    this.cmpHi = s.cmpHi >>> 0;
    this.clock.set(s.mtime);
    this.update();
  }
}
