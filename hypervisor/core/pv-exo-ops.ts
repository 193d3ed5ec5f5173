/**
 * The hypervisor's side of exo_op for a PV domain, after the vCPU's own
 * checks: binding machine frames beyond RAM (allocated here, freed at
 * unbind or when taken at a revocation deadline), disk extents the block
 * back-end is confined to, and the packet filter the network back-end
 * applies. Frames another domain still maps through a grant when they are
 * taken stay with the hypervisor until the last unmap.
 */
import { layout } from '../abi/constant.js';
import { EXO_EXTENT, EXOOP, pvConst } from '../abi/pv.js';
import { compileFilter, PacketFilterError, type PacketFilter } from '../pv/packet-filter.js';
import { EXO_TAKE_FRAMES } from '../worker/protocol.js';
import type { GrantTable } from './grant-table.js';
import { OutOfMemoryError, type MachineMemory } from './machine-memory.js';
import type { PvDomainCounters } from './pv-domain.js';

const c = pvConst;
const XEN_EINVAL = c('XEN_EINVAL'), XEN_ENOSYS = c('XEN_ENOSYS'), XEN_ENOMEM = c('XEN_ENOMEM'), XEN_EBUSY = c('XEN_EBUSY');
const XEN_ENOSPC = c('XEN_ENOSPC'), XEN_ENODEV = c('XEN_ENODEV');
const EXO_EXTENTS_MAX = c('EXO_EXTENTS_MAX');
const EX = layout(EXO_EXTENT).offsets;

/** What exo_op reads and changes of one PV domain. */
export interface ExoHost {
  readonly domid: number;
  readonly mm: MachineMemory;
  /** Frames of gone or unbinding domains still mapped through grants, with their mapping counts. */
  readonly orphans: Map<number, number>;
  readonly bound: Set<number>;
  readonly maxBound: number;
  readonly extents: Array<{ first: number; count: number }>;
  readonly disk: Uint8Array | null;
  readonly mac: Uint8Array | null;
  readonly grants: GrantTable;
  readonly counters: PvDomainCounters;
  /** Puts a packet filter in force (null: none). */
  setNetFilter(filter: PacketFilter | null): void;
}

/**
 * exo_op after the vCPU's checks: EXO_bind_frames allocates `count`
 * frames and returns them in the argument area; EXO_unbind_frames and
 * (from the vCPU alone) EXO_TAKE_FRAMES free the frames listed there,
 * which the vCPU has unmapped; EXO_bind_extent records a disk extent;
 * EXO_bind_net_filter a packet filter.
 */
export function exoOp(h: ExoHost, cmd: number, count: number, dv: DataView): number {
  const frames = (): number[] => Array.from({ length: count }, (_, i) => dv.getUint32(4 * i, true));
  switch (cmd) {
    case EXOOP.bindFrames: {
      if (count < 0 || 4 * count > dv.byteLength) return -XEN_EINVAL;
      if (h.bound.size + count > h.maxBound) { h.counters.exo_bind_refused++; return -XEN_ENOMEM; }
      let got: Int32Array;
      try {
        got = h.mm.allocFrames(h.domid, count);
      } catch (e) {
        if (!(e instanceof OutOfMemoryError)) throw e;
        h.counters.exo_bind_refused++;
        return -XEN_ENOMEM;
      }
      got.forEach((mfn, i) => { h.bound.add(mfn); dv.setUint32(4 * i, mfn, true); });
      h.counters.exo_frames_bound += count;
      return 0;
    }
    case EXOOP.unbindFrames: case EXO_TAKE_FRAMES: {
      if (count < 0 || 4 * count > dv.byteLength) return -XEN_EINVAL;
      const list = frames();
      if (list.some((f) => !h.bound.has(f))) return -XEN_EINVAL;
      const mapped = h.grants.mappedFrames();
      if (cmd === EXOOP.unbindFrames && list.some((f) => mapped.has(f))) return -XEN_EBUSY;
      for (const f of list) {
        h.bound.delete(f);
        const n = mapped.get(f);
        // Taken while another domain maps it through a grant: the hypervisor keeps it until the last unmap.
        if (n !== undefined) { h.mm.adopt(f); h.orphans.set(f, (h.orphans.get(f) ?? 0) + n); }
        else h.mm.release([f]);
      }
      if (cmd === EXOOP.unbindFrames) h.counters.exo_frames_unbound += count;
      else h.counters.exo_frames_revoked += count;
      return 0;
    }
    case EXOOP.bindExtent: {
      const first = dv.getUint32(EX['first_sector']!, true), n = dv.getUint32(EX['nr_sectors']!, true);
      const sectors = h.disk ? Math.floor(h.disk.length / 512) : 0;
      if (n === 0 || first + n > sectors) return -XEN_EINVAL;
      if (h.extents.length >= EXO_EXTENTS_MAX) return -XEN_ENOSPC;
      h.extents.push({ first, count: n });
      h.counters.exo_extents++;
      return 0;
    }
    case EXOOP.bindNetFilter: return bindNetFilter(h, dv);
    default: return -XEN_ENOSYS;
  }
}

/** EXO_bind_net_filter: validates and compiles the filter in `dv` and puts it in force (nr_rules 0 removes it); 0 or -XEN_E*. */
function bindNetFilter(h: ExoHost, dv: DataView): number {
  if (!h.mac) return -XEN_ENODEV;
  let filter: PacketFilter | null;
  try {
    filter = compileFilter(new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength));
  } catch (e) {
    if (e instanceof PacketFilterError) return -XEN_EINVAL;
    throw e;
  }
  h.setNetFilter(filter);
  if (filter) h.counters.exo_net_filters++;
  return 0;
}
