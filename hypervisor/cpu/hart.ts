/**
 * One RV32IMAC hart: architectural state, trap entry, interrupt selection
 * and the privileged returns. The instruction loop lives in interp.ts; this
 * file is what it calls when something leaves the fast path.
 */
import { Bus } from './bus.js';
import { CodeCache } from './code-cache.js';
import { CsrFile, type CsrHost } from './csr.js';
import {
  CAUSE_ILLEGAL_INSTRUCTION, CAUSE_INTERRUPT, CAUSE_SUPERVISOR_ECALL, CAUSE_VIRTUAL_INSTRUCTION, CAUSE_VIRTUAL_SUPERVISOR_ECALL,
  CSR, MIP_SEIP, EXCEPTION_NAMES, INTERRUPT_NAMES,
  IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER,
  MSTATUS_MIE, MSTATUS_MPIE, MSTATUS_MPP, MSTATUS_MPP_SHIFT, MSTATUS_MPRV, MSTATUS_SIE,
  MSTATUS_SPIE, MSTATUS_SPP, PRV_M, PRV_S, PRV_U,
} from './isa.js';
import { Mmu } from './mmu.js';
import { Pmp } from './pmp.js';
import { raise } from './trap.js';

/** Interrupts in the order the spec gives them priority (§3.1.9): MEI, MSI, MTI, SEI, SSI, STI. */
const IRQ_PRIORITY = [IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER];

/** The encoding of wfi (the trap value of a trapped one). */
const WFI = 0x1050_0073;

/** Per-hart event counters, read by stats and (later) the dashboard. */
export interface HartCounters {
  /** Traps taken, keyed by cause name (exceptions and interrupts). */
  traps: Record<string, number>;
  /** Blocks the translation tier has compiled. */
  blocksTranslated: number;
}

/** Source of mtime for the `time` CSR; the board provides it. */
export type TimeSource = () => number;

/** A RISC-V hart with its MMU, PMP, CSRs and decoded-code cache. */
export class Hart implements CsrHost {
  /** x0..x31, plus x32: the write-only sink that decoded `rd = x0` points at. */
  readonly x = new Int32Array(33);
  pc = 0;
  priv = PRV_M;
  readonly pmp = new Pmp();
  readonly code: CodeCache;
  readonly mmu: Mmu;
  readonly csr: CsrFile;
  /** Instructions retired before the current interpreter entry. */
  retiredBase = 0;
  /** Instructions retired so far in the current interpreter entry (kept current before slow calls). */
  chunkDone = 0;
  /** LR/SC reservation: host offset of the reserved word (-1 = none) and the value LR read. */
  resAddr = -1;
  resValue = 0;
  /** True while the hart waits in WFI for an interrupt. */
  waiting = false;
  /** Set when the interpreter must return to the run loop (CSR change, xRET, WFI, fences). */
  yieldReq = false;
  /** Scratch: immediate of an instruction decoded on the slow path. */
  decImm = 0;
  readonly counters: HartCounters = { traps: {}, blocksTranslated: 0 };
  /** Execution tier: true runs hot blocks through the translation tier (jit.ts), false interprets everything. */
  jit = true;
  /**
   * When set, every trap goes here instead of the architectural trap entry:
   * a VMM that runs the guest deprivileged takes all of them (the hook sets
   * pc and privilege itself).
   */
  trapHook: ((cause: number, tval: number, interrupt: boolean) => void) | null = null;
  /**
   * Virtualization mode V of the H extension: set while the hart runs a
   * guest in VS/VU mode, whose S-level CSRs are then the hart's own S CSRs
   * (the VS CSRs) and whose addresses the MMU's G-stage translates. Traps
   * that medeleg/mideleg delegate (hedeleg/hideleg) enter the guest
   * directly; only the rest go to `trapHook`, the hypervisor.
   */
  virt = false;
  /** Loads and stores the TLB answered on the fast path (both tiers; misses are counted by the MMU). */
  tlbHits = 0;
  /** Set by a translated block: instructions it retired. */
  blockRan = 0;
  /**
   * The boot marker: the pc whose first decode at privilege `markPriv` ends
   * boot (an app's first instruction; -1: none armed). The interpreter tests
   * it only when it decodes an instruction, never on the cached path.
   */
  markPc = -1;
  markPriv = PRV_U;
  /** Instructions retired and mtime when the marked instruction was first fetched, once it was. */
  marked: { insns: number; mtime: number } | null = null;
  /** Set by a translated block that stopped at an instruction it leaves to the interpreter (TLB miss, MMIO, code page). */
  blockSlow = 0;
  private time: TimeSource = () => 0;

  constructor(readonly bus: Bus) {
    this.code = new CodeCache(bus.hostPages);
    this.mmu = new Mmu(bus, this.pmp, this.code);
    this.csr = new CsrFile(this, this.mmu);
  }

  /**
   * Drives the interrupt lines in `mask` of mip to `bits` (devices call it).
   * A line that changes mid-chunk (a guest write to msip or mtimecmp, a
   * device exit) asks the interpreter to return, so the change is seen now.
   */
  setLines(mask: number, bits: number): void {
    const c = this.csr;
    const next = (c.mipLines & ~mask) | (bits & mask);
    if (next !== c.mipLines) this.bus.attention = true;
    c.mipLines = next;
  }

  /** Connects the clock that the `time` CSR reads. */
  setTimeSource(t: TimeSource): void {
    this.time = t;
  }

  /** Power-on reset: M-mode, registers cleared, pc at `resetPc`. */
  reset(resetPc: number): void {
    this.x.fill(0);
    this.pc = resetPc | 0;
    this.priv = PRV_M;
    this.resAddr = -1;
    this.waiting = false;
    this.csr.reset();
    this.code.clear();
  }

  /** Records the boot marker when `pc` (just decoded, about to run) is the armed one at `priv`; disarms it (one-shot). */
  markFetch(pc: number, priv: number): void {
    if (pc !== this.markPc || priv !== this.markPriv) return;
    this.marked = { insns: this.retired(), mtime: this.time() };
    this.markPc = -1;
  }

  /** Instructions retired so far (CsrHost). */
  retired(): number {
    return this.retiredBase + this.chunkDone;
  }

  /** mtime as seen by the `time` CSR (CsrHost). */
  mtime(): number {
    return this.time();
  }

  /** A CSR write changed interrupt or translation state (CsrHost): leave the fast loop. */
  csrChanged(): void {
    this.yieldReq = true;
  }

  /** Privilege used for loads and stores: MPP when mstatus.MPRV is set in M-mode (§3.1.6.3). */
  dataPriv(): number {
    const s = this.csr.mstatus;
    return this.priv === PRV_M && s & MSTATUS_MPRV ? (s & MSTATUS_MPP) >>> MSTATUS_MPP_SHIFT : this.priv;
  }

  /** Counts a trap under its cause's name. */
  private count(cause: number, interrupt: boolean): void {
    const name = (interrupt ? INTERRUPT_NAMES[cause] : EXCEPTION_NAMES[cause]) ?? `cause_${cause}`;
    const t = this.counters.traps;
    t[name] = (t[name] ?? 0) + 1;
  }

  /**
   * Trap entry (§3.1.6.1, §4.1.1): goes to S-mode when the cause is delegated
   * and the hart is not in M-mode, else to M-mode; saves pc, cause and tval,
   * stacks the interrupt enable and the previous privilege, and jumps to the
   * vector (base + 4*cause for interrupts in vectored mode).
   */
  takeTrap(cause: number, tval: number, interrupt: boolean): void {
    if (this.virt && !interrupt) cause = virtualCause(cause, tval);
    this.count(cause, interrupt);
    this.resAddr = -1;
    const deleg = interrupt ? this.csr.mideleg : this.csr.medeleg;
    const delegated = this.priv <= PRV_S && ((deleg >>> cause) & 1) === 1;
    if (this.trapHook && !(this.virt && delegated)) {
      this.trapHook(cause, tval, interrupt);
      return;
    }
    const code = interrupt ? (cause | CAUSE_INTERRUPT) : cause;
    const c = this.csr;
    if (delegated) {
      this.trapToSupervisor(cause, tval, interrupt);
    } else {
      c.mcause = code;
      c.mepc = this.pc;
      c.mtval = tval;
      let s = c.mstatus & ~(MSTATUS_MPIE | MSTATUS_MIE | MSTATUS_MPP);
      if (c.mstatus & MSTATUS_MIE) s |= MSTATUS_MPIE;
      c.mstatus = s | (this.priv << MSTATUS_MPP_SHIFT);
      this.enter(PRV_M, c.mtvec, cause, interrupt);
    }
  }

  /** S-mode trap entry (§4.1.1): scause, sepc, stval, the SIE/SPP stack, then stvec (a guest's VS trap when V=1). */
  trapToSupervisor(cause: number, tval: number, interrupt: boolean): void {
    const c = this.csr;
    c.scause = interrupt ? (cause | CAUSE_INTERRUPT) : cause;
    c.sepc = this.pc;
    c.stval = tval;
    let s = c.mstatus & ~(MSTATUS_SPIE | MSTATUS_SIE | MSTATUS_SPP);
    if (c.mstatus & MSTATUS_SIE) s |= MSTATUS_SPIE;
    if (this.priv === PRV_S) s |= MSTATUS_SPP;
    c.mstatus = s;
    this.enter(PRV_S, c.stvec, cause, interrupt);
  }

  private enter(priv: number, tvec: number, cause: number, interrupt: boolean): void {
    this.priv = priv;
    const base = tvec & ~3;
    this.pc = (interrupt && (tvec & 1) ? base + 4 * cause : base) | 0;
    this.waiting = false;
  }

  /** The highest-priority interrupt that is pending, enabled and allowed now, or -1 (§3.1.9). */
  pendingInterrupt(): number {
    const c = this.csr;
    const pending = c.mip & c.mie;
    if (pending === 0) return -1;
    for (const irq of IRQ_PRIORITY) {
      if (!((pending >>> irq) & 1)) continue;
      const delegated = ((c.mideleg >>> irq) & 1) === 1;
      if (delegated && this.priv === PRV_M) continue;
      if (c.interruptsEnabled(this.priv, delegated)) return irq;
    }
    return -1;
  }

  /** Takes a pending interrupt if there is one; true when it did. */
  checkInterrupts(): boolean {
    const irq = this.pendingInterrupt();
    if (irq < 0) return false;
    this.takeTrap(irq, 0, true);
    return true;
  }

  /** True when WFI should stop waiting: some interrupt is pending and enabled in mie, whatever the global enables. */
  wakeable(): boolean {
    return (this.csr.mip & this.csr.mie) !== 0;
  }

  /** mret (§3.3.2): back to MPP with MIE restored; MPRV cleared when leaving M. */
  mret(): void {
    const c = this.csr;
    const s = c.mstatus;
    const mpp = (s & MSTATUS_MPP) >>> MSTATUS_MPP_SHIFT;
    let next = (s & ~(MSTATUS_MIE | MSTATUS_MPP)) | MSTATUS_MPIE;
    if (s & MSTATUS_MPIE) next |= MSTATUS_MIE;
    if (mpp !== PRV_M) next &= ~MSTATUS_MPRV;
    c.mstatus = next;
    this.priv = mpp;
    this.pc = c.mepc;
  }

  /** sret (§3.3.2): back to SPP with SIE restored; MPRV cleared. */
  sret(): void {
    const c = this.csr;
    const s = c.mstatus;
    const spp = s & MSTATUS_SPP ? PRV_S : PRV_U;
    let next = (s & ~(MSTATUS_SIE | MSTATUS_SPP | MSTATUS_MPRV)) | MSTATUS_SPIE;
    if (s & MSTATUS_SPIE) next |= MSTATUS_SIE;
    c.mstatus = next;
    this.priv = spp;
    this.pc = c.sepc;
  }

  /**
   * Executes a CSR instruction (Zicsr): `kind` 1 = RW, 2 = RS, 3 = RC;
   * `src` is rs1's value or the zero-extended immediate; `writes` is false
   * for RS/RC with rs1 = x0 (no write side effects); `reads` is false for RW
   * with rd = x0. Returns the old value; raises illegal instruction.
   */
  csrOp(kind: number, csr: number, src: number, writes: boolean, reads: boolean, encoding: number): number {
    let old = 0;
    if (reads || kind !== 1) {
      const v = this.csr.read(csr, this.priv);
      if (v === null) raise(CAUSE_ILLEGAL_INSTRUCTION, encoding);
      old = v;
    }
    if (writes) {
      // CSRRS/CSRRC on mip modify the software-writable SEIP bit, not the PLIC's line ORed into reads (§3.1.9).
      const base = csr === CSR.mip ? (old & ~MIP_SEIP) | (this.csr.mipSoft & MIP_SEIP) : old;
      const v = kind === 1 ? src : kind === 2 ? base | src : base & ~src;
      if (!this.csr.write(csr, v, this.priv)) raise(CAUSE_ILLEGAL_INSTRUCTION, encoding);
    }
    return old;
  }
}

/**
 * Causes the H extension gives traps taken while V=1 (§8.6.1): the guest
 * kernel's ecall is an ecall from VS (the hypervisor answers SBI), and a
 * wfi trapped by TW (hstatus.VTW) is a virtual-instruction exception.
 */
function virtualCause(cause: number, tval: number): number {
  if (cause === CAUSE_SUPERVISOR_ECALL) return CAUSE_VIRTUAL_SUPERVISOR_ECALL;
  if (cause === CAUSE_ILLEGAL_INSTRUCTION && tval === WFI) return CAUSE_VIRTUAL_INSTRUCTION;
  return cause;
}
