/**
 * An S-mode kernel (for full and hw guests) that tries every way out of its
 * RAM: loads and stores to guest-physical addresses past its RAM and below
 * it with translation off, then through Sv32 page tables whose leaves point
 * outside its RAM (a superpage past the end, one at guest-physical 0) and
 * whose non-leaf entry points the walk at a table outside it. Each access
 * must end in the access fault real hardware gives. Its handler records
 * scause in s2 and skips the instruction; with translation off again it exits
 * through the test device with the mask of mismatches (dev-probe's convention).
 */
import { KERNEL_BASE, VIRT_DRAM } from '../../hypervisor/abi/virt.js';
import { beq, csrw, li, lw, or, s2, s4, sfenceVma, sw, t0, t1, t2, zero } from '../helpers/asm.js';
import { elf32, programBytes } from '../helpers/elf-writer.js';
import { exitWithResult, prologue } from './dev-probe.js';

const SATP = 0x180;
const LOAD_ACCESS = 5, STORE_ACCESS = 7;
/** The root page table: the kernel's data page. */
const ROOT_TABLE = KERNEL_BASE + 0x2000;
/** Virtual windows of the translated probes: a superpage past RAM, one at guest-physical 0, one walked through a table outside RAM. */
const VA_PAST = 0xc000_0000, VA_ZERO = 0xc040_0000, VA_WALK = 0xc080_0000;
const PTE_V = 1, LEAF = 0xcf; // V R W X A D

/** A load then a store at `va`, each checked for its access fault (bits 2i and 2i+1 of s4, mod 16). */
function probe(va: number, i: number): number[] {
  // One access `insn` at t0, checked for `cause`.
  const one = (insn: number, cause: number, bit: number): number[] =>
    [...li(s2, 0), ...li(t0, va), ...li(t1, 0x5a5a5a5a), insn, ...li(t2, cause), beq(s2, t2, 16), ...li(t2, 1 << (bit % 16)), or(s4, s4, t2)];
  return [...one(lw(t1, 0, t0), LOAD_ACCESS, 2 * i), ...one(sw(t1, 0, t0), STORE_ACCESS, 2 * i + 1)];
}

/** The root table: the kernel's 4 MiB identity-mapped, and the three hostile windows. */
function rootTable(ramBytes: number): Uint8Array {
  const t = new Uint8Array(4096), dv = new DataView(t.buffer);
  // Sets the root entry of `va`.
  const entry = (va: number, pte: number): void => dv.setUint32((va >>> 22) * 4, pte >>> 0, true);
  // A leaf superpage PTE over `pa`.
  const superpage = (pa: number): number => ((pa >>> 12) << 10) | LEAF;
  entry(KERNEL_BASE, superpage(KERNEL_BASE));
  entry(VA_PAST, superpage(VIRT_DRAM + Math.ceil(ramBytes / (4 << 20)) * (4 << 20)));
  entry(VA_ZERO, superpage(0));
  entry(VA_WALK, ((0x9000_0000 >>> 12) << 10) | PTE_V);
  return t;
}

/** The prober kernel for a guest of `ramBytes` RAM. */
export function proberKernel(ramBytes: number): Uint8Array {
  const outside = [VIRT_DRAM + ramBytes, VIRT_DRAM + ramBytes + (16 << 20), 0x0000_0000, 0x7fff_fffc, 0xffff_fffc];
  const text = [
    ...prologue('kernel'),
    ...outside.flatMap((pa, i) => probe(pa, i)),
    ...li(t0, (1 << 31) | (ROOT_TABLE >>> 12)), csrw(SATP, t0), sfenceVma(),
    ...[VA_PAST, VA_ZERO, VA_WALK].flatMap((va, i) => probe(va, outside.length + i)),
    csrw(SATP, zero), sfenceVma(), ...exitWithResult(),
  ];
  return elf32(KERNEL_BASE, [{ paddr: KERNEL_BASE, data: programBytes(text), flags: 7 }, { paddr: ROOT_TABLE, data: rootTable(ramBytes), flags: 6 }]);
}
