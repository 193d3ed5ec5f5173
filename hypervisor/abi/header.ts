/**
 * Generates the C headers guests include from the TypeScript definitions in
 * this folder, so no number is typed twice. A unit test fails when a
 * committed header differs from what this produces.
 */
import { fieldCType, layout, type AbiConstant, type AbiHeader, type AbiStruct } from './constant.js';
import { FS_HEADER } from './fs.js';
import { PV_HEADER } from './pv.js';
import { RING_HEADER_FILE } from './ring.js';
import { SBI_HEADER } from './sbi.js';
import { SYSCALL_HEADER } from './syscall.js';
import { VIRT_HEADER } from './virt.js';

/** Every header the generator writes. */
export const ABI_HEADERS: readonly AbiHeader[] = [VIRT_HEADER, SBI_HEADER, SYSCALL_HEADER, FS_HEADER, PV_HEADER, RING_HEADER_FILE];

const hex = (v: number): string => `EXO_U(0x${(v >>> 0).toString(16).padStart(8, '0')})`;

/** A constant's value as C source. */
function cValue(c: AbiConstant): string {
  if (typeof c.value === 'string') return JSON.stringify(c.value);
  if (c.value < 0) return `(${c.value})`;
  return c.decimal ? `EXO_U(${c.value})` : hex(c.value);
}

/** A struct definition (structures it nests come earlier in the header) with a static assertion per field offset and for the size. */
function cStruct(s: AbiStruct): string[] {
  const { offsets, size } = layout(s);
  const out = [`/* ${s.doc}. */`, `struct ${s.name} {`];
  for (const f of s.fields) out.push(`    ${fieldCType(f)} ${f.name}${f.count ? `[${f.count}]` : ''}; /* +${offsets[f.name]}: ${f.doc} */`);
  out.push('};');
  for (const f of s.fields) out.push(`_Static_assert(__builtin_offsetof(struct ${s.name}, ${f.name}) == ${offsets[f.name]}, "${s.name}.${f.name}");`);
  out.push(`_Static_assert(sizeof(struct ${s.name}) == ${size}, "sizeof ${s.name}");`);
  return out;
}

/** Text of one generated header. */
export function headerText(h: AbiHeader): string {
  const out = [
    `/* generated — do not edit: produced by hypervisor/abi/header.ts from ${h.source}`,
    ' * (npm run guests regenerates it).',
    ' *',
    ...h.intro.map((l) => (l === '' ? ' *' : ` * ${l}`)),
    ' */',
    `#ifndef ${h.guard}`,
    `#define ${h.guard}`,
    '',
    '/* Unsigned in C, plain in assembly (where a u suffix does not parse). */',
    '#ifndef EXO_U',
    '#ifdef __ASSEMBLER__',
    '#define EXO_U(x) x',
    '#else',
    '#define EXO_U(x) x##u',
    '#endif',
    '#endif',
  ];
  for (const { section, constants } of h.sections) {
    out.push('', `/* ${section}. */`);
    const width = Math.max(...constants.map((c) => c.name.length));
    for (const c of constants) out.push(`#define ${c.name.padEnd(width)} ${cValue(c)} /* ${c.doc} */`);
  }
  if (h.structs?.length) {
    out.push('', '#ifndef __ASSEMBLER__', '#include <stdint.h>');
    for (const s of h.structs) out.push('', ...cStruct(s));
    out.push('', '#endif /* __ASSEMBLER__ */');
  }
  out.push('', '#endif', '');
  return out.join('\n');
}

/** Every generated header: path relative to the repository root, and its text. */
export function generatedHeaders(): Array<{ path: string; text: string }> {
  return ABI_HEADERS.map((h) => ({ path: h.path, text: headerText(h) }));
}
