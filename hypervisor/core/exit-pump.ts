/**
 * The hypervisor's side of one vCPU's exit protocol: wait for an exit
 * without blocking the hypervisor's event loop (Atomics.waitAsync), serve
 * it, and spin briefly for the next one, since device exits come in bursts
 * (a disk sector is 128 data-port accesses). A long burst yields to the
 * event loop every few milliseconds so other domains and control messages
 * are served too, and after each hypercall the microtasks it queued run
 * before the pump spins again: a front-end's notification reaches its
 * back-end at once.
 */
import { CB_REASON, CB_STATE, EXIT_HYPERCALL, STATE_EXIT } from '../worker/protocol.js';
import { AdaptiveSpin } from './spin.js';

/** Longest stretch of exits served without yielding to the event loop. */
const SLICE_MS = 2;
/** Exits served between two looks at the clock (a power of two): a clock read costs about a device access. */
const SLICE_CHECK_EVERY = 8;
/** Longest single Atomics.waitAsync; the loop re-checks whether it should stop. */
const WAIT_MS = 500;

/** Lets other tasks of the event loop run (setImmediate in Node, a MessageChannel turn in browsers). */
export type YieldFn = () => Promise<void>;

/** Serves the exits of one vCPU until stopped. */
export class ExitPump {
  readonly spin: AdaptiveSpin;
  /** Exits served. */
  served = 0;
  private stopped = false;
  private done: Promise<void> | null = null;

  constructor(
    private readonly cb: Int32Array,
    private readonly handle: () => void,
    private readonly yieldFn: YieldFn,
    /** Runs before the pump sleeps or yields (flush buffered output). */
    private readonly idle: () => void,
    spinEnabled = true,
  ) {
    this.spin = new AdaptiveSpin(spinEnabled);
  }

  /** Starts serving; idempotent. */
  start(): void {
    this.done ??= this.loop();
  }

  /** Stops serving after the current exit; resolves when the loop has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    Atomics.notify(this.cb, CB_STATE); // wake the loop if it sleeps in waitAsync
    await this.done;
  }

  // Serves exits until stopped. The clock is read every SLICE_CHECK_EVERY exits, right
  // after an answer (while the vCPU takes it), never between seeing an exit and serving it.
  private async loop(): Promise<void> {
    const cb = this.cb;
    let slice = performance.now();
    while (!this.stopped) {
      const state = Atomics.load(cb, CB_STATE);
      if (state === STATE_EXIT) {
        const hypercall = cb[CB_REASON] === EXIT_HYPERCALL;
        this.handle();
        // What a hypercall queued for a microtask (an event to a back-end: its kick) runs now, not after the next spin.
        if (hypercall) await undefined;
        if ((++this.served & (SLICE_CHECK_EVERY - 1)) === 0 && performance.now() - slice >= SLICE_MS) {
          this.idle();
          await this.yieldFn();
          slice = performance.now();
        }
        this.spin.spin(cb, CB_STATE, STATE_EXIT);
        continue;
      }
      this.idle();
      const r = Atomics.waitAsync(cb, CB_STATE, state, WAIT_MS);
      if (r.async) await r.value;
      slice = performance.now();
    }
    this.idle();
  }
}
