/**
 * Pre-started guest workers (core/guest-pool.ts): a domain started from a
 * spare runs to the same end as one with a worker of its own; the pool
 * starts a replacement for every spare it hands over or loses; shutting the
 * hypervisor down terminates the spares; and spares that fail to start or
 * die while they wait never fail a domain's start. Real guest workers (the
 * compiled dist modules), in-thread hypervisors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainInfo, GuestRunner } from '../../../hypervisor/core/domain.js';
import type { GuestPoolCounters } from '../../../hypervisor/core/guest-pool.js';
import { ROOT } from '../../helpers/cli.js';
import { consoleUntilEnd } from '../../helpers/domain-console.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { Hypervisor } = await import(dist('core/hypervisor.js')) as typeof import('../../../hypervisor/core/hypervisor.js');
const { SPARE_DOMID } = await import(dist('core/guest-pool.js')) as typeof import('../../../hypervisor/core/guest-pool.js');
const { spawnGuestWorker } = await import(dist('worker/guest-runner.js')) as typeof import('../../../hypervisor/worker/guest-runner.js');
const { yieldToEventLoop } = await import(dist('worker/platform.js')) as typeof import('../../../hypervisor/worker/platform.js');

type Hv = InstanceType<typeof Hypervisor>;
const HELLO = new Uint8Array(readFileSync(`${ROOT}libos/uni/build/hello.uni.elf`));
const HELLO_OUT = 'hello from pid 1\nhello: argv[1]=pooled\n';
const tmp = mkdtempSync(join(tmpdir(), 'exovisor-pool-'));

/** A guest-worker stand-in: `code` runs when its module loads, before (or instead of) the ready message. */
function fakeWorker(name: string, code: string): URL {
  const path = join(tmp, `${name}.mjs`);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\nimport { MSG_READY } from '${dist('worker/protocol.js')}';\n${code}\n`);
  return pathToFileURL(path);
}

/** Every runner a spawn function made, with the domain id it was spawned for. */
interface Spawned { domid: number; runner: GuestRunner }

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** An in-thread hypervisor keeping `prestart` spares; spare number i (from 0) comes from `spareUrl(i)` when it names one. */
function pooled(prestart: number, spareUrl: (i: number) => URL | undefined = () => undefined): { hv: Hv; spawned: Spawned[] } {
  const spawned: Spawned[] = [];
  let spares = 0;
  const hv = new Hypervisor({
    machineBytes: 64 << 20, yieldFn: yieldToEventLoop, prestart,
    spawnGuest: async (domid) => {
      const runner = await spawnGuestWorker(domid, domid === SPARE_DOMID ? spareUrl(spares++) : undefined);
      spawned.push({ domid, runner });
      return runner;
    },
  });
  cleanups.push(() => hv.shutdown());
  return { hv, spawned };
}

/** Polls the pool's counters until `ok` holds (10 s at most). */
async function poolUntil(hv: Hv, ok: (c: GuestPoolCounters) => boolean): Promise<GuestPoolCounters> {
  await expect.poll(() => ok(hv.poolStats()!), { timeout: 10_000, interval: 20 }).toBe(true);
  return hv.poolStats()!;
}

/** Creates and starts the hello unikernel and reads its console until it ends. */
async function runHello(hv: Hv): Promise<{ info: DomainInfo; text: string }> {
  const { id } = hv.create({ name: 'hello', ramBytes: 5 << 20, boot: { kind: 'uni', image: HELLO, cmdline: 'hello pooled' } });
  await hv.start(id);
  return consoleUntilEnd(hv, id);
}

describe('pre-started guest workers', () => {
  it('start a domain on a spare that was already loaded, and start a replacement for it', async () => {
    const { hv, spawned } = pooled(2);
    await poolUntil(hv, (c) => c.spares === 2);
    const { info, text } = await runHello(hv);
    expect(info.state).toBe('shutdown');
    expect(info.exitCode).toBe(0);
    expect(text).toBe(HELLO_OUT);
    const c = await poolUntil(hv, (k) => k.spares === 2);
    expect(c).toMatchObject({ handed_over: 1, spawned_on_demand: 0, spare_deaths: 0, spare_failures: 0, starting: 0 });
    expect(spawned.map((s) => s.domid)).toEqual([SPARE_DOMID, SPARE_DOMID, SPARE_DOMID]);
  }, 30_000);

  it('spawn a worker on demand when every spare is taken', async () => {
    const { hv } = pooled(1);
    await poolUntil(hv, (c) => c.spares === 1);
    const [a, b] = await Promise.all([runHello(hv), runHello(hv)]);
    for (const r of [a, b]) expect([r.info.state, r.text]).toEqual(['shutdown', HELLO_OUT]);
    expect(hv.poolStats()).toMatchObject({ handed_over: 1, spawned_on_demand: 1 });
  }, 30_000);

  it('terminate the spares, started or still starting, when the hypervisor shuts down', async () => {
    const { hv, spawned } = pooled(3);
    await poolUntil(hv, (c) => c.spares === 3);
    await hv.shutdown();
    expect(spawned).toHaveLength(3);
    const ends = await Promise.all(spawned.map((s) => s.runner.ended));
    expect(ends.map((e) => e.end)).toEqual(Array(3).fill({ kind: 'crash', message: 'guest worker terminated' }));
    expect(hv.poolStats()).toMatchObject({ spares: 0, starting: 0, spare_deaths: 0 });
    await expect(hv.start(hv.create({ name: 'late', ramBytes: 5 << 20, boot: { kind: 'uni', image: HELLO, cmdline: 'hello' } }).id))
      .rejects.toThrow(/pool is closed/);
  }, 30_000);

  it('start domains on workers of their own while spares fail to start', async () => {
    const broken = fakeWorker('broken', "throw new Error('this worker cannot load');");
    const { hv } = pooled(1, () => broken);
    await poolUntil(hv, (c) => c.spare_failures >= 1);
    const { info, text } = await runHello(hv);
    expect([info.state, text]).toEqual(['shutdown', HELLO_OUT]);
    expect(hv.poolStats()).toMatchObject({ handed_over: 0, spawned_on_demand: 1, spares: 0 });
  }, 30_000);

  it('are refused in numbers that are not a whole count of workers', () => {
    for (const n of [-1, 1.5, 17]) expect(() => pooled(n)).toThrow(/prestart wants a whole number of guest workers from 1 to 16/);
  });

  it('drop a spare that dies while it waits, start another, and hand that one over', async () => {
    const dying = fakeWorker('dying', 'parentPort.postMessage({ kind: MSG_READY });\nsetTimeout(() => process.exit(3), 100);');
    const { hv } = pooled(1, (i) => (i === 0 ? dying : undefined));
    const c = await poolUntil(hv, (k) => k.spare_deaths === 1 && k.spares === 1);
    expect(c.spare_failures).toBe(0);
    const { info, text } = await runHello(hv);
    expect([info.state, text]).toEqual(['shutdown', HELLO_OUT]);
    expect(hv.poolStats()).toMatchObject({ handed_over: 1, spawned_on_demand: 0 });
  }, 30_000);
});
