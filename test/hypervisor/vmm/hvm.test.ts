/**
 * Trap routing of the hardware-assisted hypervisor (H-extension semantics)
 * on a scripted hart: the guest kernel's CSR accesses and sret land in its
 * VS state, and its own traps (its processes' ecalls, its page faults,
 * illegal instructions) enter its trap vector, all without an exit; only
 * ecalls from VS (SBI), guest-page faults on device registers and wfi
 * (virtual instruction) reach the hypervisor, each counted by reason; the
 * timer is injected as VSTIP and the PLIC line as VSEIP, and the guest
 * takes them without an exit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { SBI_BASE_GET_SPEC_VERSION, SBI_EXT_BASE, SBI_EXT_TIME, SBI_SPEC_VERSION, SBI_TIME_SET_TIMER } from '../../../hypervisor/abi/sbi.js';
import {
  CAUSE_BREAKPOINT, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT, CAUSE_USER_ECALL, CSR, MIP_SEIP, MIP_STIP, MSTATUS_SIE,
  MSTATUS_SPIE, MSTATUS_SPP, MSTATUS_SUM, PRV_S, PRV_U,
} from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, a2, a6, a7, csrr, csrw, ebreak, ecall, lbu, lw, RAM, sret, sw, t0, wfi,
} from '../../helpers/asm.js';
import {
  CODE, DEVICE, exitCount, guestTables, loadGuest, newHwEnv, ROOT, runTo, satpOf, STVEC, USER_CODE, UVA, type HwEnv,
} from '../../helpers/hw-env.js';

let env: HwEnv;
beforeEach(() => { env = newHwEnv(); });

describe('what stays in the guest', () => {
  it('lands the guest kernel\'s S-level CSR writes and sret in its VS state, with no exit', () => {
    const c = env.hart.csr;
    loadGuest(env, CODE, [
      csrw(CSR.sscratch, a0), csrw(CSR.sepc, a1), csrw(CSR.stvec, a2), csrw(CSR.satp, t0), csrr(a6, CSR.sscratch),
      csrw(CSR.sstatus, a7), sret,
    ]);
    guestTables(env);
    Object.assign(env.hart.x, { [a0]: 0x5151, [a1]: UVA(50), [a2]: STVEC, [t0]: satpOf(ROOT), [a7]: MSTATUS_SPIE | MSTATUS_SUM });
    runTo(env, UVA(50));
    expect([c.sscratch, c.sepc >>> 0, c.stvec >>> 0, env.hart.mmu.satp >>> 0]).toEqual([0x5151, UVA(50), STVEC, satpOf(ROOT)]);
    expect(env.hart.x[a6]).toBe(0x5151);
    expect(env.hart.priv).toBe(PRV_U); // sret went to SPP = U, at sepc, in the guest's address space
    expect(c.mstatus & MSTATUS_SIE).toBe(MSTATUS_SIE);
    expect(exitCount(env)).toBe(0);
    expect(env.hart.counters.traps).toEqual({});
  });

  it('delivers the guest\'s own traps — a process\'s ecall, a page fault, an illegal instruction, a breakpoint — to its trap vector', () => {
    guestTables(env);
    env.hart.csr.write(CSR.satp, satpOf(ROOT), PRV_S);
    const c = env.hart.csr;
    const enterUser = (prog: number[]): void => {
      loadGuest(env, USER_CODE, prog);
      env.hart.priv = PRV_U;
      env.hart.pc = UVA(50);
      runTo(env, STVEC);
      expect(env.hart.priv).toBe(PRV_S);
      expect(c.mstatus & MSTATUS_SPP).toBe(0);
    };
    enterUser([ecall]);
    expect([c.scause, c.sepc >>> 0]).toEqual([CAUSE_USER_ECALL, UVA(50)]);
    enterUser([lw(a0, 0, a1)]);
    env.hart.x[a1] = 0x7000_0000; // nothing mapped there in the guest's tables
    enterUser([lw(a0, 0, a1)]);
    expect([c.scause, c.stval >>> 0]).toEqual([CAUSE_LOAD_PAGE_FAULT, 0x7000_0000]);
    enterUser([csrr(a0, CSR.sstatus)]);
    expect(c.scause).toBe(CAUSE_ILLEGAL_INSTRUCTION);
    enterUser([ebreak]);
    expect(c.scause).toBe(CAUSE_BREAKPOINT);
    expect(exitCount(env)).toBe(0);
    expect(env.hvm.counters.reflected).toBe(0);
  });
});

describe('what exits to the hypervisor', () => {
  it('answers an ecall from VS as SBI (cause 10), and continues after it', () => {
    loadGuest(env, CODE, [ecall]);
    Object.assign(env.hart.x, { [a7]: SBI_EXT_BASE, [a6]: SBI_BASE_GET_SPEC_VERSION });
    runTo(env, CODE + 4);
    expect([env.hart.x[a0], env.hart.x[a1]]).toEqual([0, SBI_SPEC_VERSION]);
    expect(env.hvm.counters.sbi).toBe(1);
    expect(env.hart.counters.traps).toEqual({ ecall_vs: 1 });
    expect(env.hart.priv).toBe(PRV_S);
  });

  it('emulates device registers from guest-page faults (htval = GPA >> 2), and gives an access fault where nothing answers', () => {
    loadGuest(env, CODE, [lbu(a0, 5, a1), sw(a2, 8, a1), lw(a0, 0, t0)]);
    Object.assign(env.hart.x, { [a1]: DEVICE, [a2]: 0x77, [t0]: RAM + (64 << 20) });
    runTo(env, CODE + 8);
    expect(env.hart.x[a0]).toBe(0x5a);
    expect(env.device).toEqual([[DEVICE + 5, 1, null], [DEVICE + 8, 4, 0x77]]);
    expect(env.hart.counters.traps).toEqual({ load_guest_page_fault: 1, store_guest_page_fault: 1 });
    expect(env.gstage.htval >>> 0).toBe((DEVICE + 8) / 4);
    runTo(env, STVEC);
    expect([env.hart.csr.scause, env.hart.csr.stval >>> 0]).toEqual([CAUSE_LOAD_ACCESS, RAM + (64 << 20)]);
    expect(env.hvm.counters).toMatchObject({ guest_page_fault: 3, mmio: 3, reflected: 1 });
  });

  it('traps wfi as a virtual instruction, injects the SBI timer as VSTIP, and the guest takes it without an exit', () => {
    const c = env.hart.csr;
    loadGuest(env, CODE, [ecall, wfi]);
    Object.assign(env.hart.x, { [a7]: SBI_EXT_TIME, [a6]: SBI_TIME_SET_TIMER, [a0]: 1000, [a1]: 0 });
    c.write(CSR.sie, MIP_STIP, PRV_S);
    c.write(CSR.sstatus, MSTATUS_SIE, PRV_S);
    runTo(env, CODE + 8);
    expect(env.hvm.waiting).toBe(true);
    expect(env.hvm.counters).toMatchObject({ sbi: 1, virtual_instruction: 1, wfi: 1 });
    env.hvm.deliverInterrupts(999, false);
    expect(env.hvm.waiting).toBe(true);
    env.hvm.deliverInterrupts(1000, false);
    env.hvm.deliverInterrupts(1001, false); // still pending: one injection
    expect(env.hvm.waiting).toBe(false);
    expect(env.hvm.counters.injected_irq).toBe(1);
    expect(env.hart.checkInterrupts()).toBe(true);
    expect([c.scause >>> 0, c.sepc >>> 0, env.hart.pc >>> 0]).toEqual([0x8000_0005, CODE + 8, STVEC]);
    expect(exitCount(env)).toBe(2); // the set_timer ecall and the wfi
  });

  it('injects the PLIC line as VSEIP: the guest takes its external interrupt when it enables it, one injection per rising edge', () => {
    const c = env.hart.csr;
    loadGuest(env, CODE, [csrw(CSR.sie, a0), csrw(CSR.sstatus, a1)]);
    Object.assign(env.hart.x, { [a0]: MIP_SEIP, [a1]: MSTATUS_SIE });
    env.hvm.deliverInterrupts(0, true);
    expect(env.hart.checkInterrupts()).toBe(false); // pending, but the guest has not enabled it yet
    runTo(env, CODE + 8);
    env.hvm.deliverInterrupts(0, true);
    expect(env.hart.checkInterrupts()).toBe(true);
    expect([c.scause >>> 0, env.hart.pc >>> 0, env.hart.priv]).toEqual([0x8000_0009, STVEC, PRV_S]);
    expect(env.hvm.counters.injected_irq).toBe(1);
    env.hvm.deliverInterrupts(0, false);
    env.hvm.deliverInterrupts(0, true);
    expect(env.hvm.counters.injected_irq).toBe(2);
    expect(exitCount(env)).toBe(0);
  });
});
