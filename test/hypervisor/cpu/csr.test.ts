/**
 * Zicsr and the CSR file: read/write/set/clear semantics, the rd = x0 and
 * rs1 = x0 rules, privilege and read-only checks (illegal instruction with
 * the encoding in mtval), WARL fields, the supervisor views of machine
 * registers, misa, counters and their enables, minstret writes,
 * mcountinhibit, and satp under mstatus.TVM.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CAUSE_ILLEGAL_INSTRUCTION, CSR, PRV_M, PRV_S, PRV_U } from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, a2, a3, a4, a5, a6, csrr, csrrc, csrrci, csrrs, csrrsi, csrrw, csrrwi, csrw, HALT, li, loadProgram, lw,
  newBoard, nop, pmpAllowAll, type Program, RAM, step, type TestBoard,
} from '../../helpers/asm.js';

const HANDLER = RAM + 0x800;
let tb: TestBoard;

beforeEach(() => {
  tb = newBoard();
  tb.hart.csr.mtvec = HANDLER;
  loadProgram(tb.board, HANDLER, [HALT]);
  pmpAllowAll(tb.hart);
});

interface Result { x: Int32Array; trap: number | null; tval: number }

/** Runs `prog` at `priv` until it falls off its end (trap: null) or traps to M (trap: mcause). */
function exec(prog: Program, priv = PRV_M, regs: Record<number, number> = {}): Result {
  const { board, hart } = tb;
  const end = loadProgram(board, RAM, prog);
  hart.priv = priv;
  hart.pc = RAM;
  hart.csr.mcause = -1;
  for (const [r, v] of Object.entries(regs)) hart.x[Number(r)] = v;
  for (let n = 0; n < 1000; n++) {
    if (hart.pc >>> 0 === end) return { x: hart.x, trap: null, tval: 0 };
    if (hart.pc >>> 0 === HANDLER) return { x: hart.x, trap: hart.csr.mcause, tval: hart.csr.mtval };
    step(hart);
  }
  throw new Error('program did not finish');
}
/** Expects `insn` alone to raise illegal instruction at `priv`, with the encoding in mtval. */
function expectIllegal(insn: number, priv = PRV_M): void {
  const r = exec([insn], priv);
  expect(r.trap, `0x${insn.toString(16)} at priv ${priv}`).toBe(CAUSE_ILLEGAL_INSTRUCTION);
  expect(r.tval >>> 0).toBe(insn);
}
const setCsr = (num: number, v: number): void => {
  expect(tb.hart.csr.write(num, v, PRV_M)).toBe(true);
};
const getCsr = (num: number): number => tb.hart.csr.read(num, PRV_M)! >>> 0;

describe('CSR instruction semantics', () => {
  it('csrrw swaps', () => {
    setCsr(CSR.mscratch, 5);
    const r = exec([csrrw(a0, CSR.mscratch, a1)], PRV_M, { [a1]: 7 });
    expect([r.x[a0], getCsr(CSR.mscratch)]).toEqual([5, 7]);
  });

  it('csrrs and csrrc set and clear the bits of rs1, returning the old value', () => {
    setCsr(CSR.mscratch, 0xf0);
    const r = exec([csrrs(a0, CSR.mscratch, a1), csrrc(a2, CSR.mscratch, a3)], PRV_M, { [a1]: 0x0f, [a3]: 0x3c });
    expect([r.x[a0], r.x[a2], getCsr(CSR.mscratch)]).toEqual([0xf0, 0xff, 0xc3]);
  });

  it('the immediate forms use the 5-bit zero-extended uimm', () => {
    setCsr(CSR.mscratch, -1);
    const r = exec([csrrci(a0, CSR.mscratch, 31), csrrsi(a1, CSR.mscratch, 16), csrrwi(a2, CSR.mscratch, 31)]);
    expect([r.x[a0], r.x[a1]! >>> 0, r.x[a2]! >>> 0, getCsr(CSR.mscratch)]).toEqual([-1, 0xffffffe0, 0xfffffff0, 31]);
  });

  it('csrrw with rd = x0 does not read the CSR', () => {
    const read = vi.spyOn(tb.hart.csr, 'read');
    exec([csrrw(0, CSR.mscratch, a1)], PRV_M, { [a1]: 3 });
    expect(read).not.toHaveBeenCalled();
    expect(getCsr(CSR.mscratch)).toBe(3);
  });

  it('csrrs/csrrc with rs1 = x0 (or uimm 0) do not write, so they may read read-only CSRs', () => {
    const write = vi.spyOn(tb.hart.csr, 'write');
    const r = exec([csrrs(a0, CSR.mhartid, 0), csrrc(a1, CSR.mvendorid, 0), csrrsi(a2, CSR.cycle, 0), csrrci(a3, CSR.marchid, 0)]);
    expect(r.trap).toBeNull();
    expect(write).not.toHaveBeenCalled();
  });

  it('csrrs with rs1 != x0 holding zero still writes: illegal on a read-only CSR', () => {
    const insn = csrrs(a0, CSR.mhartid, a1);
    const r = exec([insn], PRV_M, { [a1]: 0 });
    expect([r.trap, r.tval >>> 0]).toEqual([CAUSE_ILLEGAL_INSTRUCTION, insn]);
  });

  it.each([
    ['csrw mhartid', csrw(CSR.mhartid, a1)], ['csrrw x0, mvendorid', csrrw(0, CSR.mvendorid, a1)],
    ['csrrwi cycle', csrrwi(a0, CSR.cycle, 1)], ['csrrsi time, 1', csrrsi(a0, CSR.time, 1)],
    ['csrrc instret', csrrc(a0, CSR.instret, a1)], ['csrw mimpid', csrw(CSR.mimpid, 0)],
  ])('writing a read-only CSR is illegal even in M-mode: %s', (_n, insn) => expectIllegal(insn));

  it.each([
    ['custom M CSR 0x7c0', 0x7c0], ['custom S CSR 0x5c0', 0x5c0], ['stimecmp (no Sstc)', 0x14d], ['custom U 0x800', 0x800],
    ['tselect', 0x7a0], ['hstatus (no H)', 0x600], ['0xfff', 0xfff], ['fcsr (no F)', 0x003],
  ])('an unknown CSR is illegal: %s', (_n, num) => {
    expectIllegal(csrr(a0, num));
    expectIllegal(csrw(num, a1));
  });
});

describe('privilege', () => {
  it('S-mode access to machine CSRs is illegal with the encoding in mtval', () => {
    for (const num of [CSR.mstatus, CSR.mscratch, CSR.mepc, CSR.medeleg, CSR.pmpcfg0, CSR.mcycle, CSR.mhartid]) {
      expectIllegal(csrr(a0, num), PRV_S);
      expectIllegal(csrrw(a0, num, a1), PRV_S);
    }
  });

  it('U-mode access to supervisor CSRs is illegal', () => {
    for (const num of [CSR.sstatus, CSR.sscratch, CSR.satp, CSR.stvec]) expectIllegal(csrrs(a0, num, 0), PRV_U);
  });

  it('S-mode reaches its own CSRs, M-mode reaches everything', () => {
    expect(exec([csrw(CSR.sscratch, a1), csrr(a0, CSR.sscratch)], PRV_S, { [a1]: 9 }).x[a0]).toBe(9);
    expect(exec([csrr(a0, CSR.sscratch), csrr(a1, CSR.mscratch)], PRV_M).trap).toBeNull();
  });
});

describe('mstatus and its supervisor view', () => {
  it('only the implemented fields are writable (no FS/XS/SD, little-endian only)', () => {
    setCsr(CSR.mstatus, -1);
    // SIE MIE SPIE MPIE SPP MPP MPRV SUM MXR TVM TW TSR
    expect(getCsr(CSR.mstatus)).toBe(0x007e19aa);
    expect(getCsr(CSR.mstatush)).toBe(0);
  });

  it('MPP is WARL: writing the reserved value 2 keeps the old value', () => {
    setCsr(CSR.mstatus, 1 << 11);
    setCsr(CSR.mstatus, 2 << 11);
    expect((getCsr(CSR.mstatus) >>> 11) & 3).toBe(1);
    setCsr(CSR.mstatus, 0);
    expect((getCsr(CSR.mstatus) >>> 11) & 3).toBe(0);
  });

  it('sstatus reads and writes only SIE, SPIE, SPP, SUM and MXR', () => {
    setCsr(CSR.mstatus, -1);
    expect(getCsr(CSR.sstatus)).toBe(0x000c0122);
    const r = exec([csrw(CSR.sstatus, 0)], PRV_S);
    expect(r.trap).toBeNull();
    expect(getCsr(CSR.mstatus)).toBe(0x00721888);
  });
});

describe('interrupt registers', () => {
  it('mideleg, medeleg, mie and mip keep only their implemented bits', () => {
    setCsr(CSR.mideleg, -1);
    setCsr(CSR.medeleg, -1);
    setCsr(CSR.mie, -1);
    expect([getCsr(CSR.mideleg), getCsr(CSR.medeleg), getCsr(CSR.mie)]).toEqual([0x222, 0xb3ff, 0xaaa]);
    setCsr(CSR.mip, -1);
    expect(getCsr(CSR.mip)).toBe(0x222); // MSIP/MTIP/MEIP are wired to devices
  });

  it('sie is mie seen through mideleg', () => {
    setCsr(CSR.mie, -1);
    setCsr(CSR.mideleg, 0x20); // STI only
    expect(getCsr(CSR.sie)).toBe(0x20);
    exec([csrw(CSR.sie, 0)], PRV_S);
    expect(getCsr(CSR.mie)).toBe(0xa8a);
    exec([csrw(CSR.sie, a1)], PRV_S, { [a1]: -1 });
    expect(getCsr(CSR.mie)).toBe(0xaaa);
  });

  it('sip is mip seen through mideleg, and only SSIP is writable through it', () => {
    setCsr(CSR.mip, 0x222);
    setCsr(CSR.mideleg, 0x22);
    expect(getCsr(CSR.sip)).toBe(0x22);
    exec([csrw(CSR.sip, 0)], PRV_S);
    expect(getCsr(CSR.mip)).toBe(0x220); // SSIP cleared, STIP and SEIP kept
    setCsr(CSR.mideleg, 0);
    expect(getCsr(CSR.sip)).toBe(0);
    exec([csrw(CSR.sip, a1)], PRV_S, { [a1]: 2 });
    expect(getCsr(CSR.mip)).toBe(0x220); // not delegated: not writable
  });

  it('csrrs and csrrc on mip read SEIP with the PLIC line but modify only the software bit (§3.1.9)', () => {
    tb.hart.csr.mipLines = 0x200; // the external line is high
    const r = exec([csrrs(a0, CSR.mip, a1), csrrc(a2, CSR.mip, a3)], PRV_M, { [a1]: 0x20, [a3]: 0x20 });
    expect(r.x[a0]! & 0x200).toBe(0x200); // the read shows the line
    expect(tb.hart.csr.mipSoft & 0x200).toBe(0); // but setting STIP did not copy it into the software bit
    tb.hart.csr.mipLines = 0;
    expect(getCsr(CSR.mip)).toBe(0); // so SEIP drops with the line
  });
});

describe('machine information and WARL registers', () => {
  it('misa reads RV32 ACIMSU and ignores writes', () => {
    expect(getCsr(CSR.misa)).toBe(0x40141105);
    expect(exec([csrw(CSR.misa, 0)]).trap).toBeNull();
    expect(getCsr(CSR.misa)).toBe(0x40141105);
  });

  it('mvendorid, marchid, mimpid, mhartid read 0', () => {
    const r = exec([csrr(a0, CSR.mvendorid), csrr(a1, CSR.marchid), csrr(a2, CSR.mimpid), csrr(a3, CSR.mhartid)], PRV_M,
      { [a0]: 1, [a1]: 1, [a2]: 1, [a3]: 1 });
    expect([r.x[a0], r.x[a1], r.x[a2], r.x[a3]]).toEqual([0, 0, 0, 0]);
  });

  it('xepc clears bit 0; xtvec keeps its base and never reports a reserved mode', () => {
    setCsr(CSR.mepc, 0x80000003);
    setCsr(CSR.sepc, 0x80000007);
    expect([getCsr(CSR.mepc), getCsr(CSR.sepc)]).toEqual([0x80000002, 0x80000006]);
    setCsr(CSR.mtvec, 0x80000401);
    expect(getCsr(CSR.mtvec)).toBe(0x80000401);
    for (const mode of [2, 3]) {
      setCsr(CSR.mtvec, 0x80000400 | mode);
      setCsr(CSR.stvec, 0x80000400 | mode);
      for (const v of [getCsr(CSR.mtvec), getCsr(CSR.stvec)]) {
        expect((v & ~3) >>> 0).toBe(0x80000400);
        expect(v & 3).toBeLessThan(2);
      }
    }
  });
});

describe('counters', () => {
  it('cycle and instret count retired instructions; the high halves read 0 this early', () => {
    const r = exec([csrr(a0, CSR.instret), nop, nop, nop, csrr(a1, CSR.instret), csrr(a2, CSR.cycle), nop, csrr(a3, CSR.cycle),
      csrr(a4, CSR.instreth), csrr(a5, CSR.cycleh)]);
    expect([r.x[a1]! - r.x[a0]!, r.x[a3]! - r.x[a2]!, r.x[a4], r.x[a5]]).toEqual([4, 2, 0, 0]);
    expect(getCsr(CSR.minstret)).toBe(r.x[a0]! + 10);
  });

  it('time reads mtime: retired instructions / 10, the same value the CLINT shows', () => {
    const prog = [...Array<number>(33).fill(nop), ...li(a2, 0x0200_bff8), csrr(a0, CSR.time), lw(a1, 0, a2), csrr(a3, CSR.timeh)];
    const r = exec(prog);
    expect([r.x[a0], r.x[a1], r.x[a3]]).toEqual([3, 3, 0]); // read after 35 and 36 instructions
  });

  it('minstret and minstreth writes move the counter', () => {
    const r = exec([...li(a1, 0x12345678), csrw(CSR.minstret, a1), csrr(a0, CSR.minstret), csrw(CSR.minstreth, a1),
      csrr(a2, CSR.minstreth), csrr(a3, CSR.instreth)]);
    expect(r.x[a0]! - 0x12345678).toBeGreaterThanOrEqual(0);
    expect(r.x[a0]! - 0x12345678).toBeLessThanOrEqual(1);
    expect([r.x[a2], r.x[a3]]).toEqual([0x12345678, 0x12345678]);
  });

  // Zicsr: "If a CSR access instruction writes such a CSR, the write is done instead of the increment.
  // In particular, a value written to instret by one instruction will be the value read by the following instruction."
  it('a value written to minstret is the value the next instruction reads (write replaces the increment)', () => {
    const r = exec([...li(a1, 1000), csrw(CSR.minstret, a1), csrr(a0, CSR.minstret), csrw(CSR.minstret, a1), nop,
      csrr(a2, CSR.minstret)]);
    expect([r.x[a0], r.x[a2]]).toEqual([1000, 1001]);
  });

  it('mcountinhibit freezes and resumes cycle and instret; TM is hardwired to 0', () => {
    const r = exec([
      csrrwi(0, CSR.mcountinhibit, 7), csrr(a0, CSR.minstret), nop, nop, csrr(a1, CSR.minstret), csrr(a2, CSR.mcycle), nop,
      csrr(a3, CSR.mcycle), csrr(a4, CSR.mcountinhibit), csrrwi(0, CSR.mcountinhibit, 0), csrr(a5, CSR.minstret), nop,
      csrr(a6, CSR.minstret),
    ]);
    expect([r.x[a1]! - r.x[a0]!, r.x[a3]! - r.x[a2]!, r.x[a4], r.x[a6]! - r.x[a5]!]).toEqual([0, 0, 5, 2]);
  });

  it('mcounteren gates cycle/time/instret (and their high halves) for S-mode', () => {
    for (const num of [CSR.cycle, CSR.time, CSR.instret, CSR.cycleh, CSR.timeh, CSR.instreth]) expectIllegal(csrr(a0, num), PRV_S);
    setCsr(CSR.mcounteren, 1); // CY only
    expect(exec([csrr(a0, CSR.cycle), csrr(a0, CSR.cycleh)], PRV_S).trap).toBeNull();
    expectIllegal(csrr(a0, CSR.time), PRV_S);
    expectIllegal(csrr(a0, CSR.instret), PRV_S);
    setCsr(CSR.mcounteren, 7);
    expect(exec([csrr(a0, CSR.time), csrr(a0, CSR.instret), csrr(a0, CSR.instreth)], PRV_S).trap).toBeNull();
    expect(getCsr(CSR.mcounteren)).toBe(7);
  });

  it('U-mode needs both mcounteren and scounteren', () => {
    setCsr(CSR.scounteren, 7);
    expectIllegal(csrr(a0, CSR.cycle), PRV_U); // mcounteren still 0
    setCsr(CSR.mcounteren, 7);
    setCsr(CSR.scounteren, 2); // TM only
    expect(exec([csrr(a0, CSR.time)], PRV_U).trap).toBeNull();
    expectIllegal(csrr(a0, CSR.cycle), PRV_U);
    expectIllegal(csrr(a0, CSR.instret), PRV_U);
  });

  it('M-mode reads every counter regardless of the enables', () => {
    expect(exec([csrr(a0, CSR.cycle), csrr(a0, CSR.time), csrr(a0, CSR.instret)]).trap).toBeNull();
  });
});

describe('satp', () => {
  it('is WARL: Sv32 or Bare, PPN kept, no ASID bits', () => {
    setCsr(CSR.satp, -1);
    expect(getCsr(CSR.satp)).toBe(0x803fffff);
    setCsr(CSR.satp, 0x00400123);
    expect(getCsr(CSR.satp)).toBe(0x00000123);
  });

  it('S-mode accesses trap when mstatus.TVM = 1; M-mode accesses never do', () => {
    expect(exec([csrw(CSR.satp, 0), csrr(a0, CSR.satp)], PRV_S).trap).toBeNull();
    setCsr(CSR.mstatus, 1 << 20);
    expectIllegal(csrr(a0, CSR.satp), PRV_S);
    expectIllegal(csrw(CSR.satp, 0), PRV_S);
    expect(exec([csrw(CSR.satp, 0), csrr(a0, CSR.satp)], PRV_M).trap).toBeNull();
  });
});
