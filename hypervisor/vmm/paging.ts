/**
 * What the VMM needs from its shadow page tables (vmm/shadow.ts): the real
 * satp for the guest's current address space and view, classification of
 * the page faults the real hart takes, emulated writes to write-protected
 * guest page tables, and the guest's sfence.vma.
 */

import type { FaultOutcome } from './shadow.js';

/** Shadow paging as the VMM drives it. */
export interface ShadowPaging {
  /** The real satp for guest satp `guestSatp` seen from virtual privilege `view`. */
  activate(guestSatp: number, view: 'S' | 'U', sum: boolean, mxr: boolean): number;
  /** Classifies (and, for the VMM's own faults, repairs) a fault at `gva` for access 1 (read), 2 (write) or 4 (exec). */
  fault(gva: number, access: number): FaultOutcome;
  /** Performs a guest store to a write-protected page-table page and brings the shadows back in sync. */
  writeProtected(gpa: number, size: 1 | 2 | 4, value: number): void;
  /** The guest's sfence.vma: one page, or all. */
  fence(gva?: number): void;
  /** Counters for stats (shadow_syncs among them). */
  readonly counters: Readonly<Record<string, number>>;
}
