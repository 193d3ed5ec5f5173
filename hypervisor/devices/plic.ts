/**
 * Platform-level interrupt controller (SiFive layout, as on QEMU's virt
 * board) for one hart with two contexts: PLIC_CONTEXT_M drives MEIP and
 * PLIC_CONTEXT_S drives SEIP. Register map and rules follow the RISC-V PLIC
 * specification 1.0.0:
 *
 *   PLIC_PRIORITY  + 4*source                         priority (0 = never interrupts)
 *   PLIC_PENDING   + 4*word                           pending bits (read-only)
 *   PLIC_ENABLE    + PLIC_ENABLE_STRIDE*ctx + 4*word  enable bits
 *   PLIC_THRESHOLD + PLIC_CONTEXT_STRIDE*ctx          priority threshold
 *   PLIC_CLAIM     + PLIC_CONTEXT_STRIDE*ctx          claim (read) / complete (write)
 *
 * Sources are level-triggered. Each has a gateway: while a source is
 * claimed its level is not forwarded; completion re-arms the gateway, so a
 * line still high becomes pending again. While not claimed, pending follows
 * the level (as QEMU's sifive_plic does), so a device that drops its line
 * before the claim leaves no stale request behind.
 */
import {
  PLIC_CLAIM, PLIC_CONTEXT_M, PLIC_CONTEXT_S, PLIC_CONTEXT_STRIDE, PLIC_ENABLE, PLIC_ENABLE_STRIDE, PLIC_MAX_PRIORITY,
  PLIC_NUM_SOURCES, PLIC_PENDING, PLIC_PRIORITY, PLIC_SIZE, PLIC_THRESHOLD,
} from '../abi/virt.js';
import { MIP_MEIP, MIP_SEIP } from '../cpu/isa.js';
import { DeviceStateError, type MmioDevice, type Width } from './device.js';

/** Contexts, indexed by PLIC_CONTEXT_*. */
const NCTX = Math.max(PLIC_CONTEXT_M, PLIC_CONTEXT_S) + 1;
/** The mip bit each context drives. */
const CONTEXT_LINE: readonly number[] = (() => {
  const lines = new Array<number>(NCTX).fill(0);
  lines[PLIC_CONTEXT_M] = MIP_MEIP;
  lines[PLIC_CONTEXT_S] = MIP_SEIP;
  return lines;
})();
/** 32-bit words of pending/enable bits. */
const WORDS = Math.ceil(PLIC_NUM_SOURCES / 32);
/** Priority and threshold registers are WARL: only these bits exist (then clamped to the maximum). */
const PRIORITY_BITS = 2 ** Math.ceil(Math.log2(PLIC_MAX_PRIORITY + 1)) - 1;

/** Saved PLIC state; `level` and `claimed` hold 0/1 per source, `enable` WORDS words per context. */
interface PlicState { priority: number[]; level: number[]; claimed: number[]; enable: number[]; threshold: number[] }

/** Legal value of a priority or threshold register after writing `v`. */
function warlPriority(v: number): number {
  return Math.min((v >>> 0) & PRIORITY_BITS, PLIC_MAX_PRIORITY);
}

/** Enable bits that exist in `word`: source 0 and sources past the last are hardwired to 0. */
function enableMask(word: number): number {
  let mask = 0;
  for (let bit = 0; bit < 32; bit++) {
    const src = word * 32 + bit;
    if (src > 0 && src < PLIC_NUM_SOURCES) mask |= 1 << bit;
  }
  return mask >>> 0;
}
const ENABLE_MASK = Array.from({ length: WORDS }, (_, w) => enableMask(w));

/** Register block `ctx` of a per-context array at `base` with `stride`, and the offset inside it; null when past the last context. */
function contextOf(offset: number, base: number, stride: number): { ctx: number; rel: number } | null {
  const ctx = Math.floor((offset - base) / stride);
  return ctx < NCTX ? { ctx, rel: (offset - base) % stride } : null;
}

/** A PLIC whose context outputs are applied with `setLines(mask, bits)` (MEIP, SEIP). */
export class Plic implements MmioDevice {
  readonly size = PLIC_SIZE;
  private priority = new Uint8Array(PLIC_NUM_SOURCES);
  private level = new Uint8Array(PLIC_NUM_SOURCES);
  private pending = new Uint8Array(PLIC_NUM_SOURCES);
  /** Gateway state: claimed and not yet completed. */
  private claimed = new Uint8Array(PLIC_NUM_SOURCES);
  private enable = new Uint32Array(NCTX * WORDS);
  private threshold = new Uint8Array(NCTX);
  /** Claims that returned a source. */
  claims = 0;
  /** Claims that found nothing and returned 0. */
  spuriousClaims = 0;
  /** Completions that re-armed a gateway. */
  completes = 0;
  /** Completions ignored: source not claimed, not enabled for the context, or out of range. */
  ignoredCompletes = 0;

  /** `setLines(mask, bits)` sets the hart's external-interrupt lines. */
  constructor(
    readonly name: string,
    readonly base: number,
    private readonly setLines: (mask: number, bits: number) => void,
  ) {}

  /** Sets the level of interrupt line `source` (1..PLIC_NUM_SOURCES-1); called by devices. */
  setLevel(source: number, level: boolean): void {
    if (!Number.isInteger(source) || source < 1 || source >= PLIC_NUM_SOURCES) {
      throw new RangeError(`${this.name}: no interrupt source ${source} (sources are 1..${PLIC_NUM_SOURCES - 1})`);
    }
    const v = level ? 1 : 0;
    this.level[source] = v;
    if (this.claimed[source] || this.pending[source] === v) return;
    this.pending[source] = v;
    this.update();
  }

  /** True when context `ctx` asks the hart for an interrupt. */
  output(ctx: number): boolean {
    return this.best(ctx) !== 0;
  }

  read(offset: number, width: Width): number | null {
    if (width !== 4 || offset & 3 || offset < 0 || offset >= this.size) return null;
    return this.readReg(offset) >>> 0;
  }

  private readReg(off: number): number {
    if (off < PLIC_PENDING) {
      const src = (off - PLIC_PRIORITY) >> 2;
      return src < PLIC_NUM_SOURCES ? this.priority[src]! : 0;
    }
    if (off < PLIC_ENABLE) {
      const w = (off - PLIC_PENDING) >> 2;
      return w < WORDS ? this.pendingWord(w) : 0;
    }
    if (off < PLIC_THRESHOLD) {
      const at = contextOf(off, PLIC_ENABLE, PLIC_ENABLE_STRIDE);
      return at && at.rel >> 2 < WORDS ? this.enable[at.ctx * WORDS + (at.rel >> 2)]! : 0;
    }
    const at = contextOf(off, PLIC_THRESHOLD, PLIC_CONTEXT_STRIDE);
    if (!at) return 0;
    if (at.rel === 0) return this.threshold[at.ctx]!;
    return at.rel === PLIC_CLAIM - PLIC_THRESHOLD ? this.claim(at.ctx) : 0;
  }

  private pendingWord(w: number): number {
    let word = 0;
    for (let bit = 0; bit < 32; bit++) if (this.pending[w * 32 + bit]) word |= 1 << bit;
    return word;
  }

  write(offset: number, width: Width, value: number): boolean {
    if (width !== 4 || offset & 3 || offset < 0 || offset >= this.size) return false;
    this.writeReg(offset, value >>> 0);
    this.update();
    return true;
  }

  /** Writes a register; pending bits and reserved words ignore writes. */
  private writeReg(off: number, v: number): void {
    if (off < PLIC_PENDING) {
      const src = (off - PLIC_PRIORITY) >> 2;
      if (src > 0 && src < PLIC_NUM_SOURCES) this.priority[src] = warlPriority(v);
    } else if (off >= PLIC_ENABLE && off < PLIC_THRESHOLD) {
      const at = contextOf(off, PLIC_ENABLE, PLIC_ENABLE_STRIDE);
      const w = at ? at.rel >> 2 : WORDS;
      if (at && w < WORDS) this.enable[at.ctx * WORDS + w] = v & ENABLE_MASK[w]!;
    } else if (off >= PLIC_THRESHOLD) {
      const at = contextOf(off, PLIC_THRESHOLD, PLIC_CONTEXT_STRIDE);
      if (at?.rel === 0) this.threshold[at.ctx] = warlPriority(v);
      else if (at?.rel === PLIC_CLAIM - PLIC_THRESHOLD) this.complete(at.ctx, v);
    }
  }

  private enabled(ctx: number, src: number): boolean {
    return (this.enable[ctx * WORDS + (src >> 5)]! >>> (src & 31) & 1) !== 0;
  }

  /** The highest-priority pending source enabled for `ctx` above its threshold (ties: lowest id), or 0. */
  private best(ctx: number): number {
    let id = 0;
    let prio = this.threshold[ctx]!;
    for (let src = 1; src < PLIC_NUM_SOURCES; src++) {
      if (this.pending[src] && this.priority[src]! > prio && this.enabled(ctx, src)) {
        id = src;
        prio = this.priority[src]!;
      }
    }
    return id;
  }

  /** Claim (spec "Interrupt Claim Process"): takes the best source and closes its gateway. */
  private claim(ctx: number): number {
    const id = this.best(ctx);
    if (id === 0) {
      this.spuriousClaims++;
      return 0;
    }
    this.pending[id] = 0;
    this.claimed[id] = 1;
    this.claims++;
    this.update();
    return id;
  }

  /** Completion (spec "Interrupt Completion"): ignored unless `id` is enabled for `ctx` and claimed. */
  private complete(ctx: number, id: number): void {
    if (id === 0 || id >= PLIC_NUM_SOURCES || !this.enabled(ctx, id) || !this.claimed[id]) {
      this.ignoredCompletes++;
      return;
    }
    this.claimed[id] = 0;
    this.pending[id] = this.level[id]!;
    this.completes++;
  }

  /** Drives MEIP/SEIP from the contexts' outputs. */
  private update(): void {
    let bits = 0;
    for (let ctx = 0; ctx < NCTX; ctx++) if (this.best(ctx)) bits |= CONTEXT_LINE[ctx]!;
    this.setLines(MIP_MEIP | MIP_SEIP, bits);
  }

  /** Power-on state; the input lines keep their levels (they belong to the devices). */
  reset(): void {
    this.priority.fill(0);
    this.claimed.fill(0);
    this.enable.fill(0);
    this.threshold.fill(0);
    this.pending.set(this.level);
    this.update();
  }

  saveState(): unknown {
    return {
      priority: [...this.priority], level: [...this.level], claimed: [...this.claimed],
      enable: [...this.enable], threshold: [...this.threshold],
    } satisfies PlicState;
  }

  restoreState(state: unknown): void {
    const s = this.validate(state);
    this.priority.set(s.priority);
    this.level.set(s.level);
    this.claimed.set(s.claimed);
    this.enable.set(s.enable);
    this.threshold.set(s.threshold);
    for (let src = 0; src < PLIC_NUM_SOURCES; src++) this.pending[src] = this.claimed[src] ? 0 : this.level[src]!;
    this.update();
  }

  /** Checks a saved state field by field; throws DeviceStateError naming the first bad one. */
  private validate(state: unknown): PlicState {
    if (typeof state !== 'object' || state === null) throw new DeviceStateError(this.name, 'state is not an object');
    const rec = state as Record<string, unknown>;
    const field = (key: keyof PlicState, length: number, ok: (v: number, i: number) => boolean, rule: string): number[] => {
      const a = rec[key];
      if (!Array.isArray(a) || a.length !== length) throw new DeviceStateError(this.name, `${key} must be an array of ${length} numbers`);
      a.forEach((v: unknown, i) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || !ok(v, i)) throw new DeviceStateError(this.name, `${key}[${i}] = ${String(v)}: ${rule}`);
      });
      return a as number[];
    };
    const prio = (v: number, i: number): boolean => v >= 0 && v <= PLIC_MAX_PRIORITY && (i > 0 || v === 0);
    const bit = (v: number, i: number): boolean => (v === 0 || v === 1) && (i > 0 || v === 0);
    const bits = (v: number, i: number): boolean => v >= 0 && v <= 0xffff_ffff && (v & ~ENABLE_MASK[i % WORDS]!) === 0;
    return {
      priority: field('priority', PLIC_NUM_SOURCES, prio, `expected 0..${PLIC_MAX_PRIORITY} (source 0: 0)`),
      level: field('level', PLIC_NUM_SOURCES, bit, 'expected 0 or 1 (source 0: 0)'),
      claimed: field('claimed', PLIC_NUM_SOURCES, bit, 'expected 0 or 1 (source 0: 0)'),
      enable: field('enable', NCTX * WORDS, bits, 'expected a 32-bit word with only existing sources set'),
      threshold: field('threshold', NCTX, (v) => v >= 0 && v <= PLIC_MAX_PRIORITY, `expected 0..${PLIC_MAX_PRIORITY}`),
    };
  }
}
