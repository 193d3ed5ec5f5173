/**
 * The guest's virtual supervisor CSRs: the same WARL rules the hart applies
 * to its real ones, trap entry and sret with the sstatus stack, and which
 * virtual interrupt the guest can take (SEI, SSI, STI order; SIE only gates
 * the guest kernel, never its processes).
 */
import { describe, expect, it } from 'vitest';
import { CSR, MSTATUS_SIE, MSTATUS_SPIE, MSTATUS_SPP, PRV_S, PRV_U } from '../../../hypervisor/cpu/isa.js';
import { VirtualCsrs } from '../../../hypervisor/vmm/vcsr.js';

const readOk = (v: VirtualCsrs, csr: number): number => {
  const r = v.read(csr);
  if (!r.ok) throw new Error(`csr 0x${csr.toString(16)} not readable`);
  return r.value;
};

describe('virtual supervisor CSRs', () => {
  it('keep only their implemented bits, as the hart does', () => {
    const v = new VirtualCsrs();
    for (const [csr, written, kept] of [
      [CSR.sstatus, -1, 0x000c0122], [CSR.sie, -1, 0x222], [CSR.stvec, -1, -3], [CSR.sepc, -1, -2],
      [CSR.scounteren, -1, 7], [CSR.satp, 0x7fffffff, 0], [CSR.satp, -1, 0x803fffff | 0],
    ] as const) {
      expect(v.write(csr, written)).toBe(true);
      expect(readOk(v, csr)).toBe(kept);
    }
    v.write(CSR.sip, -1);
    expect(readOk(v, CSR.sip)).toBe(0x2); // only SSIP is software-writable
  });

  it('refuse machine-level and unknown CSRs (the guest gets an illegal instruction)', () => {
    const v = new VirtualCsrs();
    for (const csr of [CSR.mstatus, CSR.mtvec, CSR.mscratch, CSR.mhartid, 0x5c0]) {
      expect(v.read(csr).ok).toBe(false);
      expect(v.write(csr, 1)).toBe(false);
    }
  });

  it('enter a trap as §4.1.1 says and return with sret as §3.3.2 says', () => {
    const v = new VirtualCsrs();
    v.stvec = 0x80401001; // vectored
    v.sstatus = MSTATUS_SIE;
    v.priv = PRV_U;
    expect(v.enterTrap(8, 0, false, 0x1234) >>> 0).toBe(0x80401000); // exceptions go to the base
    expect([v.scause, v.sepc, v.priv]).toEqual([8, 0x1234, PRV_S]);
    expect(v.sstatus & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)).toBe(MSTATUS_SPIE); // SPP = U
    v.sepc = 0x1238;
    expect(v.sret() >>> 0).toBe(0x1238);
    expect(v.priv).toBe(PRV_U);
    expect(v.sstatus & (MSTATUS_SIE | MSTATUS_SPIE)).toBe(MSTATUS_SIE | MSTATUS_SPIE);
    v.priv = PRV_S;
    expect(v.enterTrap(5, 0, true, 0x80402000) >>> 0).toBe(0x80401000 + 4 * 5); // interrupts are vectored
    expect(v.scause >>> 0).toBe(0x80000005);
    expect(v.sstatus & MSTATUS_SPP).toBe(MSTATUS_SPP);
  });

  it('offer a pending enabled interrupt by priority, gated by SIE only in the guest kernel', () => {
    const v = new VirtualCsrs();
    v.sie = 0x222;
    v.sipLines = 0x220; // STIP and SEIP
    v.priv = PRV_S;
    expect(v.pendingInterrupt()).toBe(-1); // SIE off
    v.sstatus = MSTATUS_SIE;
    expect(v.pendingInterrupt()).toBe(9); // SEI before STI
    v.sipLines = 0x20;
    v.sipSoft = 0x2;
    expect(v.pendingInterrupt()).toBe(1); // SSI before STI
    v.sstatus = 0;
    v.priv = PRV_U;
    expect(v.pendingInterrupt()).toBe(1); // in U-mode supervisor interrupts are always taken
    v.sie = 0;
    expect(v.pendingInterrupt()).toBe(-1);
  });
});
