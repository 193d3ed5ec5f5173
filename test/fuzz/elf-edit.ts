/**
 * Surgical edits of real relocatable objects and a System V `ar` writer,
 * for building hostile linker inputs by hand: find a file's RELA and symbol
 * tables through its section headers (gABI "Sections"), patch one entry,
 * or pack objects into an archive with a "/" symbol index.
 */
import { concatBytes } from '../../hypervisor/image/bytes.js';
import { parseObject, SHN, STB } from '../../hypervisor/image/elf-object.js';
import type { LinkInput } from '../../hypervisor/image/link.js';

const SHT_SYMTAB = 2;
const SHT_RELA = 4;

/** File offset and size of a section. */
export interface Extent { offset: number; size: number }

/** The `n`-th section of type `type` of an ELF32 file, or null. */
function sectionOfType(b: Uint8Array, type: number, n: number): Extent | null {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const shoff = dv.getUint32(32, true), shentsize = dv.getUint16(46, true), shnum = dv.getUint16(48, true);
  for (let i = 0, seen = 0; i < shnum; i++) {
    const at = shoff + i * shentsize;
    if (at + 40 > b.length || dv.getUint32(at + 4, true) !== type) continue;
    if (seen++ === n) return { offset: dv.getUint32(at + 16, true), size: dv.getUint32(at + 20, true) };
  }
  return null;
}

/** File offsets of every RELA entry of `b` (12 bytes each: r_offset, r_info, r_addend). */
export function relaEntries(b: Uint8Array): number[] {
  const out: number[] = [];
  for (let n = 0, r = relaSection(b, 0); r; r = relaSection(b, ++n)) {
    for (let at = r.offset; at + 12 <= r.offset + r.size; at += 12) out.push(at);
  }
  return out;
}

/** File offsets of every symbol-table entry of `b` past the null one (16 bytes each). */
export function symbolEntries(b: Uint8Array): number[] {
  const t = symbolTable(b);
  const out: number[] = [];
  for (let at = t.offset + 16; at + 16 <= t.offset + t.size; at += 16) out.push(at);
  return out;
}

/** The `n`-th RELA section of `b`, or null. */
export function relaSection(b: Uint8Array, n: number): Extent | null {
  return sectionOfType(b, SHT_RELA, n);
}

/** The symbol table of `b` (throws when there is none: the caller's fixture is wrong). */
export function symbolTable(b: Uint8Array): Extent {
  const t = sectionOfType(b, SHT_SYMTAB, 0);
  if (!t) throw new Error('object has no symbol table');
  return t;
}

/** Calls `edit` on the first relocation entry of `b` (in place). */
export function patchObject(b: Uint8Array, edit: (dv: DataView, entry: { offset: number }) => void): void {
  const rela = relaSection(b, 0);
  if (!rela || rela.size < 12) throw new Error('object has no relocations');
  edit(new DataView(b.buffer, b.byteOffset, b.byteLength), { offset: rela.offset });
}

/** Moves symbol `name` of object `b` (in place) to the section `pick` chooses from the object's sections. */
export function moveSymbol(b: Uint8Array, name: string, pick: (sections: ReturnType<typeof parseObject>['sections']) => number): void {
  const obj = parseObject('edit.o', b);
  const index = obj.symbols.findIndex((s) => s.name === name);
  if (index < 0) throw new Error(`object has no symbol ${name}`);
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint16(symbolTable(b).offset + index * 16 + 14, pick(obj.sections), true);
}

/** A 60-byte member header: name, zero date/owner/group, mode 644, size. */
function memberHeader(name: string, size: number): string {
  const field = (s: string, w: number): string => s.padEnd(w, ' ');
  return `${field(name, 16)}${field('0', 12)}${field('0', 6)}${field('0', 6)}${field('644', 8)}${field(String(size), 10)}\`\n`;
}

/** An archive of members whose header fields are given raw (name and decimal size as written), for hostile headers. */
export function rawArchive(members: ReadonlyArray<{ name: string; size: string; body: Uint8Array }>): Uint8Array {
  const text = new TextEncoder();
  const parts: Uint8Array[] = [text.encode('!<arch>\n')];
  for (const m of members) {
    const header = memberHeader(m.name.slice(0, 16), 0).slice(0, 48) + m.size.slice(0, 10).padEnd(10, ' ') + '`\n';
    parts.push(Uint8Array.from(header, (c) => c.charCodeAt(0) & 0xff), m.body, m.body.length & 1 ? Uint8Array.of(0x0a) : new Uint8Array(0));
  }
  return concatBytes(parts, parts.reduce((n, p) => n + p.length, 0));
}

/** A System V archive of `members` with a "/" symbol index of their global definitions. */
export function arArchive(members: readonly LinkInput[]): Uint8Array {
  const text = new TextEncoder();
  const defs = members.map((m) => parseObject(m.name, m.data).symbols
    .filter((s) => s.bind !== STB.LOCAL && s.shndx !== SHN.UNDEF && s.shndx !== SHN.COMMON).map((s) => s.name));
  const names = defs.flat().map((n) => text.encode(`${n}\0`));
  const indexSize = 4 + 4 * names.length + names.reduce((n, s) => n + s.length, 0);
  const pad = (n: number): number => n + (n & 1);
  let at = 8 + 60 + pad(indexSize);
  const offsets = members.map((m) => {
    const here = at;
    at += 60 + pad(m.data.length);
    return here;
  });
  const out = new Uint8Array(at).fill(0x0a);
  out.set(text.encode('!<arch>\n'));
  out.set(text.encode(memberHeader('/', indexSize)), 8);
  const dv = new DataView(out.buffer);
  dv.setUint32(68, names.length, false);
  let k = 0, str = 72 + 4 * names.length;
  defs.forEach((list, i) => list.forEach(() => dv.setUint32(72 + 4 * k++, offsets[i]!, false)));
  for (const n of names) {
    out.set(n, str);
    str += n.length;
  }
  members.forEach((m, i) => {
    out.set(text.encode(memberHeader(`${m.name}/`, m.data.length)), offsets[i]!);
    out.set(m.data, offsets[i]! + 60);
  });
  return out;
}
