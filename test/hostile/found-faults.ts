/**
 * The faults the hostile battery found in the hypervisor, each fixed and
 * each held since by one named test (whose name starts "regression:").
 * That test calls `regression` once, so `npm run fuzz -- --summary`
 * counts each fault once among the crashes found and fixed, beside the
 * fuzzers' committed regression inputs (test/fuzz/README.md).
 */
import { recordCounts } from '../fuzz/harness.js';

/** Each fault: what went wrong, where it was fixed, and the test holding it. */
export const FOUND_FAULTS = {
  'grant-copy-into-page-table': 'a grant copy could write a forged entry into a pinned page table (core/pv-domain.ts); grants.test.ts',
  'evtchn-port-leak': 'event-channel ports leaked when the struct could not be written back (vmm/pv.ts); hypercalls.test.ts',
  'grant-map-leak': 'grant maps leaked when the uop could not be written back (vmm/pv-grant.ts); grants.test.ts',
  'root-reserved-bits': 'root entries with reserved bits (U, A, D) were accepted (vmm/pv-mmu.ts); mmu.test.ts',
  'block-read-into-page-table': 'a block read could land in a page the guest pinned as a page table (pv/blkback.ts); rings-blk.test.ts',
  'ring-page-as-page-table': 'a back-end\'s ring page could be pinned as a page table while it wrote responses (pv/backend.ts); rings-blk.test.ts',
  'received-frame-into-page-table': 'a received frame could land in a page the guest pinned as a page table (pv/netback.ts); rings-net.test.ts',
  'console-store-page-as-page-table': 'the console and store pages could be pinned as page tables while their back-ends wrote them (pv/console-back.ts, pv/backend.ts); rings-console.test.ts',
  'clint-misaligned-read': 'the CLINT read 0 for a misaligned word instead of faulting (devices/clint.ts); devices.test.ts',
} as const;

/** A fault of FOUND_FAULTS. */
export type FoundFault = keyof typeof FOUND_FAULTS;

/** Counts `faults` as regressions under the test file's target `target` (call once per fault, from its one test). */
export function regression(target: string, ...faults: FoundFault[]): void {
  recordCounts(target, { regressions: faults.length });
}
