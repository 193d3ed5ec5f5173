/**
 * The PV domain builder (Xen's "start of day" layout, on Sv32): loads the
 * kernel at its ELF addresses in the domain's pseudo-physical RAM, lays out
 * the pages a PV kernel is given — start info, shared info, the P2M list,
 * the console and store rings — right after the image, and builds the
 * initial page tables last: every RAM page mapped at VIRT_DRAM + (pfn << 12)
 * with its machine frame in the PTE (U, since the kernel runs in U-mode),
 * the page-table pages themselves read-only. The vCPU pins these tables
 * through the same validation as any later ones, so a builder mistake
 * cannot hand the guest more than it owns.
 */
import { layout } from '../abi/constant.js';
import { PV_START_INFO_MAGIC, START_INFO } from '../abi/pv.js';
import { BOOTARGS_MAX, KERNEL_BASE, VIRT_DRAM } from '../abi/virt.js';
import { PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X } from '../cpu/isa.js';
import { ElfError, type ElfImage } from '../image/elf.js';
import { checkLoadable } from './boot.js';
import type { GuestMemory } from './guest-memory.js';
import { FRAME_SIZE } from './machine-memory.js';

const START_INFO_LAYOUT = layout(START_INFO);
const MEGA = 0x40_0000;

/** What the builder needs beyond the kernel. */
export interface PvBuildOptions {
  cmdline: string;
  /** Hypervisor frame mapped as the shared-info page. */
  sharedInfo: number;
  /** Guest ports of the console and the store (already bound to the back-end). */
  consoleEvtchn: number;
  storeEvtchn: number;
}

/** Where the builder put things (virtual addresses are pseudo-physical ones). */
export interface PvLayout {
  entry: number;
  startInfo: number;
  /** Machine frames of the console and store pages. */
  consoleFrame: number;
  storeFrame: number;
  /** Machine frames of the initial tables: the root, then the leaf tables. */
  pageTables: number[];
  /** First free virtual address after the boot pages. */
  freeStart: number;
}

/** Builds a PV domain's memory for `kernel`; throws ElfError when the image does not fit its RAM. */
export function buildPvDomain(mem: GuestMemory, kernel: ElfImage, opts: PvBuildOptions): PvLayout {
  const ramEnd = mem.ramBase + mem.ramBytes;
  if (mem.ramBase !== VIRT_DRAM) throw new ElfError(`a PV domain's RAM must start at 0x${VIRT_DRAM.toString(16)}`);
  if (new TextEncoder().encode(opts.cmdline).length > BOOTARGS_MAX) throw new ElfError(`the command line is longer than ${BOOTARGS_MAX} bytes`);
  let end = KERNEL_BASE;
  for (const s of kernel.segments) {
    if (s.memSize === 0) continue;
    if (s.paddr < KERNEL_BASE || s.paddr + s.memSize > ramEnd) {
      throw new ElfError(`kernel segment at 0x${s.paddr.toString(16)}–0x${(s.paddr + s.memSize).toString(16)} lies outside 0x${KERNEL_BASE.toString(16)}–0x${ramEnd.toString(16)}`);
    }
    end = Math.max(end, s.paddr + s.memSize);
  }
  // Overlapping segments or an entry outside them are refused here as for
  // every other guest kind, instead of a guest that crashes before it says anything.
  checkLoadable(mem, kernel, 'kernel');
  const pages = mem.ramBytes / FRAME_SIZE;
  let next = Math.ceil(end / FRAME_SIZE) * FRAME_SIZE;
  const take = (n: number): number => { const at = next; next += n * FRAME_SIZE; return at; };
  const startInfo = take(1), sharedInfo = take(1), p2mList = take(Math.ceil((pages * 4) / FRAME_SIZE));
  const consolePage = take(1), storePage = take(1);
  const leaves = Math.ceil(mem.ramBytes / MEGA);
  const ptBase = take(1 + leaves);
  if (next > ramEnd) throw new ElfError(`the kernel and its boot pages (up to 0x${next.toString(16)}) do not fit in ${mem.ramBytes >> 20} MiB of RAM`);

  for (const s of kernel.segments) {
    if (s.memSize === 0) continue;
    mem.write(s.paddr, s.data);
    mem.zero(s.paddr + s.data.length, s.memSize - s.data.length);
  }
  const p2m = mem.frames;
  const frameOf = (va: number): number => p2m[(va - VIRT_DRAM) / FRAME_SIZE]!;
  mem.write(p2mList, new Uint8Array(Int32Array.from(p2m).buffer));

  // Page tables: the root at ptBase, leaf table i at ptBase + (1 + i) pages, each mapping 4 MiB of RAM.
  const tableFrames = Array.from({ length: 1 + leaves }, (_, i) => frameOf(ptBase + i * FRAME_SIZE));
  const isTable = new Set(tableFrames);
  const root = new Int32Array(1024);
  for (let i = 0; i < leaves; i++) {
    const table = new Int32Array(1024);
    for (let j = 0; j < 1024; j++) {
      const va = VIRT_DRAM + i * MEGA + j * FRAME_SIZE;
      if (va >= ramEnd) break;
      const mfn = va === sharedInfo ? opts.sharedInfo : frameOf(va);
      const perm = isTable.has(mfn) ? PTE_R : PTE_R | PTE_W | PTE_X;
      table[j] = (mfn << 10) | perm | PTE_U | PTE_V | PTE_A | PTE_D;
    }
    mem.write(ptBase + (1 + i) * FRAME_SIZE, new Uint8Array(table.buffer));
    root[(VIRT_DRAM + i * MEGA) >>> 22] = (tableFrames[1 + i]! << 10) | PTE_V;
  }
  mem.write(ptBase, new Uint8Array(root.buffer));

  const info = new Uint8Array(START_INFO_LAYOUT.size);
  const dv = new DataView(info.buffer);
  const o = START_INFO_LAYOUT.offsets;
  info.set(new TextEncoder().encode(PV_START_INFO_MAGIC), o['magic']!);
  const u32 = (name: string, v: number): void => dv.setUint32(o[name]!, v >>> 0, true);
  u32('nr_pages', pages);
  u32('shared_info', sharedInfo);
  u32('store_mfn', frameOf(storePage));
  u32('store_evtchn', opts.storeEvtchn);
  u32('console_mfn', frameOf(consolePage));
  u32('console_evtchn', opts.consoleEvtchn);
  u32('pt_base', ptBase);
  u32('nr_pt_frames', 1 + leaves);
  u32('mfn_list', p2mList);
  u32('first_p2m_pfn', VIRT_DRAM / FRAME_SIZE);
  info.set(new TextEncoder().encode(opts.cmdline), o['cmd_line']!);
  mem.write(startInfo, info);
  return {
    entry: kernel.entry, startInfo, consoleFrame: frameOf(consolePage), storeFrame: frameOf(storePage),
    pageTables: tableFrames, freeStart: next,
  };
}
