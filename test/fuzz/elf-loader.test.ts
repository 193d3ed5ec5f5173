/**
 * Fuzzing the ELF loader (image/elf.ts parseElf, then core/boot.ts
 * loadBare into real guest memory): random bytes, mutations of every
 * committed executable, and structured hostile executables. Any input
 * either loads or is refused with an ElfError; the CLI turns that refusal
 * into one line and exit status 2.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { VIRT_DRAM } from '../../hypervisor/abi/virt.js';
import { loadBare } from '../../hypervisor/core/boot.js';
import { GuestMemory } from '../../hypervisor/core/guest-memory.js';
import { MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { ElfError, parseElf } from '../../hypervisor/image/elf.js';
import { exovisor, ROOT } from '../helpers/cli.js';
import { elf32, type SegmentSpec } from '../helpers/elf-writer.js';
import { fuzz, recordCounts } from './harness.js';
import { applyEdits, editsArb, elfHotRanges } from './mutate.js';
import { checkElf } from './targets.js';

/** Every committed executable: test guests, apps, firmware and kernels. */
const ELFS = ['test/guests/build', 'apps/build', 'libos/sbi/build', 'libos/kernel/build']
  .flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.elf')).sort().map((f) => new Uint8Array(readFileSync(join(ROOT, d, f)))));

/** Addresses a hostile segment likes: RAM edges, zero, the top of the address space. */
const ADDRS = [0, VIRT_DRAM, VIRT_DRAM + 0x1000, VIRT_DRAM + (1 << 20) - 16, VIRT_DRAM + (1 << 20), 0xffff_f000, 0x7fff_f000];
const SIZES = [0, 1, 16, 0x1000, 0x10_0000, 0x7fff_ffff, 0xffff_ffff];

/** A hostile segment: address and sizes from the edges, file bytes possibly more than memory. */
const segmentArb: fc.Arbitrary<SegmentSpec> = fc.record({
  paddr: fc.oneof(fc.constantFrom(...ADDRS), fc.nat({ max: 0xffff_ffff })),
  data: fc.uint8Array({ maxLength: 64 }),
  memSize: fc.oneof(fc.constantFrom(...SIZES), fc.nat({ max: 0x2000 })),
  flags: fc.integer({ min: 0, max: 7 }),
});

describe('ELF loader fuzzing', () => {
  it('random bytes, with and without an ELF header in front, load or are refused with an ElfError', async () => {
    const header = ELFS[0]!.subarray(0, 52);
    await fuzz('elf-random', [fc.uint8Array({ maxLength: 600 }), fc.boolean()], (tail, withHeader) => {
      const bytes = withHeader ? new Uint8Array([...header, ...tail]) : tail;
      checkElf(bytes);
    }, 400);
  });

  it('mutated committed executables load or are refused with an ElfError', async () => {
    const arb = fc.integer({ min: 0, max: ELFS.length - 1 }).chain((i) => fc.tuple(fc.constant(i), editsArb(ELFS[i]!.length, elfHotRanges(ELFS[i]!), 6)));
    await fuzz('elf-mutated', [arb], ([i, edits]) => checkElf(applyEdits(ELFS[i]!, edits)), 600);
  });

  it('structured hostile executables (overlaps, huge sizes, filesz > memsz, entry anywhere) load or are refused', async () => {
    const entry = fc.oneof(fc.constantFrom(...ADDRS), fc.nat({ max: 0xffff_ffff }));
    await fuzz('elf-structured', [entry, fc.array(segmentArb, { maxLength: 5 })], (e, segs) => checkElf(elf32(e, segs)), 600);
  });
});

/** `b` with byte `at` set to `v`. */
function withByte(b: Uint8Array, at: number, v: number): Uint8Array {
  b[at] = v;
  return b;
}

describe('hostile executables are refused with a message a user can act on', () => {
  const ram = (off: number): number => VIRT_DRAM + off;
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['a 4 GiB segment', elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(4), memSize: 0xffff_ffff }]), /outside RAM/],
    ['a segment wrapping past the top of the address space', elf32(ram(0), [{ paddr: 0xffff_f000, data: new Uint8Array(4), memSize: 0x2000 }]), /outside RAM/],
    ['file bytes beyond the memory size', elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(32), memSize: 16 }]), /file size 32 exceeds memory size 16/],
    ['overlapping segments', elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(64) }, { paddr: ram(32), data: new Uint8Array(64) }]), /overlaps/],
    ['a segment below RAM', elf32(ram(0), [{ paddr: 0x1000, data: new Uint8Array(4) }]), /outside RAM/],
    ['an ELF64 file', withByte(elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(4) }]), 4, 2), /wrong ELF class: ELF64/],
    ['a big-endian file', withByte(elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(4) }]), 5, 2), /little-endian/],
    ['a truncated header', elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(4) }]).subarray(0, 30), /only 30 bytes/],
    ['an x86-64 machine', elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(4) }], { machine: 62 }), /wrong machine/],
    ['a shared object', elf32(ram(0), [{ paddr: ram(0), data: new Uint8Array(4) }], { type: 3 }), /not an executable/],
  ];

  it.each(cases)('%s', (_name, bytes, message) => {
    recordCounts('elf-hostile', { hostileCases: 1 });
    checkElf(bytes);
    const err = refusalOf(bytes);
    expect(err).toBeInstanceOf(ElfError);
    expect((err as Error).message).toMatch(message);
  });
});

const strictMemory = new GuestMemory(new MachineMemory(2 << 20), 2, VIRT_DRAM, 1 << 20);

/** The error parseElf or loadBare (into 1 MiB of RAM) gives `bytes`, or undefined when both accept it. */
function refusalOf(bytes: Uint8Array): unknown {
  try {
    loadBare(strictMemory, parseElf(bytes));
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('the CLI refuses a bad executable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exovisor-fuzz-elf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['truncated', ELFS[0]!.subarray(0, 40)],
    ['a segment outside RAM', elf32(VIRT_DRAM, [{ paddr: 0x1000, data: new Uint8Array(4) }])],
    ['filesz > memsz', elf32(VIRT_DRAM, [{ paddr: VIRT_DRAM, data: new Uint8Array(32), memSize: 16 }])],
  ])('run --mode bare with %s prints one line and exits 2', (name, bytes) => {
    recordCounts('elf-cli', { hostileCases: 1 });
    const file = join(dir, `${name.replace(/\W+/g, '-')}.elf`);
    writeFileSync(file, bytes);
    const r = exovisor(['run', '--mode', 'bare', file], 30_000);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^exovisor: /);
  });
});
