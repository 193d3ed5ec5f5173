/**
 * The trap-and-emulate VMM of a full-virtualization guest: the guest kernel
 * believes it runs in S-mode but the hart runs it in U-mode, so every
 * privileged instruction traps, and so does every page fault, since the
 * hart translates through shadow page tables. `onTrap` is the dispatcher:
 * it emulates CSR accesses, sret, sfence.vma and wfi on the virtual CSRs,
 * answers SBI calls, reflects the guest's own exceptions (user ecalls,
 * faults) into the guest kernel as a real machine would deliver them, fills
 * shadow entries silently, emulates device accesses, and injects virtual
 * interrupts. Nothing here knows about workers.
 */
import { CAUSE_ILLEGAL_INSTRUCTION, CSR, MIP_SEIP, MIP_STIP, MSTATUS_MXR, MSTATUS_SUM, PRV_M, PRV_S, PRV_U } from '../cpu/isa.js';
import type { Hart } from '../cpu/hart.js';
import { emulateMmio } from './mmio.js';
import type { ShadowPaging } from './paging.js';
import { handleSbi, type SbiHost } from './sbi.js';
import { VirtualCsrs } from './vcsr.js';

const CAUSE_USER_ECALL = 8;
const SRET = 0x1020_0073, WFI = 0x1050_0073;
const ACCESS_OF_FAULT: Readonly<Record<number, number>> = { 12: 4, 13: 1, 15: 2 };

/** Counters of the VMM, by kind of work (exits by reason, for stats). */
export interface VmmCounters {
  csr: number; sret: number; sfence: number; wfi: number; sbi: number; mmio: number;
  pt_write: number; shadow_fill: number; guest_page_fault: number; reflected: number; injected_irq: number;
}

/** The VMM of one vCPU. */
export class Vmm {
  readonly v = new VirtualCsrs();
  /** Virtual WFI: the guest waits for an interrupt. */
  waiting = false;
  /** SBI timer deadline in mtime ticks (Infinity: none). */
  timer = Infinity;
  readonly counters: VmmCounters = {
    csr: 0, sret: 0, sfence: 0, wfi: 0, sbi: 0, mmio: 0, pt_write: 0, shadow_fill: 0, guest_page_fault: 0, reflected: 0, injected_irq: 0,
  };

  constructor(readonly hart: Hart, readonly shadow: ShadowPaging, readonly host: SbiHost) {
    hart.trapHook = (cause, tval, interrupt) => this.onTrap(cause, tval, interrupt);
  }

  /** Starts the guest kernel at `entry` in virtual S-mode with a0–a2 set. */
  boot(entry: number, args: readonly number[]): void {
    const h = this.hart;
    h.priv = PRV_U;
    h.pc = entry | 0;
    args.forEach((a, i) => { h.x[10 + i] = a; });
    // The guest may read time, cycle and instret directly; wfi always traps (TW). PMP lets U-mode reach
    // all of physical memory: what the guest reaches is decided by the shadow tables alone.
    h.csr.write(CSR.pmpaddr0, -1, PRV_M);
    h.csr.write(CSR.pmpcfg0, 0x1f, PRV_M);
    h.csr.write(CSR.mcounteren, 7, PRV_M);
    h.csr.write(CSR.scounteren, 7, PRV_M);
    h.csr.write(CSR.mstatus, 1 << 21, PRV_M);
    this.switchView();
  }

  /** Loads the real satp for the guest's current address space and privilege. */
  switchView(): void {
    const v = this.v;
    const satp = this.shadow.activate(v.satp, v.priv === PRV_S ? 'S' : 'U', (v.sstatus & MSTATUS_SUM) !== 0, (v.sstatus & MSTATUS_MXR) !== 0);
    this.hart.csr.write(CSR.satp, satp, PRV_M);
    // Counters: the guest kernel may read them all; its processes what its scounteren allows (else illegal, to it).
    this.hart.csr.write(CSR.scounteren, v.priv === PRV_U ? v.scounteren : 7, PRV_M);
    this.hart.mmu.flushAll();
    this.hart.csrChanged();
  }

  /** The dispatcher: every trap the deprivileged guest causes lands here. */
  onTrap(cause: number, tval: number, interrupt: boolean): void {
    if (interrupt) return; // the real hart has no interrupts enabled in full mode
    if (cause === 12 || cause === 13 || cause === 15) this.pageFault(cause, tval);
    else if (cause === CAUSE_ILLEGAL_INSTRUCTION && this.v.priv === PRV_S) this.privileged(tval);
    else if (cause === CAUSE_USER_ECALL && this.v.priv === PRV_S) this.sbi();
    else this.reflect(cause, cause === CAUSE_USER_ECALL ? 0 : tval);
  }

  /** Delivers an exception to the guest kernel as the machine would (ecall from U keeps cause 8). */
  reflect(cause: number, tval: number): void {
    this.counters.reflected++;
    this.hart.pc = this.v.enterTrap(cause, tval, false, this.hart.pc);
    this.switchView();
  }

  private pageFault(cause: number, gva: number): void {
    const r = this.shadow.fault(gva, ACCESS_OF_FAULT[cause]!);
    switch (r.kind) {
      case 'filled': this.counters.shadow_fill++; this.hart.mmu.flushPage(gva); return; // retry the instruction
      case 'guest': this.counters.guest_page_fault++; this.reflect(r.cause, r.tval); return;
      case 'mmio': this.counters.mmio++; emulateMmio(this, r.gpa, gva, null); return;
      case 'pt-write': this.counters.pt_write++; emulateMmio(this, r.gpa, gva, (gpa, size, value) => this.shadow.writeProtected(gpa, size, value)); return;
    }
  }

  /** An instruction that traps in U-mode but is legal in the guest's virtual S-mode. */
  private privileged(enc: number): void {
    const h = this.hart;
    if ((enc & 0x7f) !== 0x73) { this.reflect(CAUSE_ILLEGAL_INSTRUCTION, enc); return; }
    const f3 = (enc >>> 12) & 7;
    if (f3 !== 0 && f3 !== 4) { this.csrInstruction(enc, f3); return; }
    if (enc === SRET) {
      this.counters.sret++;
      h.pc = this.v.sret();
      this.switchView();
    } else if (enc === WFI) {
      this.counters.wfi++;
      this.waiting = true;
      h.pc = (h.pc + 4) | 0;
    } else if ((enc & 0xfe00_7fff) === 0x1200_0073) {
      this.counters.sfence++;
      const rs1 = (enc >>> 15) & 31;
      // Shadows never go stale (every store to a table they were built from traps and resyncs them), so a
      // fence only has to empty the real TLB — and, for one page, drop that page's shadow leaves.
      if (rs1 !== 0) { this.shadow.fence(h.x[rs1]!); h.mmu.flushPage(h.x[rs1]!); } else h.mmu.flushAll();
      h.pc = (h.pc + 4) | 0;
      this.switchView();
    } else {
      this.reflect(CAUSE_ILLEGAL_INSTRUCTION, enc);
    }
  }

  /** csrrw/csrrs/csrrc and their immediate forms on the virtual CSRs (Zicsr rules for rd/rs1 = x0). */
  private csrInstruction(enc: number, f3: number): void {
    const h = this.hart, v = this.v;
    const csr = enc >>> 20, rd = (enc >>> 7) & 31, rs1 = (enc >>> 15) & 31;
    const kind = f3 & 3, src = f3 & 4 ? rs1 : h.x[rs1]!;
    const writes = kind === 1 || rs1 !== 0;
    const old = v.read(csr);
    if (!old.ok || (writes && csr >>> 10 === 3)) { this.reflect(CAUSE_ILLEGAL_INSTRUCTION, enc); return; }
    if (writes) {
      const value = kind === 1 ? src : kind === 2 ? old.value | src : old.value & ~src;
      if (!v.write(csr, value)) { this.reflect(CAUSE_ILLEGAL_INSTRUCTION, enc); return; }
    }
    this.counters.csr++;
    if (rd !== 0) h.x[rd] = old.value;
    h.pc = (h.pc + 4) | 0;
    if (writes && (csr === CSR.satp || csr === CSR.sstatus)) this.switchView();
    else h.csrChanged(); // sie/sip/sstatus.SIE may have made an interrupt deliverable
  }

  private sbi(): void {
    this.counters.sbi++;
    handleSbi(this);
    this.hart.pc = (this.hart.pc + 4) | 0;
  }

  /** Updates the virtual timer and external lines; injects a pending virtual interrupt. True when one was taken. */
  deliverInterrupts(now: number, plicSeip: boolean): boolean {
    const v = this.v;
    v.sipLines = (now >= this.timer ? MIP_STIP : 0) | (plicSeip ? MIP_SEIP : 0);
    if (this.waiting && (v.sip & v.sie) !== 0) this.waiting = false; // WFI ends on any enabled pending interrupt
    const irq = v.pendingInterrupt();
    if (irq < 0) return false;
    this.counters.injected_irq++;
    this.hart.pc = v.enterTrap(irq, 0, true, this.hart.pc);
    this.switchView();
    return true;
  }

}

export type { SbiHost };
