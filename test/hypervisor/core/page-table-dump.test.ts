/**
 * The Sv32 dump inspection shows: leaves merged into runs only where
 * virtual pages, frames and flags all continue, megapages counted as 1024
 * pages, the run bound honoured (with every mapping still counted), tables
 * the space cannot read skipped, and paging off reported as such.
 */
import { describe, expect, it } from 'vitest';
import { PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32 } from '../../../hypervisor/cpu/isa.js';
import { dumpSv32, pteFlags, type TableSpace } from '../../../hypervisor/core/page-table-dump.js';

const RW = PTE_V | PTE_R | PTE_W | PTE_A | PTE_D;
const leaf = (ppn: number, flags = RW): number => (ppn << 10) | flags;
const pointer = (ppn: number): number => (ppn << 10) | PTE_V;

/** A space of tables by page number (others unreadable). */
function space(tables: Map<number, Int32Array>): TableSpace {
  return { label: 'test', space: 'machine', readTable: (ppn) => tables.get(ppn) ?? null, frameOf: (ppn) => ppn };
}

describe('dumpSv32', () => {
  it('merges continuing leaves into runs and splits where frame, address or flags break', () => {
    const root = new Int32Array(1024), l1 = new Int32Array(1024);
    root[0x200] = pointer(10); // va 0x80000000
    root[0x201] = leaf(0x400, RW | PTE_X); // a megapage at 0x80400000
    root[0x202] = pointer(99); // unreadable: skipped
    for (let i = 0; i < 4; i++) l1[i] = leaf(100 + i); // one run of 4
    l1[4] = leaf(200); // frame breaks
    l1[5] = leaf(201, RW | PTE_U); // flags break
    l1[7] = leaf(202, RW | PTE_U); // address breaks (6 is empty)
    const d = dumpSv32(SATP_MODE_SV32 | 5, space(new Map([[5, root], [10, l1]])), 10);
    expect(d.root).toBe(5);
    expect(d.runs).toEqual([
      { va: 0x8000_0000, frame: 100, pages: 4, flags: 'RW---AD' },
      { va: 0x8000_4000, frame: 200, pages: 1, flags: 'RW---AD' },
      { va: 0x8000_5000, frame: 201, pages: 1, flags: 'RW-U-AD' },
      { va: 0x8000_7000, frame: 202, pages: 1, flags: 'RW-U-AD' },
      { va: 0x8040_0000, frame: 0x400, pages: 1024, flags: 'RWX--AD' },
    ]);
    expect(d.mappings).toBe(4 + 3 + 1024);
    expect(d.truncated).toBe(false);
  });

  it('keeps at most maxRuns runs yet counts every mapping', () => {
    const root = new Int32Array(1024), l1 = new Int32Array(1024);
    root[0] = pointer(2);
    for (let i = 0; i < 1024; i += 2) l1[i] = leaf(i); // every other page: 512 runs
    const d = dumpSv32(SATP_MODE_SV32 | 1, space(new Map([[1, root], [2, l1]])), 16);
    expect(d.runs).toHaveLength(16);
    expect(d.mappings).toBe(512);
    expect(d.truncated).toBe(true);
  });

  it('reports paging off, and an unreadable root, with no runs', () => {
    expect(dumpSv32(0, space(new Map()), 8)).toMatchObject({ root: null, runs: [], mappings: 0 });
    expect(dumpSv32(SATP_MODE_SV32 | 7, space(new Map()), 8)).toMatchObject({ root: 7, runs: [], mappings: 0 });
  });

  it('spells PTE flags in RWXUGAD order', () => {
    expect(pteFlags(PTE_R | PTE_X | PTE_U | PTE_A)).toBe('R-XU-A-');
  });
});
