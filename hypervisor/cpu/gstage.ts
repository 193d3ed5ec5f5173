/**
 * The G-stage of two-stage address translation (Privileged spec, hypervisor
 * extension §8.5): while the hart runs a guest (V=1), every guest-physical
 * address — the result of the VS-stage walk through vsatp, each page-table
 * entry that walk reads, and every address when vsatp is Bare — goes
 * through the hypervisor's Sv32x4 table rooted at hgatp to a host-physical
 * address. Sv32x4 is Sv32 with two more bits of address at the root: the
 * root table is 16 KiB (4096 entries, 16 KiB aligned) and covers a 34-bit
 * guest-physical space. Leaves are checked as U-mode accesses, so they must
 * have U=1; anything the table refuses is a guest-page fault (causes 20, 21,
 * 23) that goes to the hypervisor with htval = GPA >> 2.
 *
 * The MMU's TLB caches the combined GVA → HPA translation, so this walk
 * runs only on a TLB miss (and once more for each VS-stage PTE fetched).
 */
import type { Bus } from './bus.js';
import {
  CAUSE_FETCH_ACCESS, CAUSE_FETCH_GUEST_PAGE_FAULT, CAUSE_LOAD_ACCESS, CAUSE_LOAD_GUEST_PAGE_FAULT,
  CAUSE_STORE_ACCESS, CAUSE_STORE_GUEST_PAGE_FAULT, PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X,
} from './isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from './pmp.js';
import { raise } from './trap.js';

/** hgatp.MODE for Sv32x4 (bit 31), and the root table's PPN field (§8.2.10). */
export const HGATP_MODE_SV32X4 = 0x8000_0000;
export const HGATP_PPN_MASK = 0x003f_ffff;
/** Bytes of the Sv32x4 root table (and its alignment). */
export const GSTAGE_ROOT_BYTES = 16384;
/** Guest-physical addresses are 34 bits under Sv32x4. */
const GPA_LIMIT = 2 ** 34;

/**
 * htinst values for a guest-page fault taken on an implicit access of the
 * VS-stage walk (§8.6.3, table 8.12): a 32-bit PTE read, or a write of its
 * A/D bits. Explicit accesses report 0 (the hypervisor decodes the
 * instruction itself).
 */
export const HTINST_PTE_READ = 0x0000_2000;
export const HTINST_PTE_WRITE = 0x0000_2020;

/** Guest-page-fault cause per access kind (ACCESS_READ/WRITE/EXEC). */
const GUEST_PAGE_FAULT: readonly number[] = [0, CAUSE_LOAD_GUEST_PAGE_FAULT, CAUSE_STORE_GUEST_PAGE_FAULT, 0, CAUSE_FETCH_GUEST_PAGE_FAULT];
const ACCESS_FAULT: readonly number[] = [0, CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS, 0, CAUSE_FETCH_ACCESS];

/** Counters of the G-stage walker, for stats. */
export interface GStageCounters {
  /** G-stage walks (leaf translations and VS-stage PTE fetches). */
  walks: number;
  /** Page-table entries the G-stage walks read. */
  refs: number;
  /** Guest-page faults raised. */
  faults: number;
}

/** The hgatp-rooted second stage of one hart. */
export class GStage {
  /** hgatp: MODE (Sv32x4 or Bare) and the root table's PPN; VMID is not implemented. */
  hgatp = 0;
  /** htval of the last guest-page fault: the faulting guest-physical address shifted right by 2. */
  htval = 0;
  /** htinst of the last guest-page fault (HTINST_PTE_* for an implicit access, else 0). */
  htinst = 0;
  readonly counters: GStageCounters = { walks: 0, refs: 0, faults: 0 };

  constructor(private readonly bus: Bus) {}

  /**
   * Translates guest-physical `gpa` for `access` made by the guest at `gva`
   * (the trap value of a fault); returns the host-physical address. Raises
   * a guest-page fault when the table has no leaf allowing it.
   */
  translate(gpa: number, access: number, gva: number): number {
    return this.walk(gpa, access, access, gva, 0);
  }

  /**
   * Translates the guest-physical address of a VS-stage page-table entry:
   * checked as a read (or a write, for an A/D update), faulting with the
   * cause of the original `access` (§8.5.1) and htinst marking the implicit access.
   */
  translatePte(gpa: number, access: number, gva: number, write: boolean): number {
    return this.walk(gpa, write ? ACCESS_WRITE : ACCESS_READ, access, gva, write ? HTINST_PTE_WRITE : HTINST_PTE_READ);
  }

  /** Sv32x4 walk (§8.5.1): `check` is the permission needed, `cause` the access whose fault it raises. */
  private walk(gpa: number, check: number, cause: number, gva: number, htinst: number): number {
    if ((this.hgatp & HGATP_MODE_SV32X4) === 0) return gpa;
    this.counters.walks++;
    if (gpa < 0 || gpa >= GPA_LIMIT) this.fault(gpa, cause, gva, htinst);
    let table = (this.hgatp & HGATP_PPN_MASK) * 4096;
    for (let level = 1; level >= 0; level--) {
      const index = level === 1 ? Math.floor(gpa / 0x40_0000) : Math.floor(gpa / 4096) & 0x3ff;
      const off = this.bus.ramOffset(table + index * 4);
      if (off < 0) raise(ACCESS_FAULT[cause]!, gva);
      this.counters.refs++;
      const pte = this.bus.mem32[off >>> 2]!;
      if (!(pte & PTE_V) || (!(pte & PTE_R) && pte & PTE_W)) this.fault(gpa, cause, gva, htinst);
      const ppn = pte >>> 10;
      if (!(pte & (PTE_R | PTE_X))) { table = ppn * 4096; continue; }
      if (level === 1 && ppn & 0x3ff) this.fault(gpa, cause, gva, htinst);
      if (!leafAllows(pte, check)) this.fault(gpa, cause, gva, htinst);
      return level === 1 ? (ppn >>> 10) * 0x40_0000 + (gpa % 0x40_0000) : ppn * 4096 + (gpa % 4096);
    }
    return this.fault(gpa, cause, gva, htinst);
  }

  /** Records htval/htinst and raises the guest-page fault of `access`; stval (the trap value) is the guest-virtual address. */
  private fault(gpa: number, access: number, gva: number, htinst: number): never {
    this.counters.faults++;
    this.htval = Math.floor(gpa / 4) | 0;
    this.htinst = htinst;
    return raise(GUEST_PAGE_FAULT[access]!, gva);
  }
}

/**
 * A G-stage leaf allows an access when it is a user page (G-stage accesses
 * count as U-mode, §8.5.1) with the permission, and its A (and, for a
 * write, D) bit is already set: this walker never writes a G-stage table.
 */
function leafAllows(pte: number, access: number): boolean {
  if (!(pte & PTE_U) || !(pte & PTE_A)) return false;
  if (access === ACCESS_EXEC) return (pte & PTE_X) !== 0;
  if (access === ACCESS_WRITE) return (pte & PTE_W) !== 0 && (pte & PTE_D) !== 0;
  return (pte & PTE_R) !== 0;
}
