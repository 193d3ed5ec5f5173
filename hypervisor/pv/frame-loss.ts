/**
 * Deterministic frame loss for the virtual switch: each frame is dropped
 * with probability `percent` / 100, decided by a seeded PRNG (mulberry32),
 * so the n-th frame the switch handles meets the same fate in every run
 * with the same seed. Used to test retransmission (`run --net-loss`).
 */

/** The loss settings: a percentage in [0, 100] and the PRNG's seed. */
export interface FrameLossOptions { percent: number; seed: number }

/** A seeded loss model. */
export class FrameLoss {
  private state: number;

  constructor(readonly options: FrameLossOptions) {
    if (!(options.percent >= 0 && options.percent <= 100)) throw new RangeError(`a loss percentage is between 0 and 100, got ${options.percent}`);
    this.state = options.seed >>> 0;
  }

  /** The next uniform number in [0, 1) (mulberry32). */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  }

  /** True when the next frame is to be dropped. */
  drop(): boolean {
    return this.next() * 100 < this.options.percent;
  }
}
