/**
 * A static linker for RV32 unikernels, in plain TypeScript so the same code
 * links in Node and in the browser: relocatable objects and `ar` archives in,
 * a bootable ELF32 executable out (System V gABI; RISC-V psABI).
 *
 * It does what GNU ld does with a small linker script and --gc-sections:
 * objects given directly are loaded, archive members on demand; symbols are
 * resolved by the strong/weak/common rules; sections unreachable from the
 * entry, the `keep` symbols and the init/fini arrays are dropped; the rest
 * are laid out in three page-aligned segments (text R-X at `base`, rodata
 * R--, data RW- with TLS and bss), relocated, and written with a PT_TLS
 * header and a small section header table. No relaxation is done; the NOP
 * padding R_RISCV_ALIGN marks is trimmed to what the final alignment needs.
 */
import { isArchive, parseArchive, type Archive } from './archive.js';
import {
  EF_RISCV, type ElfObject, type ExecutableSpec, LinkError, type ObjReloc, type ObjSection, type ObjSymbol, type OutSection,
  type OutSymbol, parseObject, patchField, R_RISCV, relocName, SHF, SHN, SHT, STB, STT, writeExecutable,
} from './elf-object.js';

export { LinkError } from './elf-object.js';

/** One input file: a relocatable object, or an archive (recognised by its magic "!<arch>\n"). */
export interface LinkInput { name: string; data: Uint8Array }

/** What to link and where. */
export interface LinkOptions {
  /** Entry symbol, e.g. '_start'. */
  entry: string;
  /** Address of the first byte of the text segment, e.g. 0x80400000. */
  base: number;
  /** Extra garbage-collection roots (symbols), besides the entry; like `-u`, they also pull archive members. */
  keep?: string[];
  /** Absolute symbols (like --defsym); they take precedence over definitions in the inputs. */
  defsym?: Record<string, number>;
}

/** Bytes one input object (archive members as "libc.a(printf.o)") contributes after garbage collection. */
export interface ObjectSize { name: string; text: number; rodata: number; data: number; bss: number }

/** The linked executable and what went into it. */
export interface LinkResult {
  /** The ELF32 executable file. */
  image: Uint8Array;
  entry: number;
  /** Every global symbol of the output (input definitions, linker-defined symbols, defsyms) by address. */
  symbols: Map<string, number>;
  /** One row per loaded object, in load order. */
  sizes: ObjectSize[];
  /** The PT_LOAD segments; flags are PF_R/PF_W/PF_X. */
  segments: Array<{ vaddr: number; fileSize: number; memSize: number; flags: number }>;
}

/** Output section groups, in address order; each belongs to one segment. */
type Group = 'text' | 'rodata' | 'data' | 'preinit' | 'init' | 'fini' | 'sdata' | 'tdata' | 'tbss' | 'sbss' | 'bss';

/** An input section that can go to the output. */
interface Section {
  obj: Obj;
  /** Index in its object (-1 for a COMMON block). */
  index: number;
  name: string;
  group: Group;
  /** Sort key within the group (input order breaks ties). */
  rank: number;
  seq: number;
  align: number;
  size: number;
  /** Contents (a private copy once live); null for SHT.NOBITS. */
  data: Uint8Array | null;
  relocs: ObjReloc[];
  live: boolean;
  addr: number;
}

/** A loaded input object. */
interface Obj {
  name: string;
  elf: ElfObject;
  /** Output candidates by section index; null for sections that never reach the output. */
  sections: Array<Section | null>;
}

/** A global symbol as resolved so far. */
interface Global {
  name: string;
  kind: 'undef' | 'def' | 'common' | 'abs';
  /** For 'def': a weak definition, which a strong one replaces. */
  weak: boolean;
  /** For 'def': the defining object and symbol; for 'common': the object and symbol with the largest block. */
  obj?: Obj;
  sym?: ObjSymbol;
  /** For 'abs': the value. For 'common': the block size. */
  value: number;
  commonAlign: number;
  /** For 'common': its bss block once created. */
  section?: Section;
  /** Some input references it without STB.WEAK (so archive members are loaded for it). */
  strongRef: boolean;
}

/** State of one link. */
interface Ctx {
  opts: LinkOptions;
  objects: Obj[];
  globals: Map<string, Global>;
  sections: Section[];
  /** First undefined strong reference to each missing symbol, as a message. */
  undefinedRefs: Map<string, string>;
  /** Relocations by offset of sections PCREL_LO12 relocations point into. */
  hiRelocs: Map<Section, Map<number, ObjReloc>>;
}

const PAGE = 4096;
/** Largest file-backed segment written (alignment gaps in a damaged object could otherwise ask for gigabytes). */
const MAX_FILE_BYTES = 64 << 20;
/** Symbols the layout defines (unless an input does); references to them are not undefined. */
const LINKER_SYMBOLS = new Set([
  '__global_pointer$', '__bss_start', '__bss_end', '__tdata_start', '__tdata_end', '__tbss_start', '__tbss_end', '__tls_base',
  '__tls_align', '__tls_size', '__preinit_array_start', '__preinit_array_end', '__init_array_start', '__init_array_end',
  '__fini_array_start', '__fini_array_end', '__text_start', '__text_end', '__data_start', '__end', '_end',
]);

/** Links `inputs` into an executable; LinkError on any problem with the inputs. */
export function link(inputs: LinkInput[], opts: LinkOptions): LinkResult {
  const ctx: Ctx = { opts, objects: [], globals: new Map(), sections: [], undefinedRefs: new Map(), hiRelocs: new Map() };
  for (const [name, value] of Object.entries(opts.defsym ?? {})) {
    global(ctx, name).kind = 'abs';
    global(ctx, name).value = value >>> 0;
  }
  for (const name of [opts.entry, ...(opts.keep ?? [])]) global(ctx, name).strongRef = true;
  loadInputs(ctx, inputs);
  createCommons(ctx);
  markLive(ctx);
  for (const s of ctx.sections) if (s.live && s.data) s.data = s.data.slice();
  for (const s of ctx.sections) if (s.live) trimAlignPadding(s);
  const layout = layoutSections(ctx);
  const symbols = outputSymbols(ctx, layout.marks);
  for (const s of ctx.sections) if (s.live && s.data) relocateSection(ctx, s, layout.marks);
  const entry = symbols.get(opts.entry)!;
  const image = writeExecutable(executable(ctx, layout, entry, symbols));
  return { image, entry, symbols, sizes: objectSizes(ctx), segments: layout.segments.map(({ vaddr, fileSize, memSize, flags }) => ({ vaddr, fileSize, memSize, flags })) };
}

/** The global named `name`, created undefined on first use. */
function global(ctx: Ctx, name: string): Global {
  let g = ctx.globals.get(name);
  if (!g) {
    g = { name, kind: 'undef', weak: false, value: 0, commonAlign: 1, strongRef: false };
    ctx.globals.set(name, g);
  }
  return g;
}

/** An archive and which of its members are loaded (and, without an index, what each defines). */
interface ArchiveInput { name: string; archive: Archive; loaded: boolean[]; defs: Array<string[] | null> }

/** Loads every object, then archive members for undefined symbols until no archive has any left to give. */
function loadInputs(ctx: Ctx, inputs: LinkInput[]): void {
  const archives: ArchiveInput[] = [];
  for (const input of inputs) {
    if (isArchive(input.data)) {
      const archive = parseArchive(input.name, input.data);
      archives.push({ name: input.name, archive, loaded: archive.members.map(() => false), defs: archive.members.map(() => null) });
    } else {
      addObject(ctx, parseObject(input.name, input.data));
    }
  }
  for (let progress = true; progress;) {
    progress = false;
    for (const a of archives) {
      while (loadMembers(ctx, a)) progress = true;
    }
  }
}

/** One pass over an archive in member order, loading each member that defines a wanted symbol; true when any was. */
function loadMembers(ctx: Ctx, a: ArchiveInput): boolean {
  let loaded = false;
  a.archive.members.forEach((m, i) => {
    if (a.loaded[i]) return;
    const name = `${baseName(a.name)}(${m.name})`;
    const defs = a.archive.indexed ? m.symbols : (a.defs[i] ??= definedNames(parseObject(name, m.data)));
    if (!defs.some((sym) => wanted(ctx, sym))) return;
    a.loaded[i] = true;
    loaded = true;
    addObject(ctx, parseObject(name, m.data));
  });
  return loaded;
}

/** True when `name` is referenced strongly and not yet defined (what makes ld load an archive member). */
function wanted(ctx: Ctx, name: string): boolean {
  const g = ctx.globals.get(name);
  return g !== undefined && g.kind === 'undef' && g.strongRef;
}

/** Global symbols an object defines (for archives without a symbol index). */
function definedNames(elf: ElfObject): string[] {
  return elf.symbols.filter((s) => s.bind !== STB.LOCAL && s.shndx !== SHN.UNDEF && s.shndx !== SHN.COMMON).map((s) => s.name);
}

/** The last path component of a file name. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Adds an object to the link: its output candidate sections and its global symbols. */
function addObject(ctx: Ctx, elf: ElfObject): void {
  const obj: Obj = { name: elf.name, elf, sections: [] };
  obj.sections = elf.sections.map((s) => candidate(ctx, obj, s));
  ctx.objects.push(obj);
  for (const sym of elf.symbols) {
    if (sym.bind !== STB.LOCAL) resolve(ctx, obj, sym);
  }
}

/** Applies GNU ld's rules to one global symbol of a newly loaded object. */
function resolve(ctx: Ctx, obj: Obj, sym: ObjSymbol): void {
  const g = global(ctx, sym.name);
  if (sym.shndx === SHN.UNDEF) {
    if (sym.bind !== STB.WEAK) g.strongRef = true;
    return;
  }
  if (sym.shndx === SHN.COMMON) return addCommon(g, obj, sym);
  const weak = sym.bind === STB.WEAK;
  if (g.kind === 'abs') return; // a defsym wins
  if (g.kind === 'def') {
    if (!g.weak && !weak) throw new LinkError(`duplicate symbol ${sym.name} (${g.obj!.name} and ${obj.name})`);
    if (!g.weak || weak) return;
  }
  if (g.kind === 'common' && weak) return;
  Object.assign(g, { kind: 'def', weak, obj, sym });
}

/** A COMMON symbol: the largest size and alignment win; any real definition replaces it. */
function addCommon(g: Global, obj: Obj, sym: ObjSymbol): void {
  if (g.kind === 'abs' || (g.kind === 'def' && !g.weak)) return;
  if (g.kind !== 'common') {
    Object.assign(g, { kind: 'common', obj, sym, value: sym.size, commonAlign: Math.max(1, sym.value) });
    return;
  }
  if (sym.size > g.value) Object.assign(g, { obj, sym, value: sym.size });
  g.commonAlign = Math.max(g.commonAlign, sym.value);
}

/** Gives each COMMON symbol its own bss (or, for TLS, tbss) block, attributed to the object that declared the largest one. */
function createCommons(ctx: Ctx): void {
  for (const g of ctx.globals.values()) {
    if (g.kind !== 'common') continue;
    g.section = {
      obj: g.obj!, index: -1, name: `COMMON(${g.name})`, group: g.sym!.type === STT.TLS ? 'tbss' : 'bss', rank: 3, seq: ctx.sections.length,
      align: g.commonAlign, size: g.value, data: null, relocs: [], live: false, addr: 0,
    };
    ctx.sections.push(g.section);
  }
}

/** Section names never copied to the output even when allocated. */
const DISCARDED = /^\.(note|eh_frame|comment|debug_|riscv\.attributes)/;

/** Wraps an input section as an output candidate, or null when it is discarded outright. */
function candidate(ctx: Ctx, obj: Obj, s: ObjSection): Section | null {
  if (s.index === 0 || (s.flags & SHF.ALLOC) === 0 || DISCARDED.test(s.name)) return null;
  const [group, rank] = classify(s);
  const section: Section = {
    obj, index: s.index, name: s.name, group, rank, seq: ctx.sections.length, align: s.align, size: s.size,
    data: s.type === SHT.NOBITS ? null : s.data, relocs: obj.elf.relocs.get(s.index) ?? [], live: false, addr: 0,
  };
  ctx.sections.push(section);
  return section;
}

/** The output group of an allocated section (by its flags, then its name) and its rank within the group. */
function classify(s: ObjSection): [Group, number] {
  const nobits = s.type === SHT.NOBITS;
  if (s.flags & SHF.TLS) return [nobits ? 'tbss' : 'tdata', 0];
  if (nobits) return prefixed(s.name, '.sbss') ? ['sbss', 0] : ['bss', prefixed(s.name, '.bss') ? 0 : 1]; // never file bytes
  if (s.flags & SHF.EXECINSTR) return ['text', textRank(s.name)];
  if ((s.flags & SHF.WRITE) === 0) return ['rodata', prefixed(s.name, '.rodata') ? 0 : prefixed(s.name, '.srodata') ? 1 : 2];
  for (const [name, group] of [['.preinit_array', 'preinit'], ['.init_array', 'init'], ['.fini_array', 'fini']] as const) {
    if (prefixed(s.name, name)) return [group, initPriority(s.name, name)];
  }
  if (prefixed(s.name, '.sdata')) return ['sdata', 0];
  return ['data', prefixed(s.name, '.data') ? 0 : 1];
}

/** True when `name` is `prefix` or starts with `prefix.` (as the input patterns `.x .x.*` match). */
function prefixed(name: string, prefix: string): boolean {
  return name === prefix || name.startsWith(`${prefix}.`);
}

/** Text order: entry code first, then unlikely, startup and the rest (as the runtime's bare.ld). */
function textRank(name: string): number {
  if (prefixed(name, '.text.entry') || prefixed(name, '.text.init.enter')) return 0;
  if (prefixed(name, '.text.unlikely')) return 2;
  if (prefixed(name, '.text.startup')) return 3;
  return 4;
}

/** SORT_BY_INIT_PRIORITY: `.init_array.N` by N, then the plain section. */
function initPriority(name: string, base: string): number {
  const n = Number.parseInt(name.slice(base.length + 1), 10);
  return name === base || Number.isNaN(n) ? 0x10000 : n;
}

/** Garbage collection: marks every section reachable by relocations from the roots; collects undefined references. */
function markLive(ctx: Ctx): void {
  const work: Section[] = [];
  const mark = (s: Section | null): void => {
    if (s && !s.live) {
      s.live = true;
      work.push(s);
    }
  };
  const entry = rootSection(ctx, ctx.opts.entry, `undefined entry symbol ${ctx.opts.entry}`);
  if (entry?.group === 'text') entry.rank = -1; // the entry's code goes first in the text segment
  mark(entry);
  for (const name of ctx.opts.keep ?? []) mark(rootSection(ctx, name, `undefined symbol ${name} (listed in keep)`));
  for (const s of ctx.sections) if (s.group === 'preinit' || s.group === 'init' || s.group === 'fini') mark(s);
  for (let s = work.pop(); s; s = work.pop()) {
    for (const r of s.relocs) if (r.sym !== 0) mark(referencedSection(ctx, s, r));
  }
  if (ctx.undefinedRefs.size) throw new LinkError([...ctx.undefinedRefs.values()].join('\n'));
}

/** The section defining root symbol `name` (null for an absolute one); LinkError `missing` when it is undefined. */
function rootSection(ctx: Ctx, name: string, missing: string): Section | null {
  const g = ctx.globals.get(name);
  if (!g || g.kind === 'undef') throw new LinkError(missing);
  if (g.kind === 'abs') return null;
  if (g.kind === 'common') return g.section!;
  if (g.sym!.shndx >= SHN.LORESERVE) return null;
  return g.obj!.sections[g.sym!.shndx] ?? null;
}

/** The section relocation `r` of `s` refers to; records an undefined strong reference. */
function referencedSection(ctx: Ctx, s: Section, r: ObjReloc): Section | null {
  const sym = s.obj.elf.symbols[r.sym]!;
  if (sym.bind === STB.LOCAL) return sym.shndx < SHN.LORESERVE ? s.obj.sections[sym.shndx] ?? null : null;
  const g = ctx.globals.get(sym.name)!;
  if (g.kind === 'undef') {
    if (sym.bind !== STB.WEAK && !LINKER_SYMBOLS.has(sym.name) && !ctx.undefinedRefs.has(sym.name)) {
      ctx.undefinedRefs.set(sym.name, `undefined symbol ${sym.name} (referenced from ${where(s, r.offset)})`);
    }
    return null;
  }
  if (g.kind === 'abs') return null;
  if (g.kind === 'common') return g.section!;
  return g.sym!.shndx < SHN.LORESERVE ? g.obj!.sections[g.sym!.shndx] ?? null : null;
}

/** "obj section+0xoff", for messages. */
function where(s: Section, offset: number): string {
  return `${s.obj.name} ${s.name}+0x${hex(offset)}`;
}

/** Lowercase hex without a prefix. */
function hex(v: number): string {
  return (v >>> 0).toString(16);
}

/**
 * R_RISCV_ALIGN (psABI "Relocations", as GNU ld's relaxation does it): the
 * assembler left `addend` bytes of NOPs at the relocation; keep only as many
 * as the alignment (the smallest power of two above the addend) needs and
 * delete the rest, moving later symbols and relocations of the section back.
 * The section is aligned at least that much, so offsets decide alone.
 */
function trimAlignPadding(s: Section): void {
  const aligns = s.relocs.filter((r) => r.type === R_RISCV.ALIGN).sort((a, b) => a.offset - b.offset);
  if (aligns.length === 0) return;
  if (!s.data) throw new LinkError(`R_RISCV_ALIGN in a section without contents: ${where(s, aligns[0]!.offset)}`);
  const cuts: Cut[] = [];
  let deleted = 0;
  for (const r of aligns) {
    let alignment = 1;
    while (alignment <= r.addend) alignment *= 2;
    const at = r.offset - deleted;
    const nops = ((at + alignment - 1) & -alignment) - at;
    if (r.addend < 0 || r.offset + r.addend > s.size || nops > r.addend) {
      throw new LinkError(`bad R_RISCV_ALIGN in ${where(s, r.offset)}: ${r.addend} bytes of padding cannot align to ${alignment}`);
    }
    s.align = Math.max(s.align, alignment);
    writeNops(s.data, r.offset, nops);
    if (r.addend > nops) cuts.push({ at: r.offset + nops, count: r.addend - nops });
    deleted += r.addend - nops;
  }
  s.relocs = s.relocs.filter((r) => r.type !== R_RISCV.ALIGN);
  deleteBytes(s, cuts);
}

/** A run of bytes to delete from a section, at an offset of the original section. */
interface Cut { at: number; count: number }

/**
 * Deletes `cuts` from section `s` and moves what follows each cut back: the
 * section's symbols (values and sizes), its relocation offsets, and addends
 * of relocations against its section symbol (offsets into it).
 */
function deleteBytes(s: Section, cuts: Cut[]): void {
  if (cuts.length === 0) return;
  const moved = (x: number): number => cuts.reduce((v, c) => (x > c.at ? v - Math.min(c.count, x - c.at) : v), x);
  s.data = s.data!.filter((_, i) => !cuts.some((c) => i >= c.at && i < c.at + c.count));
  s.size = s.data.length;
  const elf = s.obj.elf;
  for (const sym of elf.symbols) {
    if (sym.shndx !== s.index || sym.type === STT.SECTION) continue;
    const end = moved(sym.value + sym.size);
    sym.value = moved(sym.value);
    sym.size = end - sym.value;
  }
  for (const list of elf.relocs.values()) {
    for (const r of list) {
      const t = elf.symbols[r.sym]!;
      if (t.type === STT.SECTION && t.shndx === s.index) r.addend = moved(r.addend);
    }
  }
  for (const r of s.relocs) r.offset = moved(r.offset);
}

/** Fills `count` bytes at `off` with NOPs: `addi x0, x0, 0` words, then a `c.nop` for an odd half-word. */
function writeNops(data: Uint8Array, off: number, count: number): void {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let i = 0;
  for (; i + 4 <= count; i += 4) dv.setUint32(off + i, 0x00000013, true);
  if (i < count) dv.setUint16(off + i, 0x0001, true);
}

const PF_X = 1;
const PF_W = 2;
const PF_R = 4;

/** The three segments and the groups each holds, in address order. */
const SEGMENTS: Array<{ flags: number; groups: Group[] }> = [
  { flags: PF_R | PF_X, groups: ['text'] },
  { flags: PF_R, groups: ['rodata'] },
  { flags: PF_R | PF_W, groups: ['data', 'preinit', 'init', 'fini', 'sdata', 'tdata', 'tbss', 'sbss', 'bss'] },
];

/** Groups that take memory but no file bytes (NOLOAD). */
const NOBITS_GROUPS: ReadonlySet<Group> = new Set(['tbss', 'sbss', 'bss']);

/** One laid-out group: its address range and sections. */
interface GroupLayout { start: number; end: number; sections: Section[]; segment: number }

/** One PT_LOAD segment. */
interface SegmentLayout { vaddr: number; fileSize: number; memSize: number; flags: number }

/** Where everything went. */
interface Layout {
  segments: SegmentLayout[];
  /** Index into `segments` of each SEGMENTS entry (-1 when it came out empty). */
  segmentOf: number[];
  groups: Map<Group, GroupLayout>;
  /** The PT_TLS range (the TLS block tp points at), when there is TLS. */
  tls: { vaddr: number; fileSize: number; memSize: number; align: number } | null;
  /** Values of the linker-defined symbols. */
  marks: Map<string, number>;
}

/** Rounds v up to a multiple of the power of two `align`. */
function alignUp(v: number, align: number): number {
  return Math.ceil(v / align) * align;
}

/** Assigns addresses to every live section, segment by segment, from `base`. */
function layoutSections(ctx: Ctx): Layout {
  const live = ctx.sections.filter((s) => s.live).sort((a, b) => a.rank - b.rank || a.seq - b.seq);
  const tlsSections = live.filter((s) => s.group === 'tdata' || s.group === 'tbss');
  const tlsAlign = Math.max(1, ...tlsSections.map((s) => s.align));
  const layout: Layout = { segments: [], segmentOf: [], groups: new Map(), tls: null, marks: new Map() };
  let addr = ctx.opts.base >>> 0;
  SEGMENTS.forEach((seg, i) => {
    if (i > 0) addr = alignUp(addr, PAGE);
    const start = addr;
    let fileEnd = addr;
    for (const group of seg.groups) {
      if (group === 'tdata') addr = alignUp(addr, tlsAlign);
      if (group === 'tbss') addr = alignUp(addr, 16); // __bss_start: what crt0 clears starts here
      const g = placeGroup(live.filter((s) => s.group === group), addr, i);
      addr = g.end;
      if (addr > 0x1_0000_0000) throw new LinkError(`image does not fit below 4 GiB (${group} sections end at 0x${addr.toString(16)})`);
      if (!NOBITS_GROUPS.has(group)) fileEnd = addr;
      layout.groups.set(group, g);
    }
    if (fileEnd - start > MAX_FILE_BYTES) {
      throw new LinkError(`image too large: the segment at 0x${hex(start)} would hold 0x${hex(fileEnd - start)} bytes of file (limit 64 MiB); check section alignments`);
    }
    layout.segmentOf.push(addr > start ? layout.segments.length : -1);
    if (addr > start) layout.segments.push({ vaddr: start, fileSize: fileEnd - start, memSize: addr - start, flags: seg.flags });
  });
  const tdata = layout.groups.get('tdata')!;
  const tbss = layout.groups.get('tbss')!;
  if (tbss.end > tdata.start) layout.tls = { vaddr: tdata.start, fileSize: tdata.end - tdata.start, memSize: tbss.end - tdata.start, align: tlsAlign };
  defineMarks(layout, addr, tlsAlign);
  return layout;
}

/** Places a group's sections from `addr` on, each at its own alignment. */
function placeGroup(sections: Section[], addr: number, segment: number): GroupLayout {
  if (sections[0]) addr = alignUp(addr, sections[0].align);
  const start = addr;
  for (const s of sections) {
    addr = alignUp(addr, s.align);
    s.addr = addr;
    addr += s.size;
  }
  return { start, end: addr, sections, segment };
}

/** The linker-defined symbols (see LINKER_SYMBOLS), from the finished layout ending at `end`. */
function defineMarks(layout: Layout, end: number, tlsAlign: number): void {
  const g = (name: Group): GroupLayout => layout.groups.get(name)!;
  const m = layout.marks;
  const dataStart = g('data').start;
  const range = (prefix: string, group: Group): void => {
    m.set(`${prefix}_start`, g(group).start);
    m.set(`${prefix}_end`, g(group).end);
  };
  m.set('__text_start', g('text').start);
  m.set('__text_end', g('text').end);
  m.set('__data_start', dataStart);
  m.set('__global_pointer$', (g('sdata').sections.length ? g('sdata').start : dataStart) + 0x800);
  range('__preinit_array', 'preinit');
  range('__init_array', 'init');
  range('__fini_array', 'fini');
  range('__tdata', 'tdata');
  range('__tbss', 'tbss');
  m.set('__tls_base', g('tdata').start);
  m.set('__tls_align', tlsAlign);
  m.set('__tls_size', g('tbss').end - g('tdata').start);
  m.set('__bss_start', g('tbss').start);
  m.set('__bss_end', alignUp(end, 16));
  m.set('_end', alignUp(end, 16));
  m.set('__end', alignUp(end, PAGE));
}

/** The section a global is defined in (null for absolute ones), or undefined when it is not defined. */
function definingSection(g: Global): Section | null | undefined {
  if (g.kind === 'common') return g.section!;
  if (g.kind !== 'def') return undefined;
  if (g.sym!.shndx >= SHN.LORESERVE) return null;
  return g.obj!.sections[g.sym!.shndx] ?? undefined;
}

/** Final addresses of every global that made it to the output, and of the linker-defined symbols inputs left undefined. */
function outputSymbols(ctx: Ctx, marks: Map<string, number>): Map<string, number> {
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
function relocateSection(ctx: Ctx, s: Section, marks: Map<string, number>): void {
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
function objectSizes(ctx: Ctx): ObjectSize[] {
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
function executable(ctx: Ctx, layout: Layout, entry: number, symbols: Map<string, number>): ExecutableSpec {
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
