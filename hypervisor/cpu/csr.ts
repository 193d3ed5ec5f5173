/**
 * Control and status registers of the hart (Zicsr; Privileged spec ch. 2–4):
 * machine and supervisor trap state, counters, PMP, satp, and the
 * sstatus/sip/sie views of their machine-level registers.
 *
 * `read` returns null and `write` returns false for an access the spec makes
 * an illegal-instruction exception: a CSR that does not exist, too low a
 * privilege (csr[9:8]), a write to a read-only CSR (csr[11:10] = 3), a counter
 * hidden by mcounteren/scounteren, or satp under mstatus.TVM.
 */
import {
  CSR, MISA_RV32IMACSU, MSTATUS_MIE, MSTATUS_MPP, MSTATUS_MPP_SHIFT, MSTATUS_MPRV, MSTATUS_MXR,
  MSTATUS_SIE, MSTATUS_SUM, MSTATUS_TVM, MSTATUS_WRITABLE, MIP_MEIP, MIP_MSIP, MIP_MTIP,
  PRV_M, PRV_S, PRV_U, SATP_MODE_SV32, SATP_PPN_MASK, SSTATUS_MASK, S_INTERRUPTS,
} from './isa.js';
import type { Mmu } from './mmu.js';

/** What the CSR file needs from its hart. */
export interface CsrHost {
  /** Current privilege level. */
  readonly priv: number;
  /** Instructions retired so far (64-bit value as a number). */
  retired(): number;
  /** Current value of mtime. */
  mtime(): number;
  /** Called after a write that may change which interrupt is pending and enabled, or how memory is translated. */
  csrChanged(): void;
}

const TWO32 = 2 ** 32;
const lo32 = (v: number): number => (v % TWO32) | 0;
const hi32 = (v: number): number => Math.floor(v / TWO32) | 0;
const withLo = (v: number, lo: number): number => Math.floor(v / TWO32) * TWO32 + (lo >>> 0);
const withHi = (v: number, hi: number): number => (hi >>> 0) * TWO32 + (v % TWO32);

/** Exceptions that medeleg may delegate (all but ecall from M and the reserved codes). */
const MEDELEG_MASK = 0xb3ff;
/** mip bits software may write from M-mode (the M-level ones are wired to the CLINT/PLIC). */
const MIP_WRITABLE = S_INTERRUPTS;
const MIE_MASK = S_INTERRUPTS | MIP_MSIP | MIP_MTIP | MIP_MEIP;

/** minstret/mcycle bookkeeping, for saving a hart's state. */
export interface CsrCounterState { instretOffset: number; cycleOffset: number; frozenInstret: number; frozenCycle: number }

/** The CSR state of one hart. */
export class CsrFile {
  mstatus = 0;
  medeleg = 0;
  mideleg = 0;
  mie = 0;
  /** Software-written mip bits (SSIP, STIP, SEIP); device lines are ORed in by the hart. */
  mipSoft = 0;
  /** Interrupt lines driven by devices (MTIP, MSIP, MEIP, SEIP). */
  mipLines = 0;
  mtvec = 0;
  mscratch = 0;
  mepc = 0;
  mcause = 0;
  mtval = 0;
  mcounteren = 0;
  mcountinhibit = 0;
  stvec = 0;
  sscratch = 0;
  sepc = 0;
  scause = 0;
  stval = 0;
  scounteren = 0;
  /** Offsets making minstret/mcycle read as written: value = retired + offset. */
  private instretOffset = 0;
  private cycleOffset = 0;
  private frozenInstret = 0;
  private frozenCycle = 0;

  constructor(private readonly host: CsrHost, private readonly mmu: Mmu) {}

  /** Power-on values (§3.4): M-mode, interrupts off, satp bare. */
  reset(): void {
    this.mstatus = this.medeleg = this.mideleg = this.mie = this.mipSoft = this.mipLines = 0;
    this.mtvec = this.mscratch = this.mepc = this.mcause = this.mtval = 0;
    this.mcounteren = this.mcountinhibit = this.scounteren = 0;
    this.stvec = this.sscratch = this.sepc = this.scause = this.stval = 0;
    this.instretOffset = this.cycleOffset = -this.host.retired();
    this.mmu.satp = 0;
    this.mmu.sum = this.mmu.mxr = false;
    this.mmu.pmp.reset();
    this.mmu.flushAll();
  }

  /** The full mip value: software bits and device lines. */
  get mip(): number {
    return this.mipSoft | this.mipLines;
  }

  /** minstret as a 64-bit number. */
  instret(): number {
    return this.mcountinhibit & 4 ? this.frozenInstret : this.host.retired() + this.instretOffset;
  }

  /** mcycle as a 64-bit number (one cycle per instruction). */
  cycle(): number {
    return this.mcountinhibit & 1 ? this.frozenCycle : this.host.retired() + this.cycleOffset;
  }

  /** Reads CSR `num` at privilege `priv`; null means illegal instruction. */
  read(num: number, priv: number): number | null {
    if (priv < ((num >>> 8) & 3)) return null;
    if (num >= 0xc00 && num <= 0xc9f) return this.readCounter(num, priv);
    if (num >= CSR.pmpcfg0 && num <= CSR.pmpcfg0 + 15) return this.mmu.pmp.readCfg(num - CSR.pmpcfg0);
    if (num >= CSR.pmpaddr0 && num <= CSR.pmpaddr0 + 63) return this.mmu.pmp.readAddr(num - CSR.pmpaddr0);
    if ((num >= 0xb03 && num <= 0xb1f) || (num >= 0xb83 && num <= 0xb9f) || (num >= 0x323 && num <= 0x33f)) return 0;
    return this.readNamed(num, priv);
  }

  private readNamed(num: number, priv: number): number | null {
    switch (num) {
      case CSR.mstatus: return this.mstatus;
      case CSR.misa: return MISA_RV32IMACSU;
      case CSR.medeleg: return this.medeleg;
      case CSR.mideleg: return this.mideleg;
      case CSR.mie: return this.mie;
      case CSR.mip: return this.mip;
      case CSR.mtvec: return this.mtvec;
      case CSR.mscratch: return this.mscratch;
      case CSR.mepc: return this.mepc;
      case CSR.mcause: return this.mcause;
      case CSR.mtval: return this.mtval;
      case CSR.mcounteren: return this.mcounteren;
      case CSR.mcountinhibit: return this.mcountinhibit;
      case CSR.mcycle: return lo32(this.cycle());
      case CSR.mcycleh: return hi32(this.cycle());
      case CSR.minstret: return lo32(this.instret());
      case CSR.minstreth: return hi32(this.instret());
      case CSR.mvendorid: case CSR.marchid: case CSR.mimpid: case CSR.mhartid: case CSR.mconfigptr:
      case CSR.mstatush: case CSR.menvcfg: case CSR.menvcfgh: case CSR.senvcfg:
        return 0;
      case CSR.sstatus: return this.mstatus & SSTATUS_MASK;
      case CSR.sie: return this.mie & this.mideleg;
      case CSR.sip: return this.mip & this.mideleg;
      case CSR.stvec: return this.stvec;
      case CSR.sscratch: return this.sscratch;
      case CSR.sepc: return this.sepc;
      case CSR.scause: return this.scause;
      case CSR.stval: return this.stval;
      case CSR.scounteren: return this.scounteren;
      case CSR.satp: return priv === PRV_S && this.mstatus & MSTATUS_TVM ? null : this.mmu.satp;
      default: return null;
    }
  }

  /** cycle/time/instret and their high halves, gated by mcounteren and scounteren (§3.1.11). */
  private readCounter(num: number, priv: number): number | null {
    const idx = num & 0x1f;
    const bit = 1 << idx;
    if (priv < PRV_M && !(this.mcounteren & bit)) return null;
    if (priv === PRV_U && !(this.scounteren & bit)) return null;
    const high = num >= 0xc80;
    let v: number;
    if (idx === 0) v = this.cycle();
    else if (idx === 1) v = this.host.mtime();
    else if (idx === 2) v = this.instret();
    else v = 0;
    return high ? hi32(v) : lo32(v);
  }

  /** Writes CSR `num` at privilege `priv`; false means illegal instruction. */
  write(num: number, value: number, priv: number): boolean {
    if (priv < ((num >>> 8) & 3) || num >>> 10 === 3) return false;
    if (num >= CSR.pmpcfg0 && num <= CSR.pmpcfg0 + 15) return this.pmpWrite(() => this.mmu.pmp.writeCfg(num - CSR.pmpcfg0, value));
    if (num >= CSR.pmpaddr0 && num <= CSR.pmpaddr0 + 63) return this.pmpWrite(() => this.mmu.pmp.writeAddr(num - CSR.pmpaddr0, value));
    if ((num >= 0xb03 && num <= 0xb1f) || (num >= 0xb83 && num <= 0xb9f) || (num >= 0x323 && num <= 0x33f)) return true;
    const ok = this.writeMachine(num, value) ?? this.writeSupervisor(num, value, priv);
    if (ok) this.host.csrChanged();
    return ok;
  }

  private pmpWrite(apply: () => void): boolean {
    apply();
    this.mmu.flushAll();
    this.host.csrChanged();
    return true;
  }

  /** Machine-level CSR writes; undefined when `num` is not one of them. */
  private writeMachine(num: number, v: number): boolean | undefined {
    switch (num) {
      case CSR.mstatus: this.setMstatus(v); return true;
      case CSR.misa: case CSR.mstatush: case CSR.menvcfg: case CSR.menvcfgh: return true;
      case CSR.medeleg: this.medeleg = v & MEDELEG_MASK; return true;
      case CSR.mideleg: this.mideleg = v & S_INTERRUPTS; return true;
      case CSR.mie: this.mie = v & MIE_MASK; return true;
      case CSR.mip: this.mipSoft = v & MIP_WRITABLE; return true;
      case CSR.mtvec: this.mtvec = v & ~2; return true;
      case CSR.mscratch: this.mscratch = v; return true;
      case CSR.mepc: this.mepc = v & ~1; return true;
      case CSR.mcause: this.mcause = v; return true;
      case CSR.mtval: this.mtval = v; return true;
      case CSR.mcounteren: this.mcounteren = v & 7; return true;
      case CSR.mcountinhibit: this.setInhibit(v & 5); return true;
      case CSR.mcycle: this.setCycle(withLo(this.cycle(), v)); return true;
      case CSR.mcycleh: this.setCycle(withHi(this.cycle(), v)); return true;
      case CSR.minstret: this.setInstret(withLo(this.instret(), v)); return true;
      case CSR.minstreth: this.setInstret(withHi(this.instret(), v)); return true;
      default: return undefined;
    }
  }

  /** Supervisor-level CSR writes. */
  private writeSupervisor(num: number, v: number, priv: number): boolean {
    switch (num) {
      case CSR.sstatus: this.setMstatus((this.mstatus & ~SSTATUS_MASK) | (v & SSTATUS_MASK)); return true;
      case CSR.sie: this.mie = (this.mie & ~this.mideleg) | (v & this.mideleg); return true;
      case CSR.sip: this.mipSoft = (this.mipSoft & ~(this.mideleg & 2)) | (v & this.mideleg & 2); return true;
      case CSR.stvec: this.stvec = v & ~2; return true;
      case CSR.sscratch: this.sscratch = v; return true;
      case CSR.sepc: this.sepc = v & ~1; return true;
      case CSR.scause: this.scause = v; return true;
      case CSR.stval: this.stval = v; return true;
      case CSR.scounteren: this.scounteren = v & 7; return true;
      case CSR.senvcfg: return true;
      case CSR.satp: return this.setSatp(v, priv);
      default: return false;
    }
  }

  /** mstatus write: WARL fields (MPP keeps M, S or U), TLB flush when translation bits change. */
  setMstatus(v: number): void {
    let next = (this.mstatus & ~MSTATUS_WRITABLE) | (v & MSTATUS_WRITABLE);
    if (((next & MSTATUS_MPP) >>> MSTATUS_MPP_SHIFT) === 2) next = (next & ~MSTATUS_MPP) | (this.mstatus & MSTATUS_MPP);
    const translation = MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_MPP;
    const changed = (next ^ this.mstatus) & translation;
    this.mstatus = next;
    this.mmu.sum = (next & MSTATUS_SUM) !== 0;
    this.mmu.mxr = (next & MSTATUS_MXR) !== 0;
    if (changed & (MSTATUS_SUM | MSTATUS_MXR)) this.mmu.flushAll();
  }

  /** satp write (§4.1.11): only Bare and Sv32; ASID is not implemented (reads as 0). */
  private setSatp(v: number, priv: number): boolean {
    if (priv === PRV_S && this.mstatus & MSTATUS_TVM) return false;
    this.mmu.satp = (v & SATP_MODE_SV32) | (v & SATP_PPN_MASK);
    this.mmu.flushAll();
    return true;
  }

  /**
   * A counter write replaces the increment of the writing instruction
   * (§3.3.1: the next instruction reads the value written), hence the - 1:
   * `retired()` does not yet count the instruction doing the write.
   */
  private setInstret(v: number): void {
    if (this.mcountinhibit & 4) this.frozenInstret = v;
    else this.instretOffset = v - this.host.retired() - 1;
  }

  private setCycle(v: number): void {
    if (this.mcountinhibit & 1) this.frozenCycle = v;
    else this.cycleOffset = v - this.host.retired() - 1;
  }

  /** mcountinhibit: freezing keeps the current value; thawing resumes from it. */
  private setInhibit(v: number): void {
    const cycle = this.cycle();
    const instret = this.instret();
    this.mcountinhibit = v;
    this.frozenCycle = cycle;
    this.frozenInstret = instret;
    if (!(v & 1)) this.cycleOffset = cycle - this.host.retired();
    if (!(v & 4)) this.instretOffset = instret - this.host.retired();
  }

  /** The counter bookkeeping saveState cannot read from the registers (offsets relative to retired()). */
  counterState(): CsrCounterState {
    return { instretOffset: this.instretOffset, cycleOffset: this.cycleOffset, frozenInstret: this.frozenInstret, frozenCycle: this.frozenCycle };
  }

  /** Restores what counterState returned; the hart's retired count must already be the saved one. */
  setCounterState(s: CsrCounterState): void {
    this.instretOffset = s.instretOffset;
    this.cycleOffset = s.cycleOffset;
    this.frozenInstret = s.frozenInstret;
    this.frozenCycle = s.frozenCycle;
  }

  /** True when global interrupts are enabled for the current privilege (used by interrupt selection). */
  interruptsEnabled(priv: number, delegated: boolean): boolean {
    if (delegated) return priv < PRV_S || (priv === PRV_S && (this.mstatus & MSTATUS_SIE) !== 0);
    return priv < PRV_M || (this.mstatus & MSTATUS_MIE) !== 0;
  }
}

