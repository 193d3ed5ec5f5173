import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csrName, disassemble } from '../../../hypervisor/cpu/disasm.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the guest builds write their `objdump -d` listings (libos/rules.mk). */
const LISTING_DIRS = ['test/guests/build', 'apps/build'];

/** Every `.asm` listing under the listing directories, relative to the repository root. */
function findListings(): string[] {
  const found: string[] = [];
  for (const dir of LISTING_DIRS) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs, { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.asm')) found.push(join(dir, f));
    }
  }
  return found.sort();
}

/** One instruction line of an objdump listing. */
interface ListedInsn {
  addr: number;
  bits: number;
  text: string;
}

/**
 * Instruction lines of an objdump listing (`addr:\tencoding \tinstruction`,
 * 4 or 8 hex digits), without objdump's ` # comment` and ` <symbol+off>`
 * suffixes. Data objdump prints as directives (.word, .short, .2byte, .4byte)
 * and the `...` of zero runs are skipped.
 */
function parseListing(listing: string): ListedInsn[] {
  const out: ListedInsn[] = [];
  for (const line of listing.split('\n')) {
    const m = /^\s*([0-9a-f]+):\t([0-9a-f]{4}|[0-9a-f]{8}) +\t(.+)$/.exec(line);
    if (!m) continue;
    const text = m[3]!.replace(/\s+#.*$/, '').replace(/ <.*>$/, '');
    if (text.startsWith('.')) continue;
    out.push({ addr: parseInt(m[1]!, 16), bits: parseInt(m[2]!, 16), text });
  }
  return out;
}

/** CSRs that only privileged spec 1.11 names (1.12 dropped the N extension and sedeleg/sideleg). */
const PRIV_1_11_NAMES: Readonly<Record<number, string>> = {
  0x000: 'ustatus', 0x004: 'uie', 0x005: 'utvec', 0x040: 'uscratch', 0x041: 'uepc', 0x042: 'ucause',
  0x043: 'utval', 0x044: 'uip', 0x102: 'sedeleg', 0x103: 'sideleg',
};

/** CSRs that objdump names only under privileged spec 1.12 (1.11 prints them in hex). */
function namedSince112(csr: number): boolean {
  return [0x10a, 0x30a, 0x310, 0x31a, 0x34a, 0x34b, 0x747, 0x757, 0xf15].includes(csr) ||
    (csr >= 0x3a4 && csr <= 0x3af) || (csr >= 0x3c0 && csr <= 0x3ef);
}

/**
 * Whether disassemble()'s text matches objdump's. CSR names are compared
 * modulo the privileged-spec version: objdump names CSRs by the ELF's
 * Tag_RISCV_priv_spec (picolibc sets 1.11), disassemble() by 1.12, the spec
 * this hart implements and objdump's default.
 */
function matchesObjdump(got: string, want: string, bits: number): boolean {
  if (got === want) return true;
  const isCsrInsn = (bits & 0x7f) === 0x73 && ((bits >>> 12) & 3) !== 0;
  if (!isCsrInsn) return false;
  const csr = bits >>> 20;
  const old = PRIV_1_11_NAMES[csr] ?? (namedSince112(csr) ? `0x${csr.toString(16)}` : csrName(csr));
  const [name, operands = ''] = got.split('\t');
  const renamed = operands.split(',').map((o) => (o === csrName(csr) ? old : o)).join(',');
  return `${name}\t${renamed}` === want;
}

describe('disassemble() against objdump listings of the guest builds', () => {
  const listings = findListings();

  it('finds at least one listing to compare with', () => {
    expect(listings, `no .asm listing under ${LISTING_DIRS.join(', ')}: build the guests first`).not.toEqual([]);
  });

  for (const file of listings) {
    it(`prints every instruction of ${file} as objdump does`, () => {
      const insns = parseListing(readFileSync(join(ROOT, file), 'utf8'));
      expect(insns.length, `no instruction lines parsed from ${file}`).toBeGreaterThan(0);
      const mismatches: string[] = [];
      for (const { addr, bits, text } of insns) {
        const got = disassemble(bits, addr);
        if (matchesObjdump(got, text, bits)) continue;
        mismatches.push(`${addr.toString(16)}: ${bits.toString(16)}  objdump "${text}"  disassemble "${got}"`);
      }
      expect(mismatches.slice(0, 10), `${mismatches.length} of ${insns.length} instructions differ`).toEqual([]);
    });
  }
});

// Expected texts below are objdump 2.40's output for these encodings in an
// rv32imac ELF linked at 0x80000000, with the <symbol> suffix removed.
const RV32I: readonly (readonly [number, number, string])[] = [
  [0xff010113, 0x80000000, 'add\tsp,sp,-16'],
  [0x00500513, 0x80000004, 'li\ta0,5'],
  [0x00040513, 0x80000008, 'mv\ta0,s0'],
  [0x00000013, 0x8000000c, 'nop'],
  [0xfff00513, 0x80000010, 'li\ta0,-1'],
  [0x123452b7, 0x80000014, 'lui\tt0,0x12345'],
  [0xfffff517, 0x80000018, 'auipc\ta0,0xfffff'],
  [0x0100006f, 0x8000001c, 'j\t8000002c'],
  [0xff5ff0ef, 0x80000020, 'jal\t80000014'],
  [0x008005ef, 0x80000024, 'jal\ta1,8000002c'],
  [0x00008067, 0x80000028, 'ret'],
  [0x000780e7, 0x8000002c, 'jalr\ta5'],
  [0x00c50067, 0x80000030, 'jr\t12(a0)'],
  [0x010080e7, 0x80000034, 'jalr\t16(ra)'],
  [0x000282e7, 0x80000038, 'jalr\tt0,t0'],
  [0xfe0518e3, 0x8000003c, 'bnez\ta0,8000002c'],
  [0x00b50463, 0x80000040, 'beq\ta0,a1,80000048'],
  [0x00a05463, 0x80000044, 'blez\ta0,8000004c'],
  [0x00055463, 0x80000048, 'bgez\ta0,80000050'],
  [0x00054463, 0x8000004c, 'bltz\ta0,80000054'],
  [0x00a04463, 0x80000050, 'bgtz\ta0,80000058'],
  [0x00b54463, 0x80000054, 'blt\ta0,a1,8000005c'],
  [0x00b57463, 0x80000058, 'bgeu\ta0,a1,80000060'],
  [0xffc52503, 0x8000005c, 'lw\ta0,-4(a0)'],
  [0x00054503, 0x80000060, 'lbu\ta0,0(a0)'],
  [0x00a12623, 0x80000064, 'sw\ta0,12(sp)'],
  [0x00b50023, 0x80000068, 'sb\ta1,0(a0)'],
  [0x00151513, 0x8000006c, 'sll\ta0,a0,0x1'],
  [0x01f55513, 0x80000070, 'srl\ta0,a0,0x1f'],
  [0x4015d513, 0x80000074, 'sra\ta0,a1,0x1'],
  [0x40b50533, 0x80000078, 'sub\ta0,a0,a1'],
  [0x40a00533, 0x8000007c, 'neg\ta0,a0'],
  [0x00a035b3, 0x80000080, 'snez\ta1,a0'],
  [0x00153513, 0x80000084, 'seqz\ta0,a0'],
  [0xfff54513, 0x80000088, 'not\ta0,a0'],
  [0x00052533, 0x8000008c, 'sltz\ta0,a0'],
  [0x00a02533, 0x80000090, 'sgtz\ta0,a0'],
  [0x0ff57513, 0x80000094, 'zext.b\ta0,a0'],
  [0x00b57533, 0x80000098, 'and\ta0,a0,a1'],
];

const M_A_SYSTEM: readonly (readonly [number, number, string])[] = [
  [0x02b50533, 0x8000009c, 'mul\ta0,a0,a1'],
  [0x02b54533, 0x800000a0, 'div\ta0,a0,a1'],
  [0x02b5f533, 0x800000a4, 'remu\ta0,a1,a1'],
  [0x0ff0000f, 0x800000a8, 'fence'],
  [0x0330000f, 0x800000ac, 'fence\trw,rw'],
  [0x0820000f, 0x800000b0, 'fence\ti,r'],
  [0x8330000f, 0x800000b4, 'fence.tso'],
  [0x0000100f, 0x800000b8, 'fence.i'],
  [0x00000073, 0x800000bc, 'ecall'],
  [0x00100073, 0x800000c0, 'ebreak'],
  [0x30200073, 0x800000c4, 'mret'],
  [0x10200073, 0x800000c8, 'sret'],
  [0x10500073, 0x800000cc, 'wfi'],
  [0x12000073, 0x800000d0, 'sfence.vma'],
  [0x12050073, 0x800000d4, 'sfence.vma\ta0'],
  [0x12b50073, 0x800000d8, 'sfence.vma\ta0,a1'],
  [0x34202573, 0x800000dc, 'csrr\ta0,mcause'],
  [0x30529073, 0x800000e0, 'csrw\tmtvec,t0'],
  [0x30046073, 0x800000e4, 'csrs\tmstatus,8'],
  [0x30047073, 0x800000e8, 'csrc\tmstatus,8'],
  [0x3000a073, 0x800000ec, 'csrs\tmstatus,ra'],
  [0x3000b073, 0x800000f0, 'csrc\tmstatus,ra'],
  [0x34051573, 0x800000f4, 'csrrw\ta0,mscratch,a0'],
  [0x30045573, 0x800000f8, 'csrrw\ta0,mstatus,8'],
  [0xc0002573, 0x800000fc, 'rdcycle\ta0'],
  [0xc8102573, 0x80000100, 'rdtimeh\ta0'],
  [0x30002573, 0x80000104, 'csrr\ta0,mstatus'],
  [0x3b502573, 0x80000108, 'csrr\ta0,pmpaddr5'],
  [0x7c002573, 0x8000010c, 'csrr\ta0,0x7c0'],
  [0x3a302573, 0x80000110, 'csrr\ta0,pmpcfg3'],
  [0xb8302573, 0x80000114, 'csrr\ta0,mhpmcounter3h'],
  [0x1005a52f, 0x80000118, 'lr.w\ta0,(a1)'],
  [0x1a05a52f, 0x8000011c, 'sc.w.rl\ta0,zero,(a1)'],
  [0x0cb5a52f, 0x80000120, 'amoswap.w.aq\ta0,a1,(a1)'],
  [0x00b5a52f, 0x80000124, 'amoadd.w\ta0,a1,(a1)'],
  [0xc6b5a52f, 0x80000128, 'amominu.w.aqrl\ta0,a1,(a1)'],
];

const COMPRESSED: readonly (readonly [number, number, string])[] = [
  [0x0001, 0x8000013e, 'nop'],
  [0x0005, 0x80000140, 'c.nop\t1'],
  [0x1141, 0x80000142, 'add\tsp,sp,-16'],
  [0x0141, 0x80000144, 'add\tsp,sp,16'],
  [0x4501, 0x80000146, 'li\ta0,0'],
  [0x4001, 0x80000148, 'c.li\tzero,0'],
  [0x557d, 0x8000014a, 'li\ta0,-1'],
  [0x6505, 0x8000014c, 'lui\ta0,0x1'],
  [0x6005, 0x8000014e, 'c.lui\tzero,0x1'],
  [0x0028, 0x80000150, 'add\ta0,sp,8'],
  [0x0505, 0x80000152, 'add\ta0,a0,1'],
  [0x8082, 0x80000154, 'ret'],
  [0x8502, 0x80000156, 'jr\ta0'],
  [0x9502, 0x80000158, 'jalr\ta0'],
  [0x8006, 0x8000015a, 'c.mv\tzero,ra'],
  [0x9006, 0x8000015c, 'c.add\tzero,ra'],
  [0x9002, 0x80000160, 'ebreak'],
  [0xa001, 0x80000162, 'j\t80000162'],
  [0x2001, 0x80000164, 'jal\t80000164'],
  [0xc101, 0x80000166, 'beqz\ta0,80000166'],
  [0xe119, 0x80000168, 'bnez\ta0,8000016e'],
  [0x4188, 0x8000016a, 'lw\ta0,0(a1)'],
  [0xc188, 0x8000016c, 'sw\ta0,0(a1)'],
  [0x4502, 0x8000016e, 'lw\ta0,0(sp)'],
  [0xc62a, 0x80000170, 'sw\ta0,12(sp)'],
  [0x0506, 0x80000172, 'sll\ta0,a0,0x1'],
  [0x0002, 0x80000174, 'c.slli64\tzero'],
  [0x8105, 0x80000176, 'srl\ta0,a0,0x1'],
  [0x8505, 0x80000178, 'sra\ta0,a0,0x1'],
  [0x8101, 0x8000017a, 'c.srli64\ta0'],
  [0x897d, 0x8000017c, 'and\ta0,a0,31'],
  [0x8d0d, 0x8000017e, 'sub\ta0,a0,a1'],
  [0x8d2d, 0x80000180, 'xor\ta0,a0,a1'],
  [0x8d4d, 0x80000182, 'or\ta0,a0,a1'],
  [0x8d6d, 0x80000184, 'and\ta0,a0,a1'],
];

const ILLEGAL: readonly (readonly [number, number, string])[] = [
  [0x0000, 0x8000013c, 'unimp'],
  [0xc0001073, 0x8000012c, 'unimp'],
  [0x00200073, 0x80000130, 'uret'],
  [0x0000007b, 0x80000134, '.4byte\t0x7b'],
  [0x6000, 0x80000186, '.2byte\t0x6000'],
];

describe('disassemble() on hand-picked encodings', () => {
  const check = (cases: readonly (readonly [number, number, string])[]): void => {
    for (const [bits, pc, text] of cases) expect(disassemble(bits, pc), `0x${bits.toString(16)}`).toBe(text);
  };

  it('prints RV32I with objdump aliases (li, mv, nop, j, ret, beqz, neg, seqz, not, zext.b, ...)', () => check(RV32I));
  it('prints M, fences, system instructions, CSR aliases and AMOs with aq/rl', () => check(M_A_SYSTEM));
  it('prints 16-bit encodings under base names, and HINTs as c.*', () => check(COMPRESSED));
  it('prints unimp, old-spec names, and .2byte/.4byte for unknown encodings', () => check(ILLEGAL));

  it('ignores bits above the low 16 of a compressed instruction', () => {
    expect(disassemble(0xabcd0505, 0)).toBe('add\ta0,a0,1');
  });

  // objdump 2.40 does not check XLEN here and prints shift amounts >= 32 and
  // c.addi16sp with a zero immediate; both are reserved on RV32 and trap as
  // illegal on this hart, so disassemble() prints them as unknown encodings.
  it('prints encodings reserved on RV32 as unknown, unlike objdump', () => {
    expect(disassemble(0x02059513, 0)).toBe('.4byte\t0x2059513'); // objdump: sll a0,a1,0x20
    expect(disassemble(0x1502, 0)).toBe('.2byte\t0x1502'); // objdump: sll a0,a0,0x20
    expect(disassemble(0x6101, 0)).toBe('.2byte\t0x6101'); // objdump: add sp,sp,0
  });
});
