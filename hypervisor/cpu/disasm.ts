/**
 * Disassembler for traces and debugging. It prints an instruction exactly as
 * GNU objdump (binutils 2.40, `objdump -d`, aliases on) prints it for an
 * rv32imac ELF, without the ` <symbol+offset>` suffix of jump targets.
 *
 * It reuses decode() and the packed-word helpers; only what the packed word
 * drops is read from the raw bits: the fence sets and fm field, aq/rl, and
 * the 16-bit form an instruction was written in (objdump names some 16-bit
 * hints `c.*` and picks different aliases for some 16-bit encodings).
 * CSR names follow privileged spec 1.12, objdump's default.
 *
 * One deliberate difference: objdump ignores XLEN for shift amounts >= 32
 * (slli/srli/srai, c.slli/c.srli/c.srai) and prints c.addi16sp with a zero
 * immediate; those encodings are reserved on RV32 and trap on this hart, so
 * they print as unknown (`.4byte`/`.2byte`).
 */
import { decode } from './decode.js';
import { CSR_NAMES } from './isa.js';
import { OP, OP_NAMES, RD_SCRATCH, unpackOp, unpackRd, unpackRs1, unpackRs2 } from './ops.js';

const REG_NAMES: readonly string[] = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];

/** One decoded instruction with its register fields, immediate and raw encoding. */
interface Insn {
  op: number;
  rd: number;
  rs1: number;
  rs2: number;
  imm: number;
  /** The raw encoding: 16 bits for a compressed instruction, else 32 (unsigned). */
  raw: number;
  compressed: boolean;
  pc: number;
}

/** Disassembles one instruction (`bits`: 16 or 32 bits, see decode()) at address `pc`, objdump style. */
export function disassemble(bits: number, pc: number): string {
  const compressed = (bits & 3) !== 3;
  const raw = compressed ? bits & 0xffff : bits >>> 0;
  if (compressed) {
    const hint = compressedOnly(raw);
    if (hint !== undefined) return hint;
  }
  const { word, imm } = decode(raw);
  const op = unpackOp(word);
  if (op === OP.ILLEGAL) return unknown(raw, compressed);
  const rd = unpackRd(word);
  const i: Insn = {
    op, rd: rd === RD_SCRATCH ? 0 : rd, rs1: unpackRs1(word), rs2: unpackRs2(word), imm, raw, compressed, pc,
  };
  return format(i);
}

/** Formats a decoded (legal) instruction by operation class. */
function format(i: Insn): string {
  const op = i.op;
  if (op === OP.LUI || op === OP.AUIPC) return insn(mnemonic(op), reg(i.rd), hex(i.imm >>> 12));
  if (op === OP.JAL) return jal(i);
  if (op === OP.JALR) return jalr(i);
  if (op >= OP.BEQ && op <= OP.BGEU) return branch(i);
  if (op >= OP.LB && op <= OP.LHU) return insn(mnemonic(op), reg(i.rd), mem(i.imm, i.rs1));
  if (op >= OP.SB && op <= OP.SW) return insn(mnemonic(op), reg(i.rs2), mem(i.imm, i.rs1));
  if (op >= OP.ADDI && op <= OP.SRAI) return opImm(i);
  if (op >= OP.ADD && op <= OP.AND) return opReg(i);
  if (op >= OP.MUL && op <= OP.REMU) return insn(mnemonic(op), reg(i.rd), reg(i.rs1), reg(i.rs2));
  if (op === OP.FENCE || op === OP.FENCE_I) return fence(i);
  if (op >= OP.ECALL && op <= OP.SFENCE_VMA) return system(i);
  if (op >= OP.CSRRW && op <= OP.CSRRCI) return csr(i);
  return amo(i);
}

// ---- Operand formatting ------------------------------------------------------

/** Mnemonic and comma-separated operands, separated by a tab as objdump does. */
function insn(name: string, ...operands: string[]): string {
  return operands.length === 0 ? name : `${name}\t${operands.join(',')}`;
}

/** Base mnemonic of an operation: FENCE_I → fence.i, AMOADD_W → amoadd.w. */
function mnemonic(op: number): string {
  return (OP_NAMES[op] ?? '?').toLowerCase().replace('_', '.');
}

function reg(r: number): string { return REG_NAMES[r] ?? '?'; }
function hex(v: number): string { return `0x${(v >>> 0).toString(16)}`; }
function mem(offset: number, base: number): string { return `${offset}(${reg(base)})`; }
/** A pc-relative target as objdump prints it: absolute, lowercase hex, no 0x. */
function target(i: Insn): string { return ((i.pc + i.imm) >>> 0).toString(16); }

/**
 * Text for an encoding this hart treats as illegal: the few that objdump
 * still names (uret, hret, sfence.vm of privileged 1.9; dret of the debug
 * spec), else `.2byte`/`.4byte` and the raw bits, as objdump prints unknown ones.
 */
function unknown(raw: number, compressed: boolean): string {
  const name = OLD_SYSTEM_NAMES.get(raw);
  if (name !== undefined) return name;
  const rs1 = (raw >>> 15) & 31;
  if (!compressed && (raw & ~(31 << 15)) === 0x10400073) return rs1 === 0 ? 'sfence.vm' : insn('sfence.vm', reg(rs1));
  return insn(compressed ? '.2byte' : '.4byte', hex(raw));
}

/** Fixed encodings of uret, hret and dret, which objdump names and this hart does not implement. */
const OLD_SYSTEM_NAMES: ReadonlyMap<number, string> = new Map([
  [0x00200073, 'uret'], [0x20200073, 'hret'], [0x7b200073, 'dret'],
]);

// ---- 16-bit forms objdump prints differently from their expansion ------------

/**
 * Text for 16-bit encodings objdump names on their own: c.unimp and the HINTs
 * (Unprivileged spec §16.7), which it prints as `c.*`; undefined otherwise.
 */
function compressedOnly(h: number): string | undefined {
  if (h === 0) return 'unimp';
  const f3 = h >>> 13;
  const rd = (h >>> 7) & 31;
  const rs2 = (h >>> 2) & 31;
  const imm6 = (((h >>> 12) & 1) << 5) | rs2;
  const simm6 = (imm6 << 26) >> 26;
  switch ((h & 3) | (f3 << 2)) {
    case 0x01: return rd === 0 && imm6 !== 0 ? insn('c.nop', String(simm6)) : undefined;
    case 0x09: return rd === 0 ? insn('c.li', 'zero', String(simm6)) : undefined;
    case 0x0d: return rd === 0 && imm6 !== 0 ? insn('c.lui', 'zero', hex(simm6 & 0xfffff)) : undefined;
    case 0x02: return cSlli(rd, imm6);
    case 0x11: return cShiftRight(h, imm6);
    case 0x12: return cMvAdd(h, rd, rs2);
    default: return undefined;
  }
}

/** c.slli: `c.slli64` for a zero shift, `c.slli zero,…` for rd = x0. */
function cSlli(rd: number, shamt: number): string | undefined {
  if (shamt === 0) return insn('c.slli64', reg(rd));
  return rd === 0 && shamt < 32 ? insn('c.slli', 'zero', hex(shamt)) : undefined;
}

/** c.srli / c.srai with a zero shift: `c.srli64` / `c.srai64`. */
function cShiftRight(h: number, shamt: number): string | undefined {
  const f2 = (h >>> 10) & 3;
  if (f2 > 1 || shamt !== 0) return undefined;
  return insn(f2 === 0 ? 'c.srli64' : 'c.srai64', reg(8 + ((h >>> 7) & 7)));
}

/** c.mv / c.add with rd = x0 are HINTs objdump prints as `c.mv` / `c.add`. */
function cMvAdd(h: number, rd: number, rs2: number): string | undefined {
  if (rd !== 0 || rs2 === 0) return undefined;
  return insn((h >>> 12) & 1 ? 'c.add' : 'c.mv', 'zero', reg(rs2));
}

// ---- Control transfer ----------------------------------------------------------

/** jal: `j` for rd = x0, `jal target` for rd = ra. */
function jal(i: Insn): string {
  if (i.rd === 0) return insn('j', target(i));
  if (i.rd === 1) return insn('jal', target(i));
  return insn('jal', reg(i.rd), target(i));
}

/** jalr: ret, jr and the one-operand jalr aliases. */
function jalr(i: Insn): string {
  const base = i.imm === 0 ? reg(i.rs1) : mem(i.imm, i.rs1);
  if (i.rd === 0) return i.rs1 === 1 && i.imm === 0 ? 'ret' : insn('jr', base);
  if (i.rd === 1) return insn('jalr', base);
  return insn('jalr', reg(i.rd), base);
}

/** Conditional branches with objdump's zero-operand aliases (beqz, bgez, bltz, …). */
function branch(i: Insn): string {
  const t = target(i);
  const { rs1, rs2 } = i;
  switch (i.op) {
    case OP.BEQ: return rs2 === 0 ? insn('beqz', reg(rs1), t) : insn('beq', reg(rs1), reg(rs2), t);
    case OP.BNE: return rs2 === 0 ? insn('bnez', reg(rs1), t) : insn('bne', reg(rs1), reg(rs2), t);
    case OP.BGE:
      if (rs1 === 0) return insn('blez', reg(rs2), t);
      return rs2 === 0 ? insn('bgez', reg(rs1), t) : insn('bge', reg(rs1), reg(rs2), t);
    case OP.BLT:
      if (rs2 === 0) return insn('bltz', reg(rs1), t);
      return rs1 === 0 ? insn('bgtz', reg(rs2), t) : insn('blt', reg(rs1), reg(rs2), t);
    default: return insn(mnemonic(i.op), reg(i.rs1), reg(i.rs2), t);
  }
}

// ---- Integer computation ---------------------------------------------------------

/** Register-immediate operations and their aliases (nop, li, mv, not, seqz, zext.b). */
function opImm(i: Insn): string {
  const { rd, rs1, imm } = i;
  switch (i.op) {
    case OP.ADDI: return addi(i);
    case OP.XORI: return imm === -1 ? insn('not', reg(rd), reg(rs1)) : insn('xor', reg(rd), reg(rs1), String(imm));
    case OP.SLTIU: return imm === 1 ? insn('seqz', reg(rd), reg(rs1)) : insn('sltiu', reg(rd), reg(rs1), String(imm));
    case OP.SLLI: case OP.SRLI: case OP.SRAI:
      return insn(mnemonic(i.op).slice(0, 3), reg(rd), reg(rs1), hex(imm));
    case OP.ANDI: return imm === 255 ? insn('zext.b', reg(rd), reg(rs1)) : insn('and', reg(rd), reg(rs1), String(imm));
    case OP.ORI: return insn('or', reg(rd), reg(rs1), String(imm));
    default: return insn(mnemonic(i.op), reg(rd), reg(rs1), String(imm));
  }
}

/**
 * addi: nop, li (rs1 = x0), mv (zero immediate; 32-bit only, c.addi rd,0
 * stays an add), else `add`, the alias objdump 2.40 finds first.
 */
function addi(i: Insn): string {
  const { rd, rs1, imm } = i;
  if (rd === 0 && rs1 === 0 && imm === 0) return 'nop';
  if (rs1 === 0) return insn('li', reg(rd), String(imm));
  if (imm === 0 && !i.compressed) return insn('mv', reg(rd), reg(rs1));
  return insn('add', reg(rd), reg(rs1), String(imm));
}

/** Register-register operations and their aliases (neg, snez, sltz, sgtz; mv for c.mv). */
function opReg(i: Insn): string {
  const { rd, rs1, rs2 } = i;
  switch (i.op) {
    case OP.ADD: return i.compressed && rs1 === 0 ? insn('mv', reg(rd), reg(rs2)) : insn('add', reg(rd), reg(rs1), reg(rs2));
    case OP.SUB: return rs1 === 0 ? insn('neg', reg(rd), reg(rs2)) : insn('sub', reg(rd), reg(rs1), reg(rs2));
    case OP.SLTU: return rs1 === 0 ? insn('snez', reg(rd), reg(rs2)) : insn('sltu', reg(rd), reg(rs1), reg(rs2));
    case OP.SLT:
      if (rs2 === 0) return insn('sltz', reg(rd), reg(rs1));
      return rs1 === 0 ? insn('sgtz', reg(rd), reg(rs2)) : insn('slt', reg(rd), reg(rs1), reg(rs2));
    default: return insn(mnemonic(i.op), reg(rd), reg(rs1), reg(rs2));
  }
}

// ---- Memory ordering, system and CSR -----------------------------------------------

/** Fence set bits i, o, r, w as objdump prints them; an empty set is "unknown". */
function fenceSet(bits: number): string {
  const s = (bits & 8 ? 'i' : '') + (bits & 4 ? 'o' : '') + (bits & 2 ? 'r' : '') + (bits & 1 ? 'w' : '');
  return s === '' ? 'unknown' : s;
}

/** fence, fence.tso and fence.i; objdump rejects nonzero rd/rs1 (and imm for fence.i). */
function fence(i: Insn): string {
  if ((i.raw & 0x000f8f80) !== 0) return unknown(i.raw, i.compressed);
  if (i.op === OP.FENCE_I) return i.raw >>> 20 === 0 ? 'fence.i' : unknown(i.raw, i.compressed);
  const fm = i.raw >>> 28;
  const pred = (i.raw >>> 24) & 15;
  const succ = (i.raw >>> 20) & 15;
  if (fm === 8 && pred === 3 && succ === 3) return 'fence.tso';
  if (fm !== 0) return unknown(i.raw, i.compressed);
  return pred === 15 && succ === 15 ? 'fence' : insn('fence', fenceSet(pred), fenceSet(succ));
}

/** ecall, ebreak, xret, wfi and sfence.vma (operands only when not x0). */
function system(i: Insn): string {
  if (i.op !== OP.SFENCE_VMA) return mnemonic(i.op);
  if (i.rs2 !== 0) return insn('sfence.vma', reg(i.rs1), reg(i.rs2));
  return i.rs1 === 0 ? 'sfence.vma' : insn('sfence.vma', reg(i.rs1));
}

/** Counter reads objdump prints as rdcycle/rdtime/rdinstret (and the high halves). */
const COUNTER_ALIASES: ReadonlyMap<number, string> = new Map([
  [0xc00, 'rdcycle'], [0xc01, 'rdtime'], [0xc02, 'rdinstret'],
  [0xc80, 'rdcycleh'], [0xc81, 'rdtimeh'], [0xc82, 'rdinstreth'],
]);

/** CSR instructions: unimp, rdcycle…, csrr, csrw/csrs/csrc (register or immediate source). */
function csr(i: Insn): string {
  if (i.raw === 0xc0001073) return 'unimp'; // csrw cycle,zero: the canonical 32-bit unimp
  const name = csrName(i.imm);
  const imm = i.op >= OP.CSRRWI;
  const src = imm ? String(i.rs1) : reg(i.rs1);
  const base = imm ? i.op - OP.CSRRWI : i.op - OP.CSRRW;
  const short = ['csrw', 'csrs', 'csrc'][base] ?? '?';
  const long = ['csrrw', 'csrrs', 'csrrc'][base] ?? '?';
  if (!imm && base === 1 && i.rs1 === 0) {
    const counter = COUNTER_ALIASES.get(i.imm);
    return counter !== undefined ? insn(counter, reg(i.rd)) : insn('csrr', reg(i.rd), name);
  }
  return i.rd === 0 ? insn(short, name, src) : insn(long, reg(i.rd), name, src);
}

/** lr.w, sc.w and the AMOs, with the .aq/.rl/.aqrl ordering suffix. */
function amo(i: Insn): string {
  const order = ['', '.rl', '.aq', '.aqrl'][(i.raw >>> 25) & 3] ?? '';
  const name = mnemonic(i.op) + order;
  if (i.op === OP.LR_W) return insn(name, reg(i.rd), `(${reg(i.rs1)})`);
  return insn(name, reg(i.rd), reg(i.rs2), `(${reg(i.rs1)})`);
}

// ---- CSR names -------------------------------------------------------------------

/** A CSR's name as objdump prints it by default (privileged spec 1.12), or its number in hex. */
export function csrName(num: number): string {
  return CSR_NAMES.get(num) ?? EXTRA_CSR_NAMES.get(num) ?? hex(num);
}

/**
 * CSR names objdump 2.40 knows that isa.ts does not define (this hart does
 * not implement them): F/V state, stateen, AIA, hypervisor, debug/trigger,
 * entropy source. Pairs of hex number and name.
 */
const EXTRA_CSR_LIST = `
  001 fflags 002 frm 003 fcsr 008 vstart 009 vxsat 00a vxrm 00f vcsr 015 seed
  10c sstateen0 10d sstateen1 10e sstateen2 10f sstateen3 114 sieh 14d stimecmp 150 siselect 151 sireg 154 siph
  15c stopei 15d stimecmph 200 vsstatus 204 vsie 205 vstvec 214 vsieh 240 vsscratch 241 vsepc 242 vscause
  243 vstval 244 vsip 24d vstimecmp 250 vsiselect 251 vsireg 254 vsiph 25c vstopei 25d vstimecmph 280 vsatp
  308 mvien 309 mvip 30c mstateen0 30d mstateen1 30e mstateen2 30f mstateen3 313 midelegh 314 mieh 318 mvienh
  319 mviph 31c mstateen0h 31d mstateen1h 31e mstateen2h 31f mstateen3h 34a mtinst 34b mtval2 350 miselect
  351 mireg 354 miph 35c mtopei 5a8 scontext 600 hstatus 602 hedeleg 603 hideleg 604 hie 605 htimedelta
  606 hcounteren 607 hgeie 608 hvien 609 hvictl 60a henvcfg 60c hstateen0 60d hstateen1 60e hstateen2
  60f hstateen3 613 hidelegh 615 htimedeltah 618 hvienh 61a henvcfgh 61c hstateen0h 61d hstateen1h
  61e hstateen2h 61f hstateen3h 643 htval 644 hip 645 hvip 646 hviprio1 647 hviprio2 64a htinst 655 hviph
  656 hviprio1h 657 hviprio2h 680 hgatp 6a8 hcontext 747 mseccfg 757 mseccfgh 7a0 tselect 7a1 tdata1
  7a2 tdata2 7a3 tdata3 7a4 tinfo 7a5 tcontrol 7a8 mcontext 7aa mscontext 7b0 dcsr 7b1 dpc 7b2 dscratch0
  7b3 dscratch1 c20 vl c21 vtype c22 vlenb da0 scountovf db0 stopi e12 hgeip eb0 vstopi fb0 mtopi`;

/** Numbered CSR families: pmpcfg0–15, pmpaddr0–63 and the hpm counters and events 3–31. */
const CSR_SERIES: readonly (readonly [base: number, prefix: string, suffix: string, first: number, last: number])[] = [
  [0x3a0, 'pmpcfg', '', 0, 15], [0x3b0, 'pmpaddr', '', 0, 63],
  [0x320, 'mhpmevent', '', 3, 31], [0x720, 'mhpmevent', 'h', 3, 31],
  [0xb00, 'mhpmcounter', '', 3, 31], [0xb80, 'mhpmcounter', 'h', 3, 31],
  [0xc00, 'hpmcounter', '', 3, 31], [0xc80, 'hpmcounter', 'h', 3, 31],
];

const EXTRA_CSR_NAMES: ReadonlyMap<number, string> = (() => {
  const names = new Map<number, string>();
  const words = EXTRA_CSR_LIST.trim().split(/\s+/);
  for (let k = 0; k + 1 < words.length; k += 2) names.set(parseInt(words[k]!, 16), words[k + 1]!);
  for (const [base, prefix, suffix, first, last] of CSR_SERIES) {
    for (let n = first; n <= last; n++) names.set(base + n, `${prefix}${n}${suffix}`);
  }
  return names;
})();
