/**
 * What the hypercall dispatcher does with an exception of its own (a
 * hypervisor bug, which no guest input should cause — the hostile battery
 * and the fuzzers fail on any): the guest gets -EINVAL and runs on, the
 * domain counts it in internal_errors, and its console names the first one,
 * so such a bug is seen rather than passed off as a refusal.
 */
import { describe, expect, it } from 'vitest';
import { HYPERCALLS, pvConst } from '../../hypervisor/abi/pv.js';
import { CB_DATA, CB_WORDS } from '../../hypervisor/worker/protocol.js';
import { Machine, type Guest } from './rig.js';

describe('an exception inside the hypercall dispatcher', () => {
  it('answers -EINVAL, is counted and named once on the console, and the guest goes on', () => {
    const m = new Machine(1), [g] = m.guests as [Guest];
    const pv = g.pv as unknown as { serve: (...a: number[]) => number };
    const real = pv.serve;
    pv.serve = () => { throw new TypeError('a broken invariant'); };
    expect(() => g.call(HYPERCALLS.console_io, 0, 0, 0)).toThrow(/raised an exception serving the hypercall/); // the rig refuses it
    expect(g.pv.counters.internal_errors).toBe(1);
    const cb = new Int32Array(g.domain.setup().memory, g.domain.setup().controlOffset, CB_WORDS);
    expect(cb[CB_DATA]).toBe(-pvConst('XEN_EINVAL')); // the answer the vCPU would have taken
    expect(() => g.call(HYPERCALLS.console_io, 0, 0, 0)).toThrow(); // counted again; the console stays at one line
    pv.serve = real;
    expect(g.call(HYPERCALLS.console_io, 0, 0, 0)).toBe(0); // served as before
    g.domain.flushConsole();
    const text = new TextDecoder().decode(g.domain.consoleOut.read());
    expect(text).toBe(`[exovisor] internal error serving hypercall ${HYPERCALLS.console_io}: a broken invariant\n`);
    expect(g.pv.counters.internal_errors).toBe(2);
  });
});
