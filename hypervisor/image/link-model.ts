/**
 * The linker's internal model, shared by its parts (link.ts: loading,
 * resolution and garbage collection; link-layout.ts: alignment trimming and
 * layout; link-output.ts: relocation and the output file).
 */
import type { ElfObject, ObjReloc, ObjSymbol } from './elf-object.js';
import type { LinkOptions } from './link.js';

/** Output section groups, in address order; each belongs to one segment. */
export type Group = 'text' | 'rodata' | 'data' | 'preinit' | 'init' | 'fini' | 'sdata' | 'tdata' | 'tbss' | 'sbss' | 'bss';

/** An input section that can go to the output. */
export interface Section {
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
export interface Obj {
  name: string;
  elf: ElfObject;
  /** Output candidates by section index; null for sections that never reach the output. */
  sections: Array<Section | null>;
}

/** A global symbol as resolved so far. */
export interface Global {
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
export interface Ctx {
  opts: LinkOptions;
  objects: Obj[];
  globals: Map<string, Global>;
  sections: Section[];
  /** First undefined strong reference to each missing symbol, as a message. */
  undefinedRefs: Map<string, string>;
  /** Relocations by offset of sections PCREL_LO12 relocations point into. */
  hiRelocs: Map<Section, Map<number, ObjReloc>>;
}

export const PAGE = 4096;
/** Largest file-backed segment written (alignment gaps in a damaged object could otherwise ask for gigabytes). */
export const MAX_FILE_BYTES = 64 << 20;
/** Symbols the layout defines (unless an input does); references to them are not undefined. */
export const LINKER_SYMBOLS = new Set([
  '__global_pointer$', '__bss_start', '__bss_end', '__tdata_start', '__tdata_end', '__tbss_start', '__tbss_end', '__tls_base',
  '__tls_align', '__tls_size', '__preinit_array_start', '__preinit_array_end', '__init_array_start', '__init_array_end',
  '__fini_array_start', '__fini_array_end', '__text_start', '__text_end', '__data_start', '__end', '_end',
]);

/** "obj section+0xoff", for messages. */
export function where(s: Section, offset: number): string {
  return `${s.obj.name} ${s.name}+0x${hex(offset)}`;
}

/** Lowercase hex without a prefix. */
export function hex(v: number): string {
  return (v >>> 0).toString(16);
}

