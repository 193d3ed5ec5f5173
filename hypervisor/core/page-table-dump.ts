/**
 * A bounded dump of one Sv32 address space (Privileged spec §4.3), read
 * from machine memory by the hypervisor without the guest's help: the
 * valid leaf mappings of a root table, merged into runs of pages whose
 * virtual and physical frames both advance by one and whose flags agree,
 * so a kernel's linear map of its RAM reads as one or two rows. The tables
 * may be the guest's own (guest-physical frames, read through its P2M), a
 * PV guest's (machine frames) or a shadow (host-physical frames); a table
 * frame outside what `readTable` allows ends that branch of the walk.
 */
import { PTE_A, PTE_D, PTE_G, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32, SATP_PPN_MASK } from '../cpu/isa.js';

/** Entries per Sv32 table; pages per megapage. */
const ENTRIES = 1024;
const LEAF = PTE_R | PTE_W | PTE_X;
const FLAG_LETTERS: ReadonlyArray<[number, string]> = [[PTE_R, 'R'], [PTE_W, 'W'], [PTE_X, 'X'], [PTE_U, 'U'], [PTE_G, 'G'], [PTE_A, 'A'], [PTE_D, 'D']];

/** Pages mapped alike: `pages` virtual pages from `va` onto consecutive frames from `frame`. */
export interface MappingRun {
  va: number;
  /** First frame number (in the dump's `space`). */
  frame: number;
  pages: number;
  /** The PTE's permission and status bits as letters, '-' where clear (RWXUGAD). */
  flags: string;
}

/** One address space, bounded. */
export interface PageTableDump {
  /** What these tables are, for a person ("shadow page tables", ...). */
  label: string;
  /** The satp value the dump started from (0: none, or paging off). */
  satp: number;
  /** Frame of the root table in `space`, or null when paging is off. */
  root: number | null;
  /** What the frame numbers in the runs and `root` are. */
  space: 'machine' | 'guest-physical';
  /** The first runs in virtual-address order. */
  runs: MappingRun[];
  /** Valid 4 KiB mappings in all (a megapage counts 1024). */
  mappings: number;
  /** True when runs were left out. */
  truncated: boolean;
}

/** How to reach the tables of one space. */
export interface TableSpace {
  label: string;
  space: PageTableDump['space'];
  /** The 1024 entries of the table at physical page `ppn`, or null when it is not readable (not the domain's). */
  readTable(ppn: number): Int32Array | null;
  /** The frame number a physical page number names in `space`. */
  frameOf(ppn: number): number;
}

/** The PTE bits as letters. */
export function pteFlags(pte: number): string {
  return FLAG_LETTERS.map(([bit, c]) => (pte & bit ? c : '-')).join('');
}

/** Dumps the address space `satp` selects, keeping at most `maxRuns` runs. */
export function dumpSv32(satp: number, s: TableSpace, maxRuns: number): PageTableDump {
  const dump: PageTableDump = { label: s.label, satp: satp >>> 0, root: null, space: s.space, runs: [], mappings: 0, truncated: false };
  if ((satp & SATP_MODE_SV32) === 0) return dump;
  const rootPpn = satp & SATP_PPN_MASK;
  dump.root = s.frameOf(rootPpn);
  const root = s.readTable(rootPpn);
  if (!root) return dump;
  for (let i = 0; i < ENTRIES; i++) {
    const pte = root[i]!;
    if (!(pte & PTE_V)) continue;
    const va = i * ENTRIES * 4096;
    if (pte & LEAF) { add(dump, va, s.frameOf(pte >>> 10), ENTRIES, pte, maxRuns); continue; }
    const leaf = s.readTable(pte >>> 10);
    if (!leaf) continue;
    for (let j = 0; j < ENTRIES; j++) {
      const l = leaf[j]!;
      if (l & PTE_V && l & LEAF) add(dump, va + j * 4096, s.frameOf(l >>> 10), 1, l, maxRuns);
    }
  }
  return dump;
}

/** Counts `pages` mapped at `va`, extending the last run when they continue it. */
function add(dump: PageTableDump, va: number, frame: number, pages: number, pte: number, maxRuns: number): void {
  dump.mappings += pages;
  const flags = pteFlags(pte);
  const last = dump.runs[dump.runs.length - 1];
  if (last && last.flags === flags && last.va + last.pages * 4096 === va && last.frame + last.pages === frame) { last.pages += pages; return; }
  if (dump.runs.length < maxRuns) dump.runs.push({ va, frame, pages, flags });
  else dump.truncated = true;
}
