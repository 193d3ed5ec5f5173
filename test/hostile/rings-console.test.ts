/**
 * Hostile PV console guests, on real PV domains (test/hostile/rig.ts): a
 * guest writing output without end through its console ring or through
 * console_io hypercalls, and one whose console indices claim more than a
 * ring, or that tries to pin its console or store page as a page table.
 * The host keeps a bounded ring of output and counts what it drops;
 * the liar is marked broken and its page is read no more; the other
 * domain's console goes on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../hypervisor/abi/constant.js';
import { HYPERCALLS, pvConst } from '../../hypervisor/abi/pv.js';
import { CONSOLE_INTERFACE } from '../../hypervisor/abi/ring.js';
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import { fieldCount } from '../../hypervisor/pv/backend.js';
import { recordCounts } from '../fuzz/harness.js';
import { regression } from './found-faults.js';
import { Machine, type Guest } from './rig.js';

const CON = layout(CONSOLE_INTERFACE).offsets, CON_SIZE = fieldCount(CONSOLE_INTERFACE, 'out');
let cases = 0;
afterAll(() => recordCounts('hostile-rings-console', { hostileCases: cases }));

/** A guest's console page as the guest writes it: out[] and the indices. */
function consolePage(m: Machine, g: Guest): { fill: (b: number) => void; set: (name: string, v: number) => void; get: (name: string) => number } {
  const at = g.pv.layout.consoleFrame * FRAME_SIZE, page = m.mm.bytes.subarray(at, at + FRAME_SIZE);
  const idx = new Int32Array(page.buffer, page.byteOffset, FRAME_SIZE >>> 2);
  return {
    fill: (b) => page.fill(b, CON['out']!, CON['out']! + CON_SIZE),
    set: (name, v) => Atomics.store(idx, CON[name]! >>> 2, v | 0),
    get: (name) => Atomics.load(idx, CON[name]! >>> 2) >>> 0,
  };
}

describe('hostile console output', () => {
  it('bounds what the host keeps of a guest writing console output without end, and counts what it drops', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest], con = consolePage(m, g);
    const kicks = Math.ceil((4 << 20) / CON_SIZE); // 4 MiB of output, a full ring per kick, nobody reading on the host
    con.fill(0x41);
    for (let i = 1; i <= kicks; i++) {
      con.set('out_prod', i * CON_SIZE);
      g.pv.console.kick();
    }
    const s = g.domain.stats();
    expect(g.pv.console.counters.out_bytes).toBe(kicks * CON_SIZE);
    expect(s.console_bytes).toBe(kicks * CON_SIZE);
    const kept = g.domain.consoleOut.read().length;
    expect(kept).toBeLessThanOrEqual(1 << 16); // the host keeps one bounded ring of it
    expect(s.console_dropped).toBe(kicks * CON_SIZE - kept);
    expect(g.pv.console.broken).toBeNull(); // loud is not hostile
    expect(other.domain.stats().console_dropped).toBe(0);
    cases++;
  });

  it('bounds console_io hypercalls the same way, and refuses one longer than CONSOLEIO_MAX', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest], max = pvConst('CONSOLEIO_MAX'), buf = g.scratch(0);
    g.write(buf, new Uint8Array(max).fill(0x42));
    expect(g.call(HYPERCALLS.console_io, pvConst('CONSOLEIO_write'), max + 1, buf)).toBe(-pvConst('XEN_E2BIG'));
    const calls = 4096; // 4 MiB
    for (let i = 0; i < calls; i++) expect(g.call(HYPERCALLS.console_io, pvConst('CONSOLEIO_write'), max, buf)).toBe(max);
    const s = g.domain.stats(), kept = g.domain.consoleOut.read().length;
    expect(kept).toBeLessThanOrEqual(1 << 16);
    expect(s.console_bytes).toBeGreaterThanOrEqual(calls * max);
    expect(s.console_dropped).toBe(s.console_bytes - kept);
    expect(other.domain.stats().console_dropped).toBe(0);
    cases += 2;
  });

  it('marks broken a guest whose console indices claim more than a ring, and reads its page no more', () => {
    for (const [name, index, value] of [['out_prod past', 'out_prod', CON_SIZE + 1], ['out_prod backwards', 'out_prod', -1], ['in_cons ahead', 'in_cons', 5]] as const) {
      const m = new Machine(2), [g, other] = m.guests as [Guest, Guest], con = consolePage(m, g);
      con.set(index, value);
      g.pv.console.kick();
      if (index === 'in_cons') g.pv.console.input(new TextEncoder().encode('x'));
      expect(String(g.pv.console.broken), name).toMatch(new RegExp(index));
      expect(g.pv.console.counters.ring_errors, name).toBe(1);
      const out = g.pv.console.counters.out_bytes;
      con.set('out_prod', 10);
      g.pv.console.kick();
      expect(g.pv.console.counters.out_bytes, name).toBe(out);
      const o = consolePage(m, other);
      o.set('out_prod', 3);
      other.pv.console.kick();
      expect(other.pv.console.counters.out_bytes, name).toBe(3); // the other domain's console goes on
      expect(other.pv.console.broken, name).toBeNull();
      cases++;
    }
  });

  it('regression: holds the console and store pages writable: the guest cannot make either a page table for the back-end to write', () => {
    regression('hostile-rings-console', 'console-store-page-as-page-table');
    const m = new Machine(1), [g] = m.guests as [Guest], pin = pvConst('MMUEXT_PIN_L1_TABLE'), EPERM = -pvConst('XEN_EPERM');
    const pages: Array<[string, number]> = [['console', g.pv.layout.consoleFrame], ['store', g.pv.layout.storeFrame], ['control: a free page', g.frameAt(g.scratch(4))]];
    for (const [name, frame] of pages) {
      expect(g.update(g.ptePtr(g.vaOf(frame)), 0), name).toBe(0); // drops its own writable mapping first
      m.mm.bytes.fill(0, frame * FRAME_SIZE, (frame + 1) * FRAME_SIZE); // and leaves nothing validation could refuse
      expect(g.ext(pin, frame), name).toBe(name.startsWith('control') ? 0 : EPERM);
    }
    expect(g.pv.console.broken).toBeNull();
    cases += 2;
  });
});
