/**
 * A full-virtualization and a hardware-assisted guest try to reach other
 * domains' frames through loads, stores and their own page-table walks
 * (leaves and a non-leaf entry pointing outside their RAM): every access
 * ends in the access fault real hardware gives, and no byte outside each
 * prober's own frames changes (a digest of the other domain's RAM, of the
 * free frames and of the frame table before and after). In-thread hypervisor
 * with real guest workers (the compiled dist modules).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DOMID_HYPERVISOR } from '../../hypervisor/core/machine-memory.js';
import { ROOT } from '../helpers/cli.js';
import { consoleUntilEnd } from '../helpers/domain-console.js';
import { recordCounts } from '../fuzz/harness.js';
import { proberKernel } from './cpu-prober.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { Hypervisor } = await import(dist('core/hypervisor.js')) as typeof import('../../hypervisor/core/hypervisor.js');
const { spawnGuestWorker } = await import(dist('worker/guest-runner.js')) as typeof import('../../hypervisor/worker/guest-runner.js');
const { yieldToEventLoop } = await import(dist('worker/platform.js')) as typeof import('../../hypervisor/worker/platform.js');
type Hv = InstanceType<typeof Hypervisor>;

const MiB = 1 << 20;
const HELLO = new Uint8Array(readFileSync(`${ROOT}test/guests/build/hello.elf`));
const hypervisors: Hv[] = [];
afterEach(async () => {
  for (const hv of hypervisors.splice(0)) await hv.shutdown();
});

/**
 * A digest of every machine frame owned by neither domain `id` nor the
 * hypervisor (the other domain's RAM and the free frames), and of the frame
 * table (hypervisor frames a guest's traffic rightly changes — its control
 * block — are left out, as the native isolation test leaves them).
 */
function outside(hv: Hv, id: number): string {
  const mm = hv.memory, h = createHash('sha256');
  for (let f = 0; f < mm.frames; f++) if (mm.owner(f) !== id && mm.owner(f) !== DOMID_HYPERVISOR) h.update(mm.bytes.subarray(f * 4096, (f + 1) * 4096));
  h.update(mm.bytes.subarray(0, Math.ceil((mm.frames * 4) / 4096) * 4096));
  return h.digest('hex');
}

describe('a virtualized guest reaching for frames outside its RAM', () => {
  for (const kind of ['full', 'hw'] as const) {
    it(`${kind}: loads, stores and page-table walks outside its RAM fault, and no other frame changes`, async () => {
      const hv = new Hypervisor({ machineBytes: 96 * MiB, yieldFn: yieldToEventLoop, spawnGuest: (id) => spawnGuestWorker(id) });
      hypervisors.push(hv);
      const victim = hv.create({ name: 'victim', ramBytes: 16 * MiB, boot: { kind: 'bare', program: HELLO } });
      for (let f = 0; f < hv.memory.frames; f++) if (hv.memory.owner(f) === victim.id) hv.memory.bytes.fill(0xa5, f * 4096, (f + 1) * 4096);
      const ram = 8 * MiB;
      const prober = hv.create({ name: 'prober', ramBytes: ram, boot: { kind, kernel: proberKernel(ram), bootargs: '' } });
      const before = outside(hv, prober.id);
      await hv.start(prober.id);
      const end = await consoleUntilEnd(hv, prober.id);
      expect(end.info).toMatchObject({ state: 'shutdown', exitCode: 0 });
      expect(outside(hv, prober.id)).toBe(before);
      recordCounts(`hostile-cpu-memory-${kind}`, { hostileCases: 16 });
    }, 60_000);
  }
});
