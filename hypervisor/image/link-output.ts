/**
 * The linker's output: final symbol addresses, every relocation applied to
 * the live sections' contents (range-checked), the per-object size table,
 * and the description of the executable the ELF writer turns into bytes.
 */
import {
  EF_RISCV, type ExecutableSpec, LinkError, type ObjReloc, type OutSection, type OutSymbol, patchField, R_RISCV, relocName, SHF,
  SHN, SHT, STB, STT,
} from './elf-object.js';
import type { ObjectSize } from './link.js';
import type { Layout } from './link-layout.js';
import { hex, where, type Ctx, type Global, type Group, type Obj, type Section } from './link-model.js';

/** The section a global is defined in (null for absolute ones), or undefined when it is not defined. */
function definingSection(g: Global): Section | null | undefined {
  if (g.kind === 'common') return g.section!;
  if (g.kind !== 'def') return undefined;
  if (g.sym!.shndx >= SHN.LORESERVE) return null;
  return g.obj!.sections[g.sym!.shndx] ?? undefined;
}

/** Final addresses of every global that made it to the output, and of the linker-defined symbols inputs left undefined. */
export function outputSymbols(ctx: Ctx, marks: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of ctx.globals.values()) {
    if (g.kind === 'abs') out.set(g.name, g.value);
    const s = definingSection(g);
    if (s === null) out.set(g.name, g.sym!.value);
    else if (s?.live) out.set(g.name, (s.addr + (g.kind === 'def' ? g.sym!.value : 0)) >>> 0);
  }
  for (const [name, value] of marks) if (!out.has(name)) out.set(name, value >>> 0);
  return out;
}

/** Where a relocation's symbol ended up. */
interface Target { name: string; addr: number; section: Section | null }

/** Resolves the symbol of relocation `r` in `s` to its final address (0 for an undefined weak one). */
function target(ctx: Ctx, s: Section, r: ObjReloc, marks: Map<string, number>): Target {
  if (r.sym === 0) return { name: '', addr: 0, section: null }; // no symbol: the addend alone
  const sym = s.obj.elf.symbols[r.sym]!;
  const name = sym.type === STT.SECTION ? s.obj.elf.sections[sym.shndx]?.name ?? '' : sym.name;
  if (sym.bind !== STB.LOCAL) {
    const g = ctx.globals.get(sym.name)!;
    if (g.kind === 'abs') return { name, addr: g.value, section: null };
    if (g.kind === 'undef') return { name, addr: marks.get(sym.name) ?? 0, section: null };
    return placed(s, r, name, definingSection(g), g.kind === 'def' ? g.sym!.value : 0);
  }
  if (sym.shndx === SHN.ABS) return { name, addr: sym.value, section: null };
  return placed(s, r, name, sym.shndx === SHN.UNDEF ? undefined : s.obj.sections[sym.shndx], sym.value);
}

/** A target inside section `t` at `offset`; LinkError when `t` did not make it to the output. */
function placed(s: Section, r: ObjReloc, name: string, t: Section | null | undefined, offset: number): Target {
  if (t === null) return { name, addr: offset, section: null };
  if (!t?.live) throw new LinkError(`${relocName(r.type)} in ${where(s, r.offset)} refers to ${name}, which is in a discarded section`);
  return { name, addr: t.addr + offset, section: t };
}

/** Applies every relocation of a live section to its (private) contents. */
export function relocateSection(ctx: Ctx, s: Section, marks: Map<string, number>): void {
  for (const r of s.relocs) {
    if (r.type === R_RISCV.NONE || r.type === R_RISCV.RELAX || r.type === R_RISCV.TPREL_ADD) continue;
    const t = target(ctx, s, r, marks);
    const value = relocationValue(ctx, s, r, t, marks);
    const problem = patchField(s.data!, r.offset, r.type, value);
    if (problem === 'unsupported') throw new LinkError(`unsupported relocation ${relocName(r.type)} in ${where(s, r.offset)}`);
    if (problem) {
      const off = value < 0 ? `-0x${hex(-value)}` : `0x${hex(value)}`;
      throw new LinkError(`relocation ${problem}: ${relocName(r.type)} in ${where(s, r.offset)} to ${t.name || 'address 0'} (offset ${off})`);
    }
  }
}

/** The value a relocation patches in: S+A, S+A-P, the AUIPC's S+A-P for PCREL_LO12, or S+A-tp for TPREL. */
function relocationValue(ctx: Ctx, s: Section, r: ObjReloc, t: Target, marks: Map<string, number>): number {
  const sa = (t.addr + r.addend) | 0;
  const p = s.addr + r.offset;
  switch (r.type) {
    case R_RISCV.BRANCH: case R_RISCV.JAL: case R_RISCV.CALL: case R_RISCV.CALL_PLT: case R_RISCV.PCREL_HI20:
    case R_RISCV.RVC_BRANCH: case R_RISCV.RVC_JUMP: case R_RISCV.R32_PCREL:
      return (sa - p) | 0;
    case R_RISCV.PCREL_LO12_I: case R_RISCV.PCREL_LO12_S:
      return pcrelHi(ctx, s, r, t, marks);
    case R_RISCV.TPREL_HI20: case R_RISCV.TPREL_LO12_I: case R_RISCV.TPREL_LO12_S:
      if (t.section?.group !== 'tdata' && t.section?.group !== 'tbss') {
        throw new LinkError(`${relocName(r.type)} in ${where(s, r.offset)} refers to ${t.name}, which is not thread-local`);
      }
      return (sa - marks.get('__tls_base')!) | 0;
    default:
      return sa;
  }
}

/** The relocations of `s` that can start a PC-relative pair, by offset (built once per section). */
function hiRelocs(ctx: Ctx, s: Section): Map<number, ObjReloc> {
  let map = ctx.hiRelocs.get(s);
  if (!map) {
    map = new Map();
    for (const r of s.relocs) if (r.type !== R_RISCV.RELAX && !map.has(r.offset)) map.set(r.offset, r);
    ctx.hiRelocs.set(s, map);
  }
  return map;
}

/**
 * PCREL_LO12: its symbol labels the AUIPC whose PCREL_HI20 it completes
 * (psABI "PC-relative symbol addresses"); the low part is that pair's S+A-P.
 */
function pcrelHi(ctx: Ctx, s: Section, r: ObjReloc, label: Target, marks: Map<string, number>): number {
  const at = label.addr + r.addend;
  const sec = label.section;
  const hi = sec ? hiRelocs(ctx, sec).get(at - sec.addr) : undefined;
  if (!sec || !hi) throw new LinkError(`${relocName(r.type)} in ${where(s, r.offset)}: no R_RISCV_PCREL_HI20 at ${label.name}`);
  if (hi.type !== R_RISCV.PCREL_HI20) throw new LinkError(`unsupported relocation ${relocName(hi.type)} in ${where(sec, hi.offset)}`);
  return ((target(ctx, sec, hi, marks).addr + hi.addend - at) | 0);
}

const FLOAT_ABIS = ['soft-float', 'single-float', 'double-float', 'quad-float'];

/** e_flags of the output: RVC if any input has it; the float ABI and RVE, which every input must share. */
function mergeFlags(ctx: Ctx): number {
  let flags = 0;
  let first: Obj | undefined;
  for (const obj of ctx.objects) {
    const f = obj.elf.flags;
    if (!first) first = obj;
    const abi = (fl: number): string => `${FLOAT_ABIS[(fl & EF_RISCV.FLOAT_ABI) >> 1]}${fl & EF_RISCV.RVE ? ' RV32E' : ''}`;
    if ((f ^ first.elf.flags) & (EF_RISCV.FLOAT_ABI | EF_RISCV.RVE)) {
      throw new LinkError(`ABI mismatch: ${first.name} is ${abi(first.elf.flags)}, ${obj.name} is ${abi(f)}`);
    }
    flags |= f & (EF_RISCV.RVC | EF_RISCV.FLOAT_ABI | EF_RISCV.RVE);
  }
  return flags;
}

/** Which size column each group counts in. */
const SIZE_COLUMN: Record<Group, 'text' | 'rodata' | 'data' | 'bss'> = {
  text: 'text', rodata: 'rodata', data: 'data', preinit: 'data', init: 'data', fini: 'data', sdata: 'data', tdata: 'data',
  tbss: 'bss', sbss: 'bss', bss: 'bss',
};

/** Bytes of live sections per loaded object (COMMON blocks count for the object that declared the largest). */
export function objectSizes(ctx: Ctx): ObjectSize[] {
  const rows = new Map(ctx.objects.map((o) => [o, { name: o.name, text: 0, rodata: 0, data: 0, bss: 0 }]));
  for (const s of ctx.sections) if (s.live) rows.get(s.obj)![SIZE_COLUMN[s.group]] += s.size;
  return [...rows.values()];
}

/** Output section header of each group: name, sh_type, sh_flags. */
const GROUP_HEADERS: Record<Group, [string, number, number]> = {
  text: ['.text', SHT.PROGBITS, SHF.ALLOC | SHF.EXECINSTR], rodata: ['.rodata', SHT.PROGBITS, SHF.ALLOC],
  data: ['.data', SHT.PROGBITS, SHF.WRITE | SHF.ALLOC], preinit: ['.preinit_array', SHT.PREINIT_ARRAY, SHF.WRITE | SHF.ALLOC],
  init: ['.init_array', SHT.INIT_ARRAY, SHF.WRITE | SHF.ALLOC], fini: ['.fini_array', SHT.FINI_ARRAY, SHF.WRITE | SHF.ALLOC],
  sdata: ['.sdata', SHT.PROGBITS, SHF.WRITE | SHF.ALLOC], tdata: ['.tdata', SHT.PROGBITS, SHF.WRITE | SHF.ALLOC | SHF.TLS],
  tbss: ['.tbss', SHT.NOBITS, SHF.WRITE | SHF.ALLOC | SHF.TLS], sbss: ['.sbss', SHT.NOBITS, SHF.WRITE | SHF.ALLOC],
  bss: ['.bss', SHT.NOBITS, SHF.WRITE | SHF.ALLOC],
};

/** Describes the output for the ELF writer: segment bytes, one section header per non-empty group, the symbol table. */
export function executable(ctx: Ctx, layout: Layout, entry: number, symbols: Map<string, number>): ExecutableSpec {
  const segments = layout.segments.map((seg) => ({ ...seg, bytes: new Uint8Array(seg.fileSize) }));
  const sections: OutSection[] = [];
  const sectionOf = new Map<Group, number>();
  for (const [group, g] of layout.groups) {
    if (g.end === g.start) continue; // empty (or only empty sections): no header, and maybe no segment
    const [name, type, flags] = GROUP_HEADERS[group];
    const segment = layout.segmentOf[g.segment]!;
    sectionOf.set(group, sections.length);
    sections.push({ name, type, flags, addr: g.start, size: g.end - g.start, align: Math.max(...g.sections.map((s) => s.align)), segment });
    for (const s of g.sections) if (s.data) segments[segment]!.bytes.set(s.data, s.addr - segments[segment]!.vaddr);
  }
  const tls = layout.tls ? { ...layout.tls, segment: layout.segmentOf[2]! } : null;
  return { entry, flags: mergeFlags(ctx), segments, tls, sections, symbols: outputSymbolTable(ctx, symbols, (g) => sectionOf.get(g) ?? null) };
}

/**
 * The output .symtab: named local functions and objects of live sections
 * (for disassemblers), then every global of `symbols`; absolute and
 * linker-defined symbols are SHN.ABS.
 */
function outputSymbolTable(ctx: Ctx, symbols: Map<string, number>, sectionOf: (g: Group) => number | null): OutSymbol[] {
  const entries: OutSymbol[] = [];
  for (const obj of ctx.objects) {
    for (const sym of obj.elf.symbols) {
      const s = sym.bind === STB.LOCAL && sym.shndx < SHN.LORESERVE ? obj.sections[sym.shndx] : null;
      if (!s?.live || sym.type > STT.TLS || sym.type === STT.SECTION || sym.type === STT.FILE || /^(\.L|\$|$)/.test(sym.name)) continue;
      entries.push({ name: sym.name, value: s.addr + sym.value, size: sym.size, bind: STB.LOCAL, type: sym.type, section: sectionOf(s.group) });
    }
  }
  for (const [name, value] of symbols) {
    const g = ctx.globals.get(name);
    const s = g ? definingSection(g) : undefined;
    const common = g?.kind === 'common';
    entries.push({
      name, value, size: common ? g.value : s ? g!.sym!.size : 0, bind: g?.kind === 'def' && g.weak ? STB.WEAK : STB.GLOBAL,
      type: common ? STT.OBJECT : s ? g!.sym!.type : STT.NOTYPE, section: s ? sectionOf(s.group) : null,
    });
  }
  return entries;
}
