/**
 * The hypervisor's second-stage table of a hardware-assisted guest: a real
 * Sv32x4 table (hypervisor extension §8.5.1) in hypervisor-owned machine
 * frames, built from the domain's P2M. Every populated guest frame g is a
 * 4 KiB leaf to host-physical HPA_BASE + p2m[g] * 4096 with R, W, X, U, A
 * and D set (G-stage leaves are user pages, and the walker never has to
 * write one); unpopulated frames and the device windows stay unmapped, so a
 * guest access there is a guest-page fault the hypervisor emulates or refuses.
 *
 * The pool is the frames the domain got for it: the 16 KiB root needs four
 * contiguous frames on a 16 KiB boundary, then one leaf table per 4 MiB of
 * guest RAM.
 */
import { GSTAGE_ROOT_BYTES, HGATP_MODE_SV32X4 } from '../cpu/gstage.js';
import { PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X } from '../cpu/isa.js';
import { PAGE_SIZE } from './guest-walk.js';
import { HPA_BASE } from './shadow.js';

const HPA_PPN = HPA_BASE / PAGE_SIZE;
const ROOT_FRAMES = GSTAGE_ROOT_BYTES / PAGE_SIZE;
/** Guest RAM one leaf table maps. */
const LEAF_SPAN = 0x40_0000;
const LEAF_FLAGS = PTE_V | PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D;

/** Frames a guest with `ramBytes` of RAM needs for its G-stage table (root, its alignment slack, leaf tables). */
export function gstageFrames(ramBytes: number): number {
  return ROOT_FRAMES + (ROOT_FRAMES - 1) + Math.ceil(ramBytes / LEAF_SPAN);
}

/** What the table is built from. */
export interface GStageBuild {
  /** Machine memory. */
  machine: SharedArrayBuffer;
  /** Guest frame → machine frame (-1 = not populated). */
  p2m: Int32Array;
  /** Guest-physical base of the domain's RAM. */
  ramBase: number;
  /** Contiguous machine frames owned by the hypervisor, at least gstageFrames(RAM) of them. */
  pool: readonly number[];
}

/**
 * Writes the G-stage table into the pool frames and returns hgatp (Sv32x4,
 * root PPN in host-physical page numbers as the hart's bus sees them).
 * Throws when the pool is too small or not contiguous.
 */
export function buildGStage(b: GStageBuild): number {
  const { pool, p2m } = b;
  const leaves = Math.ceil((p2m.length * PAGE_SIZE) / LEAF_SPAN);
  const skip = (ROOT_FRAMES - (pool[0]! % ROOT_FRAMES)) % ROOT_FRAMES;
  if (pool.length < skip + ROOT_FRAMES + leaves || pool.some((f, i) => f !== pool[0]! + i)) {
    throw new Error(`buildGStage: a G-stage table for ${p2m.length} frames needs ${gstageFrames(p2m.length * PAGE_SIZE)} contiguous pool frames`);
  }
  if (b.ramBase % LEAF_SPAN !== 0) throw new Error('buildGStage: guest RAM must start on a 4 MiB boundary');
  const words = new Int32Array(b.machine);
  const root = pool[skip]!;
  words.fill(0, root * 1024, (root + ROOT_FRAMES + leaves) * 1024);
  const rootIndex0 = Math.floor(b.ramBase / LEAF_SPAN);
  for (let t = 0; t < leaves; t++) {
    const leaf = root + ROOT_FRAMES + t;
    words[root * 1024 + rootIndex0 + t] = ((HPA_PPN + leaf) << 10) | PTE_V;
  }
  for (let g = 0; g < p2m.length; g++) {
    const mfn = p2m[g]!;
    if (mfn < 0) continue;
    const leaf = root + ROOT_FRAMES + Math.floor(g / 1024);
    words[leaf * 1024 + (g % 1024)] = ((HPA_PPN + mfn) << 10) | LEAF_FLAGS;
  }
  return (HGATP_MODE_SV32X4 | (HPA_PPN + root)) | 0;
}
