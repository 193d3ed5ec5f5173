/**
 * Notices a hart that can never make progress again: trap after trap with
 * no instruction retired in between (a trap vector with no memory behind
 * it, a handler that faults at its first instruction). Run loops feed it
 * the retired count after each interpreter entry.
 */
import type { Hart } from '../cpu/hart.js';

/** Consecutive interpreter entries that retire nothing before the hart is declared stuck. */
export const STUCK_LIMIT = 10_000;

/** Counts interpreter entries that retired nothing. */
export class ProgressWatch {
  private stuck = 0;

  /** Call after each interpreter entry with the retired count before it; returns a crash message once stuck. */
  after(hart: Hart, retiredBefore: number): string | null {
    this.stuck = hart.retired() === retiredBefore && !hart.waiting ? this.stuck + 1 : 0;
    return this.stuck >= STUCK_LIMIT ? stuckMessage(hart) : null;
  }
}

/** Describes a stuck hart: the most frequent trap and the trap registers. */
function stuckMessage(hart: Hart): string {
  const top = Object.entries(hart.counters.traps).sort((a, b) => b[1] - a[1])[0];
  const c = hart.csr;
  const hex = (v: number): string => `0x${(v >>> 0).toString(16)}`;
  return `no progress: ${STUCK_LIMIT} traps in a row without retiring an instruction ` +
    `(most frequent: ${top ? top[0] : 'none'}; pc ${hex(hart.pc)}, mtvec ${hex(c.mtvec)}, mepc ${hex(c.mepc)}, ` +
    `mcause ${hex(c.mcause)}, mtval ${hex(c.mtval)})`;
}
