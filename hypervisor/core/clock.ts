/**
 * The machine's timebase (mtime, 10 MHz as on QEMU's virt board), in one of
 * two modes:
 * - deterministic: time is a function of retired instructions
 *   (INSNS_PER_TICK per tick) plus idle time skipped during WFI, so every
 *   run of the same image is identical to the instruction;
 * - realtime: time follows the host's monotonic clock.
 */

import { TIMEBASE_HZ } from '../abi/virt.js';

/** Deterministic mode: instructions per mtime tick (a nominal 100 MIPS hart). */
export const INSNS_PER_TICK = 10;

/** How time advances. */
export type ClockMode = 'deterministic' | 'realtime';

/** The mtime source shared by the CLINT and the `time` CSR. */
export class Clock {
  private offset = 0;
  private readonly t0 = performance.now();

  /** `retired` reports the hart's retired-instruction count. */
  constructor(readonly mode: ClockMode, private readonly retired: () => number) {}

  /** Current mtime in ticks. */
  now(): number {
    const raw = this.mode === 'deterministic'
      ? Math.floor(this.retired() / INSNS_PER_TICK)
      : Math.floor((performance.now() - this.t0) * (TIMEBASE_HZ / 1000));
    return raw + this.offset;
  }

  /** Sets mtime (a guest write to the CLINT's mtime register). */
  set(value: number): void {
    this.offset += value - this.now();
  }

  /** Deterministic mode: lets `ticks` pass while the hart idles in WFI. */
  skip(ticks: number): void {
    if (ticks > 0) this.offset += ticks;
  }

  /** The offset added to the raw time, for saving a vCPU's state (deterministic time is then exact). */
  get savedOffset(): number {
    return this.offset;
  }

  /** Continues saved time: deterministic mode takes the offset back; realtime mode resumes at `now` ticks. */
  restore(offset: number, now: number): void {
    if (this.mode === 'deterministic') this.offset = offset;
    else this.set(now);
  }

  /** Instructions the hart may run before mtime reaches `ticks` (deterministic mode), at least 1. */
  insnsUntil(ticks: number): number {
    const now = this.retired();
    const target = (ticks - this.offset) * INSNS_PER_TICK;
    return Math.max(1, Math.ceil(target - now));
  }
}
