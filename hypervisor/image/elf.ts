/**
 * ELF32 loader for RISC-V executables (System V gABI; RISC-V psABI). Checks
 * everything it reads against the file's bounds and reports bad input as an
 * `ElfError` with a message a user can act on; never trusts an offset.
 */

/** Why an image was refused. */
export class ElfError extends Error {
  override readonly name = 'ElfError';
}

/** A loadable segment: `fileSize` bytes from `data`, then zeros up to `memSize`. */
export interface ElfSegment {
  /** Physical load address (p_paddr, as QEMU uses). */
  paddr: number;
  memSize: number;
  data: Uint8Array;
  /** PF_R/PF_W/PF_X bits. */
  flags: number;
}

/** A parsed executable. */
export interface ElfImage {
  entry: number;
  segments: ElfSegment[];
  /** Symbol values by name, from .symtab when present. */
  symbols: Map<string, number>;
}

const EM_RISCV = 243;
const ET_EXEC = 2;
const PT_LOAD = 1;
const SHT_SYMTAB = 2;

/** Parses an ELF32 little-endian RISC-V executable. */
export function parseElf(bytes: Uint8Array): ElfImage {
  if (bytes.length < 52) throw new ElfError(`not an ELF file: only ${bytes.length} bytes`);
  if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new ElfError('not an ELF file: bad magic number');
  }
  if (bytes[4] !== 1) throw new ElfError(`wrong ELF class: ${bytes[4] === 2 ? 'ELF64' : 'unknown'}; exovisor runs RV32 (ELF32) images`);
  if (bytes[5] !== 1) throw new ElfError('wrong ELF data encoding: exovisor runs little-endian images');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const machine = dv.getUint16(18, true);
  if (machine !== EM_RISCV) throw new ElfError(`wrong machine: e_machine ${machine}, expected ${EM_RISCV} (RISC-V)`);
  const type = dv.getUint16(16, true);
  if (type !== ET_EXEC) throw new ElfError(`not an executable: e_type ${type} (link it as ET_EXEC)`);
  return {
    entry: dv.getUint32(24, true),
    segments: readSegments(bytes, dv),
    symbols: readSymbols(bytes, dv),
  };
}

/**
 * Refuses an image whose entry lies in none of its loaded segments: the
 * hart would start in garbage or unmapped memory and crash at once, far
 * from the real cause. Every loader (bare, firmware and kernel, PV and
 * unikernel) and the library's import check call it, so the user reads
 * this message instead of a crashed guest.
 */
export function checkEntry(image: ElfImage, what: string): void {
  const e = image.entry >>> 0;
  if (image.segments.some((s) => s.memSize > 0 && e >= s.paddr >>> 0 && e < (s.paddr >>> 0) + s.memSize)) return;
  throw new ElfError(`${what} entry 0x${e.toString(16)} lies outside every loaded segment`);
}

/** Checks that [off, off+len) lies inside the file. */
function inFile(bytes: Uint8Array, off: number, len: number, what: string): void {
  if (off + len > bytes.length) throw new ElfError(`truncated ELF file: ${what} runs past the end of the file`);
}

function readSegments(bytes: Uint8Array, dv: DataView): ElfSegment[] {
  const phoff = dv.getUint32(28, true);
  const phentsize = dv.getUint16(42, true);
  const phnum = dv.getUint16(44, true);
  if (phnum > 0 && phentsize < 32) throw new ElfError(`bad program header size ${phentsize}`);
  inFile(bytes, phoff, phnum * phentsize, 'the program header table');
  const segs: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    if (dv.getUint32(p, true) !== PT_LOAD) continue;
    const offset = dv.getUint32(p + 4, true);
    const paddr = dv.getUint32(p + 12, true);
    const fileSize = dv.getUint32(p + 16, true);
    const memSize = dv.getUint32(p + 20, true);
    if (fileSize > memSize) throw new ElfError(`segment ${i}: file size ${fileSize} exceeds memory size ${memSize}`);
    inFile(bytes, offset, fileSize, `segment ${i}`);
    segs.push({ paddr, memSize, data: bytes.subarray(offset, offset + fileSize), flags: dv.getUint32(p + 24, true) });
  }
  if (segs.length === 0) throw new ElfError('no loadable segments');
  return segs;
}

function readSymbols(bytes: Uint8Array, dv: DataView): Map<string, number> {
  const syms = new Map<string, number>();
  const shoff = dv.getUint32(32, true);
  const shentsize = dv.getUint16(46, true);
  const shnum = dv.getUint16(48, true);
  if (shoff === 0 || shnum === 0) return syms;
  if (shentsize < 40) throw new ElfError(`bad section header size ${shentsize}`);
  inFile(bytes, shoff, shnum * shentsize, 'the section header table');
  for (let i = 0; i < shnum; i++) {
    const s = shoff + i * shentsize;
    if (dv.getUint32(s + 4, true) !== SHT_SYMTAB) continue;
    const link = dv.getUint32(s + 24, true);
    if (link >= shnum) throw new ElfError('symbol table links to a missing string table');
    const strOff = dv.getUint32(shoff + link * shentsize + 16, true);
    const strSize = dv.getUint32(shoff + link * shentsize + 20, true);
    inFile(bytes, strOff, strSize, 'the string table');
    const off = dv.getUint32(s + 16, true);
    const size = dv.getUint32(s + 20, true);
    inFile(bytes, off, size, 'the symbol table');
    for (let e = off; e + 16 <= off + size; e += 16) {
      const name = cString(bytes, strOff, strSize, dv.getUint32(e, true));
      if (name) syms.set(name, dv.getUint32(e + 4, true));
    }
  }
  return syms;
}

const utf8 = new TextDecoder();

function cString(bytes: Uint8Array, base: number, size: number, idx: number): string {
  if (idx >= size) return '';
  let end = base + idx;
  while (end < base + size && bytes[end] !== 0) end++;
  return utf8.decode(bytes.subarray(base + idx, end));
}
