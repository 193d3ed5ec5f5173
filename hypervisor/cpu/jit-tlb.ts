/**
 * The translation tier's TLB refill: a translated block that misses the TLB
 * asks the MMU to fill the entry without raising, and keeps running when it
 * could. A fault, MMIO, a watched page or a page PMP splits fill nothing, and
 * the block then leaves the access to the interpreter, which raises or
 * takes the slow path exactly as it always does.
 */
import type { Mmu } from './mmu.js';
import { TLB_SIZE } from './mmu.js';
import { ACCESS_WRITE } from './pmp.js';
import { TRAP } from './trap.js';

/** Fills the data TLB of privilege `priv` for an access of `size` bytes at `va`; true when the entry is now cached. */
export function refill(mmu: Mmu, va: number, size: 1 | 2 | 4, access: number, priv: number): boolean {
  try {
    mmu.resolve(va, size, access, priv);
  } catch (e) {
    if (e !== TRAP) throw e;
    return false;
  }
  const set = mmu.sets[priv]!;
  const vpn = va >>> 12, i = vpn & (TLB_SIZE - 1);
  return (access === ACCESS_WRITE ? set.wTag[i] : set.rTag[i]) === vpn;
}
