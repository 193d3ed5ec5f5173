/**
 * Fuzzing the linker (image/link*.ts, elf-object.ts, archive.ts) and the
 * module-record reader (uni.ts): mutated committed objects alone and inside
 * a real unikernel link, mutated archives, and hand-made hostile objects
 * (unknown relocation types, symbol and section indexes out of range,
 * relocations past a section's end, bad archive member headers). Every
 * refusal is a LinkError (or ModuleError) naming the object and the problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinkError } from '../../hypervisor/image/elf-object.js';
import { link, type LinkInput } from '../../hypervisor/image/link.js';
import { arArchive, moveSymbol, rawArchive, patchObject, relaEntries, relaSection, symbolEntries, symbolTable } from './elf-edit.js';
import { fuzz, recordCounts } from './harness.js';
import { applyEdits, editsArb, elfHotRanges, type Range } from './mutate.js';
import { checkLink, checkObject, LINK_OPTS, realObjects, unikernelInputs } from './targets.js';

const OBJECTS = realObjects();
const UNI = unikernelInputs();

/** A whole-range edit list of `bytes`, aimed at its headers and tables. */
const editsOf = (bytes: Uint8Array, max = 6) => editsArb(bytes.length, [...elfHotRanges(bytes), ...relaRanges(bytes)], max);

/** Where the relocation tables of `bytes` live, so edits reach offsets, types and symbol indexes. */
function relaRanges(bytes: Uint8Array): Range[] {
  const out: Range[] = [];
  try {
    for (let n = 0, r = relaSection(bytes, 0); r; r = relaSection(bytes, ++n)) out.push({ start: r.offset, end: r.offset + r.size });
  } catch {
    // A file whose section headers cannot be read has no tables to aim at.
  }
  return out;
}

describe('linker fuzzing', () => {
  it('mutated committed objects are read or refused with a LinkError or ModuleError', async () => {
    const arb = fc.integer({ min: 0, max: OBJECTS.length - 1 }).chain((i) => fc.tuple(fc.constant(i), editsOf(OBJECTS[i]!.data)));
    await fuzz('link-objects', [arb], ([i, edits]) => checkObject(OBJECTS[i]!.name, applyEdits(OBJECTS[i]!.data, edits)), 500);
  });

  it('a unikernel link with one mutated input links or is refused with a LinkError', async () => {
    const arb = fc.integer({ min: 0, max: UNI.length - 1 }).chain((i) => fc.tuple(fc.constant(i), editsOf(UNI[i]!.data, 3)));
    await fuzz('link-unikernel', [arb], ([i, edits]) => {
      checkLink(UNI.map((input, k) => (k === i ? { name: input.name, data: applyEdits(input.data, edits) } : input)));
    }, 120);
  });

  it('symbol-table entries with hostile fields (section index, value, size, binding) link or are refused', async () => {
    const entries = UNI.map((i) => symbolEntries(i.data));
    const arb = fc.integer({ min: 0, max: UNI.length - 1 }).chain((i) => fc.record({
      i: fc.constant(i), at: fc.constantFrom(...entries[i]!), field: fc.constantFrom(4, 8, 12, 14),
      value: fc.oneof(fc.constantFrom(0, 1, 2, 0xfff1, 0xfff2, 0xff00, 0xffff, 0x10, 0x12, 0x22, 0x7fff_ffff, 0xffff_ffff), fc.nat({ max: 0xffff })),
    }));
    await fuzz('link-symbols', [arb], ({ i, at, field, value }) => checkLink(editInput(i, (dv) => {
      if (field === 14) dv.setUint16(at + 14, value & 0xffff, true);
      else if (field === 12) dv.setUint8(at + 12, value & 0xff);
      else dv.setUint32(at + field, value >>> 0, true);
    })), 150);
  });

  it('relocation entries with hostile fields (offset, type, symbol, addend) link or are refused', async () => {
    const entries = UNI.map((i) => relaEntries(i.data));
    const arb = fc.integer({ min: 0, max: UNI.length - 1 }).filter((i) => entries[i]!.length > 0).chain((i) => fc.record({
      i: fc.constant(i), at: fc.constantFrom(...entries[i]!), field: fc.constantFrom(0, 4, 5, 8),
      value: fc.oneof(fc.constantFrom(0, 1, 3, 16, 23, 24, 43, 51, 57, 200, 0xffff_ffff, 0x7fff_ffff, 0x8000_0000), fc.nat({ max: 0xffff_ffff })),
    }));
    await fuzz('link-relocs', [arb], ({ i, at, field, value }) => checkLink(editInput(i, (dv) => {
      if (field === 4) dv.setUint8(at + 4, value & 0xff); // r_type
      else if (field === 5) dv.setUint32(at + 4, ((value << 8) | dv.getUint8(at + 4)) >>> 0, true); // r_sym
      else dv.setUint32(at + field, value >>> 0, true);
    })), 150);
  });

  it('archives built from hostile member headers (names, sizes, indexes) are read or refused with a LinkError', async () => {
    const name = fc.oneof(fc.constantFrom('/', '//', '/SYM64/', '__.SYMDEF', '/0', '/99999', '#1/8', '#1/999', '#1/x', 'a.o/', ''), fc.string({ maxLength: 16 }));
    const size = fc.oneof(fc.constantFrom('0', '-1', '4', '12', '99999999', ' ', 'x', '1e3', '0x10'), fc.nat(64).map(String));
    const member = fc.record({ name, size, body: fc.uint8Array({ maxLength: 48 }) });
    await fuzz('link-archive-headers', [fc.array(member, { maxLength: 5 })], (members) => {
      checkObject('hostile.a', rawArchive(members));
    }, 400);
  });

  it('mutated archives of the unikernel modules link or are refused with a LinkError', async () => {
    const archive = arArchive(UNI.slice(1));
    const hot = [{ start: 0, end: 200 }, { start: 8, end: 68 }];
    await fuzz('link-archive', [editsArb(archive.length, hot, 4)], (edits) => {
      const data = applyEdits(archive, edits);
      checkObject('libuni.a', data);
      checkLink([UNI[0]!, { name: 'libuni.a', data }]);
    }, 100);
  });
});

/** The unikernel inputs with input `i` copied and edited through a DataView. */
function editInput(i: number, edit: (dv: DataView) => void): LinkInput[] {
  return UNI.map((input, k) => {
    if (k !== i) return input;
    const data = input.data.slice();
    edit(new DataView(data.buffer));
    return { name: input.name, data };
  });
}

/** The LinkError message `inputs` are refused with (fails the test for anything else). */
function refusal(inputs: LinkInput[]): string {
  recordCounts('link-hostile', { hostileCases: 1 });
  try {
    link(inputs, LINK_OPTS);
  } catch (e) {
    if (e instanceof LinkError) return e.message;
    throw e;
  }
  throw new Error('linked without complaint');
}

/** The unikernel inputs with compute.o replaced by `edit` applied to it. */
function withApp(edit: (bytes: Uint8Array) => void): LinkInput[] {
  const data = UNI[0]!.data.slice();
  edit(data);
  return [{ name: 'compute.o', data }, ...UNI.slice(1)];
}

describe('hostile objects are refused with a LinkError naming the object and the problem', () => {
  it('an unknown relocation type', () => {
    expect(refusal(withApp((b) => patchObject(b, (dv, r) => dv.setUint8(r.offset + 4, 200))))).toMatch(/unsupported relocation R_RISCV_200 in compute\.o /);
  });

  it('a relocation naming a symbol past the symbol table', () => {
    expect(refusal(withApp((b) => patchObject(b, (dv, r) => dv.setUint32(r.offset + 4, (0xffffff << 8) | dv.getUint8(r.offset + 4), true)))))
      .toMatch(/^compute\.o: relocation in \.rela\S* refers to symbol 16777215, which does not exist/);
  });

  it('a relocation past the end of its section', () => {
    expect(refusal(withApp((b) => patchObject(b, (dv, r) => dv.setUint32(r.offset, 0x7fff_fff0, true)))))
      .toMatch(/compute\.o .*(past the end of the section|0x7ffffff0)/);
  });

  it('a relocation section applying to a section that does not exist', () => {
    expect(refusal(withApp((b) => {
      const dv = new DataView(b.buffer);
      const shoff = dv.getUint32(32, true), shnum = dv.getUint16(48, true);
      for (let i = 0; i < shnum; i++) if (dv.getUint32(shoff + 40 * i + 4, true) === 4) return dv.setUint32(shoff + 40 * i + 28, 999, true);
    }))).toMatch(/^compute\.o: relocation section \.rela\S* applies to missing section 999/);
  });

  it('a symbol in a section that does not exist', () => {
    expect(refusal(withApp((b) => {
      const t = symbolTable(b);
      new DataView(b.buffer).setUint16(t.offset + 16 + 14, 0x7000, true); // symbol 1's st_shndx
    }))).toMatch(/^compute\.o: symbol .* is in section 28672, which does not exist/);
  });

  it('an entry symbol defined in a section that is not loaded (it would have no address)', () => {
    const inputs = UNI.map((i) => ({ name: i.name, data: i.data.slice() }));
    const runtime = inputs.find((i) => i.name === 'runtime.o')!;
    moveSymbol(runtime.data, '_start', (sections) => sections.findIndex((s) => s.name === '.symtab'));
    expect(refusal(inputs)).toBe('runtime.o: symbol _start is defined in .symtab, which is not loaded (not allocated, or discarded)');
  });

  it('an archive member header without its terminator', () => {
    const a = arArchive(UNI.slice(1));
    a[8 + 58] = 0x41;
    expect(refusal([UNI[0]!, { name: 'libuni.a', data: a }])).toMatch(/^libuni\.a: bad member header at offset 8/);
  });

  it('an archive member larger than the archive', () => {
    const a = arArchive(UNI.slice(1));
    a.set(new TextEncoder().encode('9999999999'), 8 + 48);
    expect(refusal([UNI[0]!, { name: 'libuni.a', data: a }])).toMatch(/^truncated archive libuni\.a: member at 8 runs past the end/);
  });
});
