/**
 * Instruction decoder: RV32IMAC + Zicsr + Zifencei + the privileged
 * instructions. 16-bit encodings are first expanded to the 32-bit
 * instruction they stand for (Unprivileged spec, chapter 16, tables 16.5–16.7)
 * and then decoded like any other, so the interpreter sees one set of operations.
 */
import { OP, pack } from './ops.js';

/** Result of decoding one instruction: packed fields and immediate. */
export interface Decoded {
  /** Packed op/rd/rs1/rs2/length (see ops.ts). */
  word: number;
  /** Sign-extended immediate, shift amount, or CSR number. */
  imm: number;
}

const illegal = (compressed: boolean): Decoded => ({ word: pack(OP.ILLEGAL, 0, 0, 0, compressed), imm: 0 });

/** Decodes an instruction: `bits` holds 16 or 32 bits; 16-bit ones have (bits & 3) !== 3. */
export function decode(bits: number): Decoded {
  const compressed = (bits & 3) !== 3;
  const raw = compressed ? bits & 0xffff : bits | 0;
  const expanded = compressed ? expandCompressed(raw) : raw;
  const d = expanded === 0 ? illegal(compressed) : decode32(expanded, compressed);
  // mtval of an illegal instruction is its encoding (§3.1.16).
  if ((d.word & 0xff) === OP.ILLEGAL) d.imm = raw;
  return d;
}

/** Decodes a 32-bit encoding; `compressed` marks one expanded from 16 bits. */
export function decode32(inst: number, compressed: boolean): Decoded {
  const rd = (inst >>> 7) & 31;
  const f3 = (inst >>> 12) & 7;
  const rs1 = (inst >>> 15) & 31;
  const rs2 = (inst >>> 20) & 31;
  const mk = (op: number, imm: number): Decoded => ({ word: pack(op, rd, rs1, rs2, compressed), imm: imm | 0 });
  switch (inst & 0x7f) {
    case 0x37: return mk(OP.LUI, inst & 0xfffff000);
    case 0x17: return mk(OP.AUIPC, inst & 0xfffff000);
    case 0x6f: return mk(OP.JAL, immJ(inst));
    case 0x67: return f3 === 0 ? mk(OP.JALR, inst >> 20) : illegal(compressed);
    case 0x63: return decodeBranch(f3, mk, immB(inst), compressed);
    case 0x03: return decodeLoad(f3, mk, inst >> 20, compressed);
    case 0x23: return decodeStore(f3, mk, immS(inst), compressed);
    case 0x13: return decodeOpImm(inst, f3, mk, compressed);
    case 0x33: return decodeOp(inst >>> 25, f3, mk, compressed);
    case 0x0f: return f3 === 0 ? mk(OP.FENCE, 0) : f3 === 1 ? mk(OP.FENCE_I, 0) : illegal(compressed);
    case 0x73: return decodeSystem(inst, f3, mk, compressed);
    case 0x2f: return f3 === 2 ? decodeAmo(inst >>> 27, rs2, mk, compressed) : illegal(compressed);
    default: return illegal(compressed);
  }
}

type Make = (op: number, imm: number) => Decoded;

const BRANCH_OPS = [OP.BEQ, OP.BNE, -1, -1, OP.BLT, OP.BGE, OP.BLTU, OP.BGEU];
const LOAD_OPS = [OP.LB, OP.LH, OP.LW, -1, OP.LBU, OP.LHU, -1, -1];
const STORE_OPS = [OP.SB, OP.SH, OP.SW, -1, -1, -1, -1, -1];
const OPIMM_OPS = [OP.ADDI, OP.SLLI, OP.SLTI, OP.SLTIU, OP.XORI, OP.SRLI, OP.ORI, OP.ANDI];
const OP_OPS = [OP.ADD, OP.SLL, OP.SLT, OP.SLTU, OP.XOR, OP.SRL, OP.OR, OP.AND];
const MUL_OPS = [OP.MUL, OP.MULH, OP.MULHSU, OP.MULHU, OP.DIV, OP.DIVU, OP.REM, OP.REMU];
const CSR_OPS = [-1, OP.CSRRW, OP.CSRRS, OP.CSRRC, -1, OP.CSRRWI, OP.CSRRSI, OP.CSRRCI];

function pick(table: readonly number[], index: number, mk: Make, imm: number, compressed: boolean): Decoded {
  const op = table[index] ?? -1;
  return op < 0 ? illegal(compressed) : mk(op, imm);
}

function decodeBranch(f3: number, mk: Make, imm: number, c: boolean): Decoded { return pick(BRANCH_OPS, f3, mk, imm, c); }
function decodeLoad(f3: number, mk: Make, imm: number, c: boolean): Decoded { return pick(LOAD_OPS, f3, mk, imm, c); }
function decodeStore(f3: number, mk: Make, imm: number, c: boolean): Decoded { return pick(STORE_OPS, f3, mk, imm, c); }

/** OP-IMM: shifts take a 5-bit shamt; imm[11:5] must be 0 (0x20 for srai) on RV32. */
function decodeOpImm(inst: number, f3: number, mk: Make, c: boolean): Decoded {
  if (f3 === 1 || f3 === 5) {
    const f7 = inst >>> 25;
    const shamt = (inst >>> 20) & 31;
    if (f3 === 1) return f7 === 0 ? mk(OP.SLLI, shamt) : illegal(c);
    if (f7 === 0) return mk(OP.SRLI, shamt);
    return f7 === 0x20 ? mk(OP.SRAI, shamt) : illegal(c);
  }
  return pick(OPIMM_OPS, f3, mk, inst >> 20, c);
}

/** OP: funct7 selects base (0), sub/sra (0x20) or the M extension (1). */
function decodeOp(f7: number, f3: number, mk: Make, c: boolean): Decoded {
  if (f7 === 0) return pick(OP_OPS, f3, mk, 0, c);
  if (f7 === 1) return pick(MUL_OPS, f3, mk, 0, c);
  if (f7 === 0x20 && f3 === 0) return mk(OP.SUB, 0);
  if (f7 === 0x20 && f3 === 5) return mk(OP.SRA, 0);
  return illegal(c);
}

/** SYSTEM: the CSR instructions and the fixed encodings of ecall, ebreak, xret, wfi, sfence.vma. */
function decodeSystem(inst: number, f3: number, mk: Make, c: boolean): Decoded {
  if (f3 !== 0) return pick(CSR_OPS, f3, mk, inst >>> 20, c);
  switch (inst) {
    case 0x00000073: return mk(OP.ECALL, 0);
    case 0x00100073: return mk(OP.EBREAK, 0);
    case 0x30200073: return mk(OP.MRET, 0);
    case 0x10200073: return mk(OP.SRET, 0);
    case 0x10500073: return mk(OP.WFI, 0);
  }
  if (inst >>> 25 === 0x09 && ((inst >>> 7) & 31) === 0) return mk(OP.SFENCE_VMA, 0);
  return illegal(c);
}

const AMO_OPS: Readonly<Record<number, number>> = {
  0x00: OP.AMOADD_W, 0x01: OP.AMOSWAP_W, 0x02: OP.LR_W, 0x03: OP.SC_W, 0x04: OP.AMOXOR_W,
  0x08: OP.AMOOR_W, 0x0c: OP.AMOAND_W, 0x10: OP.AMOMIN_W, 0x14: OP.AMOMAX_W, 0x18: OP.AMOMINU_W, 0x1c: OP.AMOMAXU_W,
};

/** A extension, word width only; lr.w requires rs2 = 0. aq/rl need nothing on one hart. */
function decodeAmo(f5: number, rs2: number, mk: Make, c: boolean): Decoded {
  const op = AMO_OPS[f5];
  if (op === undefined || (op === OP.LR_W && rs2 !== 0)) return illegal(c);
  return mk(op, 0);
}

/** Immediate of a B-type instruction. */
export function immB(i: number): number {
  return ((i >> 31) << 12) | (((i >>> 7) & 1) << 11) | (((i >>> 25) & 0x3f) << 5) | (((i >>> 8) & 0xf) << 1);
}
/** Immediate of a J-type instruction. */
export function immJ(i: number): number {
  return ((i >> 31) << 20) | (((i >>> 12) & 0xff) << 12) | (((i >>> 20) & 1) << 11) | (((i >>> 21) & 0x3ff) << 1);
}
/** Immediate of an S-type instruction. */
export function immS(i: number): number {
  return ((i >> 25) << 5) | ((i >>> 7) & 31);
}

// ---- Compressed expansion -------------------------------------------------

const encI = (opc: number, rd: number, f3: number, rs1: number, imm: number): number =>
  ((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opc;
const encS = (opc: number, f3: number, rs1: number, rs2: number, imm: number): number =>
  (((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | opc;
const encR = (opc: number, rd: number, f3: number, rs1: number, rs2: number, f7: number): number =>
  (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opc;
const encB = (f3: number, rs1: number, rs2: number, imm: number): number =>
  (((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
  (((imm >> 1) & 0xf) << 8) | (((imm >> 11) & 1) << 7) | 0x63;
const encJ = (rd: number, imm: number): number =>
  (((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3ff) << 21) | (((imm >> 11) & 1) << 20) |
  (((imm >> 12) & 0xff) << 12) | (rd << 7) | 0x6f;

const bit = (h: number, n: number): number => (h >>> n) & 1;
const bits = (h: number, hi: number, lo: number): number => (h >>> lo) & ((1 << (hi - lo + 1)) - 1);
const sext = (v: number, width: number): number => (v << (32 - width)) >> (32 - width);

/**
 * Expands a 16-bit RVC encoding (RV32C) to its 32-bit equivalent; returns 0
 * for reserved and illegal encodings (including every F/D form: no FPU here).
 */
export function expandCompressed(h: number): number {
  switch (h & 3) {
    case 0: return expandQ0(h);
    case 1: return expandQ1(h);
    case 2: return expandQ2(h);
    default: return 0;
  }
}

function expandQ0(h: number): number {
  const rdp = 8 + bits(h, 4, 2);
  const rs1p = 8 + bits(h, 9, 7);
  const uimmW = (bits(h, 12, 10) << 3) | (bit(h, 6) << 2) | (bit(h, 5) << 6);
  switch (bits(h, 15, 13)) {
    case 0: { // c.addi4spn
      const nzuimm = (bits(h, 12, 11) << 4) | (bits(h, 10, 7) << 6) | (bit(h, 6) << 2) | (bit(h, 5) << 3);
      return nzuimm === 0 ? 0 : encI(0x13, rdp, 0, 2, nzuimm);
    }
    case 2: return encI(0x03, rdp, 2, rs1p, uimmW); // c.lw
    case 6: return encS(0x23, 2, rs1p, rdp, uimmW); // c.sw
    default: return 0;
  }
}

function expandQ1(h: number): number {
  const rd = bits(h, 11, 7);
  const imm6 = sext((bit(h, 12) << 5) | bits(h, 6, 2), 6);
  const rs1p = 8 + bits(h, 9, 7);
  switch (bits(h, 15, 13)) {
    case 0: return encI(0x13, rd, 0, rd, imm6); // c.addi / c.nop
    case 1: return encJ(1, cjOffset(h)); // c.jal
    case 2: return encI(0x13, rd, 0, 0, imm6); // c.li
    case 3: return expandLuiAddi16sp(h, rd);
    case 4: return expandQ1Alu(h, rs1p);
    case 5: return encJ(0, cjOffset(h)); // c.j
    case 6: return encB(0, rs1p, 0, cbOffset(h)); // c.beqz
    default: return encB(1, rs1p, 0, cbOffset(h)); // c.bnez
  }
}

function cjOffset(h: number): number {
  return sext((bit(h, 12) << 11) | (bit(h, 11) << 4) | (bits(h, 10, 9) << 8) | (bit(h, 8) << 10) |
    (bit(h, 7) << 6) | (bit(h, 6) << 7) | (bits(h, 5, 3) << 1) | (bit(h, 2) << 5), 12);
}

function cbOffset(h: number): number {
  return sext((bit(h, 12) << 8) | (bits(h, 11, 10) << 3) | (bits(h, 6, 5) << 6) | (bits(h, 4, 3) << 1) |
    (bit(h, 2) << 5), 9);
}

function expandLuiAddi16sp(h: number, rd: number): number {
  if (rd === 2) { // c.addi16sp
    const nzimm = sext((bit(h, 12) << 9) | (bit(h, 6) << 4) | (bit(h, 5) << 6) | (bits(h, 4, 3) << 7) |
      (bit(h, 2) << 5), 10);
    return nzimm === 0 ? 0 : encI(0x13, 2, 0, 2, nzimm);
  }
  const nzimm = sext((bit(h, 12) << 17) | (bits(h, 6, 2) << 12), 18); // c.lui
  return nzimm === 0 ? 0 : (nzimm & 0xfffff000) | (rd << 7) | 0x37;
}

function expandQ1Alu(h: number, rdp: number): number {
  const shamt = bits(h, 6, 2);
  switch (bits(h, 11, 10)) {
    case 0: return bit(h, 12) ? 0 : encR(0x13, rdp, 5, rdp, shamt, 0); // c.srli
    case 1: return bit(h, 12) ? 0 : encR(0x13, rdp, 5, rdp, shamt, 0x20); // c.srai
    case 2: return encI(0x13, rdp, 7, rdp, sext((bit(h, 12) << 5) | shamt, 6)); // c.andi
  }
  if (bit(h, 12)) return 0; // c.subw/c.addw are RV64 only
  const rs2p = 8 + bits(h, 4, 2);
  switch (bits(h, 6, 5)) {
    case 0: return encR(0x33, rdp, 0, rdp, rs2p, 0x20); // c.sub
    case 1: return encR(0x33, rdp, 4, rdp, rs2p, 0); // c.xor
    case 2: return encR(0x33, rdp, 6, rdp, rs2p, 0); // c.or
    default: return encR(0x33, rdp, 7, rdp, rs2p, 0); // c.and
  }
}

function expandQ2(h: number): number {
  const rd = bits(h, 11, 7);
  const rs2 = bits(h, 6, 2);
  switch (bits(h, 15, 13)) {
    case 0: return bit(h, 12) ? 0 : encR(0x13, rd, 1, rd, rs2, 0); // c.slli
    case 2: { // c.lwsp
      const uimm = (bit(h, 12) << 5) | (bits(h, 6, 4) << 2) | (bits(h, 3, 2) << 6);
      return rd === 0 ? 0 : encI(0x03, rd, 2, 2, uimm);
    }
    case 4: return expandQ2Jump(h, rd, rs2);
    case 6: return encS(0x23, 2, 2, rs2, (bits(h, 12, 9) << 2) | (bits(h, 8, 7) << 6)); // c.swsp
    default: return 0;
  }
}

function expandQ2Jump(h: number, rd: number, rs2: number): number {
  if (!bit(h, 12)) {
    if (rs2 === 0) return rd === 0 ? 0 : encI(0x67, 0, 0, rd, 0); // c.jr
    return encR(0x33, rd, 0, 0, rs2, 0); // c.mv
  }
  if (rs2 !== 0) return encR(0x33, rd, 0, rd, rs2, 0); // c.add
  return rd === 0 ? 0x00100073 : encI(0x67, 1, 0, rd, 0); // c.ebreak : c.jalr
}
