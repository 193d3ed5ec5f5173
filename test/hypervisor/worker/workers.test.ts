/**
 * The hypervisor and its guests in real worker threads, through the
 * compiled modules in dist/ (what the CLI and the dashboard run): a bare
 * guest's console reaches its ring and it ends with its exit code; bad
 * images are refused without leaking frames; guests run side by side;
 * pause parks a guest and resume lets it finish; destroy returns a running
 * guest's memory; a hypervisor worker that cannot load is reported at once.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainInfo, DomainSpec } from '../../../hypervisor/core/domain.js';
import type { HypervisorClient } from '../../../hypervisor/worker/client.js';
import { ByteRing } from '../../../hypervisor/worker/byte-ring.js';
import { andi, beq, bne, exitWith, lbu, li, addi, RAM, s0, t0, t1, type Program } from '../../helpers/asm.js';
import { ROOT } from '../../helpers/cli.js';
import { bareElf } from '../../helpers/elf-writer.js';
import { prng } from '../../helpers/prng.js';

type ClientModule = typeof import('../../../hypervisor/worker/client.js');
const { startHypervisor } = (await import(pathToFileURL(`${ROOT}dist/hypervisor/worker/client.js`).href)) as ClientModule;

const MiB = 1 << 20;
const MACHINE_BYTES = 64 * MiB;
const guest = (name: string): Uint8Array => readFileSync(`${ROOT}test/guests/build/${name}.elf`);
const expected = (name: string): string => readFileSync(`${ROOT}test/guests/${name}.expected`, 'latin1');
const bare = (name: string, program: Uint8Array): DomainSpec => ({ name, ramBytes: 16 * MiB, boot: { kind: 'bare', program } });

/**
 * Counts down a million instructions' worth, then looks at the UART's line
 * status; exits with code 0 once a console byte has arrived, else repeats.
 * Runs for as long as nobody types, whatever the host's speed.
 */
function waitForKey(): Uint8Array {
  const prog: Program = [
    ...li(s0, 0x1000_0000),
    ...li(t0, 500_000), // outer: word 2
    addi(t0, t0, -1), bne(t0, 0, -4),
    lbu(t1, 5, s0), andi(t1, t1, 1), beq(t1, 0, -24),
    ...exitWith(0),
  ];
  return bareElf(RAM, prog);
}

let client: HypervisorClient | null = null;
afterEach(async () => {
  await client?.close();
  client = null;
});

async function start(): Promise<HypervisorClient> {
  client = await startHypervisor({ machineBytes: MACHINE_BYTES });
  return client;
}

/** Everything in a console ring so far, as text. */
async function consoleText(c: HypervisorClient, id: number): Promise<string> {
  const rings = await c.api.consoleRings(id);
  return Buffer.from(new ByteRing(rings.out).read()).toString('latin1');
}

/** Polls `f` until it returns true; throws after `ms`. */
async function until(f: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!(await f())) {
    if (performance.now() > end) throw new Error(`${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a bare guest in a guest worker', () => {
  it('prints through its console ring, ends in shutdown with code 0, and counts its exits', async () => {
    const c = await start();
    const created = await c.api.create(bare('hello', guest('hello')));
    expect(created.state).toBe('created');
    expect((await c.api.start(created.id)).state).toBe('running');
    const end = await c.api.waitForEnd(created.id, 15_000);
    expect(end).toMatchObject({ id: created.id, name: 'hello', kind: 'bare', state: 'shutdown', exitCode: 0 });
    expect(await consoleText(c, created.id)).toBe(expected('hello'));
    const stats = await c.api.stats(created.id);
    expect(stats.insns).toBeGreaterThan(1000);
    expect(stats.exits['mmio']).toBeGreaterThanOrEqual(expected('hello').length);
    expect(stats.mmio['uart0']).toBeGreaterThanOrEqual(expected('hello').length);
    expect(stats.mmio['test']).toBe(1);
    expect(stats.exits['mmio']).toBe(Object.values(stats.mmio).reduce((a, b) => a + b, 0));
    expect(stats.console_bytes).toBe(expected('hello').length);
    expect(stats.console_dropped).toBe(0);
  }, 20_000);

  it('reports the guest exit code (exitcode ends with 3)', async () => {
    const c = await start();
    const { id } = await c.api.create(bare('exitcode', guest('exitcode')));
    await c.api.start(id);
    expect(await c.api.waitForEnd(id, 15_000)).toMatchObject({ state: 'shutdown', exitCode: 3 });
  }, 20_000);
});

describe('create', () => {
  it('refuses a file that is not an ELF image, naming ELF, and leaves machine memory as it was', async () => {
    const c = await start();
    const before = await c.api.memoryFacts();
    const next = prng(42);
    const junk = Uint8Array.from({ length: 4096 }, () => next() & 0xff);
    await expect(c.api.create(bare('junk', junk))).rejects.toThrow(/ELF/);
    expect(await c.api.memoryFacts()).toEqual(before);
    expect(await c.api.list()).toEqual([]);
  }, 20_000);

  it('refuses an image outside RAM with the loader message, and leaves machine memory as it was', async () => {
    const c = await start();
    const before = await c.api.memoryFacts();
    await expect(c.api.create(bare('low', bareElf(0x4000_0000, [0x6f])))).rejects.toThrow(/lies outside RAM/);
    await expect(c.api.create({ ...bare('huge', guest('hello')), ramBytes: 2 * MACHINE_BYTES })).rejects.toThrow(/frames/);
    expect((await c.api.memoryFacts()).freeFrames).toBe(before.freeFrames);
  }, 20_000);
});

describe('several guests', () => {
  it('run side by side, each with its own console, and both finish', async () => {
    const c = await start();
    const a = await c.api.create(bare('hello', guest('hello')));
    const b = await c.api.create(bare('exitcode', guest('exitcode')));
    await Promise.all([c.api.start(a.id), c.api.start(b.id)]);
    const [ea, eb] = await Promise.all([c.api.waitForEnd(a.id, 15_000), c.api.waitForEnd(b.id, 15_000)]);
    expect(ea).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(eb).toMatchObject({ state: 'shutdown', exitCode: 3 });
    expect(await consoleText(c, a.id)).toBe(expected('hello'));
    expect(await consoleText(c, b.id)).toBe(expected('exitcode'));
    expect((await c.api.list()).map((d: DomainInfo) => d.id)).toEqual([a.id, b.id]);
  }, 20_000);
});

describe('lifecycle', () => {
  it('pause parks a running guest (no instruction retired), resume lets it run and finish', async () => {
    const c = await start();
    const { id } = await c.api.create(bare('wait', waitForKey()));
    await c.api.start(id);
    await until(async () => (await c.api.stats(id)).insns > 0, 10_000, 'the guest did not start running');

    expect((await c.api.pause(id)).state).toBe('paused');
    const atPause = (await c.api.stats(id)).insns;
    await new Promise((r) => setTimeout(r, 300));
    expect((await c.api.info(id)).state).toBe('paused');
    expect((await c.api.stats(id)).insns).toBe(atPause);

    expect((await c.api.resume(id)).state).toBe('running');
    await until(async () => (await c.api.stats(id)).insns > atPause, 10_000, 'the guest did not run again');
    const rings = await c.api.consoleRings(id);
    new ByteRing(rings.in).write(Uint8Array.of(0x0d));
    expect(await c.api.waitForEnd(id, 15_000)).toMatchObject({ state: 'shutdown', exitCode: 0 });
  }, 20_000);

  it('destroy of a running guest returns all its frames', async () => {
    const c = await start();
    const initial = await c.api.memoryFacts();
    const { id } = await c.api.create(bare('wait', waitForKey()));
    expect((await c.api.memoryFacts()).freeFrames).toBeLessThan(initial.freeFrames - 4096);
    await c.api.start(id);
    await until(async () => (await c.api.stats(id)).insns > 0, 10_000, 'the guest did not start running');
    await c.api.destroy(id);
    expect(await c.api.memoryFacts()).toEqual(initial);
    expect(await c.api.list()).toEqual([]);
    await expect(c.api.info(id)).rejects.toThrow(`no domain ${id}`);
  }, 20_000);

  it('destroy of a paused guest returns all its frames', async () => {
    const c = await start();
    const initial = await c.api.memoryFacts();
    const { id } = await c.api.create(bare('wait', waitForKey()));
    await c.api.start(id);
    await until(async () => (await c.api.stats(id)).insns > 0, 10_000, 'the guest did not start running');
    await c.api.pause(id);
    await c.api.destroy(id);
    expect(await c.api.memoryFacts()).toEqual(initial);
  }, 20_000);
});

describe('startHypervisor', () => {
  it('rejects promptly, naming the module, when the worker entry does not exist', async () => {
    const missing = pathToFileURL(`${ROOT}dist/hypervisor/worker/no-such-worker.js`);
    const t0 = performance.now();
    await expect(startHypervisor({ machineBytes: MACHINE_BYTES }, missing)).rejects.toThrow(/hypervisor worker failed: .*no-such-worker\.js/);
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 20_000);
});
