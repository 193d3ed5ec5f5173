/**
 * What the translation tier emits per instruction: the JavaScript expression
 * of each ALU operation, the typed-array access of each load and store, and
 * the condition of each branch. Register operands arrive as the names of
 * the locals holding them (see jit-emit.ts).
 */
import { OP } from './ops.js';

/** JS expression for an ALU operation, or null when `op` is not one. */
export function aluExpr(op: number, a: string, b: string, imm: number): string | null {
  switch (op) {
    case OP.LUI: return `${imm}`;
    case OP.ADDI: return `(${a} + ${imm}) | 0`;
    case OP.SLTI: return `${a} < ${imm} ? 1 : 0`;
    case OP.SLTIU: return `${a} >>> 0 < ${imm >>> 0} ? 1 : 0`;
    case OP.XORI: return `${a} ^ ${imm}`;
    case OP.ORI: return `${a} | ${imm}`;
    case OP.ANDI: return `${a} & ${imm}`;
    case OP.SLLI: return `${a} << ${imm}`;
    case OP.SRLI: return imm === 0 ? `${a}` : `${a} >>> ${imm}`;
    case OP.SRAI: return `${a} >> ${imm}`;
    default: return regExpr(op, a, b);
  }
}

/** JS expression for a register-register ALU operation, or null. */
function regExpr(op: number, a: string, b: string): string | null {
  switch (op) {
    case OP.ADD: return `(${a} + ${b}) | 0`;
    case OP.SUB: return `(${a} - ${b}) | 0`;
    case OP.SLL: return `${a} << ${b}`;
    case OP.SLT: return `${a} < ${b} ? 1 : 0`;
    case OP.SLTU: return `${a} >>> 0 < ${b} >>> 0 ? 1 : 0`;
    case OP.XOR: return `${a} ^ ${b}`;
    case OP.SRL: return `(${a} >>> ${b}) | 0`; // int32, so the local keeps one representation
    case OP.SRA: return `${a} >> ${b}`;
    case OP.OR: return `${a} | ${b}`;
    case OP.AND: return `${a} & ${b}`;
    case OP.MUL: return `Math.imul(${a}, ${b})`;
    case OP.MULH: return `mulh(${a}, ${b})`;
    case OP.MULHSU: return `mulhsu(${a}, ${b})`;
    case OP.MULHU: return `mulhu(${a}, ${b})`;
    case OP.DIV: return `(${b} === 0 ? -1 : ${b} === -1 ? -${a} | 0 : (${a} / ${b}) | 0)`;
    case OP.DIVU: return `(${b} === 0 ? -1 : (${a} >>> 0) / (${b} >>> 0) | 0)`;
    case OP.REM: return `(${b} === 0 ? ${a} : ${b} === -1 ? 0 : ${a} % ${b} | 0)`;
    case OP.REMU: return `(${b} === 0 ? ${a} : (${a} >>> 0) % (${b} >>> 0) | 0)`;
    default: return null;
  }
}

/** Load: [size, alignment mask, fast read expression of host address `ha`, sign-extension of the slow value]. */
export const LOADS: Readonly<Record<number, [1 | 2 | 4, number, string, (v: string) => string]>> = {
  [OP.LB]: [1, 0, '(m8[ha] << 24) >> 24', (v) => `(${v} << 24) >> 24`],
  [OP.LBU]: [1, 0, 'm8[ha]', (v) => v],
  [OP.LH]: [2, 1, '(m16[ha >>> 1] << 16) >> 16', (v) => `(${v} << 16) >> 16`],
  [OP.LHU]: [2, 1, 'm16[ha >>> 1]', (v) => v],
  [OP.LW]: [4, 3, 'm32[ha >>> 2]', (v) => v],
};
/** Store: [size, alignment mask, fast write of `val` at host address `ha`]. */
export const STORES: Readonly<Record<number, [1 | 2 | 4, number, string]>> = {
  [OP.SB]: [1, 0, 'm8[ha] = val'],
  [OP.SH]: [2, 1, 'm16[ha >>> 1] = val'],
  [OP.SW]: [4, 3, 'm32[ha >>> 2] = val'],
};
/** Branch condition per conditional-branch operation. */
export const BRANCHES: Readonly<Record<number, (a: string, b: string) => string>> = {
  [OP.BEQ]: (a, b) => `${a} === ${b}`,
  [OP.BNE]: (a, b) => `${a} !== ${b}`,
  [OP.BLT]: (a, b) => `${a} < ${b}`,
  [OP.BGE]: (a, b) => `${a} >= ${b}`,
  [OP.BLTU]: (a, b) => `${a} >>> 0 < ${b} >>> 0`,
  [OP.BGEU]: (a, b) => `${a} >>> 0 >= ${b} >>> 0`,
};

/** One decoded instruction of a block. */
export interface Insn { op: number; rd: number; rs1: number; rs2: number; imm: number; pc: number; npc: number; slot: number; len: number }

/** Control transfers: they end a block or leave it through a side exit. */
export const END_OPS: ReadonlySet<number> = new Set<number>([OP.JAL, OP.JALR, ...Object.keys(BRANCHES).map(Number)]);

/** True when the translation tier handles `op` (everything else ends the block before it). */
export function translatable(op: number): boolean {
  return END_OPS.has(op) || op in LOADS || op in STORES || op === OP.FENCE || op === OP.AUIPC ||
    aluExpr(op, 'a', 'b', 0) !== null;
}

/** True when `op` reads rs2 (register-register ALU, stores, branches). */
export function readsRs2(op: number): boolean {
  return (END_OPS.has(op) && op !== OP.JAL && op !== OP.JALR) || op in STORES || regExpr(op, 'a', 'b') !== null;
}

/** True when `op` writes rd. */
export function writesRd(op: number): boolean {
  return !(op in STORES) && BRANCHES[op] === undefined && op !== OP.FENCE;
}
