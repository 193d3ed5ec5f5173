/**
 * The wake-up policy shared by both ends of the exit protocol. A wake-up
 * through Atomics.wait/notify (or waitAsync and the event loop) costs tens
 * of microseconds here; polling the shared word for a short while first
 * answers a quick partner in well under a microsecond but burns a core, and
 * this machine class has two. So each waiter spins for a time window that
 * follows how often spinning has paid off lately (an exponentially
 * weighted hit rate): while most spins succeed the window grows to its
 * ceiling; when they mostly fail it shrinks to zero, where the waiter only
 * sleeps, and every so often it probes with a small window again in case
 * the partner's behaviour changed.
 */

/** Default ceiling of the spin window, in microseconds. */
export const SPIN_MAX_US = 50;
/** Weight of the latest outcome in the hit rate. */
const RATE_WEIGHT = 1 / 16;
/** Below this hit rate the window shrinks. */
const SHRINK_BELOW = 0.25;
/** Misses at a zero window before probing again. */
const REPROBE_AFTER = 64;
/** Polls between clock reads while spinning. */
const POLLS_PER_CLOCK_READ = 64;

/** An adaptive spin window. */
export class AdaptiveSpin {
  /** Current window in microseconds (0: sleep at once). */
  windowUs: number;
  /** Recent fraction of spins that succeeded. */
  rate = 1;
  hits = 0;
  misses = 0;
  /** performance.now() when the last spin's window opened (its first clock read), or -1 when it read no clock. */
  windowStart = -1;
  private idleMisses = 0;

  constructor(readonly enabled = true, readonly maxUs = SPIN_MAX_US) {
    this.windowUs = enabled ? maxUs : 0;
  }

  /** Polls `word[index]` until it equals `target` or the window closes; true when it got there. */
  spin(word: Int32Array, index: number, target: number): boolean {
    return this.poll(word, index, target, true);
  }

  /** Polls `word[index]` until it differs from `from` (a producer index moved) or the window closes; true when it did. */
  spinUntilChanged(word: Int32Array, index: number, from: number): boolean {
    return this.poll(word, index, from, false);
  }

  /**
   * Polls until `(word[index] === value) === equal` or the window closes,
   * and scores the outcome. The clock is first read after
   * POLLS_PER_CLOCK_READ polls, so a quick hit never reads it (a clock read
   * costs about as much as a cross-core hand-over here); the window counts
   * from that first read.
   */
  private poll(word: Int32Array, index: number, value: number, equal: boolean): boolean {
    this.windowStart = -1;
    if (this.windowUs > 0) {
      let until = -1;
      for (let n = 1; ; n++) {
        if ((Atomics.load(word, index) === value) === equal) {
          this.hit();
          return true;
        }
        if (n % POLLS_PER_CLOCK_READ !== 0) continue;
        const now = performance.now();
        if (until < 0) {
          this.windowStart = now;
          until = now + this.windowUs / 1000;
        } else if (now > until) break;
      }
    }
    this.miss();
    return false;
  }

  private hit(): void {
    this.hits++;
    this.rate += (1 - this.rate) * RATE_WEIGHT;
    this.windowUs = Math.min(this.maxUs, Math.max(1, this.windowUs * 2));
  }

  private miss(): void {
    this.misses++;
    this.rate -= this.rate * RATE_WEIGHT;
    if (!this.enabled) return;
    if (this.windowUs > 0) {
      if (this.rate < SHRINK_BELOW) this.windowUs = this.windowUs < 1 ? 0 : this.windowUs / 2;
      this.idleMisses = 0;
    } else if (++this.idleMisses >= REPROBE_AFTER) {
      this.windowUs = this.maxUs / 8;
      this.idleMisses = 0;
    }
  }
}
