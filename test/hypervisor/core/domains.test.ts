/**
 * Domains are isolated from each other's failures: two guests run side by
 * side in their own workers; a guest that crashes, a guest worker that
 * dies, and a guest worker that hangs (killed by the watchdog) each mark
 * only their own domain crashed while the other keeps running to a correct
 * finish. Real hypervisor and guest workers (the compiled dist modules).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainSpec } from '../../../hypervisor/core/domain.js';
import { DOMID_HYPERVISOR } from '../../../hypervisor/core/machine-memory.js';
import { ROOT } from '../../helpers/cli.js';
import { consoleUntilEnd } from '../../helpers/domain-console.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { Hypervisor } = await import(dist('core/hypervisor.js')) as typeof import('../../../hypervisor/core/hypervisor.js');
const { startHypervisor } = await import(dist('worker/client.js')) as typeof import('../../../hypervisor/worker/client.js');
const { spawnGuestWorker } = await import(dist('worker/guest-runner.js')) as typeof import('../../../hypervisor/worker/guest-runner.js');
const { yieldToEventLoop } = await import(dist('worker/platform.js')) as typeof import('../../../hypervisor/worker/platform.js');
const { ByteRing } = await import(dist('worker/byte-ring.js')) as typeof import('../../../hypervisor/worker/byte-ring.js');

const file = (p: string): Uint8Array => new Uint8Array(readFileSync(`${ROOT}${p}`));
const SBI = file('libos/sbi/build/sbi.elf');
const KERNEL = file('libos/kernel/build/kernel.elf');
const tmp = mkdtempSync(join(tmpdir(), 'exovisor-domains-'));

/** A kernel domain running `program` with no disk. */
function kernelSpec(name: string, program: string, firmware = SBI): DomainSpec {
  return { name, ramBytes: 32 << 20, boot: { kind: 'firmware', firmware, kernel: KERNEL, bootargs: program } };
}

/** Writes a guest-worker stand-in that says it is ready and then misbehaves on boot. */
function fakeGuestWorker(name: string, onBoot: string): URL {
  const path = join(tmp, `${name}.mjs`);
  writeFileSync(path, `
import { parentPort } from 'node:worker_threads';
import { MSG_BOOT, MSG_READY } from '${dist('worker/protocol.js')}';
parentPort.on('message', (m) => { if (m.kind === MSG_BOOT) { ${onBoot} } });
parentPort.postMessage({ kind: MSG_READY });
`);
  return pathToFileURL(path);
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** An in-thread hypervisor whose domain `badId` gets the worker at `badUrl`; the others real guest workers. */
function hypervisorWith(badId: number, badUrl: URL, watchdogMs = 5000): InstanceType<typeof Hypervisor> {
  const hv = new Hypervisor({
    machineBytes: 128 << 20,
    watchdogMs,
    yieldFn: yieldToEventLoop,
    spawnGuest: (id) => spawnGuestWorker(id, id === badId ? badUrl : undefined),
  });
  cleanups.push(() => hv.shutdown());
  return hv;
}

describe('two domains side by side', () => {
  it('run to correct ends in their own workers; a crashing one leaves the other running', async () => {
    const client = await startHypervisor({ machineBytes: 128 << 20 });
    cleanups.push(() => client.close());
    const a = await client.api.create(kernelSpec('compute', 'compute'));
    const b = await client.api.create(kernelSpec('crash', 'hello', file('test/guests/build/crash.elf')));
    const out = new ByteRing((await client.api.consoleRings(a.id)).out);
    await client.api.start(a.id);
    await client.api.start(b.id);
    const bEnd = await client.api.waitForEnd(b.id, 30_000);
    expect(bEnd.state).toBe('crashed');
    expect(bEnd.reason).toMatch(/no progress/);
    expect((await client.api.info(a.id)).state).toBe('running');
    let text = '';
    for (;;) {
      const info = await client.api.waitForEnd(a.id, 200);
      text += Buffer.from(out.read()).toString('latin1');
      if (info.state !== 'running') {
        expect(info).toMatchObject({ state: 'shutdown', exitCode: 0 });
        break;
      }
    }
    expect(text).toBe(readFileSync(`${ROOT}apps/compute/compute.expected`, 'latin1'));
    const facts = await client.api.memoryFacts();
    await client.api.destroy(a.id);
    await client.api.destroy(b.id);
    expect((await client.api.memoryFacts()).freeFrames).toBeGreaterThan(facts.freeFrames + 2 * ((32 << 20) / 4096) - 1);
  }, 120_000);
});

describe('isolation between domains, through real guest workers', () => {
  it('a guest probing every way out of its RAM reaches nothing: other frames and hypervisor memory are unchanged', async () => {
    const hv = hypervisorWith(0, new URL('file:///unused'));
    const victim = hv.create({ name: 'victim', ramBytes: 4 << 20, boot: { kind: 'bare', program: file('test/guests/build/hello.elf') } });
    const mm = hv.memory;
    // Paint every frame the prober will not own: the victim's RAM and all hypervisor and free frames.
    for (let f = 0; f < mm.frames; f++) if (mm.owner(f) === victim.id) mm.bytes.fill(0xa5, f * 4096, (f + 1) * 4096);
    const before = Uint8Array.from(mm.bytes);
    const prober = hv.create({ name: 'prober', ramBytes: 16 << 20, boot: { kind: 'bare', program: file('test/guests/build/isolation.elf') } });
    const owned = new Set<number>();
    for (let f = 0; f < mm.frames; f++) if (mm.owner(f) === prober.id) owned.add(f);
    const snapshot = Uint8Array.from(mm.bytes);
    await hv.start(prober.id);
    const end = await consoleUntilEnd(hv, prober.id);
    expect(end.text).toBe(readFileSync(`${ROOT}test/guests/isolation.expected`, 'latin1'));
    expect(end.info).toMatchObject({ state: 'shutdown', exitCode: 0 });
    let changedOutside = 0;
    for (let f = 0; f < mm.frames; f++) {
      if (owned.has(f) || mm.owner(f) === DOMID_HYPERVISOR) continue; // its own RAM; hypervisor frames are checked below
      for (let b = f * 4096; b < (f + 1) * 4096; b++) if (mm.bytes[b] !== snapshot[b]) { changedOutside++; break; }
    }
    expect(changedOutside).toBe(0);
    // The frame table (the vCPU tests also check the P2M tables, in one thread).
    const tableBytes = Math.ceil((mm.frames * 4) / 4096) * 4096;
    expect(Buffer.compare(Buffer.from(mm.bytes.subarray(0, tableBytes)), Buffer.from(snapshot.subarray(0, tableBytes)))).toBe(0);
    let victimChanged = 0;
    for (let f = 0; f < mm.frames; f++) if (mm.owner(f) === victim.id && mm.bytes[f * 4096] !== before[f * 4096]) victimChanged++;
    expect(victimChanged).toBe(0);
  }, 60_000);
});

describe('guest worker failures', () => {
  it('a guest worker that dies marks only its domain crashed', async () => {
    const hv = hypervisorWith(2, fakeGuestWorker('dies', 'process.exit(3);'));
    const a = hv.create(kernelSpec('hello', 'hello'));
    const b = hv.create(kernelSpec('doomed', 'hello'));
    await hv.start(a.id);
    await hv.start(b.id);
    const bEnd = await hv.waitForEnd(b.id, 10_000);
    expect(bEnd.state).toBe('crashed');
    expect(bEnd.reason).toMatch(/guest worker died: worker exited with code 3/);
    const aEnd = await consoleUntilEnd(hv, a.id);
    expect(aEnd.info).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(aEnd.text).toBe('hello from pid 1\n');
  }, 60_000);

  it('the watchdog terminates a guest worker that stops beating, and only that one', async () => {
    const hv = hypervisorWith(2, fakeGuestWorker('hangs', 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);'), 400);
    const a = hv.create(kernelSpec('spawnstorm', 'spawnstorm'));
    const b = hv.create(kernelSpec('hung', 'hello'));
    await hv.start(a.id);
    await hv.start(b.id);
    const t0 = performance.now();
    const bEnd = await hv.waitForEnd(b.id, 10_000);
    expect(bEnd.state).toBe('crashed');
    expect(bEnd.reason).toMatch(/^watchdog: .*terminated/);
    expect(performance.now() - t0).toBeLessThan(5000);
    const aEnd = await consoleUntilEnd(hv, a.id);
    expect(aEnd.info).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(aEnd.text).toBe(readFileSync(`${ROOT}apps/spawnstorm/spawnstorm.expected`, 'latin1'));
  }, 90_000);
});
