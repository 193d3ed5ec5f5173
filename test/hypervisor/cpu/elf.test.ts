/**
 * parseElf on the committed guest images and on malformed input: every bad
 * file must be refused with an ElfError (never a RangeError or another
 * crash), including 2000 seeded random mutations of a real image.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ElfError, parseElf } from '../../../hypervisor/image/elf.js';
import { newBoard, RAM } from '../../helpers/asm.js';
import { prng } from '../../helpers/prng.js';

const BUILD = new URL('../../guests/build/', import.meta.url);
const ELFS = readdirSync(BUILD).filter((f) => f.endsWith('.elf')).sort();
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, BUILD)));
const HELLO = read('hello.elf');

/** nm output (`value type name`) as name -> value, for names that occur once. */
function nmSymbols(name: string): Map<string, number> {
  const seen = new Map<string, number>();
  const dup = new Set<string>();
  for (const line of readFileSync(new URL(name.replace(/\.elf$/, '.sym'), BUILD), 'utf8').split('\n')) {
    const m = /^([0-9a-f]{8}) \w (\S+)$/.exec(line);
    if (!m) continue;
    if (seen.has(m[2]!)) dup.add(m[2]!);
    seen.set(m[2]!, parseInt(m[1]!, 16));
  }
  for (const d of dup) seen.delete(d);
  return seen;
}

describe('the committed guest images', () => {
  it('are there', () => expect(ELFS.length).toBeGreaterThanOrEqual(5));

  it.each(ELFS)('%s: entry 0x80000000, loadable segments in RAM, symbols as nm lists them', (name) => {
    const bytes = read(name);
    const img = parseElf(bytes);
    expect(img.entry).toBe(0x8000_0000);
    expect(img.segments.length).toBeGreaterThan(0);
    for (const s of img.segments) {
      expect(s.paddr).toBeGreaterThanOrEqual(RAM);
      expect(s.paddr + s.memSize).toBeLessThanOrEqual(RAM + 128 * 2 ** 20);
      expect(s.data.length).toBeLessThanOrEqual(s.memSize);
    }
    expect(img.segments.some((s) => s.paddr <= img.entry && img.entry < s.paddr + s.memSize && s.flags & 1)).toBe(true);
    expect(img.symbols.get('_start')).toBe(img.entry);
    expect(img.symbols.get('main')).toBeGreaterThan(img.entry);
    const nm = nmSymbols(name);
    expect(nm.size).toBeGreaterThan(10);
    for (const [sym, value] of nm) expect([sym, img.symbols.get(sym)]).toEqual([sym, value]);
  });

  it('htif.elf has an aligned tohost symbol', () => {
    const tohost = parseElf(read('htif.elf')).symbols.get('tohost');
    expect(tohost).toBeDefined();
    expect(tohost! % 8).toBe(0);
  });

  it('a segment holds the file bytes at its offset (the text starts with the first instruction)', () => {
    const img = parseElf(HELLO);
    const text = img.segments.find((s) => s.paddr === img.entry)!;
    const dv = new DataView(HELLO.buffer, HELLO.byteOffset);
    const phoff = dv.getUint32(28, true);
    let offset = -1;
    for (let i = 0; i < dv.getUint16(44, true); i++) {
      const p = phoff + 32 * i;
      if (dv.getUint32(p, true) === 1 && dv.getUint32(p + 12, true) === img.entry) offset = dv.getUint32(p + 4, true);
    }
    expect(text.data.byteOffset - HELLO.byteOffset).toBe(offset);
  });

  it('parses the same from a view at a nonzero offset in a larger buffer', () => {
    const big = new Uint8Array(HELLO.length + 13);
    big.set(HELLO, 13);
    const a = parseElf(HELLO), b = parseElf(big.subarray(13));
    expect(b.entry).toBe(a.entry);
    expect(b.segments.map((s) => [s.paddr, s.memSize, [...s.data.subarray(0, 16)]]))
      .toEqual(a.segments.map((s) => [s.paddr, s.memSize, [...s.data.subarray(0, 16)]]));
    expect(b.symbols).toEqual(a.symbols);
  });

  it('loads into a board: RAM holds the segments and the hart starts at the entry', () => {
    const { board, hart } = newBoard(1 << 20);
    const img = parseElf(HELLO);
    board.load(img);
    expect(hart.pc >>> 0).toBe(img.entry);
    for (const s of img.segments) {
      expect([...board.bus.mem8.subarray(s.paddr - RAM, s.paddr - RAM + s.data.length)]).toEqual([...s.data]);
      expect(board.bus.mem8.subarray(s.paddr - RAM + s.data.length, s.paddr - RAM + s.memSize).every((b) => b === 0)).toBe(true);
    }
  });

  it('a board refuses segments outside its RAM with an ElfError', () => {
    const { board } = newBoard(1 << 20);
    const img = parseElf(HELLO);
    expect(() => board.load({ ...img, segments: [{ ...img.segments[0]!, paddr: 0x1000_0000 }] })).toThrow(ElfError);
    expect(() => board.load({ ...img, segments: [{ ...img.segments[0]!, paddr: RAM + (1 << 20) - 16, memSize: 32 }] }))
      .toThrow(/outside RAM/);
  });
});

/** A copy of hello.elf with `edit` applied through a DataView. */
function patched(edit: (dv: DataView, bytes: Uint8Array) => void, base = HELLO): Uint8Array {
  const b = base.slice();
  edit(new DataView(b.buffer), b);
  return b;
}
const hdr = (b: Uint8Array) => {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { phoff: dv.getUint32(28, true), shoff: dv.getUint32(32, true), phnum: dv.getUint16(44, true), shnum: dv.getUint16(48, true) };
};
/** File offset of the first PT_LOAD program header of hello.elf. */
function firstLoad(): number {
  const dv = new DataView(HELLO.buffer, HELLO.byteOffset);
  const { phoff, phnum } = hdr(HELLO);
  for (let i = 0; i < phnum; i++) if (dv.getUint32(phoff + 32 * i, true) === 1) return phoff + 32 * i;
  throw new Error('no PT_LOAD');
}
/** File offset of the .symtab section header of hello.elf. */
function symtabHeader(): number {
  const dv = new DataView(HELLO.buffer, HELLO.byteOffset);
  const { shoff, shnum } = hdr(HELLO);
  for (let i = 0; i < shnum; i++) if (dv.getUint32(shoff + 40 * i + 4, true) === 2) return shoff + 40 * i;
  throw new Error('no SHT_SYMTAB');
}

describe('malformed images are refused with an ElfError', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['empty', () => new Uint8Array(0), /only 0 bytes/],
    ['shorter than a header', () => HELLO.slice(0, 51), /only 51 bytes/],
    ['bad magic', () => patched((_dv, b) => { b[1] = 0x46; }), /bad magic/],
    ['ELF64 (class 2)', () => patched((_dv, b) => { b[4] = 2; }), /ELF64/],
    ['unknown class', () => patched((_dv, b) => { b[4] = 9; }), /class/],
    ['big-endian', () => patched((_dv, b) => { b[5] = 2; }), /little-endian/],
    ['wrong machine (x86-64)', () => patched((dv) => dv.setUint16(18, 62, true)), /machine.*62/],
    ['ET_DYN', () => patched((dv) => dv.setUint16(16, 3, true)), /e_type 3/],
    ['ET_REL', () => patched((dv) => dv.setUint16(16, 1, true)), /e_type 1/],
    ['truncated program header table', () => HELLO.slice(0, hdr(HELLO).phoff + 40), /program header table/],
    ['program header table beyond the file', () => patched((dv) => dv.setUint32(28, 0xffff_fff0, true)), /program header table/],
    ['program header entries too small', () => patched((dv) => dv.setUint16(42, 8, true)), /program header size/],
    ['no PT_LOAD segment', () => patched((dv) => { for (let i = 0; i < hdr(HELLO).phnum; i++) dv.setUint32(hdr(HELLO).phoff + 32 * i, 0, true); }), /no loadable segments/],
    ['segment file size beyond the end of the file', () => patched((dv, b) => {
      const p = firstLoad();
      dv.setUint32(p + 4, b.length - 8, true);
      dv.setUint32(p + 16, 64, true);
      dv.setUint32(p + 20, 64, true);
    }), /segment \d+ runs past the end/],
    ['segment offset near 4 GiB', () => patched((dv) => {
      const p = firstLoad();
      dv.setUint32(p + 4, 0xffff_ff00, true);
      dv.setUint32(p + 16, 0x200, true);
      dv.setUint32(p + 20, 0x200, true);
    }), /past the end/],
    ['filesz > memsz', () => patched((dv) => {
      const p = firstLoad();
      dv.setUint32(p + 20, dv.getUint32(p + 16, true) - 1, true);
    }), /file size \d+ exceeds memory size/],
    ['section header entries too small', () => patched((dv) => dv.setUint16(46, 20, true)), /section header size/],
    ['section header table beyond the file', () => patched((dv) => dv.setUint16(48, 5000, true)), /section header table/],
    ['string-table link out of range', () => patched((dv) => dv.setUint32(symtabHeader() + 24, hdr(HELLO).shnum + 5, true)), /string table/],
    ['string table beyond the file', () => patched((dv) => {
      const link = dv.getUint32(symtabHeader() + 24, true);
      dv.setUint32(hdr(HELLO).shoff + 40 * link + 16, 0x7fff_0000, true);
    }), /string table/],
    ['symbol table beyond the file', () => patched((dv) => dv.setUint32(symtabHeader() + 20, 0x10_0000, true)), /symbol table/],
  ];

  it.each(cases)('%s', (_name, make, message) => {
    let err: unknown;
    try {
      parseElf(make());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ElfError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).name).toBe('ElfError');
  });

  it('symbol names pointing past the string table are skipped, not read out of bounds', () => {
    const img = parseElf(patched((dv) => {
      const off = dv.getUint32(symtabHeader() + 16, true);
      dv.setUint32(off + 16, 0xffff_fff0, true); // the name of symbol 1
    }));
    expect(img.symbols.get('_start')).toBe(0x8000_0000);
  });
});

describe('fuzzing: mutated images either parse or throw ElfError', () => {
  it('2000 seeded mutations of hello.elf', () => {
    const next = prng(0xe1f);
    const { phoff, shoff } = hdr(HELLO);
    const interesting = [0, 1, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, HELLO.length, HELLO.length + 1, 0xffff];
    const failures: string[] = [];
    let parsed = 0;
    for (let n = 0; n < 2000; n++) {
      let b = HELLO.slice();
      const dv = new DataView(b.buffer);
      const kind = next() % 5;
      const edits: string[] = [];
      const edit = (at: number, v: number, width: 1 | 2 | 4): void => {
        if (at + width > b.length) return;
        if (width === 1) dv.setUint8(at, v & 0xff);
        else if (width === 2) dv.setUint16(at, v & 0xffff, true);
        else dv.setUint32(at, v >>> 0, true);
        edits.push(`${at}:${width}=${v >>> 0}`);
      };
      const count = 1 + (next() % 4);
      for (let k = 0; k < count; k++) {
        if (kind === 0) edit(next() % 52, next(), 1); // ELF header bytes
        else if (kind === 1) edit(phoff + (next() % 128) & ~3, interesting[next() % interesting.length]!, 4); // program headers
        else if (kind === 2) edit(shoff + (next() % 480) & ~1, next() % 2 ? next() : interesting[next() % interesting.length]!, (next() % 2 ? 4 : 2));
        else if (kind === 3) edit(next() % b.length, next(), 1); // anywhere
        else {
          const len = next() % b.length;
          b = b.slice(0, len);
          edits.push(`truncate ${len}`);
          break;
        }
      }
      try {
        const img = parseElf(b);
        parsed++;
        for (const s of img.segments) {
          if (s.data.byteOffset + s.data.length > b.length || s.data.length > s.memSize) failures.push(`bad segment after ${edits.join(' ')}`);
        }
      } catch (e) {
        if (!(e instanceof ElfError)) failures.push(`${(e as Error).name}: ${(e as Error).message} after ${edits.join(' ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(parsed).toBeGreaterThan(100); // the mutations are not all fatal, so the success path is fuzzed too
    expect(parsed).toBeLessThan(2000);
  });
});
