/**
 * A guest worker killed in the middle of disk I/O: the kernel (native, full
 * or hw) runs fsbench on a real EXFS disk through the PIO disk, or the
 * pv-ops kernel through its block ring, and once the disk has moved
 * sectors its worker is terminated from outside. Only that domain ends —
 * crashed, with the cause in its state — while a second guest runs to its
 * normal end; destroying the dead domain returns every frame it held (and
 * a PV domain's back-end ports and grant mappings). In-
 * thread hypervisor with real guest workers (the compiled dist modules).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { BootSpec, GuestRunner } from '../../hypervisor/core/domain.js';
import type { PvEnvironment } from '../../hypervisor/core/pv-domain.js';
import { mkfs } from '../../hypervisor/image/mkfs.js';
import { ROOT } from '../helpers/cli.js';
import { consoleUntilEnd } from '../helpers/domain-console.js';
import { until } from '../helpers/guest-run.js';
import { recordCounts } from '../fuzz/harness.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { Hypervisor } = await import(dist('core/hypervisor.js')) as typeof import('../../hypervisor/core/hypervisor.js');
const { spawnGuestWorker } = await import(dist('worker/guest-runner.js')) as typeof import('../../hypervisor/worker/guest-runner.js');
const { yieldToEventLoop } = await import(dist('worker/platform.js')) as typeof import('../../hypervisor/worker/platform.js');

const MiB = 1 << 20;
const file = (p: string): Uint8Array => new Uint8Array(readFileSync(`${ROOT}${p}`));
const SBI = file('libos/sbi/build/sbi.elf');
const KERNEL = file('libos/kernel/build/kernel.elf');
const HELLO = file('test/guests/build/hello.elf');

const shutdowns: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const s of shutdowns.splice(0)) await s();
});

/** The kernel running fsbench natively (on the SBI firmware) or under full or hardware-assisted virtualization. */
function fsbenchBoot(kind: 'firmware' | 'full' | 'hw'): BootSpec {
  return kind === 'firmware' ? { kind, firmware: SBI, kernel: KERNEL, bootargs: 'fsbench' } : { kind, kernel: KERNEL, bootargs: 'fsbench' };
}

describe('a guest worker killed in the middle of disk I/O', () => {
  for (const kind of ['firmware', 'full', 'hw'] as const) {
    it(`${kind}: crashes only its domain, with the cause, and destroying it frees all its frames`, async () => {
      const runners = new Map<number, GuestRunner>();
      const hv = new Hypervisor({
        machineBytes: 128 * MiB, yieldFn: yieldToEventLoop,
        spawnGuest: async (id) => { const r = await spawnGuestWorker(id); runners.set(id, r); return r; },
      });
      shutdowns.push(() => hv.shutdown());
      const freeAtStart = hv.memory.freeFrames;
      const disk = mkfs({ sizeBytes: 16 * MiB, files: [{ name: 'fsbench', data: file('apps/build/fsbench.elf') }] });
      const fs = hv.create({ name: 'fsbench', ramBytes: 32 * MiB, disk, boot: fsbenchBoot(kind) });
      const other = hv.create({ name: 'hello', ramBytes: 16 * MiB, boot: { kind: 'bare', program: HELLO } });
      await hv.start(fs.id);
      await until(() => (hv.stats(fs.id).disk?.['sectorsWritten'] ?? 0) > 64, 60_000, 'fsbench writing to its disk');
      const otherEnd = hv.start(other.id).then(() => consoleUntilEnd(hv, other.id));
      expect(hv.info(fs.id).state).toBe('running');
      await runners.get(fs.id)!.terminate();
      const end = await hv.waitForEnd(fs.id, 10_000);
      expect(end.state).toBe('crashed');
      expect(end.reason).toBe('guest worker terminated');
      expect((await otherEnd).info).toMatchObject({ state: 'shutdown', exitCode: 0 });
      expect((await otherEnd).text).toBe(readFileSync(`${ROOT}test/guests/hello.expected`, 'latin1'));
      await hv.destroy(fs.id);
      await hv.destroy(other.id);
      expect(hv.memory.freeFrames).toBe(freeAtStart);
      recordCounts(`hostile-devices-kill-${kind}`, { hostileCases: 1 });
    }, 120_000);
  }

  it('pv: a guest killed with its block ring busy crashes alone, and destroying it frees its frames, grants and back-end ports', async () => {
    const runners = new Map<number, GuestRunner>();
    const hv = new Hypervisor({
      machineBytes: 128 * MiB, yieldFn: yieldToEventLoop,
      spawnGuest: async (id) => { const r = await spawnGuestWorker(id); runners.set(id, r); return r; },
    });
    shutdowns.push(() => hv.shutdown());
    const backend = (hv as unknown as { pvEnv: PvEnvironment }).pvEnv.backend.channels;
    const freeAtStart = hv.memory.freeFrames, portsAtStart = backend.saveState().length;
    const disk = mkfs({ sizeBytes: 16 * MiB, files: [{ name: 'fsbench', data: file('apps/build/fsbench.elf') }] });
    const fs = hv.create({ name: 'fsbench', ramBytes: 32 * MiB, disk, boot: { kind: 'pv', kernel: file('libos/kernel/build/kernel-pv.elf'), cmdline: 'fsbench' } });
    const other = hv.create({ name: 'hello', ramBytes: 16 * MiB, boot: { kind: 'bare', program: HELLO } });
    await hv.start(fs.id);
    const written = (): number => Number((hv.stats(fs.id).pv?.['blk'] as Record<string, number> | undefined)?.['sectors_written'] ?? 0);
    await until(() => written() > 64, 60_000, 'fsbench writing through its block ring');
    expect(backend.saveState().length).toBeGreaterThan(portsAtStart); // console, store and block back-end ports
    const otherEnd = hv.start(other.id).then(() => consoleUntilEnd(hv, other.id));
    await runners.get(fs.id)!.terminate();
    const end = await hv.waitForEnd(fs.id, 10_000);
    expect([end.state, end.reason]).toEqual(['crashed', 'guest worker terminated']);
    expect((await otherEnd).info).toMatchObject({ state: 'shutdown', exitCode: 0 });
    await hv.destroy(fs.id);
    await hv.destroy(other.id);
    expect(hv.memory.freeFrames).toBe(freeAtStart); // RAM, page tables, shared info, grant table and the rings' mappings
    expect(backend.saveState().length).toBe(portsAtStart);
    recordCounts('hostile-devices-kill-pv', { hostileCases: 1 });
  }, 120_000);
});
