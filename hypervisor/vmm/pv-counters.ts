/**
 * A paravirtual guest's counters as the vCPU publishes them in its control
 * block's Float64 slots (protocol.ts VCPU_COUNTERS): upcalls, bounced traps,
 * page-table batches, blocking, the timer, the exokernel's revocations, and
 * hypercalls by name. The hypervisor reads the slots at any time.
 */
import { counterSlot, type VcpuCounter } from '../worker/protocol.js';
import type { PvGuest } from './pv.js';

/** Writes a PV guest's counters into the control block's slots. */
export function publishPv(c: Float64Array, pv: PvGuest): void {
  const p = pv.counters;
  c[counterSlot('pv_upcalls')] = p.upcalls;
  c[counterSlot('pv_traps_bounced')] = p.traps_bounced;
  c[counterSlot('pv_mmu_batches')] = p.mmu_batches;
  c[counterSlot('pv_mmu_ptes')] = p.mmu_ptes;
  c[counterSlot('pv_mmu_batch_max')] = p.mmu_batch_max;
  c[counterSlot('pv_mmu_refused')] = pv.mmu.counters.refused;
  c[counterSlot('pv_pins')] = pv.mmu.counters.pins;
  c[counterSlot('pv_blocks')] = p.blocks;
  c[counterSlot('pv_timer_fired')] = p.timer_fired;
  c[counterSlot('pv_exo_revoke_seen')] = p.exo_revoke_seen;
  c[counterSlot('pv_exo_revoke_voluntary')] = p.exo_revoke_voluntary;
  c[counterSlot('pv_exo_revoke_forced')] = p.exo_revoke_forced;
  c[counterSlot('pv_exo_frames_taken')] = p.exo_frames_taken;
  c[counterSlot('pv_exo_refused')] = p.exo_refused;
  let unknown = 0;
  for (const [name, n] of Object.entries(p.hypercalls)) {
    if (name.startsWith('unknown_')) unknown += n;
    else c[counterSlot(`hc_${name}` as VcpuCounter)] = n;
  }
  c[counterSlot('hc_unknown')] = unknown;
}
