/**
 * Bounded instruction trace: runs the first `limit` instructions one at a
 * time and prints each one (privilege, pc, encoding, disassembly), then
 * lets the machine run on at full speed. The trace never grows past `limit` lines.
 */
import type { Hart } from '../cpu/hart.js';
import { disassemble } from '../cpu/disasm.js';
import { TRAP } from '../cpu/trap.js';
import type { RunLimits, StopReason, VirtBoard } from '../core/virt-board.js';

const PRIV_NAMES = ['U', 'S', '?', 'M'];

/** Reads the instruction at the hart's pc without side effects; null when it cannot be fetched. */
export function peekInstruction(h: Hart): number | null {
  try {
    const lo = h.mmu.fetchPage(h.pc, h.priv) | (h.pc & 0xfff);
    const m = h.bus.mem8;
    const half = m[lo]! | (m[lo + 1]! << 8);
    if ((half & 3) !== 3) return half;
    const hi = (h.pc & 0xfff) === 0xffe ? h.mmu.fetchPage((h.pc + 2) | 0, h.priv) : lo + 2;
    return (half | ((m[hi]! | (m[hi + 1]! << 8)) << 16)) >>> 0;
  } catch (e) {
    if (e === TRAP) return null;
    throw e;
  }
}

/** One trace line for the instruction about to execute. */
export function traceLine(h: Hart): string {
  const pc = (h.pc >>> 0).toString(16).padStart(8, '0');
  const bits = peekInstruction(h);
  if (bits === null) return `${PRIV_NAMES[h.priv]} ${pc}: <fetch fault>`;
  const hex = ((bits & 3) === 3 ? bits.toString(16).padStart(8, '0') : bits.toString(16).padStart(4, '0')).padEnd(8);
  return `${PRIV_NAMES[h.priv]} ${pc}: ${hex}  ${disassemble(bits, h.pc)}`;
}

/** Runs `board` with the first `limit` instructions traced to `out`. */
export function runTraced(board: VirtBoard, limit: number, limits: RunLimits, out: (line: string) => void): StopReason {
  const stepLimit = Math.min(limit, limits.maxInsns ?? Infinity);
  let traced = 0;
  while (traced < stepLimit) {
    const before = board.hart.retired();
    out(traceLine(board.hart));
    const stop = board.run({ ...limits, maxInsns: before + 1 });
    traced++;
    if (stop.kind !== 'limit' || stop.limit !== 'insns') return stop;
  }
  return board.run(limits);
}
