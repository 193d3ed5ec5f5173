/**
 * A bus whose RAM is frames of machine memory reached through a P2M table:
 * guest frame g is machine frame p2m[g], unpopulated or out-of-range entries
 * are not RAM, and a hart running over a scrambled table computes what it
 * would over flat RAM while its stores land only in the frames the table
 * names — on both execution tiers.
 */
import { describe, expect, it } from 'vitest';
import { Bus } from '../../../hypervisor/cpu/bus.js';
import { Hart } from '../../../hypervisor/cpu/hart.js';
import { CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS } from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, a2, a3, a4, add, addi, bne, HALT, li, lui, lw, mv, type Program, RAM, runToHalt, s0, s1, s2, sw, t0, t1, t2,
} from '../../helpers/asm.js';
import { programBytes } from '../../helpers/elf-writer.js';
import { prng } from '../../helpers/prng.js';

const FRAME = 4096;
/** Machine frames in the test machine. */
const MACHINE_FRAMES = 64;
/** Guest frames of RAM. */
const GUEST_FRAMES = 16;
const HANDLER = RAM + 0x800;

/** A machine memory full of a random pattern, and a P2M naming GUEST_FRAMES distinct frames in scrambled order. */
function scrambled(seed: number): { machine: SharedArrayBuffer; p2m: Int32Array } {
  const next = prng(seed);
  const machine = new SharedArrayBuffer(MACHINE_FRAMES * FRAME);
  const m8 = new Uint8Array(machine);
  for (let i = 0; i < m8.length; i++) m8[i] = next() & 0xff;
  const order = Array.from({ length: MACHINE_FRAMES }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const p2m = Int32Array.from(order.slice(0, GUEST_FRAMES));
  return { machine, p2m };
}

/** Writes `prog` into guest RAM at `gpa` through the bus's own translation. */
function load(bus: Bus, gpa: number, prog: Program): void {
  const bytes = programBytes(prog);
  for (let k = 0; k < bytes.length; k++) bus.mem8[bus.ramOffset(gpa + k)] = bytes[k]!;
}

describe('Bus with a P2M table', () => {
  it('maps guest frame g to machine frame p2m[g], byte for byte within the frame', () => {
    const { machine, p2m } = scrambled(1);
    const bus = new Bus(RAM, GUEST_FRAMES * FRAME, machine, p2m);
    expect(bus.hostPages).toBe(MACHINE_FRAMES);
    for (let g = 0; g < GUEST_FRAMES; g++) {
      for (const o of [0, 1, 0x7ff, 0xffc, 0xfff]) {
        expect(bus.ramOffset(RAM + g * FRAME + o)).toBe(p2m[g]! * FRAME + o);
      }
    }
  });

  it('follows the table as it is now, not as it was when the bus was built', () => {
    const { machine, p2m } = scrambled(2);
    const bus = new Bus(RAM, GUEST_FRAMES * FRAME, machine, p2m);
    p2m[3] = 60;
    expect(bus.ramOffset(RAM + 3 * FRAME + 8)).toBe(60 * FRAME + 8);
  });

  it.each([
    ['an unpopulated entry (-1)', -1],
    ['the first frame past machine memory', MACHINE_FRAMES],
    ['a frame far past machine memory', 1 << 20],
    ['a large negative entry', -0x8000_0000],
  ])('treats %s as not RAM', (_what, entry) => {
    const { machine, p2m } = scrambled(3);
    p2m[5] = entry;
    const bus = new Bus(RAM, GUEST_FRAMES * FRAME, machine, p2m);
    expect(bus.ramOffset(RAM + 5 * FRAME)).toBe(-1);
    expect(bus.ramOffset(RAM + 5 * FRAME + 0xfff)).toBe(-1);
    expect(bus.ramOffset(RAM + 4 * FRAME + 0xfff)).toBe(p2m[4]! * FRAME + 0xfff);
    expect(bus.ramOffset(RAM + 6 * FRAME)).toBe(p2m[6]! * FRAME);
  });

  it('treats addresses outside guest RAM as not RAM, even where machine memory exists', () => {
    const { machine, p2m } = scrambled(4);
    const bus = new Bus(RAM, GUEST_FRAMES * FRAME, machine, p2m);
    for (const pa of [0, RAM - 1, RAM - FRAME, RAM + GUEST_FRAMES * FRAME, RAM + MACHINE_FRAMES * FRAME - 1, 0xffff_ffff]) {
      expect(bus.ramOffset(pa)).toBe(-1);
    }
  });

  it('refuses a table without machine memory or with the wrong number of entries', () => {
    const { machine, p2m } = scrambled(5);
    expect(() => new Bus(RAM, GUEST_FRAMES * FRAME, undefined, p2m)).toThrow(/P2M/);
    expect(() => new Bus(RAM, (GUEST_FRAMES - 1) * FRAME, machine, p2m)).toThrow(/one entry per guest frame/);
    expect(() => new Bus(RAM, (GUEST_FRAMES + 1) * FRAME, machine, p2m)).toThrow(/one entry per guest frame/);
  });

  it('covers whole frames of machine memory only', () => {
    const machine = new SharedArrayBuffer(10 * FRAME + 100);
    const bus = new Bus(RAM, 2 * FRAME, machine, Int32Array.from([9, 10]));
    expect(bus.hostPages).toBe(10);
    expect(bus.ramOffset(RAM)).toBe(9 * FRAME);
    expect(bus.ramOffset(RAM + FRAME)).toBe(-1); // frame 10 is only partly there
  });
});

/**
 * Walks guest frames 1..15 ten times over: loads the word the host seeded at
 * offset 0 of each, adds it to a2, stores word + index at offset 4. Then a
 * misaligned word store and load straddling guest frames 3 and 4 (two
 * machine frames far apart).
 */
function walker(): { prog: Program; straddle: number } {
  const straddle = RAM + 4 * FRAME - 2;
  const head = [...li(s0, RAM + FRAME), addi(s1, 0, GUEST_FRAMES - 1), addi(a2, 0, 0), addi(s2, 0, 10)];
  const inner = [lw(a0, 0, t1), add(a2, a2, a0), add(a1, a0, t0), sw(a1, 4, t1), lui(t2, 1), add(t1, t1, t2), addi(t0, t0, 1)];
  const outer = [mv(t1, s0), addi(t0, 0, 0), ...inner, bne(t0, s1, -4 * inner.length), addi(s2, s2, -1)];
  const tail = [...li(t1, straddle), ...li(a3, 0x11223344), sw(a3, 0, t1), lw(a4, 0, t1), HALT];
  const prog = [...head, ...outer, bne(s2, 0, -4 * outer.length), ...tail];
  return { prog, straddle };
}

describe('a hart over a scrambled P2M', () => {
  it.each([['interp', false], ['jit', true]] as const)('computes correctly and stores only into the frames the P2M names (%s)', (_tier, jit) => {
    const { machine, p2m } = scrambled(6);
    const bus = new Bus(RAM, GUEST_FRAMES * FRAME, machine, p2m);
    const m8 = new Uint8Array(machine);
    const dv = new DataView(machine);
    const { prog, straddle } = walker();
    load(bus, RAM, prog);
    load(bus, HANDLER, [HALT]);
    const seeded = Array.from({ length: GUEST_FRAMES - 1 }, (_, i) => dv.getUint32(p2m[i + 1]! * FRAME, true));
    const before = m8.slice();

    const hart = new Hart(bus);
    hart.jit = jit;
    hart.reset(RAM);
    hart.csr.mtvec = HANDLER;
    const pc = runToHalt(hart, 1_000_000, 256);
    expect(pc, `trapped: mcause ${hart.csr.mcause}, mtval 0x${(hart.csr.mtval >>> 0).toString(16)}`).not.toBe(HANDLER);

    const sum = seeded.reduce((s, v) => (s + v) | 0, 0);
    expect(hart.x[a2]).toBe(Math.imul(sum, 10));
    expect(hart.x[a4]! >>> 0).toBe(0x11223344);
    if (jit) expect(hart.counters.blocksTranslated).toBeGreaterThan(0);

    // The expected machine memory: the snapshot plus exactly the guest's stores, placed through the P2M.
    const want = before.slice();
    const wdv = new DataView(want.buffer);
    seeded.forEach((v, i) => wdv.setUint32(p2m[i + 1]! * FRAME + 4, (v + i) >>> 0, true));
    const lo = p2m[(straddle - RAM) >>> 12]! * FRAME + ((straddle - RAM) & 0xfff);
    const hi = p2m[(straddle + 2 - RAM) >>> 12]! * FRAME;
    [want[lo], want[lo + 1], want[hi], want[hi + 1]] = [0x44, 0x33, 0x22, 0x11];
    const stray: string[] = [];
    for (let i = 0; i < m8.length; i++) {
      if (m8[i] !== want[i]) stray.push(`machine frame ${i >>> 12} +0x${(i & 0xfff).toString(16)}`);
    }
    expect(stray.slice(0, 10)).toEqual([]);
  });

  it.each([
    ['a load', (addr: number): Program => [...li(t1, addr), lw(a0, 0, t1), HALT], CAUSE_LOAD_ACCESS],
    ['a store', (addr: number): Program => [...li(t1, addr), sw(t1, 0, t1), HALT], CAUSE_STORE_ACCESS],
  ])('raises an access fault for %s to an unpopulated guest frame, touching no machine frame', (_what, prog, cause) => {
    const { machine, p2m } = scrambled(7);
    p2m[9] = -1;
    const bus = new Bus(RAM, GUEST_FRAMES * FRAME, machine, p2m);
    const target = RAM + 9 * FRAME + 0x10;
    load(bus, RAM, prog(target));
    load(bus, HANDLER, [HALT]);
    const before = new Uint8Array(machine).slice();
    const hart = new Hart(bus);
    hart.reset(RAM);
    hart.csr.mtvec = HANDLER;
    expect(runToHalt(hart, 1000, 1)).toBe(HANDLER);
    expect(hart.csr.mcause).toBe(cause);
    expect(hart.csr.mtval >>> 0).toBe(target);
    expect(Buffer.compare(new Uint8Array(machine), before)).toBe(0);
  });
});
