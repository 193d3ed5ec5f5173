/**
 * The supervisor-level state a deprivileged guest kernel believes it owns:
 * its virtual privilege (S or U), sstatus, sie/sip, stvec, sepc, scause,
 * stval, sscratch, satp and scounteren, with the same WARL rules the hart
 * applies to the real registers (§4.1). The VMM reads and writes these when
 * it emulates a trapped CSR instruction, enters a trap, or returns with sret.
 */
import {
  CSR, MIP_SEIP, MIP_SSIP, MIP_STIP, MSTATUS_MXR, MSTATUS_SIE, MSTATUS_SPIE, MSTATUS_SPP, MSTATUS_SUM, PRV_S, PRV_U,
  SATP_MODE_SV32, SATP_PPN_MASK,
} from '../cpu/isa.js';

/** sstatus bits the guest can change (no FS: the hart has no FPU). */
const SSTATUS_WRITABLE = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR;
/** Supervisor interrupts: the bits of sie/sip that exist. */
const S_IRQS = MIP_SSIP | MIP_STIP | MIP_SEIP;

/** What a CSR access did: the value read, or that the guest must take an illegal-instruction trap. */
export type CsrResult = { ok: true; value: number } | { ok: false };

/** The guest's virtual supervisor state. */
export class VirtualCsrs {
  /** Virtual privilege of the guest: PRV_S (its kernel) or PRV_U (its processes). */
  priv = PRV_S;
  sstatus = 0;
  sie = 0;
  /** Software-set pending bits (SSIP); STIP and SEIP come from the virtual timer and the PLIC. */
  sipSoft = 0;
  /** Interrupt lines the VMM drives (STIP from the SBI timer, SEIP from the PLIC). */
  sipLines = 0;
  stvec = 0;
  sepc = 0;
  scause = 0;
  stval = 0;
  sscratch = 0;
  satp = 0;
  scounteren = 0;

  /** sip as the guest reads it. */
  get sip(): number {
    return (this.sipSoft | this.sipLines) & S_IRQS;
  }

  /** Reads a CSR on behalf of the guest (from virtual S); unknown or M-level CSRs are illegal. */
  read(csr: number): CsrResult {
    switch (csr) {
      case CSR.sstatus: return { ok: true, value: this.sstatus | 0 };
      case CSR.sie: return { ok: true, value: this.sie };
      case CSR.sip: return { ok: true, value: this.sip };
      case CSR.stvec: return { ok: true, value: this.stvec | 0 };
      case CSR.sepc: return { ok: true, value: this.sepc | 0 };
      case CSR.scause: return { ok: true, value: this.scause | 0 };
      case CSR.stval: return { ok: true, value: this.stval | 0 };
      case CSR.sscratch: return { ok: true, value: this.sscratch | 0 };
      case CSR.satp: return { ok: true, value: this.satp | 0 };
      case CSR.scounteren: return { ok: true, value: this.scounteren };
      case CSR.senvcfg: return { ok: true, value: 0 };
      default: return { ok: false };
    }
  }

  /** Writes a CSR on behalf of the guest; false when the guest must take an illegal-instruction trap. */
  write(csr: number, v: number): boolean {
    switch (csr) {
      case CSR.sstatus: this.sstatus = v & SSTATUS_WRITABLE; return true;
      case CSR.sie: this.sie = v & S_IRQS; return true;
      case CSR.sip: this.sipSoft = v & MIP_SSIP; return true;
      case CSR.stvec: this.stvec = v & ~2; return true; // modes 0 (direct) and 1 (vectored)
      case CSR.sepc: this.sepc = v & ~1; return true;
      case CSR.scause: this.scause = v; return true;
      case CSR.stval: this.stval = v; return true;
      case CSR.sscratch: this.sscratch = v; return true;
      case CSR.satp: this.satp = v & SATP_MODE_SV32 ? v & (SATP_MODE_SV32 | SATP_PPN_MASK) : 0; return true; // no ASIDs, like the hart
      case CSR.scounteren: this.scounteren = v & 7; return true;
      case CSR.senvcfg: return true;
      default: return false;
    }
  }

  /** The highest-priority supervisor interrupt the guest can take now (SEI, SSI, STI), or -1. */
  pendingInterrupt(): number {
    const pending = this.sip & this.sie;
    if (pending === 0) return -1;
    if (this.priv === PRV_S && !(this.sstatus & MSTATUS_SIE)) return -1;
    for (const irq of [9, 1, 5]) if ((pending >>> irq) & 1) return irq;
    return -1;
  }

  /** Trap entry into the guest kernel (§4.1.1): returns the pc to continue at. */
  enterTrap(cause: number, tval: number, interrupt: boolean, pc: number): number {
    this.scause = interrupt ? (cause | 0x8000_0000) : cause;
    this.sepc = pc;
    this.stval = tval;
    let s = this.sstatus & ~(MSTATUS_SPIE | MSTATUS_SIE | MSTATUS_SPP);
    if (this.sstatus & MSTATUS_SIE) s |= MSTATUS_SPIE;
    if (this.priv === PRV_S) s |= MSTATUS_SPP;
    this.sstatus = s;
    this.priv = PRV_S;
    const base = this.stvec & ~3;
    return (interrupt && (this.stvec & 1) ? base + 4 * cause : base) | 0;
  }

  /** sret (§3.3.2): back to SPP with SIE restored; returns the pc. */
  sret(): number {
    const s = this.sstatus;
    this.priv = s & MSTATUS_SPP ? PRV_S : PRV_U;
    let next = (s & ~(MSTATUS_SIE | MSTATUS_SPP)) | MSTATUS_SPIE;
    if (s & MSTATUS_SPIE) next |= MSTATUS_SIE;
    this.sstatus = next;
    return this.sepc;
  }
}
