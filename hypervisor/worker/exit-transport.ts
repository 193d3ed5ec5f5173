/**
 * The guest worker's side of the exit protocol (see protocol.ts): publish
 * the exit, wake the hypervisor, spin adaptively, then sleep on the state
 * word with a timeout until the hypervisor answers.
 */
import { CB_HEARTBEAT, CB_STATE, STATE_DONE, STATE_EXIT, counterSlot } from './protocol.js';
import type { ExitTransport } from '../vmm/vcpu.js';
import { AdaptiveSpin } from '../core/spin.js';

/** Longest single Atomics.wait; the loop re-checks and beats the heartbeat in between. */
const WAIT_SLICE_MS = 100;

/** Exits through shared memory and Atomics to a hypervisor in another thread. */
export class SharedExitTransport implements ExitTransport {
  readonly spin: AdaptiveSpin;

  constructor(spinEnabled = true) {
    this.spin = new AdaptiveSpin(spinEnabled);
  }

  transfer(cb: Int32Array, counters: Float64Array): void {
    const t0 = performance.now();
    Atomics.store(cb, CB_STATE, STATE_EXIT);
    Atomics.notify(cb, CB_STATE);
    if (!this.spin.spin(cb, CB_STATE, STATE_DONE)) {
      while (Atomics.load(cb, CB_STATE) !== STATE_DONE) {
        Atomics.wait(cb, CB_STATE, STATE_EXIT, WAIT_SLICE_MS);
        Atomics.add(cb, CB_HEARTBEAT, 1);
      }
    }
    counters[counterSlot('spin_hits')] = this.spin.hits;
    counters[counterSlot('spin_misses')] = this.spin.misses;
    counters[counterSlot('exit_wait_ns')]! += (performance.now() - t0) * 1e6;
  }
}
