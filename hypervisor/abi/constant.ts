/**
 * The shape every ABI definition in this folder shares: named constants
 * grouped in sections, and structure layouts, each with the comment the
 * generated C header gives it. A header module lists its parts; header.ts
 * turns them into C, and the TypeScript side reads offsets from the same
 * records, so no number is written twice.
 */

/** One named constant with the comment the C header gives it. */
export interface AbiConstant {
  name: string;
  /** A number (hex unless `decimal`; negative numbers are decimal) or a string (a C string literal). */
  value: number | string;
  doc: string;
  /** Written in decimal in C (a quantity, not an address or bit pattern). */
  decimal?: boolean;
}

/** A titled group of constants. */
export interface AbiSection {
  section: string;
  constants: AbiConstant[];
}

/** Scalar field types of guest-visible structures (little-endian, naturally aligned). */
export type AbiFieldType = 'uint8_t' | 'uint16_t' | 'int16_t' | 'uint32_t' | 'int32_t' | 'char';

/** One field of a structure: a scalar or a structure defined earlier in the header; `count` makes it an array. */
export interface AbiField {
  name: string;
  type: AbiFieldType | AbiStruct;
  count?: number;
  doc: string;
}

/** A structure shared by guest C code and the host (on disk or in memory). */
export interface AbiStruct {
  /** C tag, used as `struct <name>`. */
  name: string;
  doc: string;
  fields: AbiField[];
}

/** One generated C header. */
export interface AbiHeader {
  /** Path relative to the repository root. */
  path: string;
  /** Include guard macro. */
  guard: string;
  /** The TypeScript file the definitions come from (named in the do-not-edit line). */
  source: string;
  /** Comment lines describing the header (without the leading " * "). */
  intro: string[];
  sections: AbiSection[];
  structs?: AbiStruct[];
}

const FIELD_SIZE: Record<AbiFieldType, number> = { uint8_t: 1, uint16_t: 2, int16_t: 2, uint32_t: 4, int32_t: 4, char: 1 };

/** Byte size of one element of a field. */
export function fieldSize(f: AbiField): number {
  return typeof f.type === 'string' ? FIELD_SIZE[f.type] : layout(f.type).size;
}

/** Alignment of a field: a scalar's size, or the largest alignment of a structure's fields (C's rule). */
export function fieldAlign(f: AbiField): number {
  return typeof f.type === 'string' ? FIELD_SIZE[f.type] : Math.max(...f.type.fields.map(fieldAlign));
}

/** The C type of a field's elements. */
export function fieldCType(f: AbiField): string {
  return typeof f.type === 'string' ? f.type : `struct ${f.type.name}`;
}

/** Byte offset of every field of `s`, by name; fields must be naturally aligned with no padding. */
export function layout(s: AbiStruct): { offsets: Record<string, number>; size: number } {
  const offsets: Record<string, number> = {};
  let at = 0;
  for (const f of s.fields) {
    if (at % fieldAlign(f) !== 0) throw new Error(`struct ${s.name}: field ${f.name} at ${at} is misaligned`);
    offsets[f.name] = at;
    at += fieldSize(f) * (f.count ?? 1);
  }
  if (at % 4 !== 0) throw new Error(`struct ${s.name}: size ${at} is not a multiple of 4`);
  return { offsets, size: at };
}

/** A section from [name, value, doc] rows; `decimal` writes every number in decimal. */
export function section(title: string, rows: ReadonlyArray<readonly [string, number | string, string]>, decimal = false): AbiSection {
  return { section: title, constants: rows.map(([name, value, doc]) => ({ name, value, doc, ...(decimal ? { decimal: true } : {}) })) };
}

/** The numeric constant `name` of `header` (throws when it has none: a typo must not become undefined). */
export function constantOf(header: AbiHeader, name: string): number {
  for (const sec of header.sections) {
    for (const c of sec.constants) if (c.name === name && typeof c.value === 'number') return c.value;
  }
  throw new Error(`${header.path} defines no numeric constant ${name}`);
}
