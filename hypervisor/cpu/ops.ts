/**
 * Internal operation numbers the decoder produces and the interpreter
 * dispatches on. Compressed instructions decode to the same operations as
 * the base instructions they expand to.
 *
 * The interpreter's `switch` uses these numbers as literal case labels
 * (`case 12: // ADD`): V8 builds a jump table only for literal labels, which
 * makes dispatch about three times faster than imported constants. A unit
 * test (test/hypervisor/cpu/ops.test.ts) checks every label against this table.
 */
export const OP = {
  UNDECODED: 0, FETCH_SLOW: 1, ILLEGAL: 2,
  LUI: 3, AUIPC: 4, JAL: 5, JALR: 6,
  BEQ: 7, BNE: 8, BLT: 9, BGE: 10, BLTU: 11, BGEU: 12,
  LB: 13, LH: 14, LW: 15, LBU: 16, LHU: 17, SB: 18, SH: 19, SW: 20,
  ADDI: 21, SLTI: 22, SLTIU: 23, XORI: 24, ORI: 25, ANDI: 26, SLLI: 27, SRLI: 28, SRAI: 29,
  ADD: 30, SUB: 31, SLL: 32, SLT: 33, SLTU: 34, XOR: 35, SRL: 36, SRA: 37, OR: 38, AND: 39,
  MUL: 40, MULH: 41, MULHSU: 42, MULHU: 43, DIV: 44, DIVU: 45, REM: 46, REMU: 47,
  FENCE: 48, FENCE_I: 49, ECALL: 50, EBREAK: 51, MRET: 52, SRET: 53, WFI: 54, SFENCE_VMA: 55,
  CSRRW: 56, CSRRS: 57, CSRRC: 58, CSRRWI: 59, CSRRSI: 60, CSRRCI: 61,
  LR_W: 62, SC_W: 63, AMOSWAP_W: 64, AMOADD_W: 65, AMOXOR_W: 66, AMOAND_W: 67, AMOOR_W: 68,
  AMOMIN_W: 69, AMOMAX_W: 70, AMOMINU_W: 71, AMOMAXU_W: 72,
} as const;

/** An operation number. */
export type Op = (typeof OP)[keyof typeof OP];

/** Operation names indexed by number, for traces and the disassembler. */
export const OP_NAMES: readonly string[] = (() => {
  const names: string[] = [];
  for (const [name, num] of Object.entries(OP)) names[num] = name;
  return names;
})();

/**
 * Packed layout of a decoded instruction's first word:
 * bits 0–7 op, 8–13 rd (0 is remapped to 32, a write-only scratch register,
 * so no operation needs an `rd !== 0` test), 14–18 rs1, 19–23 rs2,
 * bit 24 set for a 16-bit (compressed) encoding. The second word is the
 * immediate (for CSR operations: the CSR number).
 */
export const RD_SCRATCH = 32;

/** Packs decoded fields into the first word of a decoded instruction. */
export function pack(op: number, rd: number, rs1: number, rs2: number, compressed: boolean): number {
  return op | ((rd === 0 ? RD_SCRATCH : rd) << 8) | (rs1 << 14) | (rs2 << 19) | (compressed ? 1 << 24 : 0);
}

/** Fields of a packed decoded word. */
export function unpackOp(w: number): number { return w & 0xff; }
/** Destination register index (32 for x0). */
export function unpackRd(w: number): number { return (w >>> 8) & 63; }
/** First source register. */
export function unpackRs1(w: number): number { return (w >>> 14) & 31; }
/** Second source register. */
export function unpackRs2(w: number): number { return (w >>> 19) & 31; }
/** Instruction length in bytes: 2 for compressed encodings, else 4. */
export function unpackLen(w: number): number { return 4 - ((w >>> 23) & 2); }
