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
  type ElfObject, LinkError, type ObjReloc, type ObjSection, type ObjSymbol, parseObject, SHF, SHN, SHT, STB, STT, writeExecutable,
} from './elf-object.js';
import { layoutSections, trimAlignPadding } from './link-layout.js';
import { LINKER_SYMBOLS, where, type Ctx, type Global, type Group, type Obj, type Section } from './link-model.js';
import { executable, objectSizes, outputSymbols, relocateSection } from './link-output.js';

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

/**
 * The section defining root symbol `name` (null for an absolute one);
 * LinkError `missing` when it is undefined, and when its section never
 * reaches the output (an entry there would have no address).
 */
function rootSection(ctx: Ctx, name: string, missing: string): Section | null {
  const g = ctx.globals.get(name);
  if (!g || g.kind === 'undef') throw new LinkError(missing);
  if (g.kind === 'abs') return null;
  if (g.kind === 'common') return g.section!;
  if (g.sym!.shndx >= SHN.LORESERVE) return null;
  const s = g.obj!.sections[g.sym!.shndx];
  if (!s) {
    const where = g.obj!.elf.sections[g.sym!.shndx]?.name || `section ${g.sym!.shndx}`;
    throw new LinkError(`${g.obj!.name}: symbol ${name} is defined in ${where}, which is not loaded (not allocated, or discarded)`);
  }
  return s;
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

