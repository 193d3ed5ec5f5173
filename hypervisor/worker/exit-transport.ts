/**
 * The guest worker's side of the exit protocol (see protocol.ts): publish
 * the exit, wake the hypervisor, spin adaptively, then sleep on the state
 * word with a timeout until the hypervisor answers. Nothing on this path
 * allocates, and a quick exit reads no clock: a clock read costs about a
 * fifth of a whole spinning round trip here. exit_wait_ns is estimated:
 * one exit in TIME_EVERY is timed and counted TIME_EVERY times over, except
 * exits that slept, which are timed each (from their spin window's first
 * clock read: within a microsecond of a wait of tens).
 */
import { CB_HEARTBEAT, CB_STATE, STATE_DONE, STATE_EXIT, counterSlot } from './protocol.js';
import type { ExitTransport } from '../vmm/vcpu.js';
import { AdaptiveSpin } from '../core/spin.js';

/** Longest single Atomics.wait; the loop re-checks and beats the heartbeat in between. */
const WAIT_SLICE_MS = 100;
/** One exit in this many (a power of two) is timed, and counted this many times over (it also carries two clock reads: the estimate leans high). */
export const TIME_EVERY = 16;
const SPIN_HITS = counterSlot('spin_hits'), SPIN_MISSES = counterSlot('spin_misses'), EXIT_WAIT_NS = counterSlot('exit_wait_ns');

/** Exits through shared memory and Atomics to a hypervisor in another thread. */
export class SharedExitTransport implements ExitTransport {
  readonly spin: AdaptiveSpin;
  /** Exits made. */
  exits = 0;

  constructor(spinEnabled = true) {
    this.spin = new AdaptiveSpin(spinEnabled);
  }

  // Publishes the exit and returns once it is answered; the counters are exact except exit_wait_ns (estimated, see above).
  transfer(cb: Int32Array, counters: Float64Array): void {
    const timed = (++this.exits & (TIME_EVERY - 1)) === 0;
    const t0 = timed ? performance.now() : 0;
    Atomics.store(cb, CB_STATE, STATE_EXIT);
    Atomics.notify(cb, CB_STATE);
    if (this.spin.spin(cb, CB_STATE, STATE_DONE)) {
      if (timed) counters[EXIT_WAIT_NS]! += (performance.now() - t0) * 1e6 * TIME_EVERY;
    } else {
      const start = timed ? t0 : this.spin.windowStart >= 0 ? this.spin.windowStart : performance.now();
      this.sleep(cb);
      counters[EXIT_WAIT_NS]! += (performance.now() - start) * 1e6;
    }
    counters[SPIN_HITS] = this.spin.hits;
    counters[SPIN_MISSES] = this.spin.misses;
  }

  // Sleeps in slices until the answer is there, beating the heartbeat so the watchdog sees a live vCPU.
  private sleep(cb: Int32Array): void {
    while (Atomics.load(cb, CB_STATE) !== STATE_DONE) {
      Atomics.wait(cb, CB_STATE, STATE_EXIT, WAIT_SLICE_MS);
      Atomics.add(cb, CB_HEARTBEAT, 1);
    }
  }
}
