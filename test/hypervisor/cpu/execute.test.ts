/**
 * Instruction semantics in M-mode with bare addressing: RV32I ALU ops,
 * the M extension (checked against BigInt arithmetic), control transfer and
 * link values, x0, loads and stores (sign extension, misaligned and
 * page-crossing accesses), LR/SC, every AMO, and self-modifying code; then
 * hot loops run on both execution tiers (interpreter and translated blocks).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { interpret } from '../../../hypervisor/cpu/interp.js';
import { CAUSE_LOAD_ACCESS, CAUSE_MISALIGNED_LOAD, CAUSE_MISALIGNED_STORE, CAUSE_STORE_ACCESS, CSR } from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, a2, a3, add, addi, amoadd, amoand, amomax, amomaxu, amomin, amominu, amoor, amoswap, amoxor, and, andi,
  auipc, beq, bge, bgeu, blt, bltu, bne, cAddi, cJ, cJal, cJalr, cJr, cLi, csrr, csrrw, csrw, div, divu, ecall, fence,
  fenceI, HALT, j, jal, jalr, lb, lbu, lh, lhu, loadProgram, lr, lui, lw, mret, mul, mulh, mulhsu, mulhu,
  newBoard, or, ori, peek32, peek8, poke32, poke8, type Program, RAM, ra, rem, remu, runToHalt, runUntilPc, s0, s1, sb, sc, sh, sll,
  slli, slt, slti, sltiu, sltu, sra, srai, srl, srli, step, sub, sw, t0, t1, t2, t3, type TestBoard, xor, xori,
} from '../../helpers/asm.js';
import { prng, randInt32 } from '../../helpers/prng.js';

const DATA = RAM + 0x1000;
const HANDLER = RAM + 0x800;
let tb: TestBoard;

beforeEach(() => {
  tb = newBoard();
  tb.hart.csr.mtvec = HANDLER;
  loadProgram(tb.board, HANDLER, [HALT]);
});

/** Runs `prog` from RAM with the given registers until it falls off its end; returns the registers. */
function run(prog: Program, regs: Record<number, number> = {}): Int32Array {
  const { board, hart } = tb;
  const end = loadProgram(board, RAM, prog);
  hart.pc = RAM;
  for (const [r, v] of Object.entries(regs)) hart.x[Number(r)] = v;
  runUntil(end);
  return hart.x;
}
function runUntil(pc: number): void {
  const h = tb.hart;
  for (let n = 0; n < 500 && h.pc >>> 0 !== pc; n++) {
    if (h.pc >>> 0 === HANDLER) throw new Error(`unexpected trap: mcause ${h.csr.mcause}, mepc 0x${(h.csr.mepc >>> 0).toString(16)}`);
    step(h);
  }
  expect(h.pc >>> 0).toBe(pc);
}

const MIN = -0x8000_0000, MAX = 0x7fff_ffff;

describe('RV32I register-register and immediate ALU operations', () => {
  const R: readonly [string, (rd: number, r1: number, r2: number) => number, number, number, number][] = [
    ['add wraps', add, MAX, 1, MIN], ['add', add, -1, 1, 0],
    ['sub', sub, 0, 1, -1], ['sub wraps', sub, MIN, 1, MAX],
    ['sll', sll, 1, 31, MIN], ['sll uses rs2[4:0]', sll, 1, 33, 2], ['sll by -28 (= 4)', sll, 0x12345678, -28, 0x23456780],
    ['slt true', slt, -1, 0, 1], ['slt false', slt, 0, -1, 0], ['slt equal', slt, 5, 5, 0],
    ['sltu false', sltu, -1, 0, 0], ['sltu true', sltu, 0, -1, 1],
    ['xor', xor, 0xff00ff00 | 0, 0x0ff00ff0, 0xf0f0f0f0 | 0],
    ['srl', srl, MIN, 31, 1], ['srl uses rs2[4:0]', srl, -1, 36, 0x0fffffff],
    ['sra', sra, MIN, 31, -1], ['sra negative', sra, -16, 2, -4], ['sra uses rs2[4:0]', sra, MAX, 36, 0x07ffffff],
    ['or', or, 0x1200, 0x0034, 0x1234], ['and', and, 0xff00ff00 | 0, 0x0ff00ff0, 0x0f000f00],
  ];
  it.each(R)('%s', (_n, enc, x, y, want) => {
    expect(run([enc(a0, a1, a2)], { [a1]: x, [a2]: y })[a0]).toBe(want);
  });

  const I: readonly [string, number, number, number][] = [
    ['addi negative', addi(a0, a1, -6), 5, -1], ['addi wraps', addi(a0, a1, 1), MAX, MIN],
    ['addi -2048', addi(a0, a1, -2048), 0, -2048],
    ['slti true', slti(a0, a1, -4), -5, 1], ['slti false', slti(a0, a1, -5), -5, 0],
    ['sltiu compares with the sign-extended immediate as unsigned', sltiu(a0, a1, -1), 5, 1],
    ['sltiu -1 < -1 is false', sltiu(a0, a1, -1), -1, 0], ['sltiu seqz', sltiu(a0, a1, 1), 0, 1],
    ['xori -1 is not', xori(a0, a1, -1), 0x12345678, ~0x12345678], ['ori sign-extends', ori(a0, a1, -2048), 0, 0xfffff800 | 0],
    ['andi', andi(a0, a1, 0x7ff), -1, 0x7ff], ['slli', slli(a0, a1, 31), 3, MIN], ['srli', srli(a0, a1, 4), -1, 0x0fffffff],
    ['srai', srai(a0, a1, 4), MIN, 0xf8000000 | 0],
  ];
  it.each(I)('%s', (_n, insn, x, want) => {
    expect(run([insn], { [a1]: x })[a0]).toBe(want);
  });

  it('lui and auipc', () => {
    expect(run([lui(a0, 0xfffff)])[a0]).toBe(0xfffff000 | 0);
    expect(run([lui(a0, 0x12345)])[a0]).toBe(0x12345000);
    expect(run([addi(0, 0, 0), auipc(a0, 1)])[a0]).toBe((RAM + 4 + 0x1000) | 0);
    expect(run([auipc(a0, 0xfffff)])[a0]).toBe((RAM - 0x1000) | 0);
  });
});

describe('M extension', () => {
  it.each([
    ['div by zero is -1', div, 7, 0, -1], ['divu by zero is all ones', divu, 7, 0, -1],
    ['rem by zero is the dividend', rem, -7, 0, -7], ['remu by zero is the dividend', remu, -7, 0, -7],
    ['div INT_MIN / -1 overflows to INT_MIN', div, MIN, -1, MIN], ['rem INT_MIN % -1 is 0', rem, MIN, -1, 0],
    ['div rounds toward zero', div, -7, 2, -3], ['rem takes the dividend sign', rem, -7, 2, -1],
    ['div negative divisor', div, 7, -2, -3], ['rem negative divisor', rem, 7, -2, 1],
    ['divu is unsigned', divu, -1, 2, MAX], ['remu is unsigned', remu, -1, 16, 15],
    ['mul keeps the low half', mul, 0x10000, 0x10000, 0], ['mul signed', mul, -3, 7, -21],
    ['mulh of INT_MIN squared', mulh, MIN, MIN, 0x40000000], ['mulhu of all ones squared', mulhu, -1, -1, -2],
    ['mulhsu with negative rs1 and max unsigned rs2', mulhsu, -1, -1, -1],
  ] as const)('%s', (_n, enc, x, y, want) => {
    expect(run([enc(a0, a1, a2)], { [a1]: x, [a2]: y })[a0]).toBe(want);
  });

  it('agrees with BigInt arithmetic on 200 random operand pairs', () => {
    const ops = [mul, mulh, mulhsu, mulhu, div, divu, rem, remu];
    const prog = ops.map((enc, i) => enc(18 + i, a1, a2));
    loadProgram(tb.board, RAM, prog);
    const next = prng(0x5eed);
    const s = (v: bigint): number => Number(BigInt.asIntN(32, v));
    for (let n = 0; n < 200; n++) {
      const x = randInt32(next), y = randInt32(next);
      const X = BigInt(x), Y = BigInt(y), XU = BigInt(x >>> 0), YU = BigInt(y >>> 0);
      const want = [
        s(X * Y), s((X * Y) >> 32n), s((X * YU) >> 32n), s((XU * YU) >> 32n),
        y === 0 ? -1 : x === MIN && y === -1 ? MIN : s(X / Y),
        y === 0 ? -1 : s(XU / YU),
        y === 0 ? x : x === MIN && y === -1 ? 0 : s(X % Y),
        y === 0 ? x : s(XU % YU),
      ];
      const h = tb.hart;
      h.pc = RAM;
      h.x[a1] = x;
      h.x[a2] = y;
      step(h, ops.length);
      expect([x, y, ...h.x.slice(18, 26)]).toEqual([x, y, ...want]);
    }
  });
});

describe('control transfer', () => {
  it.each([
    ['beq taken', beq, 3, 3, true], ['beq not taken', beq, 3, 4, false],
    ['bne taken', bne, 3, 4, true], ['bne not taken', bne, -1, -1, false],
    ['blt signed taken', blt, -1, 1, true], ['blt not taken when equal', blt, 1, 1, false],
    ['bge taken when equal', bge, 1, 1, true], ['bge signed not taken', bge, -1, 1, false],
    ['bltu unsigned not taken', bltu, -1, 1, false], ['bltu taken', bltu, 1, -1, true],
    ['bgeu unsigned taken', bgeu, -1, 1, true], ['bgeu not taken', bgeu, 0, 1, false],
  ] as const)('%s', (_n, enc, x, y, taken) => {
    const { board, hart } = tb;
    loadProgram(board, RAM + 0x100, [enc(a1, a2, -0x100), enc(a1, a2, 0x40)]);
    for (const [at, off] of [[RAM + 0x100, -0x100], [RAM + 0x104, 0x40]] as const) {
      hart.pc = at;
      hart.x[a1] = x;
      hart.x[a2] = y;
      step(hart);
      expect(hart.pc >>> 0).toBe(taken ? (at + off) >>> 0 : at + 4);
    }
  });

  it('jal links pc+4 and jumps relative', () => {
    const x = run([jal(ra, 12), HALT, HALT, addi(a0, 0, 1)]);
    expect(x[ra]! >>> 0).toBe(RAM + 4);
    expect(x[a0]).toBe(1);
  });

  it('jalr computes the target from the old rs1 when rd = rs1, and clears bit 0', () => {
    const { board, hart } = tb;
    loadProgram(board, RAM, [jalr(a0, a0, 4), jalr(ra, a1, -3)]);
    hart.pc = RAM;
    hart.x[a0] = RAM + 0x100;
    step(hart);
    expect([hart.pc >>> 0, hart.x[a0]! >>> 0]).toEqual([RAM + 0x104, RAM + 4]);
    hart.pc = RAM + 4;
    hart.x[a1] = RAM + 0x204;
    step(hart);
    expect([hart.pc >>> 0, hart.x[ra]! >>> 0]).toEqual([RAM + 0x200, RAM + 8]); // 0x201 & ~1
  });

  it('compressed jumps link pc+2', () => {
    const { board, hart } = tb;
    loadProgram(board, RAM, [cJal(8)]);
    hart.pc = RAM;
    step(hart);
    expect([hart.pc >>> 0, hart.x[ra]! >>> 0]).toEqual([RAM + 8, RAM + 2]);
    loadProgram(board, RAM, [cJalr(a1)]);
    hart.pc = RAM;
    hart.x[a1] = RAM + 0x40;
    step(hart);
    expect([hart.pc >>> 0, hart.x[ra]! >>> 0]).toEqual([RAM + 0x40, RAM + 2]);
    loadProgram(board, RAM, [cJr(a1), cJ(-2)]);
    hart.pc = RAM;
    hart.x[ra] = 77;
    step(hart);
    expect([hart.pc >>> 0, hart.x[ra]]).toEqual([RAM + 0x40, 77]);
    hart.pc = RAM + 2;
    step(hart);
    expect(hart.pc >>> 0).toBe(RAM);
  });

  it('mixes 16- and 32-bit instructions at halfword alignment', () => {
    const x = run([cLi(a0, 5), addi(a0, a0, 100), cAddi(a0, -1), addi(a1, a0, 1)]);
    expect([x[a0], x[a1]]).toEqual([104, 105]);
  });

  it('fence and fence.i are no-ops for the architectural state', () => {
    const x = run([addi(a0, 0, 9), fence, fenceI, addi(a0, a0, 1)]);
    expect(x[a0]).toBe(10);
  });
});

describe('x0', () => {
  it('never changes, whatever writes it', () => {
    poke32(tb.board, DATA, 0x1234);
    const x = run([
      addi(0, 0, 5), lui(0, 0x12345), auipc(0, 1), jal(0, 4), lw(0, 0, a1), cLi(0, 7), csrrw(0, CSR.mscratch, a1),
      amoswap(0, a2, a1), add(a0, 0, 0), addi(a3, 0, 0),
    ], { [a1]: DATA, [a2]: 99 });
    expect([x[0], x[a0], x[a3]]).toEqual([0, 0, 0]);
    expect(peek32(tb.board, DATA)).toBe(99); // the amoswap did happen
  });
});

describe('loads and stores', () => {
  beforeEach(() => {
    for (const [i, b] of [0x80, 0xff, 0x7f, 0x01, 0x01, 0x80, 0x34, 0x12].entries()) poke8(tb.board, DATA + i, b);
  });

  it('sign- and zero-extend bytes and halfwords', () => {
    const x = run([
      lb(10, 0, t1), lbu(11, 0, t1), lb(12, 2, t1), lh(13, 0, t1), lhu(14, 0, t1), lh(15, 4, t1), lhu(16, 4, t1), lw(17, 0, t1),
    ], { [t1]: DATA });
    expect([...x.slice(10, 18)]).toEqual([-128, 128, 0x7f, 0xff80 - 0x10000, 0xff80, 0x8001 - 0x10000, 0x8001, 0x017fff80]);
  });

  it('stores write exactly their width', () => {
    run([sb(a2, 0, a1), sh(a2, 4, a1), sw(a2, 8, a1)], { [a1]: DATA, [a2]: 0xaabbccdd | 0 });
    expect([peek32(tb.board, DATA), peek32(tb.board, DATA + 4), peek32(tb.board, DATA + 8)])
      .toEqual([0x017fffdd, 0x1234ccdd, 0xaabbccdd]);
  });

  it('performs misaligned loads in hardware (also after the page is in the TLB)', () => {
    poke8(tb.board, DATA + 8, 0xc0);
    const x = run([lw(18, 0, t1), lw(10, 1, t1), lw(11, 2, t1), lw(12, 3, t1), lh(13, 1, t1), lhu(14, 3, t1), lh(15, 7, t1),
      lhu(16, 7, t1)], { [t1]: DATA });
    expect([...x.slice(10, 17)].map((v) => v >>> 0))
      .toEqual([0x01017fff, 0x8001017f, 0x34800101, 0x7fff, 0x0101, 0xffffc012, 0xc012]);
  });

  it('performs misaligned stores in hardware', () => {
    run([sw(a2, 1, a1), sh(a3, 7, a1)], { [a1]: DATA, [a2]: 0x11223344, [a3]: 0x5566 });
    expect([0, 1, 2, 3, 4, 7, 8].map((i) => peek8(tb.board, DATA + i))).toEqual([0x80, 0x44, 0x33, 0x22, 0x11, 0x66, 0x55]);
  });

  it('loads and stores across a page boundary', () => {
    const edge = DATA + 0x1000; // next page
    for (let i = -4; i < 4; i++) poke8(tb.board, edge + i, 0xa0 + i);
    const x = run([lw(10, -2, t1), lh(13, -1, t1), lhu(14, -1, t1), sw(a2, -3, t1)], { [t1]: edge, [a2]: 0x01020304 });
    expect([x[10]! >>> 0, x[13]! >>> 0, x[14]]).toEqual([0xa1a09f9e, 0xffffa09f, 0xa09f]);
    expect([-3, -2, -1, 0].map((i) => peek8(tb.board, edge + i))).toEqual([0x04, 0x03, 0x02, 0x01]);
  });
});

describe('LR/SC', () => {
  const X = DATA, Y = DATA + 8;
  beforeEach(() => {
    poke32(tb.board, X, 100);
    poke32(tb.board, Y, 200);
  });

  it('sc succeeds after lr and writes', () => {
    const x = run([lr(a0, a1), sc(a2, a3, a1)], { [a1]: X, [a3]: 7 });
    expect([x[a0], x[a2], peek32(tb.board, X)]).toEqual([100, 0, 7]);
  });

  it('a second sc fails: the first one consumed the reservation', () => {
    const x = run([lr(a0, a1), sc(a2, a3, a1), sc(t0, t1, a1)], { [a1]: X, [a3]: 7, [t1]: 8 });
    expect([x[a2], x[t0], peek32(tb.board, X)]).toEqual([0, 1, 7]);
  });

  it('sc without lr fails and does not write', () => {
    const x = run([sc(a2, a3, a1)], { [a1]: X, [a3]: 7 });
    expect([x[a2], peek32(tb.board, X)]).toEqual([1, 100]);
  });

  it('sc to another address fails and drops the reservation', () => {
    const x = run([lr(a0, a1), sc(a2, a3, t0), sc(t1, a3, a1)], { [a1]: X, [t0]: Y, [a3]: 7 });
    expect([x[a2], x[t1], peek32(tb.board, X), peek32(tb.board, Y)]).toEqual([1, 1, 100, 200]);
  });

  it('a trap between lr and sc clears the reservation', () => {
    // Handler (not at HANDLER, which run() treats as unexpected): skip the ecall and return.
    tb.hart.csr.mtvec = RAM + 0x900;
    loadProgram(tb.board, RAM + 0x900, [csrr(t0, CSR.mepc), addi(t0, t0, 4), csrw(CSR.mepc, t0), mret]);
    const withTrap = run([lr(a0, a1), ecall, sc(a2, a3, a1)], { [a1]: X, [a3]: 7 });
    expect([withTrap[a2], peek32(tb.board, X)]).toEqual([1, 100]);
    expect(tb.hart.csr.mcause).toBe(11);
    const without = run([lr(a0, a1), addi(0, 0, 0), sc(a2, a3, a1)], { [a1]: X, [a3]: 7 });
    expect([without[a2], peek32(tb.board, X)]).toEqual([0, 7]);
  });

  it('misaligned lr raises a load misaligned exception, sc and AMOs store/AMO misaligned', () => {
    for (const [insn, cause] of [[lr(a0, a1), CAUSE_MISALIGNED_LOAD], [sc(a0, a2, a1), CAUSE_MISALIGNED_STORE],
      [amoadd(a0, a2, a1), CAUSE_MISALIGNED_STORE]] as const) {
      loadProgram(tb.board, RAM, [insn]);
      tb.hart.pc = RAM;
      tb.hart.x[a1] = X + 2;
      step(tb.hart);
      expect([tb.hart.pc >>> 0, tb.hart.csr.mcause, tb.hart.csr.mtval >>> 0]).toEqual([HANDLER, cause, X + 2]);
    }
  });

  it('an AMO to MMIO raises a store/AMO access fault', () => {
    loadProgram(tb.board, RAM, [amoadd(a0, a2, a1)]);
    tb.hart.pc = RAM;
    tb.hart.x[a1] = 0x1000_0000;
    step(tb.hart);
    expect([tb.hart.pc >>> 0, tb.hart.csr.mcause]).toEqual([HANDLER, CAUSE_STORE_ACCESS]);
  });
});

describe('AMOs return the old value and store op(old, rs2)', () => {
  it.each([
    ['amoswap', amoswap, 5, 9, 9], ['amoadd', amoadd, MAX, 1, MIN], ['amoxor', amoxor, 0xf0f0, 0xff00, 0x0ff0],
    ['amoand', amoand, 0xf0f0, 0xff00, 0xf000], ['amoor', amoor, 0xf0f0, 0xff00, 0xfff0],
    ['amomin', amomin, -1, 1, -1], ['amomax', amomax, -1, 1, 1], ['amominu', amominu, -1, 1, 1], ['amomaxu', amomaxu, -1, 1, -1],
    ['amomin equal', amomin, 4, 4, 4], ['amomaxu of INT_MIN and MAX', amomaxu, MIN, MAX, MIN],
  ] as const)('%s', (_n, enc, old, b, want) => {
    poke32(tb.board, DATA, old);
    const x = run([enc(a0, a2, a1)], { [a1]: DATA, [a2]: b });
    expect([x[a0], peek32(tb.board, DATA) | 0]).toEqual([old, want]);
  });

  it('rd = rs2 gets the old value while memory gets the old rs2', () => {
    poke32(tb.board, DATA, 5);
    const x = run([amoswap(a2, a2, a1)], { [a1]: DATA, [a2]: 9 });
    expect([x[a2], peek32(tb.board, DATA)]).toEqual([5, 9]);
  });
});

describe('self-modifying code', () => {
  it('a store over an executed instruction makes the new instruction run (fast and slow store paths)', () => {
    // 0: addi a0,a0,1 | 4: bne a1,x0,+20 | 8: sw zero,64(t1) (fills the write TLB) | 12: sw t0,0(t1)
    // 16: addi a1,x0,1 | 20: j -20 | 24: end
    // 24: j . (so one long interpreter entry can run past the end harmlessly)
    const prog = [addi(a0, a0, 1), bne(a1, 0, 20), sw(0, 64, t1), sw(t0, 0, t1), addi(a1, 0, 1), j(-20), HALT];
    for (const chunk of [1, 100]) {
      const { board, hart } = tb;
      const end = loadProgram(board, RAM, prog) - 4;
      hart.x.fill(0);
      hart.x[t1] = RAM;
      hart.x[t0] = addi(a0, a0, 100);
      hart.pc = RAM;
      for (let n = 0; n < 20 && hart.pc >>> 0 !== end; n++) interpret(hart, chunk);
      expect([hart.pc >>> 0, hart.x[a0]]).toEqual([end, 101]);
    }
  });

  it('a halfword store over a compressed instruction is seen', () => {
    // 0: c.addi a0,1 | 2: c.j +6 -> 8 ... 8: bne a1,x0,+14 -> 22 | 12: sh t0,0(t1) | 16: addi a1,x0,1 | 20: c.j -20 -> 0 | 22: end
    const { board, hart } = tb;
    const end = loadProgram(board, RAM, [cAddi(a0, 1), cJ(6), 0x0001, 0x0001, bne(a1, 0, 14), sh(t0, 0, t1), addi(a1, 0, 1), cJ(-20)]);
    hart.x[t1] = RAM;
    hart.x[t0] = cAddi(a0, 20);
    hart.pc = RAM;
    runUntilPc(hart, end, 100);
    expect(hart.x[a0]).toBe(21);
  });
});

/** Runs `prog` + `j .` from RAM in entries of 1000 instructions (hot code gets translated when `jit`). */
function runHot(prog: Program, jit: boolean, regs: Record<number, number> = {}): void {
  const { board, hart } = tb;
  hart.jit = jit;
  loadProgram(board, RAM, [...prog, HALT]);
  hart.pc = RAM;
  for (const [r, v] of Object.entries(regs)) hart.x[Number(r)] = v;
  const before = hart.counters.blocksTranslated;
  runToHalt(hart, 2_000_000, 1000);
  if (jit) expect(hart.counters.blocksTranslated).toBeGreaterThan(before); // the tier under test really ran
  else expect(hart.counters.blocksTranslated).toBe(before);
}

describe.each([['the interpreter', false], ['the translation tier', true]] as const)('hot loops on %s', (_tier, jit) => {
  it('compute every ALU and M operation like BigInt arithmetic (200 random pairs)', () => {
    const IN = RAM + 0x1_0000, OUT = RAM + 0x2_0000, N = 200;
    const rr = [add, sub, sll, slt, sltu, xor, srl, sra, or, and, mul, mulh, mulhsu, mulhu, div, divu, rem, remu];
    const ri = [addi(t3, a1, -2048), slti(t3, a1, -5), sltiu(t3, a1, -5), xori(t3, a1, 0x555), ori(t3, a1, 0x7f0),
      andi(t3, a1, -256), slli(t3, a1, 7), srli(t3, a1, 31), srai(t3, a1, 13)];
    const body = [lw(a1, 0, s0), lw(a2, 4, s0), ...rr.flatMap((enc, i) => [enc(t3, a1, a2), sw(t3, 4 * i, s1)]),
      ...ri.flatMap((insn, i) => [insn, sw(t3, 4 * (rr.length + i), s1)]), addi(s0, s0, 8), addi(s1, s1, 4 * (rr.length + ri.length)),
      addi(t0, t0, -1)];
    const next = prng(0xa1);
    const pairs: [number, number][] = [];
    for (let n = 0; n < N; n++) {
      const p: [number, number] = [randInt32(next), randInt32(next)];
      pairs.push(p);
      poke32(tb.board, IN + 8 * n, p[0]);
      poke32(tb.board, IN + 8 * n + 4, p[1]);
    }
    runHot([...body, bne(t0, 0, -4 * body.length)], jit, { [s0]: IN, [s1]: OUT, [t0]: N });
    const s = (v: bigint): number => Number(BigInt.asIntN(32, v));
    const failures: string[] = [];
    pairs.forEach(([x, y], n) => {
      const X = BigInt(x), Y = BigInt(y), XU = BigInt(x >>> 0), YU = BigInt(y >>> 0), sh = y & 31;
      const want = [
        (x + y) | 0, (x - y) | 0, x << sh, x < y ? 1 : 0, x >>> 0 < y >>> 0 ? 1 : 0, x ^ y, (x >>> sh) | 0, x >> sh, x | y, x & y,
        s(X * Y), s((X * Y) >> 32n), s((X * YU) >> 32n), s((XU * YU) >> 32n),
        y === 0 ? -1 : x === MIN && y === -1 ? MIN : s(X / Y), y === 0 ? -1 : s(XU / YU),
        y === 0 ? x : x === MIN && y === -1 ? 0 : s(X % Y), y === 0 ? x : s(XU % YU),
        (x - 2048) | 0, x < -5 ? 1 : 0, x >>> 0 < 0xfffffffb ? 1 : 0, x ^ 0x555, x | 0x7f0, x & -256, x << 7, x >>> 31, x >> 13,
      ];
      want.forEach((w, i) => {
        const got = peek32(tb.board, OUT + 4 * (n * want.length + i)) | 0;
        if (got !== w) failures.push(`pair ${n} (${x}, ${y}) op ${i}: got ${got}, want ${w}`);
      });
    });
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('see a store over an instruction of the running loop', () => {
    // X: addi a0,a0,1 | addi t0,t0,-1 | bne t0,t1,+8 | sw t2,0(s0) | bne t0,x0,-16
    runHot([addi(a0, a0, 1), addi(t0, t0, -1), bne(t0, t1, 8), sw(t2, 0, s0), bne(t0, 0, -16)], jit,
      { [s0]: RAM, [t0]: 100, [t1]: 60, [t2]: addi(a0, a0, 100) });
    expect(tb.hart.x[a0]).toBe(40 + 60 * 100);
  });

  it('raise precise exceptions from inside a hot loop', () => {
    loadProgram(tb.board, HANDLER, [csrr(a3, CSR.minstret), HALT]);
    // addi a0,a0,1 | lw a1,0(s0) | add s0,s0,t1 | j -12: walks off the end of the 1 MiB of RAM
    runHot([addi(a0, a0, 1), lw(a1, 0, s0), add(s0, s0, t1), j(-12)], jit, { [s0]: RAM + 0x1000, [t1]: 0x1000 });
    const h = tb.hart;
    expect([h.pc >>> 0, h.csr.mcause, h.csr.mepc >>> 0, h.csr.mtval >>> 0]).toEqual([HANDLER + 4, CAUSE_LOAD_ACCESS, RAM + 4, RAM + 0x10_0000]);
    expect([h.x[a0], h.x[s0]! >>> 0, h.x[a3]]).toEqual([256, RAM + 0x10_0000, 255 * 4 + 1]);
  });
});
