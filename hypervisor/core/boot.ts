/**
 * Puts a domain's boot images into its RAM the way QEMU's virt board does
 * before the reset vector runs: either one bare program (entered in M-mode
 * at its ELF entry, a0 = hart id, a1 = 0), or firmware plus kernel plus a
 * device tree (entered at the start of RAM with a0 = hart id, a1 = device
 * tree, a2 = struct fw_dynamic_info naming the kernel's entry point), or —
 * for the trap-and-emulate VMM, which answers SBI itself — the kernel and
 * the device tree alone.
 */
import { layout } from '../abi/constant.js';
import { FW_DYNAMIC_INFO_MAGIC, FW_DYNAMIC_INFO_VERSION, FW_NEXT_MODE_S, VIRT_DRAM, VIRT_HEADER } from '../abi/virt.js';
import { checkEntry, ElfError, type ElfImage } from '../image/elf.js';
import type { GuestMemory } from './guest-memory.js';

/** Initial pc and a0–a2. */
export interface BootState {
  entry: number;
  args: [number, number, number];
  /** Guest-physical address of the device tree (0 when there is none). */
  fdt: number;
}

interface Extent { start: number; end: number; what: string }

/** Checks that every extent lies in RAM and that none overlap; throws ElfError naming the culprits. */
function checkExtents(mem: GuestMemory, extents: Extent[]): void {
  const ramEnd = mem.ramBase + mem.ramBytes;
  for (const e of extents) {
    if (e.start < mem.ramBase || e.end > ramEnd) {
      throw new ElfError(`${e.what} at 0x${e.start.toString(16)}–0x${e.end.toString(16)} lies outside RAM ` +
        `0x${mem.ramBase.toString(16)}–0x${ramEnd.toString(16)} (${mem.ramBytes >> 20} MiB)`);
    }
  }
  const sorted = [...extents].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw new ElfError(`${sorted[i - 1]!.what} overlaps ${sorted[i]!.what}`);
  }
}

function segmentExtents(image: ElfImage, what: string): Extent[] {
  return image.segments.filter((s) => s.memSize > 0)
    .map((s, i) => ({ start: s.paddr, end: s.paddr + s.memSize, what: `${what} segment ${i}` }));
}

/**
 * Checks one image before it is loaded: its segments in RAM and apart,
 * its entry inside one of them. Exported for the PV builder, whose own
 * range rule is narrower but which must refuse the same layouts.
 */
export function checkLoadable(mem: GuestMemory, image: ElfImage, what: string): void {
  checkExtents(mem, segmentExtents(image, what));
  checkEntry(image, what);
}

function loadSegments(mem: GuestMemory, image: ElfImage): void {
  for (const s of image.segments) {
    if (s.memSize === 0) continue;
    mem.write(s.paddr, s.data);
    mem.zero(s.paddr + s.data.length, s.memSize - s.data.length);
  }
}

/** Where the device tree goes: the last page-aligned address in RAM it fits below the end. */
function fdtAddress(mem: GuestMemory, fdt: Uint8Array): number {
  return Math.floor((mem.ramBase + mem.ramBytes - fdt.length) / 4096) * 4096;
}

/** Loads one bare program. */
export function loadBare(mem: GuestMemory, image: ElfImage): BootState {
  checkLoadable(mem, image, 'program');
  loadSegments(mem, image);
  return { entry: image.entry, args: [0, 0, 0], fdt: 0 };
}

/**
 * Loads firmware and kernel at their ELF addresses, the device tree at the
 * top of RAM and the fw_dynamic_info record just below it.
 */
export function loadFirmwareBoot(mem: GuestMemory, firmware: ElfImage, kernel: ElfImage, fdt: Uint8Array): BootState {
  const info = layout(VIRT_HEADER.structs![0]!);
  const fdtAddr = fdtAddress(mem, fdt);
  const infoAddr = fdtAddr - 64;
  checkExtents(mem, [
    ...segmentExtents(firmware, 'firmware'),
    ...segmentExtents(kernel, 'kernel'),
    { start: infoAddr, end: fdtAddr + fdt.length, what: 'device tree' },
  ]);
  if (firmware.entry !== VIRT_DRAM) throw new ElfError(`firmware entry 0x${firmware.entry.toString(16)} is not the start of RAM 0x${VIRT_DRAM.toString(16)}`);
  // The firmware jumps to the kernel's entry: one outside the kernel would crash the guest with no word of why.
  checkEntry(kernel, 'kernel');
  loadSegments(mem, firmware);
  loadSegments(mem, kernel);
  mem.write(fdtAddr, fdt);
  const rec = new DataView(new ArrayBuffer(info.size));
  const o = info.offsets;
  rec.setUint32(o['magic']!, FW_DYNAMIC_INFO_MAGIC, true);
  rec.setUint32(o['version']!, FW_DYNAMIC_INFO_VERSION, true);
  rec.setUint32(o['next_addr']!, kernel.entry >>> 0, true);
  rec.setUint32(o['next_mode']!, FW_NEXT_MODE_S, true);
  mem.write(infoAddr, new Uint8Array(rec.buffer));
  return { entry: VIRT_DRAM, args: [0, fdtAddr, infoAddr], fdt: fdtAddr };
}

/**
 * Loads a kernel for the trap-and-emulate VMM: no firmware (the VMM answers
 * SBI), the kernel at its ELF addresses and the device tree at the top of
 * RAM; the kernel is entered in (virtual) S-mode with a0 = hart id, a1 = device tree.
 */
export function loadKernelBoot(mem: GuestMemory, kernel: ElfImage, fdt: Uint8Array): BootState {
  const fdtAddr = fdtAddress(mem, fdt);
  checkExtents(mem, [...segmentExtents(kernel, 'kernel'), { start: fdtAddr, end: fdtAddr + fdt.length, what: 'device tree' }]);
  checkEntry(kernel, 'kernel'); // else the guest crashes at its first fetch, far from the cause
  loadSegments(mem, kernel);
  mem.write(fdtAddr, fdt);
  return { entry: kernel.entry, args: [0, fdtAddr, 0], fdt: fdtAddr };
}
