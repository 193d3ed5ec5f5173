/**
 * Builds small ELF32 little-endian RISC-V executables in memory (System V
 * gABI layout: ELF header, program header table, then the segment bytes),
 * so loader tests can place code and data exactly where they want without
 * a toolchain. Only what `image/elf.ts` reads is filled in: no section
 * headers, no symbols.
 */
import type { Program } from './asm.js';

/** One PT_LOAD segment to emit. */
export interface SegmentSpec {
  /** Physical load address (p_paddr; p_vaddr gets the same value). */
  paddr: number;
  /** File bytes of the segment. */
  data: Uint8Array;
  /** Memory size (default: data.length); the rest is bss. */
  memSize?: number;
  /** PF_X = 1, PF_W = 2, PF_R = 4 (default: RWX). */
  flags?: number;
}

/** Header fields a test may want to get wrong on purpose. */
export interface ElfOptions {
  /** e_machine (default 243, RISC-V). */
  machine?: number;
  /** e_type (default 2, ET_EXEC). */
  type?: number;
}

const EHDR_SIZE = 52;
const PHDR_SIZE = 32;
const PT_LOAD = 1;

/** An ELF32 RISC-V executable with `entry` and the given PT_LOAD segments. */
export function elf32(entry: number, segments: readonly SegmentSpec[], opts: ElfOptions = {}): Uint8Array {
  const phoff = EHDR_SIZE;
  let dataOff = phoff + segments.length * PHDR_SIZE;
  const offsets = segments.map((s) => {
    dataOff = (dataOff + 3) & ~3;
    const at = dataOff;
    dataOff += s.data.length;
    return at;
  });
  const out = new Uint8Array(dataOff);
  const dv = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]); // magic, ELFCLASS32, ELFDATA2LSB, EV_CURRENT
  dv.setUint16(16, opts.type ?? 2, true);
  dv.setUint16(18, opts.machine ?? 243, true);
  dv.setUint32(20, 1, true);
  dv.setUint32(24, entry >>> 0, true);
  dv.setUint32(28, phoff, true);
  dv.setUint16(40, EHDR_SIZE, true);
  dv.setUint16(42, PHDR_SIZE, true);
  dv.setUint16(44, segments.length, true);
  segments.forEach((s, i) => {
    const p = phoff + i * PHDR_SIZE;
    dv.setUint32(p, PT_LOAD, true);
    dv.setUint32(p + 4, offsets[i]!, true);
    dv.setUint32(p + 8, s.paddr >>> 0, true);
    dv.setUint32(p + 12, s.paddr >>> 0, true);
    dv.setUint32(p + 16, s.data.length, true);
    dv.setUint32(p + 20, s.memSize ?? s.data.length, true);
    dv.setUint32(p + 24, s.flags ?? 7, true);
    dv.setUint32(p + 28, 4, true);
    out.set(s.data, offsets[i]!);
  });
  return out;
}

/** The little-endian bytes of an assembled program (32-bit words and 16-bit halfwords, as `asm.ts` encodes them). */
export function programBytes(prog: Program): Uint8Array {
  const halves: number[] = [];
  for (const w of prog.flat()) {
    if ((w & 3) === 3) halves.push(w & 0xffff, w >>> 16);
    else halves.push(w & 0xffff);
  }
  const out = new Uint8Array(halves.length * 2);
  const dv = new DataView(out.buffer);
  halves.forEach((h, i) => dv.setUint16(2 * i, h, true));
  return out;
}

/** A bare program: `prog` at `base`, entered at its first instruction. */
export function bareElf(base: number, prog: Program): Uint8Array {
  return elf32(base, [{ paddr: base, data: programBytes(prog), flags: 5 }]);
}
