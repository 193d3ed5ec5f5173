/**
 * The TypeScript linker (hypervisor/image/link.ts). With the RISC-V
 * toolchain (mandatory in CI), fixtures/link/build.sh compiles a test
 * program and GNU ld links it; the TypeScript linker links the same objects
 * with picolibc and libgcc, and both images must print the same, exit the
 * same and retire (nearly) the same instructions on the bare board. Then
 * garbage collection, archive loading, layout and every refusal: each bad
 * input is a LinkError naming the culprit, never a crash.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseElf } from '../../../hypervisor/image/elf.js';
import { link, LinkError, type LinkInput, type LinkOptions, type LinkResult } from '../../../hypervisor/image/link.js';
import { exovisor, ROOT } from '../../helpers/cli.js';
import { prng } from '../../helpers/prng.js';
import { hasTool } from '../../helpers/tools.js';

const FIXTURES = `${ROOT}test/hypervisor/image/fixtures/link/`;
const BASE = 0x80000000;
/** The bare runtime's crt0 wants a stack top; bare.ld puts it at the end of 16 MiB of RAM. */
const OPTS: LinkOptions = { entry: '_start', base: BASE, defsym: { __stack_top: BASE + 0x1000000 } };
const PROGRAM = ['runtime/crt0.o', 'runtime/bare.o', 'main.o', 'weak.o', 'medany.o', 'common_a.o', 'common_b.o', 'asm.o', 'unused.o', 'liblink.a'];

/** The message of the LinkError `f` throws (fails the test for anything else). */
function linkError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof LinkError) return e.message;
    throw e;
  }
  throw new Error('no LinkError');
}

/** Runs an image on the bare board with --stats. */
function runBare(file: string): { status: number | null; stdout: string; insns: number } {
  const r = exovisor(['run', '--mode', 'bare', '--timeout', '30', '--stats', file]);
  const stats = JSON.parse(r.stderr.trim().split('\n').at(-1)!) as { insns: number };
  return { status: r.status, stdout: r.stdout, insns: stats.insns };
}

/** Sums the size columns of a link's objects. */
function totals(r: LinkResult): { text: number; rodata: number; data: number; bss: number } {
  const t = { text: 0, rodata: 0, data: 0, bss: 0 };
  for (const s of r.sizes) for (const k of ['text', 'rodata', 'data', 'bss'] as const) t[k] += s[k];
  return t;
}

describe('link refusals that need no toolchain', () => {
  it('refuses a file that is no ELF object', () => {
    expect(linkError(() => link([{ name: 'notes.txt', data: new TextEncoder().encode('hello, world') }], OPTS)))
      .toBe('not a RISC-V ELF32 relocatable object: notes.txt (only 12 bytes)');
    const zeros = new Uint8Array(64);
    expect(linkError(() => link([{ name: 'zeros.o', data: zeros }], OPTS))).toBe('not a RISC-V ELF32 relocatable object: zeros.o (bad magic number)');
  });

  it('refuses thin and damaged archives', () => {
    const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(linkError(() => link([{ name: 'thin.a', data: ascii('!<thin>\n') }], OPTS))).toMatch(/^thin\.a: thin archives are not supported/);
    expect(linkError(() => link([{ name: 'cut.a', data: ascii('!<arch>\nfoo.o/') }], OPTS))).toMatch(/^truncated archive cut\.a/);
    const member = `${'junk.o/'.padEnd(16)}${'0'.padEnd(12)}${'0'.padEnd(6)}${'0'.padEnd(6)}${'644'.padEnd(8)}${'4'.padEnd(10)}\`\njunk`;
    expect(linkError(() => link([{ name: 'libjunk.a', data: ascii(`!<arch>\n${member}`) }], OPTS)))
      .toMatch(/^not a RISC-V ELF32 relocatable object: libjunk\.a\(junk\.o\)/);
  });
});

describe.runIf(hasTool('riscv64-unknown-elf-gcc'))('linker against GNU ld', () => {
  let dir = '';
  let libs: LinkInput[] = [];
  const input = (name: string): LinkInput => ({ name, data: readFileSync(join(dir, name)) });
  const program = (): LinkInput[] => [...PROGRAM.map(input), ...libs];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exo-link-'));
    execFileSync('sh', [`${FIXTURES}build.sh`, dir]);
    const paths = readFileSync(join(dir, 'libs.txt'), 'utf8').trim().split('\n');
    libs = ['libc.a', 'libgcc.a'].map((lib) => {
      const path = paths.find((p) => p.endsWith(`/${lib}`));
      if (!path) throw new Error(`build.sh found no ${lib}`);
      return { name: lib, data: readFileSync(path) };
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links a program GNU ld also links: same output, exit status and instruction count', () => {
    const r = link(program(), OPTS);
    writeFileSync(join(dir, 'ts.elf'), r.image);
    const ours = runBare(join(dir, 'ts.elf'));
    const gnu = runBare(join(dir, 'gnu.elf'));
    const norelax = runBare(join(dir, 'gnu-norelax.elf'));
    expect(gnu.stdout).toContain('SUCCESS\n');
    expect(gnu.stdout).toContain('asm 86284 aligned 0 diffs 10 00 00 00 20 00 10 ea 5a 90 34 12 ef cd ab 89\n');
    expect(ours.stdout).toBe(gnu.stdout);
    expect(ours.status).toBe(3);
    expect(gnu.status).toBe(3);
    // No relaxation here, so GNU ld --no-relax is the like-for-like count (equal, bar layout-dependent
    // paths such as memcpy alignment); relaxed calls and gp-relative loads save GNU ld a few percent.
    expect(Math.abs(ours.insns - norelax.insns)).toBeLessThanOrEqual(norelax.insns * 0.005);
    expect(Math.abs(ours.insns - gnu.insns)).toBeLessThan(gnu.insns * 0.05);
  });

  it.runIf(hasTool('qemu-system-riscv32'))('produces an image QEMU boots the same way', () => {
    writeFileSync(join(dir, 'qemu.elf'), link(program(), OPTS).image);
    const qemu = (file: string): { status: number | null; stdout: string } => spawnSync('timeout', ['-s', 'KILL', '30',
      'qemu-system-riscv32', '-machine', 'virt', '-bios', 'none', '-kernel', file, '-nographic', '-monitor', 'none', '-serial', 'stdio'],
    { encoding: 'latin1' });
    const ours = qemu(join(dir, 'qemu.elf'));
    const gnu = qemu(join(dir, 'gnu.elf'));
    expect(ours.stdout).toContain('SUCCESS\n');
    expect(ours.stdout).toBe(gnu.stdout);
    expect(ours.status).toBe(gnu.status);
  });

  it('writes an ELF32 executable the loader and GNU objdump read: segments, PT_TLS, symbols', () => {
    const r = link(program(), OPTS);
    const img = parseElf(r.image);
    expect(img.entry).toBe(BASE);
    expect(r.entry).toBe(BASE);
    expect(img.segments.map((s) => [s.paddr, s.memSize, s.flags])).toEqual(r.segments.map((s) => [s.vaddr, s.memSize, s.flags]));
    expect(r.segments.map((s) => s.flags)).toEqual([5, 4, 6]);
    const dv = new DataView(r.image.buffer, r.image.byteOffset);
    expect(dv.getUint32(36, true)).toBe(0x1); // e_flags: RVC, soft-float ABI
    const phdrs = Array.from({ length: dv.getUint16(44, true) }, (_, i) => {
      const at = dv.getUint32(28, true) + i * 32;
      return { type: dv.getUint32(at, true), offset: dv.getUint32(at + 4, true), vaddr: dv.getUint32(at + 8, true),
        fileSize: dv.getUint32(at + 16, true), memSize: dv.getUint32(at + 20, true) };
    });
    for (const p of phdrs) expect(p.offset % 4096).toBe(p.vaddr % 4096);
    const sym = (name: string): number => {
      const v = r.symbols.get(name);
      if (v === undefined) throw new Error(`no symbol ${name}`);
      return v;
    };
    const tls = phdrs.find((p) => p.type === 7)!;
    expect(tls.vaddr).toBe(sym('__tdata_start'));
    expect(tls.vaddr + tls.memSize).toBe(sym('__tbss_end'));
    expect(r.segments[1]!.vaddr % 4096).toBe(0);
    expect(r.segments[2]!.vaddr % 4096).toBe(0);
    expect(sym('__bss_start') % 16).toBe(0);
    expect(sym('__bss_end') % 16).toBe(0);
    expect(sym('__end')).toBe(Math.ceil(sym('_end') / 4096) * 4096);
    expect(sym('__global_pointer$')).toBe(sym('__data_start') + 0x800);
    expect(sym('__init_array_end') - sym('__init_array_start')).toBe(12); // three constructors
    expect(img.symbols.get('main')).toBe(sym('main'));
    const objdump = execFileSync('riscv64-unknown-elf-objdump', ['-d', join(dir, 'ts.elf')], { encoding: 'utf8' });
    expect(objdump).toMatch(/<link_asm_aligned_target>:/);
  });

  it('collects what nothing reaches, keeps the keep roots, and accounts for every kept byte', () => {
    const plain = link(program(), OPTS);
    expect(plain.symbols.has('link_unused_function')).toBe(false);
    expect(plain.symbols.has('link_kept_function')).toBe(false);
    expect(plain.sizes.find((s) => s.name === 'unused.o')).toEqual({ name: 'unused.o', text: 0, rodata: 0, data: 0, bss: 0 });
    const kept = link(program(), { ...OPTS, keep: ['link_kept_function'] });
    expect(kept.symbols.has('link_kept_function')).toBe(true);
    expect(kept.symbols.has('link_unused_function')).toBe(false);
    expect(kept.sizes.find((s) => s.name === 'unused.o')!.text).toBeGreaterThan(0);
    const t = totals(kept);
    const [text, rodata, data] = kept.segments;
    // Segments hold the sections plus alignment padding only.
    for (const [seg, sum] of [[text!, t.text], [rodata!, t.rodata], [data!, t.data + t.bss]] as const) {
      expect(seg.memSize).toBeGreaterThanOrEqual(sum);
      expect(seg.memSize - sum).toBeLessThan(64);
    }
    expect(data!.fileSize).toBeGreaterThanOrEqual(t.data);
    expect(kept.sizes.find((s) => s.name === 'common_b.o')!.bss).toBe(64); // the larger COMMON block, counted once
    expect(kept.sizes.find((s) => s.name === 'common_a.o')!.bss).toBe(4);
  });

  it('loads archive members only when something needs them', () => {
    const r = link(program(), OPTS);
    const names = r.sizes.map((s) => s.name);
    expect(names).toContain('liblink.a(lib_a.o)');
    expect(names).toContain('liblink.a(lib_b.o)'); // needed by lib_a.o, not by the program
    expect(names).not.toContain('liblink.a(lib_c.o)');
    expect(r.symbols.has('link_lib_cube')).toBe(false);
    expect(r.sizes.find((s) => s.name === 'liblink.a(lib_b.o)')!.text).toBeGreaterThan(0);
    const libc = names.filter((n) => n.startsWith('libc.a('));
    expect(libc.length).toBeGreaterThan(3);
    expect(libc.length).toBeLessThan(60); // of ~900 members
    expect(names.some((n) => n.startsWith('libgcc.a(') && n.includes('div'))).toBe(true); // 64-bit division
    expect(r.symbols.has('link_absent')).toBe(false); // weak and undefined: 0, and pulls nothing in
  });

  it('names an undefined symbol and where a live section uses it; dead references are no error', () => {
    expect(linkError(() => link([input('undef.o')], { entry: '_start', base: BASE })))
      .toMatch(/^undefined symbol link_missing \(referenced from undef\.o \.text\._start\+0x[0-9a-f]+\)$/);
    expect(linkError(() => link([input('tiny.o')], { entry: 'nowhere', base: BASE }))).toBe('undefined entry symbol nowhere');
    expect(linkError(() => link([input('tiny.o')], { entry: '_start', base: BASE, keep: ['gone'] }))).toBe('undefined symbol gone (listed in keep)');
    const r = link([input('unused.o'), input('undef.o')], { entry: 'link_kept_function', base: BASE });
    expect(r.symbols.has('_start')).toBe(false);
  });

  it('refuses two strong definitions, naming both objects', () => {
    expect(linkError(() => link([input('weak.o'), input('dup.o')], { entry: 'link_hook', base: BASE })))
      .toBe('duplicate symbol link_hook (weak.o and dup.o)');
  });

  it('refuses a relocation type it does not implement', () => {
    const obj = patchRelocType(input('tiny.o').data, 19, 20); // R_RISCV_CALL_PLT -> R_RISCV_GOT_HI20
    expect(linkError(() => link([{ name: 'tiny.o', data: obj }], { entry: '_start', base: BASE })))
      .toBe('unsupported relocation R_RISCV_GOT_HI20 in tiny.o .text._start+0x0');
  });

  it('refuses a branch whose target is out of reach', () => {
    expect(linkError(() => link([input('far.o')], { entry: '_start', base: BASE })))
      .toMatch(/^relocation out of range: R_RISCV_BRANCH in far\.o \.text\._start\+0x8 to far_target \(offset 0x2[0-9a-f]{3}\)$/);
  });

  it('refuses executables, other machines and truncated objects by name', () => {
    const tiny = input('tiny.o').data;
    const other = Uint8Array.from(tiny);
    other[18] = 62; // EM_X86_64
    expect(linkError(() => link([{ name: 'x86.o', data: other }], OPTS))).toBe('not a RISC-V ELF32 relocatable object: x86.o (e_machine 62, expected 243)');
    expect(linkError(() => link([input('gnu.elf')], OPTS))).toBe('not a RISC-V ELF32 relocatable object: gnu.elf (e_type 2, expected 1 (ET_REL))');
    for (let len = 0; len < tiny.length; len += 7) {
      expect(linkError(() => link([{ name: 'cut.o', data: tiny.subarray(0, len) }], { entry: '_start', base: BASE }))).toMatch(/cut\.o/);
    }
  });

  it('answers damaged objects and archives with a LinkError or an image, never another exception', () => {
    const next = prng(0x11);
    const cases: Array<[LinkInput, LinkOptions]> = [
      [input('tiny.o'), { entry: '_start', base: BASE }],
      [input('liblink.a'), { entry: 'link_lib_square_plus', base: BASE }],
    ];
    for (const [good, opts] of cases) {
      for (let i = 0; i < 1500; i++) {
        const bad = Uint8Array.from(good.data);
        for (let k = 0; k < 4; k++) bad[8 + (next() % (bad.length - 8))] = next() & 0xff;
        try {
          link([{ name: good.name, data: bad }], opts);
        } catch (e) {
          if (!(e instanceof LinkError)) throw new Error(`${good.name} case ${i}: ${String(e)}`);
        }
      }
    }
  });
});

/** A copy of an object with its first relocation of type `from` changed to `to` (the low byte of r_info). */
function patchRelocType(obj: Uint8Array, from: number, to: number): Uint8Array {
  const out = Uint8Array.from(obj);
  const dv = new DataView(out.buffer);
  const shoff = dv.getUint32(32, true);
  for (let i = 0; i < dv.getUint16(48, true); i++) {
    const sh = shoff + i * 40;
    if (dv.getUint32(sh + 4, true) !== 4) continue; // SHT_RELA
    const off = dv.getUint32(sh + 16, true);
    for (let at = off; at < off + dv.getUint32(sh + 20, true); at += 12) {
      if (out[at + 4] === from) {
        out[at + 4] = to;
        return out;
      }
    }
  }
  throw new Error(`no relocation of type ${from}`);
}
