/**
 * The hypervisor of a hardware-assisted guest (RISC-V H-extension
 * semantics): the unmodified kernel runs on the hart in VS/VU mode (V=1).
 * Its own CSR accesses, sret, sfence.vma and the traps it expects (its
 * processes' ecalls, its page faults, illegal instructions, breakpoints)
 * and its timer and external interrupts are the hart's S-level business,
 * delegated through medeleg/mideleg as hedeleg/hideleg would, and never
 * reach this code. What does is only what the H extension sends to HS mode:
 * ecalls from VS (SBI, answered as the trap-and-emulate VMM does),
 * guest-page faults on guest-physical addresses the G-stage does not map
 * (device registers, emulated with the same device exits) and wfi, which
 * traps as a virtual-instruction exception (hstatus.VTW). Interrupts are
 * injected by raising VSTIP (the SBI timer) and VSEIP (the PLIC line) in
 * the hart's pending bits, where the hart takes them like any other.
 */
import type { GStage } from '../cpu/gstage.js';
import type { Hart } from '../cpu/hart.js';
import {
  CAUSE_FETCH_ACCESS, CAUSE_FETCH_GUEST_PAGE_FAULT, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_LOAD_ACCESS, CAUSE_LOAD_GUEST_PAGE_FAULT,
  CAUSE_STORE_ACCESS, CAUSE_STORE_GUEST_PAGE_FAULT, CAUSE_VIRTUAL_INSTRUCTION, CAUSE_VIRTUAL_SUPERVISOR_ECALL, CSR,
  MIP_SEIP, MIP_SSIP, MIP_STIP, MSTATUS_TW, PRV_M, PRV_S, SSTATUS_MASK, S_INTERRUPTS,
} from '../cpu/isa.js';
import { emulateMmio } from './mmio.js';
import { handleSbi, type SbiHost } from './sbi.js';

const WFI = 0x1050_0073;
/**
 * hedeleg: the exceptions the guest kernel handles itself — misaligned
 * accesses, access faults, illegal instruction, breakpoint, its processes'
 * ecalls and its page faults. ecall from VS (10), guest-page faults (20,
 * 21, 23) and virtual instructions (22) stay with the hypervisor.
 */
export const HEDELEG = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 12) | (1 << 13) | (1 << 15);
/** hideleg: the VS-level interrupts (software, timer, external) go straight to the guest. */
export const HIDELEG = S_INTERRUPTS;
/** Interrupt lines the hypervisor injects. */
const INJECTED = MIP_STIP | MIP_SEIP;

/** The hypervisor's exits by reason (what the H extension sends to HS mode), for stats. */
export interface HvmCounters {
  sbi: number; guest_page_fault: number; mmio: number; virtual_instruction: number; wfi: number;
  injected_irq: number; reflected: number;
}

/** The hardware-assisted hypervisor of one vCPU. */
export class Hvm {
  /** The guest executed wfi (trapped by VTW): it waits for an interrupt. */
  waiting = false;
  /** SBI timer deadline in mtime ticks (Infinity: none). */
  timer = Infinity;
  readonly counters: HvmCounters = { sbi: 0, guest_page_fault: 0, mmio: 0, virtual_instruction: 0, wfi: 0, injected_irq: 0, reflected: 0 };
  /** The lines injected at the last delivery (a rising edge is one injection). */
  private injected = 0;

  constructor(readonly hart: Hart, readonly gstage: GStage, readonly host: SbiHost) {
    hart.trapHook = (cause, tval, interrupt) => this.onTrap(cause, tval, interrupt);
    hart.mmu.gstage = gstage;
    hart.virt = true;
  }

  /** Starts the guest kernel at `entry` in VS-mode with a0–a2 set, on the G-stage rooted at `hgatp`. */
  boot(entry: number, args: readonly number[], hgatp: number): void {
    const h = this.hart;
    this.gstage.hgatp = hgatp;
    h.priv = PRV_S;
    h.pc = entry | 0;
    args.forEach((a, i) => { h.x[10 + i] = a; });
    this.control();
  }

  /**
   * Sets what the hypervisor owns on the hart, whatever was there (a boot,
   * or state restored from a snapshot, which must not carry M-level powers
   * into the guest): the delegations (hedeleg/hideleg), no M-level
   * interrupt enabled, counters readable (hcounteren), wfi trapping (VTW,
   * as mstatus.TW), no TVM/TSR/MPRV, and PMP opening all of host-physical
   * memory — what the guest reaches is decided by the G-stage alone.
   */
  control(): void {
    const c = this.hart.csr;
    c.write(CSR.pmpaddr0, -1, PRV_M);
    c.write(CSR.pmpcfg0, 0x1f, PRV_M);
    c.write(CSR.medeleg, HEDELEG, PRV_M);
    c.write(CSR.mideleg, HIDELEG, PRV_M);
    c.write(CSR.mie, c.mie & S_INTERRUPTS, PRV_M);
    c.write(CSR.mcounteren, 7, PRV_M);
    c.write(CSR.mstatus, (c.mstatus & SSTATUS_MASK) | MSTATUS_TW, PRV_M);
    this.hart.mmu.flushAll();
  }

  /** HS-mode trap handler: every trap the guest takes that is not delegated to it. */
  onTrap(cause: number, tval: number, interrupt: boolean): void {
    if (interrupt) return; // M-level interrupts are never enabled while a guest runs
    switch (cause) {
      case CAUSE_VIRTUAL_SUPERVISOR_ECALL: this.sbi(); return;
      case CAUSE_FETCH_GUEST_PAGE_FAULT: case CAUSE_LOAD_GUEST_PAGE_FAULT: case CAUSE_STORE_GUEST_PAGE_FAULT:
        this.guestPageFault(cause, tval); return;
      case CAUSE_VIRTUAL_INSTRUCTION: this.virtualInstruction(tval); return;
      default: this.reflect(cause, tval);
    }
  }

  /** Delivers an exception to the guest kernel as a VS-level trap (the hart's S trap entry while V=1). */
  reflect(cause: number, tval: number): void {
    this.counters.reflected++;
    this.hart.trapToSupervisor(cause, tval, false);
  }

  private sbi(): void {
    this.counters.sbi++;
    handleSbi(this);
    this.hart.pc = (this.hart.pc + 4) | 0;
  }

  /**
   * A guest-physical address the G-stage does not map (htval = GPA >> 2,
   * the low bits from the guest-virtual address): a device register is
   * emulated through an exit; a page-table entry or an instruction fetch
   * there is an access fault for the guest, as on a machine with nothing there.
   */
  private guestPageFault(cause: number, gva: number): void {
    this.counters.guest_page_fault++;
    const g = this.gstage;
    const gpa = (g.htval >>> 0) * 4 + (gva & 3);
    if (g.htinst !== 0 || cause === CAUSE_FETCH_GUEST_PAGE_FAULT) {
      this.reflect(cause === CAUSE_FETCH_GUEST_PAGE_FAULT ? CAUSE_FETCH_ACCESS : cause === CAUSE_LOAD_GUEST_PAGE_FAULT ? CAUSE_LOAD_ACCESS : CAUSE_STORE_ACCESS, gva);
      return;
    }
    this.counters.mmio++;
    emulateMmio(this, gpa, gva, null);
  }

  /** wfi trapped by VTW: the guest waits (the run loop idles it); any other virtual instruction is illegal to the guest. */
  private virtualInstruction(enc: number): void {
    this.counters.virtual_instruction++;
    if (enc !== WFI) { this.reflect(CAUSE_ILLEGAL_INSTRUCTION, enc); return; }
    this.counters.wfi++;
    this.waiting = true;
    this.hart.pc = (this.hart.pc + 4) | 0;
  }

  /**
   * Drives VSTIP from the SBI timer and VSEIP from the PLIC line into the
   * hart's pending bits (hvip), counting each new one; ends a virtual wfi
   * when an interrupt the guest enabled is pending. The hart takes them.
   */
  deliverInterrupts(now: number, plicSeip: boolean): void {
    const c = this.hart.csr;
    const lines = (now >= this.timer ? MIP_STIP : 0) | (plicSeip ? MIP_SEIP : 0);
    c.mipSoft = (c.mipSoft & MIP_SSIP) | (lines & MIP_STIP);
    c.mipLines = (c.mipLines & ~MIP_SEIP) | (lines & MIP_SEIP);
    const rising = lines & ~this.injected & INJECTED;
    if (rising & MIP_STIP) this.counters.injected_irq++;
    if (rising & MIP_SEIP) this.counters.injected_irq++;
    this.injected = lines;
    if (this.waiting && (c.mip & c.mie) !== 0) this.waiting = false;
  }
}

export type { SbiHost };
