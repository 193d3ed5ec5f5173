/**
 * Spin-before-sleep for a back-end's request ring. A back-end that goes to
 * sleep after each batch asks the front-end to notify it (req_event), and
 * every notification is a hypercall exit of the front-end plus an event
 * dispatch here; while the front-end keeps producing, polling req_prod for
 * a short while is far cheaper. So after a kick has served a batch, the
 * back-end does not ask for a notification at once: it watches the ring
 * from a later task of the hypervisor's event loop, spinning with an
 * adaptive window (core/spin.ts) — serving what arrives, yielding to the
 * event loop every SLICE_MS so every other domain's exits and back-ends
 * are served too — and only when a window closes empty does it make the
 * final check (which sets req_event) and sleep until the next kick. Each
 * window blocks the event loop while it lasts, so its ceiling is short and
 * it shrinks to nothing while spinning misses.
 */
import type { BackRing } from '../core/ring.js';
import { AdaptiveSpin } from '../core/spin.js';
import { yieldToEventLoop } from '../worker/platform.js';

/** Ceiling of a back-end's spin window in microseconds (the exit pump's is longer: it serves one domain's own vCPU). */
export const RING_SPIN_MAX_US = 20;
/** Longest stretch the watcher serves without yielding to the event loop. */
const SLICE_MS = 2;

/** Spinning counters of one back-end ring. */
export interface RingSpinCounters {
  /** Windows in which requests arrived, and windows that closed empty (or were skipped at a zero window). */
  spin_hits: number;
  spin_misses: number;
  /** Times the back-end went back to sleeping: the final check set req_event and found nothing. */
  sleeps: number;
}

/** How a back-end spins: enabled or not (default not), its window's ceiling, and what lets the event loop run (setImmediate in Node by default). */
export interface RingSpinOptions { enabled?: boolean; maxUs?: number; yieldFn?: () => Promise<void> }

/** The spin-then-sleep watcher of one back-end ring. */
export class RingSpin {
  readonly spin: AdaptiveSpin;
  sleeps = 0;
  private watching = false;
  private stopped = false;
  private readonly yieldFn: () => Promise<void>;

  /**
   * `serve` makes one pass over the ring (takes, answers, publishes); false
   * when the back-end serves no more (broken or closed); it never throws.
   * `fail` records a front-end that corrupted the ring's indices.
   * Spinning is off unless `opts.enabled`: the back-end then sleeps after
   * every batch, woken by the next notification.
   */
  constructor(private readonly ring: BackRing, private readonly serve: () => boolean, private readonly fail: (e: unknown) => void, opts: RingSpinOptions = {}) {
    this.spin = new AdaptiveSpin(opts.enabled ?? false, opts.maxUs ?? RING_SPIN_MAX_US);
    this.yieldFn = opts.yieldFn ?? yieldToEventLoop;
  }

  /** The counters now. */
  get counters(): RingSpinCounters {
    return { spin_hits: this.spin.hits, spin_misses: this.spin.misses, sleeps: this.sleeps };
  }

  /**
   * A kick's pass left the ring empty: true when the watcher has taken the
   * ring over (the caller returns without the final check); false when the
   * caller should make the final check and sleep — spinning is off, or its
   * window is zero (which the spinner scores as a miss, to probe again later).
   */
  watch(): boolean {
    if (this.stopped || !this.spin.enabled) return false;
    if (this.watching) return true;
    if (this.spin.windowUs === 0) {
      this.ring.spinForRequests(this.spin); // at a zero window: counts the miss, polls nothing
      return false;
    }
    this.watching = true;
    void this.run();
    return true;
  }

  /**
   * Before sleeping: asks for a notification and looks once more (the
   * ring's final check); true when requests arrived meanwhile. A corrupted
   * ring goes to `fail`. Never throws.
   */
  finalCheck(): boolean {
    try {
      if (this.ring.finalCheck()) return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
    this.sleeps++;
    return false;
  }

  /** Stops watching (the back-end closed); a running watcher ends at its next look. */
  stop(): void {
    this.stopped = true;
  }

  // Watches from a later task: serve while requests come within a window, yield every SLICE_MS, sleep on an empty window.
  private async run(): Promise<void> {
    try {
      await this.yieldFn(); // let the kick's caller (an exit being served) finish first
      let slice = performance.now();
      while (!this.stopped) {
        if (!this.ring.spinForRequests(this.spin) && !this.finalCheck()) return;
        if (!this.serve()) return;
        if (performance.now() - slice >= SLICE_MS) {
          await this.yieldFn();
          slice = performance.now();
        }
      }
    } finally {
      this.watching = false;
    }
  }
}
