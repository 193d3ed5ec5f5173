/**
 * The wake-up policy shared by both ends of the exit protocol. A wake-up
 * through Atomics.wait/notify costs microseconds each way across cores;
 * polling the shared word for a short while first answers a quick partner
 * in well under a microsecond but burns a core, and this machine class has
 * two. So each waiter spins for a budget that adapts to how often spinning
 * paid off: a hit doubles the budget (up to a ceiling), a miss halves it
 * (down to zero, where it only sleeps, and it probes again after a while).
 */

/** Ceiling of the spin budget, in polls of the shared word. */
export const SPIN_MAX = 1 << 14;
/** Budget after a reset, and the probe budget tried again after enough misses. */
const SPIN_START = 1 << 9;
/** Misses at a zero budget before probing again (the partner's behaviour may have changed). */
const REPROBE_AFTER = 256;

/** An adaptive spin budget. */
export class AdaptiveSpin {
  budget = SPIN_START;
  hits = 0;
  misses = 0;
  private idleMisses = 0;

  constructor(readonly enabled = true) {
    if (!enabled) this.budget = 0;
  }

  /** Polls `word[index]` until it equals `target` or the budget runs out; true when it got there. */
  spin(word: Int32Array, index: number, target: number): boolean {
    for (let i = 0; i < this.budget; i++) {
      if (Atomics.load(word, index) === target) {
        this.hits++;
        this.budget = Math.min(SPIN_MAX, this.budget * 2);
        return true;
      }
    }
    this.miss();
    return false;
  }

  private miss(): void {
    this.misses++;
    if (!this.enabled) return;
    if (this.budget > 0) {
      this.budget >>= 1;
      this.idleMisses = 0;
    } else if (++this.idleMisses >= REPROBE_AFTER) {
      this.budget = SPIN_START;
      this.idleMisses = 0;
    }
  }
}
