/**
 * The bare platform: the subset of QEMU's `virt` board that bare-metal
 * programs use — RAM at 0x80000000, an ns16550a UART, a CLINT, the SiFive
 * test finisher, and HTIF through the ELF's `tohost` symbol — with one hart
 * that starts in M-mode at the ELF entry (a0 = hart id, a1 = 0: no device tree).
 * `run` drives the hart in chunks and handles time, WFI and stop requests.
 */
import { TIMEBASE_HZ, VIRT_CLINT, VIRT_DRAM, VIRT_TEST, VIRT_UART0 } from '../abi/virt.js';
import { Bus } from '../cpu/bus.js';
import { Hart } from '../cpu/hart.js';
import { MIP_MTIP } from '../cpu/isa.js';
import { interpret } from '../cpu/interp.js';
import { Clint } from '../devices/clint.js';
import { Htif } from '../devices/htif.js';
import { SifiveTest, type FinisherRequest } from '../devices/sifive-test.js';
import { Uart } from '../devices/uart.js';
import { ElfError, type ElfImage } from '../image/elf.js';
import { Clock, type ClockMode } from './clock.js';
import { ProgressWatch } from './progress.js';
import { type CpuTier, defaultTier } from './tier.js';

/** Default RAM size: 128 MiB, as QEMU's default for virt. */
export const DEFAULT_RAM = 128 << 20;

/** Instructions per interpreter entry: bounds how stale time and stop checks can be. */
const CHUNK = 1 << 16;

/** Why a run ended. */
export type StopReason =
  | { kind: 'exit'; code: number }
  | { kind: 'reset' }
  | { kind: 'limit'; limit: 'insns' | 'time' }
  | { kind: 'halt'; message: string }
  | { kind: 'crash'; message: string };

/** Options for a board. */
export interface BoardOptions {
  /** RAM size in bytes (multiple of 4 KiB). */
  ramBytes?: number;
  /** Timebase mode; deterministic by default. */
  clock?: ClockMode;
  /** Receives every console byte (UART and HTIF). */
  console: (byte: number) => void;
  /** CPU tier: the translation tier for hot blocks or the interpreter alone; default from `defaultTier` (EXOVISOR_TIER, else jit). */
  tier?: CpuTier;
}

export type { CpuTier } from './tier.js';

/** Limits for one `run`. */
export interface RunLimits {
  maxInsns?: number;
  timeoutMs?: number;
}

/** A bare virt machine with one hart. */
export class VirtBoard {
  readonly bus: Bus;
  readonly hart: Hart;
  readonly clock: Clock;
  readonly uart: Uart;
  readonly clint: Clint;
  private stop: StopReason | null = null;
  private readonly sleeper = new Int32Array(new SharedArrayBuffer(4));

  constructor(readonly opts: BoardOptions) {
    this.bus = new Bus(VIRT_DRAM, opts.ramBytes ?? DEFAULT_RAM);
    this.hart = new Hart(this.bus);
    this.hart.jit = (opts.tier ?? defaultTier()) === 'jit';
    this.clock = new Clock(opts.clock ?? 'deterministic', () => this.hart.retired());
    this.hart.setTimeSource(() => this.clock.now());
    this.clint = new Clint('clint', VIRT_CLINT, this.clock, (mask, bits) => this.hart.setLines(mask, bits));
    this.uart = new Uart('uart0', VIRT_UART0, opts.console);
    this.bus.attach(this.clint);
    this.bus.attach(this.uart);
    this.bus.attach(new SifiveTest('test', VIRT_TEST, (r) => this.finish(r)));
  }

  private finish(r: FinisherRequest): void {
    this.stop = r.kind === 'exit' ? { kind: 'exit', code: r.code } : { kind: 'reset' };
    this.bus.attention = true;
  }

  /** Copies an executable into RAM and resets the hart to its entry; throws ElfError for images that do not fit. */
  load(image: ElfImage): void {
    const { ramBase, ramSize, mem8 } = this.bus;
    for (const s of image.segments) {
      if (s.memSize === 0) continue;
      if (s.paddr < ramBase || s.paddr + s.memSize > ramBase + ramSize) {
        throw new ElfError(`segment at 0x${s.paddr.toString(16)} (${s.memSize} bytes) lies outside RAM ` +
          `0x${ramBase.toString(16)}–0x${(ramBase + ramSize).toString(16)}`);
      }
    }
    mem8.fill(0);
    for (const s of image.segments) {
      mem8.set(s.data, s.paddr - ramBase);
      mem8.fill(0, s.paddr - ramBase + s.data.length, s.paddr - ramBase + s.memSize);
    }
    this.hart.reset(image.entry);
    this.bus.resetDevices();
    this.hart.x[10] = 0; // a0: hart id
    this.hart.x[11] = 0; // a1: no device tree
    const tohost = image.symbols.get('tohost');
    if (tohost !== undefined) {
      new Htif(this.bus, tohost, image.symbols.get('fromhost'), this.opts.console, (code) => this.finish({ kind: 'exit', code }));
      this.hart.mmu.flushAll();
    }
    this.stop = null;
  }

  /** Runs until the guest stops or a limit is reached. */
  run(limits: RunLimits = {}): StopReason {
    const hart = this.hart;
    const start = performance.now();
    const maxInsns = limits.maxInsns ?? Infinity;
    const deadline = limits.timeoutMs === undefined ? Infinity : start + limits.timeoutMs;
    const progress = new ProgressWatch();
    while (this.stop === null) {
      if (hart.retired() >= maxInsns) return { kind: 'limit', limit: 'insns' };
      if (performance.now() >= deadline) return { kind: 'limit', limit: 'time' };
      this.clint.update();
      if (hart.waiting) {
        const halted = this.idle(deadline);
        if (halted) return halted;
        continue;
      }
      hart.checkInterrupts();
      const before = hart.retired();
      interpret(hart, this.budget(maxInsns));
      this.bus.attention = false;
      const stuck = progress.after(hart, before);
      if (stuck) return { kind: 'crash', message: stuck };
    }
    return this.stop;
  }

  /** Instructions for the next interpreter entry. */
  private budget(maxInsns: number): number {
    let n = Math.min(CHUNK, maxInsns - this.hart.retired());
    if (this.clock.mode === 'deterministic' && this.clint.mtimecmp > this.clock.now()) {
      n = Math.min(n, this.clock.insnsUntil(this.clint.mtimecmp));
    }
    return Math.max(1, n);
  }

  /** The hart is in WFI: wake it, let time pass until the timer fires, or report that nothing can wake it. */
  private idle(deadline: number): StopReason | null {
    const hart = this.hart;
    if (hart.wakeable()) {
      hart.waiting = false;
      return null;
    }
    const now = this.clock.now();
    const timerArmed = (hart.csr.mie & MIP_MTIP) !== 0 && this.clint.mtimecmp > now && this.clint.mtimecmp < Number.MAX_SAFE_INTEGER;
    if (!timerArmed) {
      return { kind: 'halt', message: `hart waits for an interrupt (wfi at pc 0x${((hart.pc - 4) >>> 0).toString(16)}) that nothing can raise` };
    }
    if (this.clock.mode === 'deterministic') {
      this.clock.skip(this.clint.mtimecmp - now);
    } else {
      const ms = Math.min((this.clint.mtimecmp - now) / (TIMEBASE_HZ / 1000), Math.max(0, deadline - performance.now()), 50);
      Atomics.wait(this.sleeper, 0, 0, Math.max(0, ms));
    }
    return null;
  }
}
