/**
 * A tiny RV32IMAC assembler for unit tests: one encoder per instruction,
 * operands in assembly order (`lw(rd, imm, rs1)` is `lw rd, imm(rs1)`,
 * `sc(rd, rs2, rs1)` is `sc.w rd, rs2, (rs1)`), register numbers as plain
 * numbers (or the ABI names exported below). Every encoder returns the
 * unsigned instruction word; the 16-bit `c*` encoders return a halfword.
 * Branch and jump offsets are relative to the instruction, in bytes.
 *
 * Plus the glue tests need: a board with 1 MiB of RAM, program loading,
 * and run helpers built on `interpret`.
 */
import { VirtBoard } from '../../hypervisor/core/virt-board.js';
import type { Hart } from '../../hypervisor/cpu/hart.js';
import { interpret } from '../../hypervisor/cpu/interp.js';
import { CSR, PRV_M } from '../../hypervisor/cpu/isa.js';

/** Base of RAM on the virt board. */
export const RAM = 0x8000_0000;

/** ABI register names. */
export const zero = 0, ra = 1, sp = 2, gp = 3, tp = 4, t0 = 5, t1 = 6, t2 = 7, s0 = 8, s1 = 9;
export const a0 = 10, a1 = 11, a2 = 12, a3 = 13, a4 = 14, a5 = 15, a6 = 16, a7 = 17;
export const s2 = 18, s3 = 19, s4 = 20, s5 = 21, t3 = 28, t4 = 29, t5 = 30, t6 = 31;

function checkReg(...regs: number[]): void {
  for (const r of regs) if (!Number.isInteger(r) || r < 0 || r > 31) throw new Error(`bad register ${r}`);
}
function checkImm(v: number, bits: number, what: string, align = 1): void {
  const lo = -(2 ** (bits - 1)), hi = 2 ** (bits - 1) - 1;
  if (!Number.isInteger(v) || v < lo || v > hi || v % align !== 0) throw new Error(`${what} ${v} does not fit`);
}

// ---- Formats ---------------------------------------------------------------

export function rType(opcode: number, rd: number, f3: number, rs1: number, rs2: number, f7: number): number {
  checkReg(rd, rs1, rs2);
  return ((f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opcode) >>> 0;
}
export function iType(opcode: number, rd: number, f3: number, rs1: number, imm: number): number {
  checkReg(rd, rs1);
  return (((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opcode) >>> 0;
}
export function sType(opcode: number, f3: number, rs1: number, rs2: number, imm: number): number {
  checkReg(rs1, rs2);
  checkImm(imm, 12, 'store offset');
  return ((((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | opcode) >>> 0;
}
export function bType(f3: number, rs1: number, rs2: number, imm: number): number {
  checkReg(rs1, rs2);
  checkImm(imm, 13, 'branch offset', 2);
  return ((((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
    (((imm >> 1) & 0xf) << 8) | (((imm >> 11) & 1) << 7) | 0x63) >>> 0;
}
/** U-type: `imm20` is the 20-bit upper immediate (as written in assembly). */
export function uType(opcode: number, rd: number, imm20: number): number {
  checkReg(rd);
  return (((imm20 & 0xfffff) << 12) | (rd << 7) | opcode) >>> 0;
}
export function jType(rd: number, imm: number): number {
  checkReg(rd);
  checkImm(imm, 21, 'jump offset', 2);
  return ((((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3ff) << 21) | (((imm >> 11) & 1) << 20) |
    (((imm >> 12) & 0xff) << 12) | (rd << 7) | 0x6f) >>> 0;
}

// ---- RV32I -----------------------------------------------------------------

const opImm = (f3: number) => (rd: number, rs1: number, imm: number): number => {
  checkImm(imm, 12, 'immediate');
  return iType(0x13, rd, f3, rs1, imm);
};
export const addi = opImm(0), slti = opImm(2), sltiu = opImm(3), xori = opImm(4), ori = opImm(6), andi = opImm(7);
const shiftImm = (f3: number, f7: number) => (rd: number, rs1: number, shamt: number): number => {
  if (shamt < 0 || shamt > 31) throw new Error(`shift amount ${shamt}`);
  return rType(0x13, rd, f3, rs1, shamt, f7);
};
export const slli = shiftImm(1, 0), srli = shiftImm(5, 0), srai = shiftImm(5, 0x20);

const op = (f3: number, f7: number) => (rd: number, rs1: number, rs2: number): number => rType(0x33, rd, f3, rs1, rs2, f7);
export const add = op(0, 0), sub = op(0, 0x20), sll = op(1, 0), slt = op(2, 0), sltu = op(3, 0);
export const xor = op(4, 0), srl = op(5, 0), sra = op(5, 0x20), or = op(6, 0), and = op(7, 0);
export const mul = op(0, 1), mulh = op(1, 1), mulhsu = op(2, 1), mulhu = op(3, 1);
export const div = op(4, 1), divu = op(5, 1), rem = op(6, 1), remu = op(7, 1);

export const lui = (rd: number, imm20: number): number => uType(0x37, rd, imm20);
export const auipc = (rd: number, imm20: number): number => uType(0x17, rd, imm20);
export const jal = (rd: number, off: number): number => jType(rd, off);
export const jalr = (rd: number, rs1: number, imm: number): number => {
  checkImm(imm, 12, 'jalr offset');
  return iType(0x67, rd, 0, rs1, imm);
};

const branch = (f3: number) => (rs1: number, rs2: number, off: number): number => bType(f3, rs1, rs2, off);
export const beq = branch(0), bne = branch(1), blt = branch(4), bge = branch(5), bltu = branch(6), bgeu = branch(7);

const load = (f3: number) => (rd: number, imm: number, rs1: number): number => {
  checkImm(imm, 12, 'load offset');
  return iType(0x03, rd, f3, rs1, imm);
};
export const lb = load(0), lh = load(1), lw = load(2), lbu = load(4), lhu = load(5);
const store = (f3: number) => (rs2: number, imm: number, rs1: number): number => sType(0x23, f3, rs1, rs2, imm);
export const sb = store(0), sh = store(1), sw = store(2);

/** fence iorw, iorw. */
export const fence = 0x0ff0000f;
export const fenceI = 0x0000100f;
export const ecall = 0x00000073;
export const ebreak = 0x00100073;
export const mret = 0x30200073;
export const sret = 0x10200073;
export const wfi = 0x10500073;
export const sfenceVma = (rs1 = 0, rs2 = 0): number => rType(0x73, 0, 0, rs1, rs2, 0x09);

// ---- Zicsr -----------------------------------------------------------------

const csrOp = (f3: number) => (rd: number, csr: number, rs1OrUimm: number): number => {
  if (csr < 0 || csr > 0xfff) throw new Error(`CSR number ${csr}`);
  return iType(0x73, rd, f3, rs1OrUimm, csr);
};
export const csrrw = csrOp(1), csrrs = csrOp(2), csrrc = csrOp(3);
export const csrrwi = csrOp(5), csrrsi = csrOp(6), csrrci = csrOp(7);
export const csrr = (rd: number, csr: number): number => csrrs(rd, csr, 0);
export const csrw = (csr: number, rs1: number): number => csrrw(0, csr, rs1);
export const csrs = (csr: number, rs1: number): number => csrrs(0, csr, rs1);
export const csrc = (csr: number, rs1: number): number => csrrc(0, csr, rs1);

// ---- A extension -----------------------------------------------------------

/** An AMO with funct5 `f5` (aq = rl = 0). */
export const amo = (f5: number, rd: number, rs2: number, rs1: number): number => rType(0x2f, rd, 2, rs1, rs2, f5 << 2);
export const lr = (rd: number, rs1: number): number => amo(0x02, rd, 0, rs1);
export const sc = (rd: number, rs2: number, rs1: number): number => amo(0x03, rd, rs2, rs1);
const amoOp = (f5: number) => (rd: number, rs2: number, rs1: number): number => amo(f5, rd, rs2, rs1);
export const amoswap = amoOp(0x01), amoadd = amoOp(0x00), amoxor = amoOp(0x04), amoand = amoOp(0x0c);
export const amoor = amoOp(0x08), amomin = amoOp(0x10), amomax = amoOp(0x14), amominu = amoOp(0x18), amomaxu = amoOp(0x1c);

// ---- Pseudo-instructions ---------------------------------------------------

export const nop = 0x00000013;
/** `j .`: the self-loop tests use as a halt marker. */
export const HALT = 0x0000006f;
export const mv = (rd: number, rs: number): number => addi(rd, rs, 0);
export const j = (off: number): number => jal(0, off);
/** Loads any 32-bit constant: always two instructions (lui + addi), so offsets stay predictable. */
export function li(rd: number, value: number): number[] {
  const v = value | 0;
  const lo = (v << 20) >> 20;
  const hi = ((v - lo) >>> 12) & 0xfffff;
  return [lui(rd, hi), addi(rd, rd, lo)];
}

// ---- Compressed (RVC) ------------------------------------------------------

const c = (v: number): number => v & 0xffff;
export const cNop = 0x0001;
export const cEbreak = 0x9002;
export function cAddi(rd: number, imm: number): number {
  checkImm(imm, 6, 'c.addi immediate');
  return c((0 << 13) | (((imm >> 5) & 1) << 12) | (rd << 7) | ((imm & 31) << 2) | 1);
}
export function cLi(rd: number, imm: number): number {
  checkImm(imm, 6, 'c.li immediate');
  return c((2 << 13) | (((imm >> 5) & 1) << 12) | (rd << 7) | ((imm & 31) << 2) | 1);
}
export const cMv = (rd: number, rs2: number): number => c((4 << 13) | (rd << 7) | (rs2 << 2) | 2);
export const cAdd = (rd: number, rs2: number): number => c((4 << 13) | (1 << 12) | (rd << 7) | (rs2 << 2) | 2);
export const cJr = (rs1: number): number => c((4 << 13) | (rs1 << 7) | 2);
export const cJalr = (rs1: number): number => c((4 << 13) | (1 << 12) | (rs1 << 7) | 2);
function cjImm(off: number): number {
  checkImm(off, 12, 'c.j offset', 2);
  const b = (n: number): number => (off >> n) & 1;
  return (b(11) << 12) | (b(4) << 11) | (b(9) << 10) | (b(8) << 9) | (b(10) << 8) | (b(6) << 7) | (b(7) << 6) |
    (b(3) << 5) | (b(2) << 4) | (b(1) << 3) | (b(5) << 2);
}
export const cJ = (off: number): number => c((5 << 13) | cjImm(off) | 1);
export const cJal = (off: number): number => c((1 << 13) | cjImm(off) | 1);

// ---- Boards and programs ---------------------------------------------------

/** A program: 32-bit words (low bits 11) and 16-bit halfwords, possibly nested (from `li`). */
export type Program = readonly (number | readonly number[])[];

/** A virt board with 1 MiB of RAM, its hart reset to RAM, and the console bytes it printed. */
export interface TestBoard {
  board: VirtBoard;
  hart: Hart;
  console: number[];
}

export function newBoard(ramBytes = 1 << 20): TestBoard {
  const out: number[] = [];
  const board = new VirtBoard({ console: (b) => out.push(b), ramBytes });
  board.hart.reset(RAM);
  return { board, hart: board.hart, console: out };
}

function ramIndex(board: VirtBoard, addr: number, align: number): number {
  const off = board.bus.ramOffset(addr >>> 0);
  if (off < 0 || off % align !== 0) throw new Error(`0x${(addr >>> 0).toString(16)} is not ${align}-aligned RAM`);
  return off;
}

/**
 * Writes `prog` at physical `addr`; each item with low bits 11 is a 32-bit
 * instruction, anything else a 16-bit one. Forgets decoded code (as a loader
 * must) and returns the address just past the program.
 */
export function loadProgram(board: VirtBoard, addr: number, prog: Program): number {
  let off = ramIndex(board, addr, 2);
  for (const w of prog.flat()) {
    if ((w & 3) === 3) {
      board.bus.mem16[off >>> 1] = w & 0xffff;
      board.bus.mem16[(off >>> 1) + 1] = w >>> 16;
      off += 4;
    } else {
      if (w >>> 16 !== 0) throw new Error(`0x${w.toString(16)} is neither a 32-bit nor a 16-bit instruction`);
      board.bus.mem16[off >>> 1] = w;
      off += 2;
    }
  }
  board.hart.code.clear();
  return (board.bus.ramBase + off) >>> 0;
}

export const poke32 = (board: VirtBoard, addr: number, v: number): void => {
  board.bus.mem32[ramIndex(board, addr, 4) >>> 2] = v;
};
export const peek32 = (board: VirtBoard, addr: number): number => board.bus.mem32[ramIndex(board, addr, 4) >>> 2]! >>> 0;
export const poke8 = (board: VirtBoard, addr: number, v: number): void => {
  board.bus.mem8[ramIndex(board, addr, 1)] = v;
};
export const peek8 = (board: VirtBoard, addr: number): number => board.bus.mem8[ramIndex(board, addr, 1)]!;

/** Executes `n` interpreter entries of one instruction each (a trap counts as one). */
export function step(hart: Hart, n = 1): void {
  for (let i = 0; i < n; i++) interpret(hart, 1);
}

/** Single-steps until pc equals `pc`; throws after `max` steps. Returns the steps taken. */
export function runUntilPc(hart: Hart, pc: number, max = 10_000): number {
  for (let n = 0; n < max; n++) {
    if (hart.pc >>> 0 === pc >>> 0) return n;
    interpret(hart, 1);
  }
  throw new Error(`pc never reached 0x${(pc >>> 0).toString(16)}; stuck at 0x${(hart.pc >>> 0).toString(16)}`);
}

/** Single-steps until `pred` holds; throws after `max` steps. */
export function runUntil(hart: Hart, pred: (h: Hart) => boolean, max = 10_000): number {
  for (let n = 0; n < max; n++) {
    if (pred(hart)) return n;
    interpret(hart, 1);
  }
  throw new Error(`condition never met; pc 0x${(hart.pc >>> 0).toString(16)}`);
}

/**
 * Runs in interpreter entries of `chunk` instructions (exercising the fast
 * paths) until pc sits on a `j .` at a RAM address identical to its
 * physical one; returns that pc.
 */
export function runToHalt(hart: Hart, max = 100_000, chunk = 256): number {
  for (let done = 0; done < max; done += chunk) {
    const off = hart.bus.ramOffset(hart.pc >>> 0);
    if (off >= 0 && (off & 3) === 0 && hart.bus.mem32[off >>> 2] === HALT) return hart.pc >>> 0;
    interpret(hart, chunk);
  }
  throw new Error(`no halt within ${max} instructions; pc 0x${(hart.pc >>> 0).toString(16)}`);
}

/** Lets S- and U-mode access everything: PMP entry 15 (lowest priority) NAPOT over the whole space, RWX. */
export function pmpAllowAll(hart: Hart): void {
  hart.csr.write(CSR.pmpaddr0 + 15, -1, PRV_M);
  hart.csr.write(CSR.pmpcfg0 + 3, 0x1f << 24, PRV_M);
}

/** Instructions that end a board.run with exit `code` through the SiFive test device (clobbers t5, t6). */
export function exitWith(code: number): number[] {
  return [...li(t5, 0x0010_0000), ...li(t6, code === 0 ? 0x5555 : (code << 16) | 0x3333), sw(t6, 0, t5)];
}
