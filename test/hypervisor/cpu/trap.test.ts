/**
 * Synchronous traps and the privileged returns: causes, xepc/xcause/xtval,
 * the mstatus stack (xPIE/xPP), delegation to S-mode through medeleg,
 * the instructions that are illegal at a privilege or under TSR/TW/TVM, and
 * vectored trap vectors (interrupts only).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CAUSE_BREAKPOINT, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_INTERRUPT, CAUSE_MACHINE_ECALL, CAUSE_SUPERVISOR_ECALL,
  CAUSE_USER_ECALL, CSR, MIP_MSIP, MIP_MTIP, MIP_SSIP, MSTATUS_MIE, MSTATUS_MPIE, MSTATUS_MPP, MSTATUS_MPRV, MSTATUS_SIE,
  MSTATUS_SPIE, MSTATUS_SPP, MSTATUS_TSR, MSTATUS_TVM, MSTATUS_TW, PRV_M, PRV_S, PRV_U,
} from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, addi, cEbreak, cNop, ebreak, ecall, HALT, loadProgram, mret, newBoard, pmpAllowAll, type Program, RAM, sfenceVma,
  sret, step, type TestBoard, wfi,
} from '../../helpers/asm.js';

const M_HANDLER = RAM + 0x800;
const S_HANDLER = RAM + 0x900;
let tb: TestBoard;

beforeEach(() => {
  tb = newBoard();
  const { board, hart } = tb;
  loadProgram(board, M_HANDLER, [HALT]);
  loadProgram(board, S_HANDLER, [HALT]);
  setCsr(CSR.mtvec, M_HANDLER);
  setCsr(CSR.stvec, S_HANDLER);
  pmpAllowAll(hart);
});

const setCsr = (num: number, v: number): void => {
  expect(tb.hart.csr.write(num, v, PRV_M)).toBe(true);
};
const mstatus = (): number => tb.hart.csr.mstatus;

/** Runs `prog` from RAM at `priv` until it reaches a handler (returns 'M' or 'S') or its end ('end'). */
function run(prog: Program, priv: number): 'M' | 'S' | 'end' {
  const { board, hart } = tb;
  const end = loadProgram(board, RAM, prog);
  hart.priv = priv;
  hart.pc = RAM;
  for (let n = 0; n < 100; n++) {
    const pc = hart.pc >>> 0;
    if (pc === M_HANDLER) return 'M';
    if (pc === S_HANDLER) return 'S';
    if (pc === end) return 'end';
    step(hart);
  }
  throw new Error('no trap and no end');
}
/** Loads `insn` at RAM and executes exactly it at `priv`. */
function step1(insn: number, priv: number): void {
  loadProgram(tb.board, RAM, [insn]);
  tb.hart.priv = priv;
  tb.hart.pc = RAM;
  step(tb.hart);
}
/** Expects `insn` at `priv` to trap to M with illegal instruction and its encoding in mtval. */
function expectIllegal(insn: number, priv: number): void {
  expect(run([insn], priv)).toBe('M');
  const c = tb.hart.csr;
  expect([c.mcause, c.mtval >>> 0, c.mepc >>> 0, tb.hart.priv]).toEqual([CAUSE_ILLEGAL_INSTRUCTION, insn, RAM, PRV_M]);
}

describe('exceptions into M-mode', () => {
  it.each([[PRV_U, CAUSE_USER_ECALL], [PRV_S, CAUSE_SUPERVISOR_ECALL], [PRV_M, CAUSE_MACHINE_ECALL]])(
    'ecall from privilege %i raises cause %i with mepc at the ecall and mtval 0', (priv, cause) => {
      tb.hart.csr.mtval = 0x1234;
      expect(run([addi(a0, 0, 1), ecall], priv)).toBe('M');
      const c = tb.hart.csr;
      expect([c.mcause, c.mepc >>> 0, c.mtval, tb.hart.priv]).toEqual([cause, RAM + 4, 0, PRV_M]);
      expect((mstatus() & MSTATUS_MPP) >>> 11).toBe(priv);
    });

  it('ebreak and c.ebreak raise breakpoint with mepc at the instruction and mtval 0 (as QEMU)', () => {
    tb.hart.csr.mtval = 0x1234;
    expect(run([ebreak], PRV_M)).toBe('M');
    expect([tb.hart.csr.mcause, tb.hart.csr.mepc >>> 0, tb.hart.csr.mtval]).toEqual([CAUSE_BREAKPOINT, RAM, 0]);
    expect(run([cNop, cEbreak], PRV_S)).toBe('M');
    expect([tb.hart.csr.mcause, tb.hart.csr.mepc >>> 0, tb.hart.csr.mtval]).toEqual([CAUSE_BREAKPOINT, RAM + 2, 0]);
  });

  it('an illegal instruction puts its encoding in mtval (16 bits for compressed ones)', () => {
    for (const [prog, mepc, tval] of [
      [[0xffffffff], RAM, 0xffffffff], [[cNop, 0x0000], RAM + 2, 0], [[cNop, 0x6601], RAM + 2, 0x6601],
      [[addi(a0, 0, 1), 0x02059513], RAM + 4, 0x02059513],
    ] as const) {
      expect(run(prog, PRV_M)).toBe('M');
      const c = tb.hart.csr;
      expect([c.mcause, c.mepc >>> 0, c.mtval >>> 0]).toEqual([CAUSE_ILLEGAL_INSTRUCTION, mepc, tval]);
    }
  });

  it('stacks MIE into MPIE and the privilege into MPP', () => {
    setCsr(CSR.mstatus, MSTATUS_MIE);
    run([ecall], PRV_M);
    expect(mstatus() & (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP)).toBe(MSTATUS_MPIE | (3 << 11));
    setCsr(CSR.mstatus, MSTATUS_MPIE);
    run([ecall], PRV_S);
    expect(mstatus() & (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP)).toBe(1 << 11);
    setCsr(CSR.mstatus, MSTATUS_MIE | (3 << 11));
    run([ecall], PRV_U);
    expect(mstatus() & (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP)).toBe(MSTATUS_MPIE);
  });
});

describe('instruction fetch faults', () => {
  it('retire nothing: minstret is unchanged by a fetch from an address with no memory', () => {
    const { hart } = tb;
    setCsr(CSR.mtvec, 0x1000); // no memory there: the vector itself faults, again and again
    hart.pc = 0x1000;
    hart.priv = PRV_M;
    const before = hart.retired();
    step(hart, 50);
    expect(hart.retired()).toBe(before);
    expect(hart.csr.mcause).toBe(1); // instruction access fault
    expect(hart.counters.traps['fetch_access']).toBe(50);
  });
});

describe('mret and sret', () => {
  it('mret returns to MPP at mepc, MIE = MPIE, MPIE = 1, MPP = U, and clears MPRV when leaving M', () => {
    setCsr(CSR.mstatus, MSTATUS_MPIE | (1 << 11) | MSTATUS_MPRV);
    setCsr(CSR.mepc, RAM + 0x40);
    step1(mret, PRV_M);
    expect([tb.hart.priv, tb.hart.pc >>> 0]).toEqual([PRV_S, RAM + 0x40]);
    expect(mstatus() & (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV)).toBe(MSTATUS_MIE | MSTATUS_MPIE);
  });

  it('mret to M keeps MPRV; MIE follows MPIE = 0', () => {
    setCsr(CSR.mstatus, MSTATUS_MIE | (3 << 11) | MSTATUS_MPRV);
    setCsr(CSR.mepc, RAM + 0x40);
    step1(mret, PRV_M);
    expect(tb.hart.priv).toBe(PRV_M);
    expect(mstatus() & (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV)).toBe(MSTATUS_MPIE | MSTATUS_MPRV);
  });

  it('sret returns to SPP at sepc, SIE = SPIE, SPIE = 1, SPP = U', () => {
    setCsr(CSR.mstatus, MSTATUS_SPIE);
    setCsr(CSR.sepc, RAM + 0x44);
    step1(sret, PRV_S);
    expect([tb.hart.priv, tb.hart.pc >>> 0]).toEqual([PRV_U, RAM + 0x44]);
    expect(mstatus() & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)).toBe(MSTATUS_SIE | MSTATUS_SPIE);
  });

  it('sret from M-mode goes to SPP and clears MPRV', () => {
    setCsr(CSR.mstatus, MSTATUS_SPP | MSTATUS_MPRV | (1 << 11));
    setCsr(CSR.sepc, RAM + 0x48);
    step1(sret, PRV_M);
    expect([tb.hart.priv, tb.hart.pc >>> 0, mstatus() & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_MPRV)])
      .toEqual([PRV_S, RAM + 0x48, MSTATUS_SPIE]);
  });
});

describe('delegation through medeleg', () => {
  it('a delegated ecall from U goes to S: scause, sepc, stval, SPP = 0, SPIE = SIE, SIE = 0', () => {
    setCsr(CSR.medeleg, 1 << CAUSE_USER_ECALL);
    setCsr(CSR.mstatus, MSTATUS_SIE);
    tb.hart.csr.mcause = 77;
    tb.hart.csr.stval = 5;
    expect(run([cNop, ecall], PRV_U)).toBe('S');
    const c = tb.hart.csr;
    expect([c.scause, c.sepc >>> 0, c.stval, tb.hart.priv, c.mcause]).toEqual([CAUSE_USER_ECALL, RAM + 2, 0, PRV_S, 77]);
    expect(mstatus() & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)).toBe(MSTATUS_SPIE);
  });

  it('a delegated trap from S sets SPP, even with SIE = 0 (exceptions are not masked)', () => {
    setCsr(CSR.medeleg, 1 << CAUSE_SUPERVISOR_ECALL);
    expect(run([ecall], PRV_S)).toBe('S');
    expect(tb.hart.csr.scause).toBe(CAUSE_SUPERVISOR_ECALL);
    expect(mstatus() & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)).toBe(MSTATUS_SPP);
  });

  it('a delegated illegal instruction puts the encoding in stval', () => {
    setCsr(CSR.medeleg, 1 << CAUSE_ILLEGAL_INSTRUCTION);
    expect(run([0x0000100b], PRV_U)).toBe('S');
    expect([tb.hart.csr.scause, tb.hart.csr.stval]).toEqual([CAUSE_ILLEGAL_INSTRUCTION, 0x100b]);
  });

  it('exceptions raised in M-mode are never delegated', () => {
    setCsr(CSR.medeleg, -1);
    expect(run([0xffffffff], PRV_M)).toBe('M');
    expect(tb.hart.csr.mcause).toBe(CAUSE_ILLEGAL_INSTRUCTION);
  });

  it('ecall from M cannot be delegated: medeleg bit 11 is read-only zero', () => {
    setCsr(CSR.medeleg, -1);
    expect((tb.hart.csr.read(CSR.medeleg, PRV_M)! >>> CAUSE_MACHINE_ECALL) & 1).toBe(0);
    expect(run([ecall], PRV_M)).toBe('M');
    expect(tb.hart.csr.mcause).toBe(CAUSE_MACHINE_ECALL);
  });

  it('an undelegated exception from U goes to M', () => {
    setCsr(CSR.medeleg, 1 << CAUSE_SUPERVISOR_ECALL);
    expect(run([ecall], PRV_U)).toBe('M');
    expect(tb.hart.csr.mcause).toBe(CAUSE_USER_ECALL);
  });
});

describe('privileged instructions at the wrong privilege', () => {
  it('mret is illegal in S and U', () => {
    expectIllegal(mret, PRV_S);
    expectIllegal(mret, PRV_U);
  });

  it('sret is illegal in U, and in S when mstatus.TSR = 1', () => {
    expectIllegal(sret, PRV_U);
    setCsr(CSR.mstatus, MSTATUS_TSR);
    expectIllegal(sret, PRV_S);
    setCsr(CSR.sepc, RAM + 0x40);
    step1(sret, PRV_M); // TSR does not apply to M-mode
    expect(tb.hart.pc >>> 0).toBe(RAM + 0x40);
  });

  it('wfi is illegal in U, and in S when mstatus.TW = 1; otherwise it waits', () => {
    expectIllegal(wfi, PRV_U);
    expect(run([wfi], PRV_S)).toBe('end');
    expect(tb.hart.waiting).toBe(true);
    tb.hart.waiting = false;
    setCsr(CSR.mstatus, MSTATUS_TW);
    expectIllegal(wfi, PRV_S);
    expect(tb.hart.waiting).toBe(false);
    expect(run([wfi], PRV_M)).toBe('end');
    expect(tb.hart.waiting).toBe(true);
  });

  it('sfence.vma is illegal in U, and in S when mstatus.TVM = 1', () => {
    expectIllegal(sfenceVma(a0, a1), PRV_U);
    expect(run([sfenceVma(a0, a1)], PRV_S)).toBe('end');
    setCsr(CSR.mstatus, MSTATUS_TVM);
    expectIllegal(sfenceVma(a0, a1), PRV_S);
    expectIllegal(sfenceVma(), PRV_S);
    expect(run([sfenceVma()], PRV_M)).toBe('end');
  });
});

describe('trap vectors', () => {
  const VEC = RAM + 0xc00;

  it('vectored mtvec: interrupts go to base + 4 * cause, exceptions to base', () => {
    const { hart, board } = tb;
    loadProgram(board, VEC, Array<number>(16).fill(HALT));
    setCsr(CSR.mtvec, VEC | 1);
    step1(ecall, PRV_M);
    expect(hart.pc >>> 0).toBe(VEC);
    expect(hart.csr.mcause).toBe(CAUSE_MACHINE_ECALL);

    setCsr(CSR.mstatus, MSTATUS_MIE);
    setCsr(CSR.mie, MIP_MTIP | MIP_MSIP);
    hart.csr.mipLines = MIP_MTIP;
    hart.pc = RAM;
    expect(hart.checkInterrupts()).toBe(true);
    expect([hart.pc >>> 0, hart.csr.mcause >>> 0, hart.csr.mepc >>> 0]).toEqual([VEC + 4 * 7, (CAUSE_INTERRUPT | 7) >>> 0, RAM]);
    hart.csr.mipLines = MIP_MSIP;
    setCsr(CSR.mstatus, MSTATUS_MIE);
    expect(hart.checkInterrupts()).toBe(true);
    expect(hart.pc >>> 0).toBe(VEC + 4 * 3);
  });

  it('direct mtvec sends interrupts to the base too', () => {
    const { hart } = tb;
    setCsr(CSR.mstatus, MSTATUS_MIE);
    setCsr(CSR.mie, MIP_MTIP);
    hart.csr.mipLines = MIP_MTIP;
    expect(hart.checkInterrupts()).toBe(true);
    expect(hart.pc >>> 0).toBe(M_HANDLER);
  });

  it('vectored stvec for a delegated interrupt', () => {
    const { hart, board } = tb;
    loadProgram(board, VEC, Array<number>(16).fill(HALT));
    setCsr(CSR.stvec, VEC | 1);
    setCsr(CSR.mideleg, MIP_SSIP);
    setCsr(CSR.mie, MIP_SSIP);
    setCsr(CSR.mip, MIP_SSIP);
    hart.priv = PRV_U;
    hart.pc = RAM + 0x20;
    expect(hart.checkInterrupts()).toBe(true);
    expect([hart.priv, hart.pc >>> 0, hart.csr.scause >>> 0, hart.csr.sepc >>> 0])
      .toEqual([PRV_S, VEC + 4, (CAUSE_INTERRUPT | 1) >>> 0, RAM + 0x20]);
  });
});
