/**
 * Boot images in a domain's RAM, reached through a scattered P2M: a bare
 * program's segments at their addresses with bss zeroed; firmware, kernel,
 * device tree at the top of RAM and the fw_dynamic_info record below it;
 * and every image that would not fit, or would overlap another, refused
 * with an ElfError before anything is written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FW_DYNAMIC_INFO_MAGIC, FW_DYNAMIC_INFO_VERSION, FW_NEXT_MODE_S } from '../../../hypervisor/abi/virt.js';
import { loadBare, loadFirmwareBoot, loadKernelBoot } from '../../../hypervisor/core/boot.js';
import { GuestMemory } from '../../../hypervisor/core/guest-memory.js';
import { FRAME_SIZE, MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { ElfError, parseElf, type ElfImage } from '../../../hypervisor/image/elf.js';
import { ROOT } from '../../helpers/cli.js';
import { elf32, type SegmentSpec } from '../../helpers/elf-writer.js';
import { prng } from '../../helpers/prng.js';

const RAM = 0x8000_0000;
const RAM_BYTES = 4 << 20;
const RAM_END = RAM + RAM_BYTES;
/** What RAM holds before loading, so zeroing and stray writes both show. */
const GARBAGE = 0xaa;

/** RAM (4 MiB unless told) whose frames are scattered through machine memory, filled with GARBAGE. */
function scatteredRam(ramBytes = RAM_BYTES): { mm: MachineMemory; gm: GuestMemory } {
  const mm = new MachineMemory(4 * ramBytes);
  const filler = mm.allocFrames(99, mm.freeFrames);
  const next = prng(7);
  mm.release(filler.filter(() => next() % 3 !== 0));
  const gm = new GuestMemory(mm, 1, RAM, ramBytes);
  gm.write(RAM, new Uint8Array(ramBytes).fill(GARBAGE));
  return { mm, gm };
}

const image = (entry: number, segs: SegmentSpec[]): ElfImage => parseElf(elf32(entry, segs));
const bytes = (n: number, seed: number): Uint8Array => {
  const next = prng(seed);
  return Uint8Array.from({ length: n }, () => next() & 0xff);
};
const u32 = (gm: GuestMemory, gpa: number): number => new DataView(gm.read(gpa, 4).buffer).getUint32(0, true);

describe('loadBare', () => {
  it('puts each segment at its address through the P2M, zeroes bss and enters at the ELF entry', () => {
    const { mm, gm } = scatteredRam();
    const sorted = [...gm.p2m].sort((a, b) => a - b);
    expect(sorted.some((f, i) => i > 0 && f !== sorted[i - 1]! + 1)).toBe(true);
    const text = bytes(5000, 1); // spans two frames
    const data = bytes(40, 2);
    const dataAt = RAM + 0x3ff0; // data straddles a frame boundary; its bss runs over two more
    const img = image(RAM + 0x1000, [
      { paddr: RAM + 0x1000, data: text, flags: 5 },
      { paddr: dataAt, data, memSize: 0x2100, flags: 6 },
    ]);
    const boot = loadBare(gm, img);
    expect(boot).toEqual({ entry: RAM + 0x1000, args: [0, 0, 0], fdt: 0 });
    expect(gm.read(RAM + 0x1000, text.length)).toEqual(text);
    expect(gm.read(dataAt, data.length)).toEqual(data);
    expect(gm.read(dataAt + data.length, 0x2100 - data.length).every((b) => b === 0)).toBe(true);
    // The machine frames named by the P2M hold the bytes (checked without going through GuestMemory).
    const at = (gpa: number): number => mm.bytes[gm.p2m[(gpa - RAM) >>> 12]! * FRAME_SIZE + ((gpa - RAM) & 0xfff)]!;
    for (let k = 0; k < text.length; k += 97) expect(at(RAM + 0x1000 + k)).toBe(text[k]);
    expect(at(dataAt + 0x20ff)).toBe(0);
    // Nothing else in RAM changed.
    expect(gm.read(RAM, 0x1000).every((b) => b === GARBAGE)).toBe(true);
    expect(gm.read(RAM + 0x1000 + text.length, dataAt - RAM - 0x1000 - text.length).every((b) => b === GARBAGE)).toBe(true);
    expect(gm.read(dataAt + 0x2100, RAM_END - dataAt - 0x2100).every((b) => b === GARBAGE)).toBe(true);
  });

  it('loads the committed hello guest where its ELF says', () => {
    const { gm } = scatteredRam();
    const img = parseElf(readFileSync(`${ROOT}test/guests/build/hello.elf`));
    const boot = loadBare(gm, img);
    expect(boot.entry).toBe(img.entry);
    for (const s of img.segments) {
      expect(Buffer.compare(gm.read(s.paddr, s.data.length), s.data)).toBe(0);
      expect(gm.read(s.paddr + s.data.length, s.memSize - s.data.length).every((b) => b === 0)).toBe(true);
    }
  });

  it.each([
    ['past its only segment', RAM + 0x10],
    ['in an empty segment', 0x1000],
    ['below RAM', RAM - 4],
  ])('refuses an entry %s, before writing anything', (_what, entry) => {
    const { gm } = scatteredRam();
    const img = image(entry, [{ paddr: RAM, data: bytes(16, 3) }, { paddr: 0x1000, data: new Uint8Array(0), memSize: 0 }]);
    expect(() => loadBare(gm, img)).toThrow(new RegExp(`program entry 0x${(entry >>> 0).toString(16)} lies outside every loaded segment`));
    expect(gm.read(RAM, 16).every((b) => b === GARBAGE)).toBe(true);
  });

  it('ignores empty segments wherever they claim to be', () => {
    const { gm } = scatteredRam();
    const boot = loadBare(gm, image(RAM, [
      { paddr: RAM, data: bytes(16, 3) },
      { paddr: 0x1000, data: new Uint8Array(0), memSize: 0 },
    ]));
    expect(boot.entry).toBe(RAM);
  });

  it.each([
    ['below RAM', [{ paddr: RAM - 0x1000, data: bytes(16, 4) }], /program segment 0 at 0x7ffff000–0x7ffff010 lies outside RAM 0x80000000–0x80400000 \(4 MiB\)/],
    ['above RAM', [{ paddr: RAM_END, data: bytes(16, 4) }], /program segment 0 at 0x80400000.* lies outside RAM/],
    ['straddling the end of RAM', [{ paddr: RAM_END - 8, data: bytes(16, 4) }], /lies outside RAM/],
    ['with bss running past the end of RAM', [{ paddr: RAM_END - 0x100, data: bytes(16, 4), memSize: 0x200 }], /lies outside RAM/],
    ['at address zero', [{ paddr: 0, data: bytes(16, 4) }], /lies outside RAM/],
    ['overlapping another segment', [
      { paddr: RAM + 0x100, data: bytes(0x100, 4) },
      { paddr: RAM + 0x1f0, data: bytes(16, 5) },
    ], /program segment 0 overlaps program segment 1/],
    ['overlapping through bss', [
      { paddr: RAM + 0x2000, data: bytes(16, 4) },
      { paddr: RAM, data: bytes(16, 5), memSize: 0x2001 },
    ], /program segment 1 overlaps program segment 0/],
  ])('refuses a segment %s, before writing anything', (_what, segs, message) => {
    const { mm, gm } = scatteredRam();
    const before = mm.bytes.slice();
    let err: unknown;
    try {
      loadBare(gm, image(RAM, segs));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ElfError);
    expect((err as Error).message).toMatch(message);
    expect(Buffer.compare(mm.bytes, before)).toBe(0);
  });

  it('accepts segments that touch end to end', () => {
    const { gm } = scatteredRam();
    expect(() => loadBare(gm, image(RAM, [
      { paddr: RAM, data: bytes(0x100, 6) },
      { paddr: RAM + 0x100, data: bytes(0x100, 7) },
      { paddr: RAM_END - 0x10, data: bytes(0x10, 8) },
    ]))).not.toThrow();
  });
});

describe('loadFirmwareBoot', () => {
  const KERNEL = RAM + 0x20_0000;
  const firmware = (): ElfImage => image(RAM, [
    { paddr: RAM, data: bytes(3000, 10), flags: 5 },
    { paddr: RAM + 0x1000, data: bytes(100, 11), memSize: 0x3000, flags: 6 },
  ]);
  const kernel = (entry = KERNEL + 0x40): ElfImage => image(entry, [{ paddr: KERNEL, data: bytes(9000, 12), memSize: 0x4000 }]);

  it('loads firmware and kernel, puts the device tree at the top of RAM and fw_dynamic_info below it', () => {
    const { gm } = scatteredRam();
    const fdt = bytes(3001, 13);
    const fw = firmware(), k = kernel();
    const boot = loadFirmwareBoot(gm, fw, k, fdt);

    for (const img of [fw, k]) {
      for (const s of img.segments) {
        expect(gm.read(s.paddr, s.data.length)).toEqual(s.data);
        expect(gm.read(s.paddr + s.data.length, s.memSize - s.data.length).every((b) => b === 0)).toBe(true);
      }
    }
    const fdtAddr = boot.fdt;
    expect(fdtAddr % FRAME_SIZE).toBe(0);
    expect(fdtAddr + fdt.length).toBeLessThanOrEqual(RAM_END);
    expect(RAM_END - (fdtAddr + fdt.length)).toBeLessThan(FRAME_SIZE);
    expect(gm.read(fdtAddr, fdt.length)).toEqual(fdt);

    const info = boot.args[2];
    expect(info).toBeLessThan(fdtAddr);
    expect(fdtAddr - info).toBeGreaterThanOrEqual(24);
    expect(u32(gm, info)).toBe(FW_DYNAMIC_INFO_MAGIC);
    expect(u32(gm, info + 4)).toBe(FW_DYNAMIC_INFO_VERSION);
    expect(u32(gm, info + 8)).toBe(KERNEL + 0x40);
    expect(u32(gm, info + 12)).toBe(FW_NEXT_MODE_S);
    expect(u32(gm, info + 16)).toBe(0); // options
    expect(u32(gm, info + 20)).toBe(0); // boot_hart

    // Entered at the start of RAM with a0 = hart 0, a1 = device tree, a2 = boot info: all unsigned addresses.
    expect(boot).toEqual({ entry: RAM, args: [0, fdtAddr, info], fdt: fdtAddr });
    expect(fdtAddr).toBeGreaterThan(RAM);
  });

  it('puts a device tree of exactly one frame in the last frame of RAM', () => {
    const { gm } = scatteredRam();
    const boot = loadFirmwareBoot(gm, firmware(), kernel(), bytes(FRAME_SIZE, 14));
    expect(boot.fdt).toBe(RAM_END - FRAME_SIZE);
    expect(boot.args[2]).toBe(RAM_END - FRAME_SIZE - 64);
  });

  it('boots the committed SBI firmware with the committed S-mode payload', () => {
    const { gm } = scatteredRam(16 << 20);
    const fw = parseElf(readFileSync(`${ROOT}libos/sbi/build/sbi.elf`));
    const k = parseElf(readFileSync(`${ROOT}test/firmware/build/payload_high.elf`));
    const boot = loadFirmwareBoot(gm, fw, k, bytes(1500, 15));
    expect(boot.entry).toBe(RAM);
    expect(boot.fdt).toBe(RAM + (16 << 20) - FRAME_SIZE);
    expect(u32(gm, boot.args[2] + 8)).toBe(k.entry);
    for (const s of [...fw.segments, ...k.segments]) {
      expect(Buffer.compare(gm.read(s.paddr, s.data.length), s.data)).toBe(0);
    }
  });

  it('refuses a kernel that overlaps the firmware (the bare hello guest is linked at 0x80000000)', () => {
    const { gm } = scatteredRam();
    const fw = parseElf(readFileSync(`${ROOT}libos/sbi/build/sbi.elf`));
    const k = parseElf(readFileSync(`${ROOT}test/guests/build/hello.elf`));
    expect(() => loadFirmwareBoot(gm, fw, k, bytes(100, 16))).toThrow(ElfError);
    expect(() => loadFirmwareBoot(gm, fw, k, bytes(100, 16))).toThrow(/firmware segment \d overlaps kernel segment \d/);
  });

  it.each([
    ['a firmware whose entry is not the start of RAM', () => image(RAM + 0x100, [{ paddr: RAM, data: bytes(0x200, 20) }]), kernel,
      4096, /firmware entry 0x80000100 is not the start of RAM 0x80000000/],
    ['a kernel outside RAM', firmware, () => image(0x4000_0000, [{ paddr: 0x4000_0000, data: bytes(64, 21) }]),
      4096, /kernel segment 0 at 0x40000000–0x40000040 lies outside RAM/],
    ['a kernel running into the device tree', firmware, () => image(RAM_END - 0x2000, [{ paddr: RAM_END - 0x2000, data: bytes(0x1800, 22) }]),
      4096, /kernel segment 0 overlaps device tree/],
    ['a kernel overlapping the firmware', firmware, () => image(RAM + 0x2000, [{ paddr: RAM + 0x2000, data: bytes(64, 23) }]),
      4096, /firmware segment 1 overlaps kernel segment 0/],
    ['a kernel whose entry lies outside its segments', firmware, () => kernel(KERNEL + 0x10_0000), 4096, /kernel entry 0x80300000 lies outside every loaded segment/],
    ['RAM too small for the device tree', firmware, kernel, RAM_BYTES + 1, /device tree at .* lies outside RAM/],
    ['a device tree that leaves no room for fw_dynamic_info', firmware, kernel, RAM_BYTES, /device tree at .* lies outside RAM/],
  ])('refuses %s, before writing anything', (_what, fw, k, fdtBytes, message) => {
    const { mm, gm } = scatteredRam();
    const before = mm.bytes.slice();
    let err: unknown;
    try {
      loadFirmwareBoot(gm, fw(), k(), bytes(fdtBytes, 24));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ElfError);
    expect((err as Error).message).toMatch(message);
    expect(Buffer.compare(mm.bytes, before)).toBe(0);
  });
});

describe('loadKernelBoot', () => {
  const KERNEL = RAM + 0x10_0000;

  it('refuses a kernel whose entry lies outside its segments, before writing anything', () => {
    const { mm, gm } = scatteredRam();
    const before = mm.bytes.slice();
    const k = image(RAM, [{ paddr: KERNEL, data: bytes(5000, 30), memSize: 0x2000 }]);
    expect(() => loadKernelBoot(gm, k, bytes(100, 31))).toThrow(/^kernel entry 0x80000000 lies outside every loaded segment$/);
    expect(Buffer.compare(mm.bytes, before)).toBe(0);
    const good = image(KERNEL + 0x10, [{ paddr: KERNEL, data: bytes(5000, 30), memSize: 0x2000 }]);
    expect(loadKernelBoot(gm, good, bytes(100, 31)).entry).toBe(KERNEL + 0x10);
  });
});
