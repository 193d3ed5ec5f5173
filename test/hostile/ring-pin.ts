/**
 * The front-end's own MMU, to pin its pages as page tables: the real PV MMU
 * of the vCPU over the same machine memory and frame-info table the
 * back-ends use, so a pin races a back-end exactly as it does across workers.
 */
import type { MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { PvMmu } from '../../hypervisor/vmm/pv-mmu.js';

/** Pins (and unpins) frames of domain `domid`, whose guest frames are `frames` in order. */
export function mmuOf(mm: MachineMemory, domid: number, frames: readonly number[]): PvMmu {
  return new PvMmu({
    memory: mm.buffer, domid, owners: mm.owners, frameInfo: mm.frameInfo, p2m: Int32Array.from(frames),
    shared: [], written: () => undefined,
  });
}
