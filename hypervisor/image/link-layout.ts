/**
 * The linker's layout: R_RISCV_ALIGN padding trimmed to what the final
 * alignment needs, then every live section placed in three page-aligned
 * segments (text R-X at the base, rodata R--, data RW- with TLS and bss) and
 * the linker-defined symbols set from the result.
 */
import { LinkError, R_RISCV, STT } from './elf-object.js';
import { MAX_FILE_BYTES, PAGE, hex, where, type Ctx, type Group, type Section } from './link-model.js';

/**
 * R_RISCV_ALIGN (psABI "Relocations", as GNU ld's relaxation does it): the
 * assembler left `addend` bytes of NOPs at the relocation; keep only as many
 * as the alignment (the smallest power of two above the addend) needs and
 * delete the rest, moving later symbols and relocations of the section back.
 * The section is aligned at least that much, so offsets decide alone.
 */
export function trimAlignPadding(s: Section): void {
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
export interface GroupLayout { start: number; end: number; sections: Section[]; segment: number }

/** One PT_LOAD segment. */
export interface SegmentLayout { vaddr: number; fileSize: number; memSize: number; flags: number }

/** Where everything went. */
export interface Layout {
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
export function alignUp(v: number, align: number): number {
  return Math.ceil(v / align) * align;
}

/** Assigns addresses to every live section, segment by segment, from `base`. */
export function layoutSections(ctx: Ctx): Layout {
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

