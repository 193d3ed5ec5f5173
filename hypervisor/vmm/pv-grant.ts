/**
 * grant_table_op on the vCPU's side: a map or unmap needs the guest's
 * validated tables, so the mapping is installed (and removed) here in a
 * free slot of a pinned table after the hypervisor checked the grant, and
 * recorded so that only unmap_grant_ref removes it; setup_table and copy
 * go to the hypervisor with their argument structs, batched to fit the
 * control block.
 */
import { layout } from '../abi/constant.js';
import { GNTTAB_COPY, GNTTAB_MAP, GNTTAB_SETUP_TABLE, GNTTAB_UNMAP, GNTTABOP, HYPERCALLS, pvConst } from '../abi/pv.js';
import { PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W } from '../cpu/isa.js';
import type { PvExit } from './pv.js';
import type { PvMmu } from './pv-mmu.js';

const c = pvConst;
const XEN_E2BIG = c('XEN_E2BIG'), XEN_EFAULT = c('XEN_EFAULT'), XEN_ENOSYS = c('XEN_ENOSYS');
const MMU_UPDATE_MAX_BATCH = c('MMU_UPDATE_MAX_BATCH');
const MAP = layout(GNTTAB_MAP), UNMAP = layout(GNTTAB_UNMAP);
const GNTMAP_host_map = c('GNTMAP_host_map'), GNTMAP_readonly = c('GNTMAP_readonly');
const GNTST_okay = c('GNTST_okay'), GNTST_general_error = c('GNTST_general_error');
const GNTST_bad_virt_addr = c('GNTST_bad_virt_addr'), GNTST_bad_handle = c('GNTST_bad_handle');
const SETUP_BYTES = layout(GNTTAB_SETUP_TABLE).size, COPY_BYTES = layout(GNTTAB_COPY).size;
/** Largest argument block one exit carries (the control block's argument area). */
export const PV_EXIT_ARGS_MAX = 3072;

/** What the grant operations use of their vCPU. */
export interface PvGrantHost {
  mmu: PvMmu;
  exit: PvExit;
  copyIn(va: number, len: number): Uint8Array | null;
  copyOut(va: number, data: Uint8Array): boolean;
  /** True when `len` bytes at `va` may be written back (checked before a map or unmap acts). */
  writable(va: number, len: number): boolean;
  /** The kernel's root table (grant mappings go under it). */
  kernelBase(): number;
  flushTlb(): void;
}

/** The grant-table hypercall of one PV vCPU. */
export class PvGrantOps {
  constructor(private readonly host: PvGrantHost) {}

  /** grant_table_op(cmd, uops, count): 0 or a negative errno (each map and unmap has its own status). */
  op(cmd: number, uops: number, count: number): number {
    if (cmd === GNTTABOP.map || cmd === GNTTABOP.unmap) {
      if (count >>> 0 > MMU_UPDATE_MAX_BATCH) return -XEN_E2BIG;
      const size = cmd === GNTTABOP.map ? MAP.size : UNMAP.size;
      for (let i = 0; i < count; i++) {
        const at = uops + i * size, args = this.host.copyIn(at, size);
        // A uop whose status and handle cannot be written back must not map or unmap anything.
        if (!args || !this.host.writable(at, size)) return -XEN_EFAULT;
        if (cmd === GNTTABOP.map) this.grantMap(new DataView(args.buffer));
        else this.grantUnmap(new DataView(args.buffer));
        if (!this.host.copyOut(at, args)) return -XEN_EFAULT;
      }
      this.host.flushTlb();
      return 0;
    }
    const size = cmd === GNTTABOP.setup ? SETUP_BYTES : cmd === GNTTABOP.copy ? COPY_BYTES : 0;
    if (size === 0) return -XEN_ENOSYS;
    if (count >>> 0 > MMU_UPDATE_MAX_BATCH) return -XEN_E2BIG;
    const per = Math.floor(PV_EXIT_ARGS_MAX / size);
    for (let done = 0; done < count;) {
      const n = Math.min(per, count - done), at = uops + done * size;
      const args = this.host.copyIn(at, n * size);
      if (!args) return -XEN_EFAULT;
      const r = this.host.exit(HYPERCALLS.grant_table_op, cmd, n, args);
      if (!this.host.copyOut(at, args)) return -XEN_EFAULT;
      if (r < 0) return r;
      done += n;
    }
    return 0;
  }

  /**
   * GNTTABOP_map_grant_ref at a kernel virtual address: the slot must be
   * free in a pinned table; the hypervisor checks the grant (and, for a
   * writable map, that the frame is no page table) and returns the frame;
   * the mapping is installed here and recorded so only unmap removes it.
   */
  private grantMap(dv: DataView): void {
    const o = MAP.offsets, flags = dv.getUint32(o['flags']!, true), va = dv.getUint32(o['host_addr']!, true);
    const status = (s: number): void => dv.setInt16(o['status']!, s, true);
    if (!(flags & GNTMAP_host_map)) { status(GNTST_general_error); return; }
    const slot = va & 0xfff ? -1 : this.host.mmu.freeSlot(this.host.kernelBase(), va);
    if (slot < 0) { status(GNTST_bad_virt_addr); return; }
    const args = new Uint8Array(dv.buffer, dv.byteOffset, MAP.size);
    this.host.exit(HYPERCALLS.grant_table_op, GNTTABOP.map, 1, args);
    if (dv.getInt16(o['status']!, true) !== GNTST_okay) return;
    const frame = dv.getUint32(o['dev_bus_addr']!, true) >>> 12;
    const perm = flags & GNTMAP_readonly ? PTE_R : PTE_R | PTE_W;
    this.host.mmu.mapGrant(slot, (frame << 10) | perm | PTE_U | PTE_V | PTE_A | PTE_D, dv.getUint32(o['handle']!, true));
  }

  /** GNTTABOP_unmap_grant_ref: removes the mapping at host_addr made with `handle`, then releases the grant. */
  private grantUnmap(dv: DataView): void {
    const o = UNMAP.offsets, va = dv.getUint32(o['host_addr']!, true), handle = dv.getUint32(o['handle']!, true);
    const m = this.host.mmu.grantAt(this.host.kernelBase(), va);
    if (!m || m.handle !== handle) { dv.setInt16(o['status']!, GNTST_bad_handle, true); return; }
    this.host.mmu.unmapGrant(m.slot);
    this.host.exit(HYPERCALLS.grant_table_op, GNTTABOP.unmap, 1, new Uint8Array(dv.buffer, dv.byteOffset, UNMAP.size));
  }
}
