/**
 * The decoder against encodings produced by GNU as (riscv64-unknown-elf-as
 * -march=rv32imac_zicsr_zifencei, objdump -M no-aliases): every instruction
 * class, every RV32C form and its 32-bit expansion, and the reserved and
 * illegal encodings that must decode to ILLEGAL with the raw bits as mtval.
 */
import { describe, expect, it } from 'vitest';
import { decode, decode32, expandCompressed } from '../../../hypervisor/cpu/decode.js';
import { CSR } from '../../../hypervisor/cpu/isa.js';
import { OP, OP_NAMES, unpackLen, unpackOp, unpackRd, unpackRs1, unpackRs2 } from '../../../hypervisor/cpu/ops.js';
import * as A from '../../helpers/asm.js';

const hex = (v: number): string => `0x${(v >>> 0).toString(16).padStart(v >>> 16 ? 8 : 4, '0')}`;

interface Fields { op: keyof typeof OP; rd?: number; rs1?: number; rs2?: number; imm?: number }

function fields(bits: number): { op: string; rd: number; rs1: number; rs2: number; imm: number; len: number } {
  const d = decode(bits);
  return {
    op: OP_NAMES[unpackOp(d.word)]!, rd: unpackRd(d.word), rs1: unpackRs1(d.word), rs2: unpackRs2(d.word),
    imm: d.imm, len: unpackLen(d.word),
  };
}

/** [encoding, GNU as source, expected decoded fields] (rd x0 decodes as 32). */
const BASE: readonly [number, string, Fields][] = [
  [0xabcde2b7, 'lui t0,0xabcde', { op: 'LUI', rd: 5, imm: 0xabcde000 | 0 }],
  [0xfffff517, 'auipc a0,0xfffff', { op: 'AUIPC', rd: 10, imm: 0xfffff000 | 0 }],
  [0xffdff4ef, 'jal s1,.-4', { op: 'JAL', rd: 9, imm: -4 }],
  [0x800605e7, 'jalr a1,-2048(a2)', { op: 'JALR', rd: 11, rs1: 12, imm: -2048 }],
  [0x7eb50fe3, 'beq a0,a1,.+4094', { op: 'BEQ', rs1: 10, rs2: 11, imm: 4094 }],
  [0x80629063, 'bne t0,t1,.-4096', { op: 'BNE', rs1: 5, rs2: 6, imm: -4096 }],
  [0x00944463, 'blt s0,s1,.+8', { op: 'BLT', rs1: 8, rs2: 9, imm: 8 }],
  [0xfed65ce3, 'bge a2,a3,.-8', { op: 'BGE', rs1: 12, rs2: 13, imm: -8 }],
  [0x00f76863, 'bltu a4,a5,.+16', { op: 'BLTU', rs1: 14, rs2: 15, imm: 16 }],
  [0x01de70e3, 'bgeu t3,t4,.+2048', { op: 'BGEU', rs1: 28, rs2: 29, imm: 2048 }],
  [0xfff10503, 'lb a0,-1(sp)', { op: 'LB', rd: 10, rs1: 2, imm: -1 }],
  [0x7ff19583, 'lh a1,2047(gp)', { op: 'LH', rd: 11, rs1: 3, imm: 2047 }],
  [0x80022603, 'lw a2,-2048(tp)', { op: 'LW', rd: 12, rs1: 4, imm: -2048 }],
  [0x0002c683, 'lbu a3,0(t0)', { op: 'LBU', rd: 13, rs1: 5, imm: 0 }],
  [0x06435703, 'lhu a4,100(t1)', { op: 'LHU', rd: 14, rs1: 6, imm: 100 }],
  [0xfef10fa3, 'sb a5,-1(sp)', { op: 'SB', rs1: 2, rs2: 15, imm: -1 }],
  [0x7e849fa3, 'sh s0,2047(s1)', { op: 'SH', rs1: 9, rs2: 8, imm: 2047 }],
  [0x80942023, 'sw s1,-2048(s0)', { op: 'SW', rs1: 8, rs2: 9, imm: -2048 }],
  [0x80058513, 'addi a0,a1,-2048', { op: 'ADDI', rd: 10, rs1: 11, imm: -2048 }],
  [0x7ff5a513, 'slti a0,a1,2047', { op: 'SLTI', rd: 10, rs1: 11, imm: 2047 }],
  [0xfff5b513, 'sltiu a0,a1,-1', { op: 'SLTIU', rd: 10, rs1: 11, imm: -1 }],
  [0x5555c513, 'xori a0,a1,1365', { op: 'XORI', rd: 10, rs1: 11, imm: 1365 }],
  [0xf005e513, 'ori a0,a1,-256', { op: 'ORI', rd: 10, rs1: 11, imm: -256 }],
  [0x0ff5f513, 'andi a0,a1,255', { op: 'ANDI', rd: 10, rs1: 11, imm: 255 }],
  [0x01f59513, 'slli a0,a1,31', { op: 'SLLI', rd: 10, rs1: 11, imm: 31 }],
  [0x0015d513, 'srli a0,a1,1', { op: 'SRLI', rd: 10, rs1: 11, imm: 1 }],
  [0x4115d513, 'srai a0,a1,17', { op: 'SRAI', rd: 10, rs1: 11, imm: 17 }],
  [0x01498933, 'add s2,s3,s4', { op: 'ADD', rd: 18, rs1: 19, rs2: 20 }],
  [0x41498933, 'sub s2,s3,s4', { op: 'SUB', rd: 18, rs1: 19, rs2: 20 }],
  [0x01499933, 'sll s2,s3,s4', { op: 'SLL', rd: 18, rs1: 19, rs2: 20 }],
  [0x0149a933, 'slt s2,s3,s4', { op: 'SLT', rd: 18, rs1: 19, rs2: 20 }],
  [0x0149b933, 'sltu s2,s3,s4', { op: 'SLTU', rd: 18, rs1: 19, rs2: 20 }],
  [0x0149c933, 'xor s2,s3,s4', { op: 'XOR', rd: 18, rs1: 19, rs2: 20 }],
  [0x0149d933, 'srl s2,s3,s4', { op: 'SRL', rd: 18, rs1: 19, rs2: 20 }],
  [0x4149d933, 'sra s2,s3,s4', { op: 'SRA', rd: 18, rs1: 19, rs2: 20 }],
  [0x0149e933, 'or s2,s3,s4', { op: 'OR', rd: 18, rs1: 19, rs2: 20 }],
  [0x0149f933, 'and s2,s3,s4', { op: 'AND', rd: 18, rs1: 19, rs2: 20 }],
  [0x027302b3, 'mul t0,t1,t2', { op: 'MUL', rd: 5, rs1: 6, rs2: 7 }],
  [0x027312b3, 'mulh t0,t1,t2', { op: 'MULH', rd: 5, rs1: 6, rs2: 7 }],
  [0x027322b3, 'mulhsu t0,t1,t2', { op: 'MULHSU', rd: 5, rs1: 6, rs2: 7 }],
  [0x027332b3, 'mulhu t0,t1,t2', { op: 'MULHU', rd: 5, rs1: 6, rs2: 7 }],
  [0x027342b3, 'div t0,t1,t2', { op: 'DIV', rd: 5, rs1: 6, rs2: 7 }],
  [0x027352b3, 'divu t0,t1,t2', { op: 'DIVU', rd: 5, rs1: 6, rs2: 7 }],
  [0x027362b3, 'rem t0,t1,t2', { op: 'REM', rd: 5, rs1: 6, rs2: 7 }],
  [0x027372b3, 'remu t0,t1,t2', { op: 'REMU', rd: 5, rs1: 6, rs2: 7 }],
  [0x0330000f, 'fence rw,rw', { op: 'FENCE' }],
  [0x0000100f, 'fence.i', { op: 'FENCE_I' }],
  [0x00000073, 'ecall', { op: 'ECALL' }],
  [0x00100073, 'ebreak', { op: 'EBREAK' }],
  [0x30200073, 'mret', { op: 'MRET' }],
  [0x10200073, 'sret', { op: 'SRET' }],
  [0x10500073, 'wfi', { op: 'WFI' }],
  [0x12b50073, 'sfence.vma a0,a1', { op: 'SFENCE_VMA', rs1: 10, rs2: 11 }],
  [0x30059573, 'csrrw a0,mstatus,a1', { op: 'CSRRW', rd: 10, rs1: 11, imm: CSR.mstatus }],
  [0x3415a573, 'csrrs a0,mepc,a1', { op: 'CSRRS', rd: 10, rs1: 11, imm: CSR.mepc }],
  [0x1005b573, 'csrrc a0,sstatus,a1', { op: 'CSRRC', rd: 10, rs1: 11, imm: CSR.sstatus }],
  [0x340fd573, 'csrrwi a0,mscratch,31', { op: 'CSRRWI', rd: 10, rs1: 31, imm: CSR.mscratch }],
  [0x1040e573, 'csrrsi a0,sie,1', { op: 'CSRRSI', rd: 10, rs1: 1, imm: CSR.sie }],
  [0xfff87573, 'csrrci a0,0xfff,16', { op: 'CSRRCI', rd: 10, rs1: 16, imm: 0xfff }],
  [0x1005a52f, 'lr.w a0,(a1)', { op: 'LR_W', rd: 10, rs1: 11 }],
  [0x18c5a52f, 'sc.w a0,a2,(a1)', { op: 'SC_W', rd: 10, rs1: 11, rs2: 12 }],
  [0x08c5a52f, 'amoswap.w a0,a2,(a1)', { op: 'AMOSWAP_W', rd: 10, rs1: 11, rs2: 12 }],
  [0x00c5a52f, 'amoadd.w a0,a2,(a1)', { op: 'AMOADD_W', rd: 10, rs1: 11, rs2: 12 }],
  [0x20c5a52f, 'amoxor.w a0,a2,(a1)', { op: 'AMOXOR_W', rd: 10, rs1: 11, rs2: 12 }],
  [0x60c5a52f, 'amoand.w a0,a2,(a1)', { op: 'AMOAND_W', rd: 10, rs1: 11, rs2: 12 }],
  [0x40c5a52f, 'amoor.w a0,a2,(a1)', { op: 'AMOOR_W', rd: 10, rs1: 11, rs2: 12 }],
  [0x80c5a52f, 'amomin.w a0,a2,(a1)', { op: 'AMOMIN_W', rd: 10, rs1: 11, rs2: 12 }],
  [0xa0c5a52f, 'amomax.w a0,a2,(a1)', { op: 'AMOMAX_W', rd: 10, rs1: 11, rs2: 12 }],
  [0xc0c5a52f, 'amominu.w a0,a2,(a1)', { op: 'AMOMINU_W', rd: 10, rs1: 11, rs2: 12 }],
  [0xe6c5a52f, 'amomaxu.w.aqrl a0,a2,(a1)', { op: 'AMOMAXU_W', rd: 10, rs1: 11, rs2: 12 }],
];

describe('32-bit instructions', () => {
  it.each(BASE.map(([b, src, f]) => [hex(b), src, b, f] as const))('%s decodes as %s', (_h, _src, bits, want) => {
    const got = fields(bits);
    expect(got.op).toBe(want.op);
    expect(got.len).toBe(4);
    if (want.rd !== undefined) expect(got.rd).toBe(want.rd);
    if (want.rs1 !== undefined) expect(got.rs1).toBe(want.rs1);
    if (want.rs2 !== undefined) expect(got.rs2).toBe(want.rs2);
    if (want.imm !== undefined) expect(got.imm).toBe(want.imm);
  });

  it('decodes rd = x0 as the scratch register 32', () => {
    expect(fields(0x00000013).rd).toBe(32); // addi x0, x0, 0
    expect(fields(0x0000006f).rd).toBe(32); // jal x0, 0
  });

  it('ignores fence fields and the aq/rl bits of atomics', () => {
    expect(fields(0x8330000f).op).toBe('FENCE'); // fence.tso
    expect(fields(0x0ff0000f).op).toBe('FENCE');
    expect(fields(0x0ec5a52f).op).toBe('AMOSWAP_W'); // amoswap.w.aqrl
  });

  it('sfence.vma accepts any rs1/rs2', () => {
    expect(fields(0x12000073)).toMatchObject({ op: 'SFENCE_VMA', rs1: 0, rs2: 0 });
    expect(fields(A.sfenceVma(31, 31))).toMatchObject({ op: 'SFENCE_VMA', rs1: 31, rs2: 31 });
  });
});

describe('the test assembler (test/helpers/asm.ts)', () => {
  it('encodes like GNU as', () => {
    const {
      a0, a1, a2, a3, a4, a5, t0, t1, t2, t3, t4, s0, s1, s2, s3, s4, sp, gp, tp,
    } = A;
    const mine: Record<string, number> = {
      'lui t0,0xabcde': A.lui(t0, 0xabcde), 'auipc a0,0xfffff': A.auipc(a0, 0xfffff), 'jal s1,.-4': A.jal(s1, -4),
      'jalr a1,-2048(a2)': A.jalr(a1, a2, -2048), 'beq a0,a1,.+4094': A.beq(a0, a1, 4094),
      'bne t0,t1,.-4096': A.bne(t0, t1, -4096), 'blt s0,s1,.+8': A.blt(s0, s1, 8), 'bge a2,a3,.-8': A.bge(a2, a3, -8),
      'bltu a4,a5,.+16': A.bltu(a4, a5, 16), 'bgeu t3,t4,.+2048': A.bgeu(t3, t4, 2048),
      'lb a0,-1(sp)': A.lb(a0, -1, sp), 'lh a1,2047(gp)': A.lh(a1, 2047, gp), 'lw a2,-2048(tp)': A.lw(a2, -2048, tp),
      'lbu a3,0(t0)': A.lbu(a3, 0, t0), 'lhu a4,100(t1)': A.lhu(a4, 100, t1), 'sb a5,-1(sp)': A.sb(a5, -1, sp),
      'sh s0,2047(s1)': A.sh(s0, 2047, s1), 'sw s1,-2048(s0)': A.sw(s1, -2048, s0),
      'addi a0,a1,-2048': A.addi(a0, a1, -2048), 'slti a0,a1,2047': A.slti(a0, a1, 2047),
      'sltiu a0,a1,-1': A.sltiu(a0, a1, -1), 'xori a0,a1,1365': A.xori(a0, a1, 1365), 'ori a0,a1,-256': A.ori(a0, a1, -256),
      'andi a0,a1,255': A.andi(a0, a1, 255), 'slli a0,a1,31': A.slli(a0, a1, 31), 'srli a0,a1,1': A.srli(a0, a1, 1),
      'srai a0,a1,17': A.srai(a0, a1, 17), 'add s2,s3,s4': A.add(s2, s3, s4), 'sub s2,s3,s4': A.sub(s2, s3, s4),
      'sll s2,s3,s4': A.sll(s2, s3, s4), 'slt s2,s3,s4': A.slt(s2, s3, s4), 'sltu s2,s3,s4': A.sltu(s2, s3, s4),
      'xor s2,s3,s4': A.xor(s2, s3, s4), 'srl s2,s3,s4': A.srl(s2, s3, s4), 'sra s2,s3,s4': A.sra(s2, s3, s4),
      'or s2,s3,s4': A.or(s2, s3, s4), 'and s2,s3,s4': A.and(s2, s3, s4), 'mul t0,t1,t2': A.mul(t0, t1, t2),
      'mulh t0,t1,t2': A.mulh(t0, t1, t2), 'mulhsu t0,t1,t2': A.mulhsu(t0, t1, t2), 'mulhu t0,t1,t2': A.mulhu(t0, t1, t2),
      'div t0,t1,t2': A.div(t0, t1, t2), 'divu t0,t1,t2': A.divu(t0, t1, t2), 'rem t0,t1,t2': A.rem(t0, t1, t2),
      'remu t0,t1,t2': A.remu(t0, t1, t2), 'fence.i': A.fenceI, ecall: A.ecall, ebreak: A.ebreak, mret: A.mret,
      sret: A.sret, wfi: A.wfi, 'sfence.vma a0,a1': A.sfenceVma(a0, a1),
      'csrrw a0,mstatus,a1': A.csrrw(a0, CSR.mstatus, a1), 'csrrs a0,mepc,a1': A.csrrs(a0, CSR.mepc, a1),
      'csrrc a0,sstatus,a1': A.csrrc(a0, CSR.sstatus, a1), 'csrrwi a0,mscratch,31': A.csrrwi(a0, CSR.mscratch, 31),
      'csrrsi a0,sie,1': A.csrrsi(a0, CSR.sie, 1), 'csrrci a0,0xfff,16': A.csrrci(a0, 0xfff, 16),
      'lr.w a0,(a1)': A.lr(a0, a1), 'sc.w a0,a2,(a1)': A.sc(a0, a2, a1), 'amoswap.w a0,a2,(a1)': A.amoswap(a0, a2, a1),
      'amoadd.w a0,a2,(a1)': A.amoadd(a0, a2, a1), 'amoxor.w a0,a2,(a1)': A.amoxor(a0, a2, a1),
      'amoand.w a0,a2,(a1)': A.amoand(a0, a2, a1), 'amoor.w a0,a2,(a1)': A.amoor(a0, a2, a1),
      'amomin.w a0,a2,(a1)': A.amomin(a0, a2, a1), 'amomax.w a0,a2,(a1)': A.amomax(a0, a2, a1),
      'amominu.w a0,a2,(a1)': A.amominu(a0, a2, a1),
    };
    const gnu = new Map(BASE.map(([bits, src]) => [src, bits >>> 0]));
    for (const [src, bits] of Object.entries(mine)) expect([src, bits.toString(16)]).toEqual([src, gnu.get(src)!.toString(16)]);
    // Compressed encoders against GNU as.
    expect([A.cAddi(a0, -32), A.cLi(a1, -1), A.cMv(a0, s2), A.cAdd(sp, t2), A.cJr(t0), A.cJalr(A.a7)])
      .toEqual([0x1501, 0x55fd, 0x854a, 0x911e, 0x8282, 0x9882]);
    expect([A.cJ(-2), A.cJal(2046), A.cJal(-2048)]).toEqual([0xbffd, 0x2ffd, 0x3001]);
  });

  it('li builds every constant in two instructions', () => {
    for (const v of [0, 1, -1, 0x7ff, 0x800, 0xfff, -2048, -2049, 0x7ffff800, 0x80000000, 0xdeadbeef, 0x12345678]) {
      const [hi, lo] = A.li(A.a0, v);
      expect(((hi! & 0xfffff000) + ((lo! | 0) >> 20)) | 0).toBe(v | 0);
    }
  });
});

/** [compressed, GNU as source, the 32-bit instruction GNU as encodes for its expansion]. */
const RVC: readonly [number, string, number][] = [
  [0x1fe0, 'c.addi4spn s0,sp,1020', 0x3fc10413], [0x005c, 'c.addi4spn a5,sp,4', 0x00410793],
  [0x5cf4, 'c.lw a3,124(s1)', 0x07c4a683], [0xc3b8, 'c.sw a4,64(a5)', 0x04e7a023],
  [0x0001, 'c.nop', 0x00000013], [0x1501, 'c.addi a0,-32', 0xfe050513], [0x0ffd, 'c.addi t6,31', 0x01ff8f93],
  [0x2ffd, 'c.jal .+2046', 0x7fe000ef], [0x3001, 'c.jal .-2048', 0x801ff0ef],
  [0x55fd, 'c.li a1,-1', 0xfff00593], [0x4dfd, 'c.li s11,31', 0x01f00d93],
  [0x617d, 'c.addi16sp sp,496', 0x1f010113], [0x7101, 'c.addi16sp sp,-512', 0xe0010113],
  [0x667d, 'c.lui a2,0x1f', 0x0001f637], [0x7281, 'c.lui t0,0xfffe0', 0xfffe02b7],
  [0x817d, 'c.srli a0,31', 0x01f55513], [0x8485, 'c.srai s1,1', 0x4014d493], [0x9b81, 'c.andi a5,-32', 0xfe07f793],
  [0x8c1d, 'c.sub s0,a5', 0x40f40433], [0x8db1, 'c.xor a1,a2', 0x00c5c5b3], [0x8ed9, 'c.or a3,a4', 0x00e6e6b3],
  [0x8ce1, 'c.and s1,s0', 0x0084f4b3], [0xbffd, 'c.j .-2', 0xfffff06f],
  [0xcd7d, 'c.beqz a0,.+254', 0x0e050f63], [0xf381, 'c.bnez a5,.-256', 0xf00790e3],
  [0x037e, 'c.slli t1,31', 0x01f31313], [0x50fe, 'c.lwsp ra,252(sp)', 0x0fc12083],
  [0x8282, 'c.jr t0', 0x00028067], [0x854a, 'c.mv a0,s2', 0x01200533], [0x9002, 'c.ebreak', 0x00100073],
  [0x9882, 'c.jalr a7', 0x000880e7], [0x911e, 'c.add sp,t2', 0x00710133], [0xdfce, 'c.swsp s3,252(sp)', 0x0f312e23],
  // HINTs (rd = x0 or a zero immediate) are ordinary instructions writing x0.
  [0x4015, 'c.li zero,5', 0x00500013], [0x6005, 'c.lui zero,0x1', 0x00001037], [0x802a, 'c.mv zero,a0', 0x00a00033],
  [0x902e, 'c.add zero,a1', 0x00b00033], [0x000e, 'c.slli zero,3', 0x00301013], [0x0501, 'c.addi a0,0', 0x00050513],
  [0x001d, 'c.addi zero,7', 0x00700013],
];

describe('compressed instructions', () => {
  const rvc = RVC.map(([h, src, w]) => [hex(h), src, h, w] as const);
  it.each(rvc)('%s (%s) expands to the 32-bit instruction GNU as gives', (_h, _src, half, full) => {
    expect((expandCompressed(half) >>> 0).toString(16)).toBe(full.toString(16));
  });

  it.each(rvc)('%s (%s) decodes like its expansion, with length 2', (_h, _src, half, full) => {
    const c = fields(half);
    const w = fields(full);
    expect(c.len).toBe(2);
    expect(w.len).toBe(4);
    expect({ ...c, len: 0 }).toEqual({ ...w, len: 0 });
  });

  // Cross-checked once against GNU objdump 2.40 over all 49152 halfwords: it accepts 30360, of which the
  // 1536 shifts with shamt[5] = 1 (RV64-only / NSE on RV32) and c.addi16sp with nzimm = 0 are reserved.
  it('all 49152 16-bit encodings: 28823 legal, each decoding exactly like its 32-bit expansion', () => {
    let legal = 0;
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 3) === 3) continue;
      const d = decode(h);
      const full = expandCompressed(h);
      if (full === 0) {
        if (unpackOp(d.word) !== OP.ILLEGAL || d.imm !== h) throw new Error(`0x${h.toString(16)} should be ILLEGAL`);
        continue;
      }
      legal++;
      const w = decode32(full, true);
      if (unpackOp(d.word) === OP.ILLEGAL || d.word !== w.word || d.imm !== w.imm || unpackLen(d.word) !== 2) {
        throw new Error(`0x${h.toString(16)} decodes differently from its expansion 0x${(full >>> 0).toString(16)}`);
      }
    }
    expect(legal).toBe(28823);
  });

  it('ignores the upper halfword of a 16-bit instruction', () => {
    expect(fields(0xdead_0001)).toMatchObject({ op: 'ADDI', rd: 32, len: 2 });
    expect(fields(0xffff_1501)).toMatchObject({ op: 'ADDI', rd: 10, imm: -32, len: 2 });
  });
});

describe('reserved and illegal encodings decode to ILLEGAL with the raw bits as mtval', () => {
  const ILLEGAL16: readonly [number, string][] = [
    [0x0000, 'all zeros (defined illegal)'],
    [0x0004, 'c.addi4spn with nzuimm = 0'],
    [0x6601, 'c.lui a2 with nzimm = 0'],
    [0x6101, 'c.addi16sp with nzimm = 0'],
    [0x4002, 'c.lwsp with rd = x0'],
    [0x8002, 'c.jr with rs1 = x0'],
    [0x9c05, 'c.subw s0,s1 (RV64 only)'], [0x9d2d, 'c.addw a0,a1 (RV64 only)'],
    [0x9c45, 'reserved Q1 funct6 100111 funct2 10'], [0x9c65, 'reserved Q1 funct6 100111 funct2 11'],
    [0x2588, 'c.fld fa0,8(a1)'], [0x624c, 'c.flw fa1,4(a2)'], [0xaa90, 'c.fsd fa2,16(a3)'], [0xff74, 'c.fsw fa3,124(a4)'],
    [0x2462, 'c.fldsp fs0,24(sp)'], [0x64b2, 'c.flwsp fs1,12(sp)'], [0xa44a, 'c.fsdsp fs2,8(sp)'], [0xe24e, 'c.fswsp fs3,4(sp)'],
    [0x8000, 'reserved Q0 funct3 100'],
    [0x1502, 'c.slli a0 with shamt[5] = 1'], [0x9001, 'c.srli s0 with shamt[5] = 1'], [0x9401, 'c.srai s0 with shamt[5] = 1'],
  ];
  it.each(ILLEGAL16.map(([h, what]) => [hex(h), what, h] as const))('%s: %s', (_h, _what, half) => {
    const d = fields(half);
    expect(d.op).toBe('ILLEGAL');
    expect(d.len).toBe(2);
    expect(d.imm).toBe(half);
    expect(expandCompressed(half)).toBe(0);
  });

  it('c.lwsp with rd != 0 is legal (the reserved form is rd = 0 only)', () => {
    expect(fields(0x40f2)).toMatchObject({ op: 'LW', rd: 1, rs1: 2 }); // c.lwsp ra, 28(sp)
  });

  const ILLEGAL32: readonly [number, string][] = [
    [0xffffffff, 'all ones'],
    [A.rType(0x13, 10, 1, 11, 0, 0x01), 'slli a0,a1,32 (shamt[5] = 1)'],
    [A.rType(0x13, 10, 5, 11, 0, 0x01), 'srli a0,a1,32 (shamt[5] = 1)'],
    [A.rType(0x13, 10, 5, 11, 0, 0x21), 'srai a0,a1,32 (shamt[5] = 1)'],
    [A.rType(0x13, 10, 1, 11, 1, 0x20), 'slli with funct7 0x20'],
    [A.rType(0x13, 10, 5, 11, 1, 0x10), 'srli with funct7 0x10'],
    [A.rType(0x33, 10, 0, 11, 12, 0x02), 'add with funct7 0x02'],
    [A.rType(0x33, 10, 1, 11, 12, 0x20), 'sll with funct7 0x20'],
    [A.rType(0x33, 10, 7, 11, 12, 0x40), 'and with funct7 0x40'],
    [A.rType(0x3b, 10, 0, 11, 12, 0), 'addw (RV64 OP-32)'],
    [A.iType(0x1b, 10, 0, 11, 1), 'addiw (RV64 OP-IMM-32)'],
    [A.iType(0x03, 10, 3, 11, 0), 'ld'], [A.iType(0x03, 10, 6, 11, 0), 'lwu'], [A.iType(0x03, 10, 7, 11, 0), 'load funct3 7'],
    [A.sType(0x23, 3, 11, 10, 0), 'sd'], [A.sType(0x23, 4, 11, 10, 0), 'store funct3 4'],
    [A.bType(2, 10, 11, 8), 'branch funct3 2'], [A.bType(3, 10, 11, 8), 'branch funct3 3'],
    [A.iType(0x67, 1, 1, 10, 0), 'jalr with funct3 1'],
    [A.iType(0x0f, 0, 2, 0, 0), 'MISC-MEM funct3 2'],
    [A.iType(0x73, 0, 4, 0, 0x300), 'SYSTEM funct3 4'],
    [0x000000f3, 'ecall with rd = 1'], [0x00008073, 'ecall with rs1 = 1'], [0x00200073, 'SYSTEM imm 2 (uret is gone)'],
    [0x30200873, 'mret with rd = 16'], [0x10500173, 'wfi with rd = 2'], [0x12000873, 'sfence.vma with rd = 16'],
    [0x7b200073, 'dret (debug mode only)'],
    [A.amo(0x02, 10, 12, 11), 'lr.w with rs2 != 0'],
    [A.rType(0x2f, 10, 3, 11, 12, 0), 'amoadd.d (funct3 3)'],
    [A.amo(0x05, 10, 12, 11), 'AMO funct5 0x05'], [A.amo(0x1f, 10, 12, 11), 'AMO funct5 0x1f'],
    [A.iType(0x07, 10, 2, 11, 0), 'flw (no F extension)'], [A.sType(0x27, 2, 11, 10, 0), 'fsw'],
    [A.rType(0x53, 10, 0, 11, 12, 0), 'fadd.s'], [0x0000000b, 'custom-0'], [0x0000007f, '>= 80-bit encoding'],
  ];
  it.each(ILLEGAL32.map(([b, what]) => [hex(b), what, b] as const))('%s: %s', (_h, _what, bits) => {
    const d = fields(bits);
    expect(d.op).toBe('ILLEGAL');
    expect(d.len).toBe(4);
    expect(d.imm).toBe(bits | 0);
  });
});
