/**
 * Guest atomics are atomic for other threads too. Guest RAM is machine
 * memory shared with the hypervisor worker, which sets event-channel bits
 * and ring indices in it while the vCPU runs: an AMO or SC that did a plain
 * read-modify-write could lose the other thread's update. A worker thread
 * hammers a word with Atomics.add while the hart runs amoadd.w on it in a
 * loop (both tiers); no increment may be lost.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { Bus } from '../../../hypervisor/cpu/bus.js';
import { Hart } from '../../../hypervisor/cpu/hart.js';
import { PRV_M } from '../../../hypervisor/cpu/isa.js';
import { a0, a1, a2, a3, addi, amoadd, bne, HALT, li, lr, RAM, runToHalt, sc, type Program } from '../../helpers/asm.js';

const ROUNDS = 200_000;
const WORD = RAM + 0x8000;

/** Assembles `prog` at RAM in `bus`. */
function load(bus: Bus, prog: Program): void {
  let at = 0;
  for (const w of prog.flat()) { bus.mem32[at >>> 2] = w; at += 4; }
}

/** A worker that adds 1 to word `index` of `sab` `rounds` times, as fast as it can. */
function hammer(sab: SharedArrayBuffer, index: number, rounds: number): Promise<void> {
  const w = new Worker(`const { workerData: d } = require('node:worker_threads');
    const m = new Int32Array(d.sab); for (let i = 0; i < d.rounds; i++) Atomics.add(m, d.index, 1);`,
  { eval: true, workerData: { sab, index, rounds } });
  return new Promise((resolve, reject) => { w.on('exit', () => resolve()); w.on('error', reject); });
}

async function race(prog: Program, jit: boolean): Promise<number> {
  const sab = new SharedArrayBuffer(1 << 20);
  const bus = new Bus(RAM, 1 << 20, sab);
  const hart = new Hart(bus);
  hart.jit = jit;
  load(bus, prog);
  hart.reset(RAM);
  hart.priv = PRV_M;
  const other = hammer(sab, (WORD - RAM) >>> 2, ROUNDS);
  runToHalt(hart, 20 * ROUNDS);
  await other;
  return Atomics.load(bus.mem32, (WORD - RAM) >>> 2);
}

// amoadd.w in a loop: a0 = word, a1 = 1, a2 = count.
const AMO_LOOP: Program = [...li(a0, WORD), ...li(a1, 1), ...li(a2, ROUNDS), amoadd(0, a1, a0), addi(a2, a2, -1), bne(a2, 0, -8), HALT];
// The same with lr/sc retry loops.
const LRSC_LOOP: Program = [...li(a0, WORD), ...li(a2, ROUNDS), lr(a3, a0), addi(a3, a3, 1), sc(a1, a3, a0), bne(a1, 0, -12),
  addi(a2, a2, -1), bne(a2, 0, -20), HALT];

describe('guest atomics against another thread', () => {
  for (const jit of [false, true]) {
    it(`amoadd.w loses no increment (${jit ? 'jit' : 'interp'} tier)`, async () => {
      expect(await race(AMO_LOOP, jit)).toBe(2 * ROUNDS);
    }, 60_000);
    it(`lr/sc retry loops lose no increment (${jit ? 'jit' : 'interp'} tier)`, async () => {
      expect(await race(LRSC_LOOP, jit)).toBe(2 * ROUNDS);
    }, 60_000);
  }
});
