/**
 * ELF object files (in the gABI's sense) for the linker in link.ts: reads
 * RV32 relocatable objects (ELF32 little-endian, ET_REL, EM_RISCV), patches
 * the instruction and data fields of the psABI's relocations, and writes
 * the ET_EXEC the linker produces (System V gABI; RISC-V psABI). Every
 * offset and index read from an input is checked against its bounds, so a
 * damaged object is a `LinkError` naming the file, never a RangeError.
 */

/** Why a link was refused: thrown by the object and archive readers and by the linker itself. */
export class LinkError extends Error {
  override readonly name = 'LinkError';
}

/** Section types (gABI sh_type). */
export const SHT = {
  PROGBITS: 1, SYMTAB: 2, STRTAB: 3, RELA: 4, NOBITS: 8, REL: 9, INIT_ARRAY: 14, FINI_ARRAY: 15, PREINIT_ARRAY: 16, GROUP: 17,
} as const;

/** Section flags (gABI sh_flags). */
export const SHF = { WRITE: 0x1, ALLOC: 0x2, EXECINSTR: 0x4, TLS: 0x400 } as const;

/** Symbol bindings (gABI ELF32_ST_BIND). */
export const STB = { LOCAL: 0, GLOBAL: 1, WEAK: 2 } as const;

/** Symbol types (gABI ELF32_ST_TYPE). */
export const STT = { NOTYPE: 0, OBJECT: 1, FUNC: 2, SECTION: 3, FILE: 4, TLS: 6 } as const;

/** Special section indices (gABI st_shndx). */
export const SHN = { UNDEF: 0, LORESERVE: 0xff00, ABS: 0xfff1, COMMON: 0xfff2 } as const;

/** e_flags bits (psABI "File Header"). */
export const EF_RISCV = { RVC: 0x1, FLOAT_ABI: 0x6, RVE: 0x8 } as const;

const EM_RISCV = 243;
const ET_REL = 1;
const EHDR_SIZE = 52;
const SHDR_SIZE = 40;
const SYM_SIZE = 16;
const RELA_SIZE = 12;

/** One section header, with its bytes (empty for SHT.NOBITS). */
export interface ObjSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  size: number;
  link: number;
  info: number;
  /** sh_addralign, at least 1. */
  align: number;
  data: Uint8Array;
}

/** One symbol-table entry. `value` is mutable: deleting alignment padding shifts it. */
export interface ObjSymbol {
  name: string;
  value: number;
  size: number;
  bind: number;
  type: number;
  shndx: number;
}

/** One RELA entry; `offset` and `addend` are mutable for the same reason as ObjSymbol.value. */
export interface ObjReloc {
  offset: number;
  type: number;
  sym: number;
  addend: number;
}

/** A parsed relocatable object. */
export interface ElfObject {
  name: string;
  /** e_flags: RVC and float-ABI bits. */
  flags: number;
  sections: ObjSection[];
  symbols: ObjSymbol[];
  /** RELA entries by the index of the section they patch. */
  relocs: Map<number, ObjReloc[]>;
}

/** Parses an RV32 relocatable object; `name` is used in error messages. */
export function parseObject(name: string, bytes: Uint8Array): ElfObject {
  const dv = checkHeader(name, bytes);
  const sections = readSections(name, bytes, dv);
  const symtab = sections.filter((s) => s.type === SHT.SYMTAB);
  if (symtab.length > 1) throw new LinkError(`${name}: more than one symbol table`);
  const symbols = symtab.length ? readSymbols(name, sections, symtab[0]!) : [];
  return { name, flags: dv.getUint32(36, true), sections, symbols, relocs: readRelocs(name, sections, symbols.length) };
}

/** Checks the ELF header says "RV32 relocatable, little-endian" and returns a view of the file. */
function checkHeader(name: string, bytes: Uint8Array): DataView {
  const refuse = (why: string): never => {
    throw new LinkError(`not a RISC-V ELF32 relocatable object: ${name} (${why})`);
  };
  if (bytes.length < EHDR_SIZE) refuse(`only ${bytes.length} bytes`);
  if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) refuse('bad magic number');
  if (bytes[4] !== 1) refuse(bytes[4] === 2 ? 'ELF64' : `ELF class ${bytes[4]}`);
  if (bytes[5] !== 1) refuse(bytes[5] === 2 ? 'big-endian' : `data encoding ${bytes[5]}`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const machine = dv.getUint16(18, true);
  if (machine !== EM_RISCV) refuse(`e_machine ${machine}, expected ${EM_RISCV}`);
  const type = dv.getUint16(16, true);
  if (type !== ET_REL) refuse(`e_type ${type}, expected ${ET_REL} (ET_REL)`);
  return dv;
}

/** Throws unless [off, off+len) lies inside the file. */
function inFile(name: string, bytes: Uint8Array, off: number, len: number, what: string): void {
  if (off + len > bytes.length) throw new LinkError(`truncated object ${name}: ${what} runs past the end of the file`);
}

/** Reads the section header table and the section-name string table. */
function readSections(name: string, bytes: Uint8Array, dv: DataView): ObjSection[] {
  const shoff = dv.getUint32(32, true);
  const shentsize = dv.getUint16(46, true);
  const shnum = dv.getUint16(48, true);
  const shstrndx = dv.getUint16(50, true);
  if (shoff === 0 || shnum === 0) throw new LinkError(`${name}: no section header table (or more than 65279 sections)`);
  if (shentsize < SHDR_SIZE) throw new LinkError(`${name}: bad section header size ${shentsize}`);
  inFile(name, bytes, shoff, shnum * shentsize, 'the section header table');
  const raw = [];
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize;
    const type = dv.getUint32(at + 4, true);
    const offset = dv.getUint32(at + 16, true);
    const size = dv.getUint32(at + 20, true);
    if (type !== SHT.NOBITS && i !== 0) inFile(name, bytes, offset, size, `section ${i}`);
    raw.push({
      nameOff: dv.getUint32(at, true), type, flags: dv.getUint32(at + 8, true), size,
      link: dv.getUint32(at + 24, true), info: dv.getUint32(at + 28, true), align: Math.max(1, dv.getUint32(at + 32, true)),
      data: type === SHT.NOBITS || i === 0 ? new Uint8Array(0) : bytes.subarray(offset, offset + size),
    });
  }
  if (shstrndx >= shnum) throw new LinkError(`${name}: section-name table index ${shstrndx} out of range`);
  const odd = raw.findIndex((r) => (r.align & (r.align - 1)) !== 0);
  if (odd >= 0) throw new LinkError(`${name}: section ${odd} has alignment ${raw[odd]!.align}, not a power of two`);
  const names = raw[shstrndx]!.data;
  return raw.map((r, index) => ({ index, name: cString(names, r.nameOff), type: r.type, flags: r.flags, size: r.size,
    link: r.link, info: r.info, align: r.align, data: r.data }));
}

/** Reads the symbol table `symtab` (its names from the string table it links to). */
function readSymbols(name: string, sections: ObjSection[], symtab: ObjSection): ObjSymbol[] {
  const strtab = sections[symtab.link];
  if (!strtab || strtab.type !== SHT.STRTAB) throw new LinkError(`${name}: symbol table links to a missing string table`);
  const d = symtab.data;
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const symbols: ObjSymbol[] = [];
  for (let at = 0; at + SYM_SIZE <= d.length; at += SYM_SIZE) {
    const info = d[at + 12]!;
    const sym = {
      name: cString(strtab.data, dv.getUint32(at, true)), value: dv.getUint32(at + 4, true), size: dv.getUint32(at + 8, true),
      bind: info >> 4, type: info & 0xf, shndx: dv.getUint16(at + 14, true),
    };
    if (sym.bind !== STB.LOCAL && sym.name === '') throw new LinkError(`${name}: global symbol ${symbols.length} has no name`);
    if (sym.shndx >= SHN.LORESERVE && sym.shndx !== SHN.ABS && sym.shndx !== SHN.COMMON) {
      throw new LinkError(`${name}: symbol ${sym.name || symbols.length} has unsupported section index 0x${sym.shndx.toString(16)}`);
    }
    if (sym.shndx !== SHN.UNDEF && sym.shndx < SHN.LORESERVE && sym.shndx >= sections.length) {
      throw new LinkError(`${name}: symbol ${sym.name || symbols.length} is in section ${sym.shndx}, which does not exist`);
    }
    symbols.push(sym);
  }
  return symbols;
}

/** Reads every SHT.RELA section, keyed by the section it applies to; SHT.REL is refused (RISC-V uses RELA only). */
function readRelocs(name: string, sections: ObjSection[], nsyms: number): Map<number, ObjReloc[]> {
  const out = new Map<number, ObjReloc[]>();
  for (const s of sections) {
    if (s.type === SHT.REL) throw new LinkError(`${name}: REL relocation section ${s.name} (RISC-V objects use RELA)`);
    if (s.type !== SHT.RELA) continue;
    if (s.info === 0 || s.info >= sections.length) throw new LinkError(`${name}: relocation section ${s.name} applies to missing section ${s.info}`);
    const dv = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    const list = out.get(s.info) ?? [];
    for (let at = 0; at + RELA_SIZE <= s.data.length; at += RELA_SIZE) {
      const info = dv.getUint32(at + 4, true);
      const rel = { offset: dv.getUint32(at, true), type: info & 0xff, sym: info >>> 8, addend: dv.getInt32(at + 8, true) };
      if (rel.sym >= nsyms) throw new LinkError(`${name}: relocation in ${s.name} refers to symbol ${rel.sym}, which does not exist`);
      list.push(rel);
    }
    out.set(s.info, list);
  }
  return out;
}

const utf8 = new TextDecoder();

/** The NUL-terminated string at `off` of a string table ('' when out of range). */
export function cString(table: Uint8Array, off: number): string {
  if (off >= table.length) return '';
  let end = off;
  while (end < table.length && table[end] !== 0) end++;
  return utf8.decode(table.subarray(off, end));
}

/** Relocation types (psABI "Relocations"); those the linker applies, plus the ones it names in errors. */
export const R_RISCV = {
  NONE: 0, R32: 1, BRANCH: 16, JAL: 17, CALL: 18, CALL_PLT: 19, GOT_HI20: 20, TLS_GOT_HI20: 21, TLS_GD_HI20: 22,
  PCREL_HI20: 23, PCREL_LO12_I: 24, PCREL_LO12_S: 25, HI20: 26, LO12_I: 27, LO12_S: 28,
  TPREL_HI20: 29, TPREL_LO12_I: 30, TPREL_LO12_S: 31, TPREL_ADD: 32,
  ADD8: 33, ADD16: 34, ADD32: 35, ADD64: 36, SUB8: 37, SUB16: 38, SUB32: 39, SUB64: 40,
  ALIGN: 43, RVC_BRANCH: 44, RVC_JUMP: 45, RELAX: 51, SUB6: 52, SET6: 53, SET8: 54, SET16: 55, SET32: 56, R32_PCREL: 57,
} as const;

const RELOC_NAMES: Record<number, string> = {
  0: 'NONE', 1: '32', 2: '64', 3: 'RELATIVE', 4: 'COPY', 5: 'JUMP_SLOT', 6: 'TLS_DTPMOD32', 7: 'TLS_DTPMOD64',
  8: 'TLS_DTPREL32', 9: 'TLS_DTPREL64', 10: 'TLS_TPREL32', 11: 'TLS_TPREL64', 12: 'TLSDESC', 16: 'BRANCH', 17: 'JAL',
  18: 'CALL', 19: 'CALL_PLT', 20: 'GOT_HI20', 21: 'TLS_GOT_HI20', 22: 'TLS_GD_HI20', 23: 'PCREL_HI20',
  24: 'PCREL_LO12_I', 25: 'PCREL_LO12_S', 26: 'HI20', 27: 'LO12_I', 28: 'LO12_S', 29: 'TPREL_HI20', 30: 'TPREL_LO12_I',
  31: 'TPREL_LO12_S', 32: 'TPREL_ADD', 33: 'ADD8', 34: 'ADD16', 35: 'ADD32', 36: 'ADD64', 37: 'SUB8', 38: 'SUB16',
  39: 'SUB32', 40: 'SUB64', 41: 'GNU_VTINHERIT', 42: 'GNU_VTENTRY', 43: 'ALIGN', 44: 'RVC_BRANCH', 45: 'RVC_JUMP',
  46: 'RVC_LUI', 47: 'GPREL_I', 48: 'GPREL_S', 49: 'TPREL_I', 50: 'TPREL_S', 51: 'RELAX', 52: 'SUB6', 53: 'SET6',
  54: 'SET8', 55: 'SET16', 56: 'SET32', 57: '32_PCREL', 58: 'IRELATIVE', 59: 'PLT32', 60: 'SET_ULEB128', 61: 'SUB_ULEB128',
  62: 'TLSDESC_HI20', 63: 'TLSDESC_LOAD_LO12', 64: 'TLSDESC_ADD_LO12', 65: 'TLSDESC_CALL',
};

/** The psABI name of relocation type `type`, e.g. "R_RISCV_CALL". */
export function relocName(type: number): string {
  return `R_RISCV_${RELOC_NAMES[type] ?? type}`;
}

/** Why a field could not be patched; null when it was. */
export type PatchProblem = null | 'unsupported' | 'out of range' | 'misaligned' | 'past the end of the section';

/** Field width in bytes and signed range [lo, hi) (with required alignment) of each relocation the linker applies. */
const FIELDS: Record<number, { width: number; range?: [number, number]; even?: boolean }> = {
  [R_RISCV.R32]: { width: 4 }, [R_RISCV.R32_PCREL]: { width: 4 },
  [R_RISCV.HI20]: { width: 4 }, [R_RISCV.LO12_I]: { width: 4 }, [R_RISCV.LO12_S]: { width: 4 },
  [R_RISCV.PCREL_HI20]: { width: 4 }, [R_RISCV.PCREL_LO12_I]: { width: 4 }, [R_RISCV.PCREL_LO12_S]: { width: 4 },
  [R_RISCV.TPREL_HI20]: { width: 4 }, [R_RISCV.TPREL_LO12_I]: { width: 4 }, [R_RISCV.TPREL_LO12_S]: { width: 4 },
  [R_RISCV.CALL]: { width: 8 }, [R_RISCV.CALL_PLT]: { width: 8 },
  [R_RISCV.JAL]: { width: 4, range: [-(1 << 20), 1 << 20], even: true },
  [R_RISCV.BRANCH]: { width: 4, range: [-(1 << 12), 1 << 12], even: true },
  [R_RISCV.RVC_JUMP]: { width: 2, range: [-(1 << 11), 1 << 11], even: true },
  [R_RISCV.RVC_BRANCH]: { width: 2, range: [-(1 << 8), 1 << 8], even: true },
  [R_RISCV.ADD8]: { width: 1 }, [R_RISCV.ADD16]: { width: 2 }, [R_RISCV.ADD32]: { width: 4 },
  [R_RISCV.SUB6]: { width: 1 }, [R_RISCV.SUB8]: { width: 1 }, [R_RISCV.SUB16]: { width: 2 }, [R_RISCV.SUB32]: { width: 4 },
  [R_RISCV.SET6]: { width: 1 }, [R_RISCV.SET8]: { width: 1 }, [R_RISCV.SET16]: { width: 2 }, [R_RISCV.SET32]: { width: 4 },
};

/**
 * Patches the field of relocation `type` at `off` of `data` with `value`:
 * the finished S+A (absolute), S+A-P (PC-relative, and the AUIPC's value for
 * PCREL_LO12), or S+A-tp (TPREL), as the linker computed it.
 */
export function patchField(data: Uint8Array, off: number, type: number, value: number): PatchProblem {
  const f = FIELDS[type];
  if (!f) return 'unsupported';
  if (off + f.width > data.length) return 'past the end of the section';
  if (f.range && (value < f.range[0] || value >= f.range[1])) return 'out of range';
  if (f.even && (value & 1) !== 0) return 'misaligned';
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (f.width === 1) data[off] = patchByte(type, data[off]!, value);
  else if (f.width === 2) dv.setUint16(off, patchHalf(type, dv.getUint16(off, true), value), true);
  else if (f.width === 8) patchCall(dv, off, value);
  else dv.setUint32(off, patchWord(type, dv.getUint32(off, true), value) >>> 0, true);
  return null;
}

/** The 20-bit upper immediate that, with a sign-extended 12-bit lower part, adds up to v. */
function hi20(v: number): number {
  return ((v + 0x800) >>> 12) & 0xfffff;
}

/** I-type immediate (bits 31:20). */
function encodeI(insn: number, v: number): number {
  return (insn & 0x000fffff) | ((v & 0xfff) << 20);
}

/** S-type immediate (imm[11:5] at 31:25, imm[4:0] at 11:7). */
function encodeS(insn: number, v: number): number {
  return (insn & 0x01fff07f) | (((v >> 5) & 0x7f) << 25) | ((v & 0x1f) << 7);
}

/** One 32-bit field: data words, U/I/S immediates, B- and J-type offsets. */
function patchWord(type: number, insn: number, v: number): number {
  switch (type) {
    case R_RISCV.R32: case R_RISCV.R32_PCREL: case R_RISCV.SET32: return v;
    case R_RISCV.ADD32: return insn + v;
    case R_RISCV.SUB32: return insn - v;
    case R_RISCV.HI20: case R_RISCV.PCREL_HI20: case R_RISCV.TPREL_HI20: return (insn & 0xfff) | (hi20(v) << 12);
    case R_RISCV.LO12_I: case R_RISCV.PCREL_LO12_I: case R_RISCV.TPREL_LO12_I: return encodeI(insn, v);
    case R_RISCV.LO12_S: case R_RISCV.PCREL_LO12_S: case R_RISCV.TPREL_LO12_S: return encodeS(insn, v);
    case R_RISCV.BRANCH:
      return (insn & 0x01fff07f) | (((v >> 12) & 1) << 31) | (((v >> 5) & 0x3f) << 25) | (((v >> 1) & 0xf) << 8) | (((v >> 11) & 1) << 7);
    default: // R_RISCV.JAL
      return (insn & 0xfff) | (((v >> 20) & 1) << 31) | (((v >> 1) & 0x3ff) << 21) | (((v >> 11) & 1) << 20) | (((v >> 12) & 0xff) << 12);
  }
}

/** One 16-bit field: data halves and the compressed CJ/CB offsets. */
function patchHalf(type: number, old: number, v: number): number {
  switch (type) {
    case R_RISCV.SET16: return v & 0xffff;
    case R_RISCV.ADD16: return (old + v) & 0xffff;
    case R_RISCV.SUB16: return (old - v) & 0xffff;
    case R_RISCV.RVC_JUMP: // offset[11|4|9:8|10|6|7|3:1|5] in bits 12:2
      return (old & 0xe003) | (((v >> 11) & 1) << 12) | (((v >> 4) & 1) << 11) | (((v >> 8) & 3) << 9) | (((v >> 10) & 1) << 8)
        | (((v >> 6) & 1) << 7) | (((v >> 7) & 1) << 6) | (((v >> 1) & 7) << 3) | (((v >> 5) & 1) << 2);
    default: // R_RISCV.RVC_BRANCH: offset[8|4:3] in bits 12:10, offset[7:6|2:1|5] in bits 6:2
      return (old & 0xe383) | (((v >> 8) & 1) << 12) | (((v >> 3) & 3) << 10) | (((v >> 6) & 3) << 5) | (((v >> 1) & 3) << 3)
        | (((v >> 5) & 1) << 2);
  }
}

/** One byte field: ADD8/SUB8/SET8 and the 6-bit SUB6/SET6 (the top two bits are kept). */
function patchByte(type: number, old: number, v: number): number {
  switch (type) {
    case R_RISCV.SET8: return v & 0xff;
    case R_RISCV.ADD8: return (old + v) & 0xff;
    case R_RISCV.SUB8: return (old - v) & 0xff;
    case R_RISCV.SET6: return (old & 0xc0) | (v & 0x3f);
    default: return (old & 0xc0) | ((old - v) & 0x3f); // R_RISCV.SUB6
  }
}

/** CALL/CALL_PLT: an AUIPC and the JALR after it, together reaching value (any 32-bit offset on RV32). */
function patchCall(dv: DataView, off: number, v: number): void {
  dv.setUint32(off, ((dv.getUint32(off, true) & 0xfff) | (hi20(v) << 12)) >>> 0, true);
  dv.setUint32(off + 4, encodeI(dv.getUint32(off + 4, true), v) >>> 0, true);
}

/** One PT_LOAD segment of an executable: `bytes` in the file (fileSize of them), zeros up to memSize. */
export interface OutSegment { vaddr: number; fileSize: number; memSize: number; flags: number; bytes: Uint8Array }

/** One allocated section header of an executable, inside segment `segment`. */
export interface OutSection { name: string; type: number; flags: number; addr: number; size: number; align: number; segment: number }

/** One symbol of an executable; `section` indexes ExecutableSpec.sections (null: SHN.ABS). Locals come first. */
export interface OutSymbol { name: string; value: number; size: number; bind: number; type: number; section: number | null }

/** Everything `writeExecutable` puts in the file. */
export interface ExecutableSpec {
  entry: number;
  /** e_flags. */
  flags: number;
  segments: OutSegment[];
  /** The PT_TLS range, inside segment `segment`. */
  tls: { vaddr: number; fileSize: number; memSize: number; align: number; segment: number } | null;
  sections: OutSection[];
  symbols: OutSymbol[];
}

const PHDR_SIZE = 32;
const PAGE = 4096;
const PT_LOAD = 1;
const PT_TLS = 7;
/** PT_TLS is readable and writable, as GNU ld marks it. */
const PF_RW = 6;

/** A string table under construction (offset 0 is the empty string). */
class StringTable {
  private readonly parts: Uint8Array[] = [new Uint8Array(1)];
  private length = 1;
  private readonly offsets = new Map<string, number>([['', 0]]);

  /** The offset of `s`, adding it on first use. */
  add(s: string): number {
    let off = this.offsets.get(s);
    if (off === undefined) {
      const bytes = new TextEncoder().encode(`${s}\0`);
      off = this.length;
      this.parts.push(bytes);
      this.length += bytes.length;
      this.offsets.set(s, off);
    }
    return off;
  }

  /** The finished table. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/** A file-only section (.symtab, .strtab, .shstrtab) placed after the segments. */
interface FileSection { name: string; type: number; offset: number; data: Uint8Array; link: number; info: number; entsize: number }

/**
 * Writes an ELF32 RISC-V executable (gABI "ELF Header", "Program Header"):
 * the headers, each segment at a file offset congruent to its address
 * modulo the page size (as loaders map pages, and GNU ld lays files out),
 * PT_TLS last, then the symbol and string tables and the section headers.
 */
export function writeExecutable(spec: ExecutableSpec): Uint8Array {
  const phnum = spec.segments.length + (spec.tls ? 1 : 0);
  let off = EHDR_SIZE + phnum * PHDR_SIZE;
  const segOffsets = spec.segments.map((seg) => {
    off += (((seg.vaddr - off) % PAGE) + PAGE) % PAGE;
    const at = off;
    off += seg.fileSize;
    return at;
  });
  const { symtab, strtab } = symbolTable(spec);
  const first = spec.sections.length + 1;
  const files: FileSection[] = [];
  const place = (name: string, type: number, data: Uint8Array, link = 0, info = 0, entsize = 0): void => {
    off = (off + 3) & ~3;
    files.push({ name, type, offset: off, data, link, info, entsize });
    off += data.length;
  };
  place('.symtab', SHT.SYMTAB, symtab, first + 1, spec.symbols.filter((s) => s.bind === STB.LOCAL).length + 1, SYM_SIZE);
  place('.strtab', SHT.STRTAB, strtab);
  const names = new StringTable();
  for (const s of [...spec.sections, ...files, { name: '.shstrtab' }]) names.add(s.name);
  place('.shstrtab', SHT.STRTAB, names.bytes());
  const shoff = (off + 3) & ~3;
  const out = new Uint8Array(shoff + (first + files.length) * SHDR_SIZE);
  const dv = new DataView(out.buffer);
  writeElfHeader(dv, spec, phnum, shoff, first + files.length);
  writeProgramHeaders(dv, spec, segOffsets);
  spec.segments.forEach((seg, i) => out.set(seg.bytes.subarray(0, seg.fileSize), segOffsets[i]!));
  for (const f of files) out.set(f.data, f.offset);
  const rows = [
    ...spec.sections.map((s) => [names.add(s.name), s.type, s.flags, s.addr, segOffsets[s.segment]! + s.addr - spec.segments[s.segment]!.vaddr, s.size, 0, 0, s.align, 0]),
    ...files.map((f) => [names.add(f.name), f.type, 0, 0, f.offset, f.data.length, f.link, f.info, f.type === SHT.SYMTAB ? 4 : 1, f.entsize]),
  ];
  rows.forEach((fields, i) => fields.forEach((v, k) => dv.setUint32(shoff + (i + 1) * SHDR_SIZE + k * 4, v >>> 0, true)));
  return out;
}

/** ELF header: ELFCLASS32, little-endian, ET_EXEC, EM_RISCV; the section-name table is the last section. */
function writeElfHeader(dv: DataView, spec: ExecutableSpec, phnum: number, shoff: number, shnum: number): void {
  [0x7f, 0x45, 0x4c, 0x46, 1, 1, 1].forEach((b, i) => dv.setUint8(i, b));
  const halves: Array<[number, number]> = [[16, 2], [18, EM_RISCV], [40, EHDR_SIZE], [42, PHDR_SIZE], [44, phnum], [46, SHDR_SIZE], [48, shnum], [50, shnum - 1]];
  for (const [at, v] of halves) dv.setUint16(at, v, true);
  const words: Array<[number, number]> = [[20, 1], [24, spec.entry], [28, EHDR_SIZE], [32, shoff], [36, spec.flags]];
  for (const [at, v] of words) dv.setUint32(at, v >>> 0, true);
}

/** One PT_LOAD per segment (p_paddr = p_vaddr, p_align one page), then PT_TLS. */
function writeProgramHeaders(dv: DataView, spec: ExecutableSpec, segOffsets: number[]): void {
  const put = (i: number, fields: number[]): void => {
    fields.forEach((v, k) => dv.setUint32(EHDR_SIZE + i * PHDR_SIZE + k * 4, v >>> 0, true));
  };
  spec.segments.forEach((s, i) => put(i, [PT_LOAD, segOffsets[i]!, s.vaddr, s.vaddr, s.fileSize, s.memSize, s.flags, PAGE]));
  const tls = spec.tls;
  if (!tls) return;
  const offset = segOffsets[tls.segment]! + tls.vaddr - spec.segments[tls.segment]!.vaddr;
  put(spec.segments.length, [PT_TLS, offset, tls.vaddr, tls.vaddr, tls.fileSize, tls.memSize, PF_RW, tls.align]);
}

/** .symtab and .strtab: the null symbol, then `spec.symbols` (locals first, as the gABI requires). */
function symbolTable(spec: ExecutableSpec): { symtab: Uint8Array; strtab: Uint8Array } {
  const strings = new StringTable();
  const symtab = new Uint8Array((spec.symbols.length + 1) * SYM_SIZE);
  const dv = new DataView(symtab.buffer);
  spec.symbols.forEach((s, i) => {
    const at = (i + 1) * SYM_SIZE;
    dv.setUint32(at, strings.add(s.name), true);
    dv.setUint32(at + 4, s.value >>> 0, true);
    dv.setUint32(at + 8, s.size >>> 0, true);
    dv.setUint8(at + 12, (s.bind << 4) | s.type);
    dv.setUint16(at + 14, s.section === null ? SHN.ABS : s.section + 1, true);
  });
  return { symtab, strtab: strings.bytes() };
}
