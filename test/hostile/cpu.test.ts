/**
 * Hostile guests against the CPU, each in a real guest worker beside
 * well-behaved ones on the same hypervisor worker: a guest that never yields
 * (interrupts masked, a tight loop) does not slow another guest's compute
 * beyond a generous bound and can still be paused and destroyed; a trap
 * storm keeps host memory bounded and the hypervisor answering; jumps to
 * unmapped memory end in instruction access faults the guest's own handler
 * sees (the last two natively and under full and hardware-assisted
 * virtualization); a guest rewriting a hot routine sees each new instruction
 * on the translation tier and the interpreter alike.
 */
import { describe, expect, it } from 'vitest';
import { consoleOf, hypervisorPool, runToEnd } from '../helpers/guest-run.js';
import { recordCounts } from '../fuzz/harness.js';
import { bareJumper, counter, kernelJumper, selfModifying, spinner, trapStorm } from './cpu-guests.js';

const MiB = 1 << 20;
const hypervisor = hypervisorPool(64 * MiB);
/** Work of the measured guest: enough to take a good part of a second on either tier. */
const WORK = 60_000_000;

/** Milliseconds `f` takes. */
async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** Milliseconds of `n` stats round trips to the hypervisor worker, the slowest one. */
async function slowestStats(c: Awaited<ReturnType<typeof hypervisor>>, id: number, n: number): Promise<number> {
  let worst = 0;
  for (let i = 0; i < n; i++) worst = Math.max(worst, await timed(() => c.api.stats(id)));
  return worst;
}

describe('a guest that never yields', () => {
  it('leaves another guest its share, and is paused and destroyed on request', async () => {
    const c = await hypervisor();
    // Runs a fresh counter guest to its end and destroys it; the milliseconds it took.
    const runCounter = async (name: string): Promise<number> => {
      const d = await c.api.create({ name, ramBytes: 4 * MiB, boot: { kind: 'bare', program: counter(WORK) } });
      let end: Awaited<ReturnType<typeof runToEnd>> | undefined;
      const ms = await timed(async () => { end = await runToEnd(c, d.id); });
      expect(end).toMatchObject({ state: 'shutdown', exitCode: 0 });
      await c.api.destroy(d.id);
      return ms;
    };
    const alone = await runCounter('alone');
    const facts = await c.api.memoryFacts();
    const spin = await c.api.create({ name: 'spin', ramBytes: 4 * MiB, boot: { kind: 'bare', program: spinner() } });
    await c.api.start(spin.id);
    while ((await c.api.stats(spin.id)).insns < 1_000_000) await new Promise((r) => setTimeout(r, 10));
    const beside = await runCounter('beside');
    expect(beside).toBeLessThan(alone * 6 + 3000);
    expect(await slowestStats(c, spin.id, 10)).toBeLessThan(1000);
    expect((await c.api.pause(spin.id)).state).toBe('paused');
    const a = (await c.api.stats(spin.id)).insns;
    await new Promise((r) => setTimeout(r, 100));
    expect((await c.api.stats(spin.id)).insns).toBe(a);
    await c.api.destroy(spin.id);
    expect((await c.api.memoryFacts()).freeFrames).toBe(facts.freeFrames);
    recordCounts('hostile-cpu-spin', { hostileCases: 1 });
  }, 120_000);
});

describe('a trap storm', () => {
  for (const kind of ['bare', 'full', 'hw'] as const) {
    it(`${kind}: takes over a million exceptions with bounded host memory while the hypervisor answers`, async () => {
      const c = await hypervisor();
      const boot = kind === 'bare' ? { kind, program: trapStorm() } : { kind, kernel: trapStorm('kernel'), bootargs: '' };
      const storm = await c.api.create({ name: 'storm', ramBytes: 8 * MiB, boot });
      const rss = process.memoryUsage().rss;
      await c.api.start(storm.id);
      let traps = 0;
      const worst = await slowestStats(c, storm.id, 5);
      const deadline = performance.now() + 30_000;
      while (traps < 1_000_000 && performance.now() < deadline) {
        traps = (await c.api.stats(storm.id)).traps;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(traps).toBeGreaterThanOrEqual(1_000_000);
      expect(worst).toBeLessThan(1000);
      expect(process.memoryUsage().rss - rss).toBeLessThan(256 * MiB);
      expect((await c.api.info(storm.id)).state).toBe('running');
      await c.api.destroy(storm.id);
      recordCounts(`hostile-cpu-trapstorm-${kind}`, { hostileCases: 1 });
    }, 60_000);
  }
});

describe('jumping to unmapped memory', () => {
  it('ends in instruction access faults the guest handles, natively and under full and hw virtualization', async () => {
    const c = await hypervisor();
    const ram = 8 * MiB;
    const guests = [
      await c.api.create({ name: 'bare', ramBytes: ram, boot: { kind: 'bare', program: bareJumper(ram) } }),
      await c.api.create({ name: 'full', ramBytes: ram, boot: { kind: 'full', kernel: kernelJumper(ram), bootargs: '' } }),
      await c.api.create({ name: 'hw', ramBytes: ram, boot: { kind: 'hw', kernel: kernelJumper(ram), bootargs: '' } }),
    ];
    const ends = await Promise.all(guests.map(async (g) => runToEnd(c, g.id, await consoleOf(c, g.id), 30_000)));
    expect(ends.map((e) => [e.state, e.exitCode])).toEqual(guests.map(() => ['shutdown', 0]));
    recordCounts('hostile-cpu-jumps', { hostileCases: 3 * 6 });
  }, 60_000);
});

describe('self-modifying code in a whole guest', () => {
  it('runs the newest instruction after every rewrite, on the translation tier and the interpreter side by side', async () => {
    const c = await hypervisor();
    const program = selfModifying(1500, 200);
    const guests = await Promise.all((['jit', 'interp'] as const).map((tier) =>
      c.api.create({ name: tier, ramBytes: 4 * MiB, tier, boot: { kind: 'bare', program } })));
    const ends = await Promise.all(guests.map((g) => runToEnd(c, g.id)));
    expect(ends.map((e) => [e.state, e.exitCode])).toEqual([['shutdown', 0], ['shutdown', 0]]);
    expect((await c.api.stats(guests[0]!.id)).blocks_translated).toBeGreaterThan(0);
    expect((await c.api.stats(guests[1]!.id)).blocks_translated).toBe(0);
    recordCounts('hostile-cpu-smc', { hostileCases: 2 });
  }, 60_000);
});
