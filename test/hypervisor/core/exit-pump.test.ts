/**
 * The exit path between two threads, as a domain runs it: a worker makes
 * exits through the vCPU's transport (compiled dist module) and this
 * thread's exit pump serves them with a domain's device model. Every exit
 * is answered with the right value or a bus error, the device model counts
 * each device's accesses as the exits hop between devices, the transport's
 * spin counters are exact, its exit time is sampled (one exit in
 * TIME_EVERY) except that every exit that slept is timed, and a long burst
 * of exits still lets the event loop turn; what a hypercall queues for a
 * microtask (a back-end's kick) runs before the next exit is served.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UART_LSR, VIRT_PLIC, VIRT_UART0 } from '../../../hypervisor/abi/virt.js';
import { DeviceModel } from '../../../hypervisor/core/device-model.js';
import { ExitPump } from '../../../hypervisor/core/exit-pump.js';
import { CB_BYTES, CB_COUNTERS_OFFSET, CB_DATA, CB_RESULT, CB_STATE, counterSlot, EXIT_HYPERCALL, RESULT_BUS_ERROR, RESULT_OK, STATE_DONE, VCPU_COUNTERS } from '../../../hypervisor/worker/protocol.js';
import { ROOT } from '../../helpers/cli.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { TIME_EVERY } = await import(dist('worker/exit-transport.js')) as typeof import('../../../hypervisor/worker/exit-transport.js');

/** The guest side: `n` reads cycling through `addrs` (of `sizes` bytes), each published through SharedExitTransport (spinning when `spin`); posts [result, value] pairs. */
const GUEST = `
const { workerData: w, parentPort } = require('node:worker_threads');
(async () => {
  const { SharedExitTransport } = await import(w.transport);
  const P = await import(w.protocol);
  const cb = new Int32Array(w.cb), counters = new Float64Array(w.cb, P.CB_COUNTERS_OFFSET, P.VCPU_COUNTERS.length);
  const t = new SharedExitTransport(w.spin), out = new Int32Array(2 * w.n);
  for (let i = 0; i < w.n; i++) {
    cb[P.CB_REASON] = w.reason ?? P.EXIT_MMIO_READ; cb[P.CB_ADDR] = w.addrs[i % w.addrs.length]; cb[P.CB_SIZE] = w.sizes[i % w.addrs.length]; cb[P.CB_DATA] = 0;
    t.transfer(cb, counters);
    out[2 * i] = cb[P.CB_RESULT]; out[2 * i + 1] = cb[P.CB_DATA];
    Atomics.store(cb, P.CB_STATE, P.STATE_RUNNING);
  }
  parentPort.postMessage(out);
})();
`;

/** An address no device answers. */
const UNMAPPED = 0x4000_0000;
/** A PLIC source priority register (reads 0 after reset). */
const PLIC_PRIORITY_1 = VIRT_PLIC + 4;

/** Runs `n` exits (reads, or `reason`) over `addrs`/`sizes` from a guest worker (its transport spinning when `spin`) against `pump` in this thread; the answers and how often the event loop turned mid-burst. */
async function burst(cb: Int32Array, pump: ExitPump, n: number, addrs: number[], sizes: number[], spin = true, reason?: number): Promise<{ out: Int32Array; turns: number }> {
  pump.start();
  const data = { cb: cb.buffer, n, addrs, sizes, spin, reason, transport: dist('worker/exit-transport.js'), protocol: dist('worker/protocol.js') };
  const worker = new Worker(GUEST, { eval: true, workerData: data });
  const answers = new Promise<Int32Array>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  let done = false, turns = 0;
  void answers.then(() => { done = true; });
  while (!done) { // timers fire when the pump yields or sleeps
    await new Promise((r) => setTimeout(r, 1));
    if (pump.served > 0 && pump.served < n) turns++;
  }
  const out = await answers;
  await worker.terminate();
  await pump.stop();
  return { out, turns };
}

const immediate = (): Promise<void> => new Promise((r) => setImmediate(r));
/** The vCPU counters in control block `cb`. */
const vcpuCounters = (cb: Int32Array): Float64Array => new Float64Array(cb.buffer, CB_COUNTERS_OFFSET, VCPU_COUNTERS.length);

describe('the exit path', () => {
  it('answers every exit, counts it per device, samples its time, and lets the event loop turn during a burst', async () => {
    const n = 60_000, addrs = [VIRT_UART0 + UART_LSR, VIRT_UART0 + UART_LSR, PLIC_PRIORITY_1, UNMAPPED], sizes = [1, 1, 4, 4];
    const cb = new Int32Array(new SharedArrayBuffer(CB_BYTES));
    const devices = new DeviceModel(cb, { console: () => {}, finish: () => {} }, null);
    const lsrIdle = devices.uart.read(UART_LSR, 1);
    const pump = new ExitPump(cb, () => devices.handleExit(), immediate, () => {});
    const { out, turns } = await burst(cb, pump, n, addrs, sizes);

    expect(pump.served).toBe(n);
    for (let i = 0; i < n; i++) {
      const want = addrs[i % addrs.length] === UNMAPPED ? [RESULT_BUS_ERROR, 0] : [RESULT_OK, addrs[i % addrs.length] === PLIC_PRIORITY_1 ? 0 : lsrIdle];
      if (out[2 * i] !== want[0] || (want[0] === RESULT_OK && out[2 * i + 1] !== want[1])) throw new Error(`exit ${i}: got ${out[2 * i]}/${out[2 * i + 1]}, want ${want}`);
    }
    expect(devices.counters).toEqual({ mmio: { test: 0, plic: n / 4, uart0: n / 2, genid: 0 }, unmapped: n / 4, irqsInjected: 0 });

    const c = vcpuCounters(cb);
    expect(c[counterSlot('spin_hits')]! + c[counterSlot('spin_misses')]!).toBe(n); // exact: one spin per exit
    // One exit in TIME_EVERY timed and counted TIME_EVERY times (and every exit that slept): per exit between 50 ns and 1 ms.
    const waitNsPerExit = c[counterSlot('exit_wait_ns')]! / n;
    expect(TIME_EVERY).toBeGreaterThan(1);
    expect(waitNsPerExit).toBeGreaterThan(50);
    expect(waitNsPerExit).toBeLessThan(1e6);

    expect(turns).toBeGreaterThan(0); // the event loop turned while exits streamed
    expect(pump.spin.hits).toBeGreaterThan(0);
  }, 60_000);

  it('times every exit that slept, however few there are', async () => {
    const n = TIME_EVERY - 1, slowMs = 0.3; // fewer exits than one sample; the vCPU sleeps on each (the sleep-only policy)
    const cb = new Int32Array(new SharedArrayBuffer(CB_BYTES));
    const devices = new DeviceModel(cb, { console: () => {}, finish: () => {} }, null);
    const slow = (): void => {
      for (const until = performance.now() + slowMs; performance.now() < until;) { /* a slow device */ }
      devices.handleExit();
    };
    await burst(cb, new ExitPump(cb, slow, immediate, () => {}), n, [VIRT_UART0 + UART_LSR], [1], false);
    const c = vcpuCounters(cb);
    expect(c[counterSlot('spin_misses')]).toBe(n);
    expect(c[counterSlot('exit_wait_ns')]! / n).toBeGreaterThanOrEqual(slowMs * 1e6 * 0.9); // each counted, none left to sampling
  }, 60_000);

  it('runs what a hypercall queued for a microtask before it serves the next exit', async () => {
    const n = 2_000, cb = new Int32Array(new SharedArrayBuffer(CB_BYTES));
    let pump: ExitPump | null = null;
    const late: number[] = [];
    // A hypercall that raises an event: its back-end runs on a microtask, as BackendDomain dispatches.
    const hypercall = (): void => {
      const at = pump!.served;
      queueMicrotask(() => { if (pump!.served !== at) late.push(at); });
      cb[CB_DATA] = 0;
      cb[CB_RESULT] = RESULT_OK;
      Atomics.store(cb, CB_STATE, STATE_DONE);
      Atomics.notify(cb, CB_STATE);
    };
    pump = new ExitPump(cb, hypercall, immediate, () => {});
    await burst(cb, pump, n, [0], [0], true, EXIT_HYPERCALL);
    expect(pump.served).toBe(n);
    expect(late).toEqual([]); // every event handled before the pump took the next exit
  }, 60_000);
});
