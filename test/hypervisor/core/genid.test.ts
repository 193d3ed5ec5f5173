/**
 * VM generations through real hypervisor and guest workers: one snapshot
 * restored twice, beside the running original on the same virtual switch,
 * gives two copies that each have their own MAC address and their own
 * generation ID. The `identity` app prints its MAC address (netinfo) and
 * random numbers (getentropy) every 50 ms; after the restore each copy
 * prints the address the hypervisor reports for it — not the original's,
 * not the other copy's — and random numbers of its own, for the kernel
 * under full and hardware-assisted virtualization (the genid device and
 * the network device's registers), the pv-ops kernel and a unikernel
 * (shared_info and the store).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DomainInfo, DomainSpec } from '../../../hypervisor/core/domain.js';
import type { HypervisorClient } from '../../../hypervisor/worker/client.js';
import { ROOT } from '../../helpers/cli.js';
import { consoleOf, hypervisorPool, runToEnd, until } from '../../helpers/guest-run.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { freshDisk } = await import(dist('cli/run-native.js')) as typeof import('../../../hypervisor/cli/run-native.js');

const MiB = 1 << 20;
const file = (p: string): Uint8Array => new Uint8Array(readFileSync(`${ROOT}${p}`));
const ARGS = 'identity 40 50';

const SPECS: Record<string, () => DomainSpec> = {
  full: () => ({ name: 'id-full', ramBytes: 16 * MiB, net: true, disk: freshDisk(), boot: { kind: 'full', kernel: file('libos/kernel/build/kernel.elf'), bootargs: ARGS } }),
  hw: () => ({ name: 'id-hw', ramBytes: 16 * MiB, net: true, disk: freshDisk(), boot: { kind: 'hw', kernel: file('libos/kernel/build/kernel.elf'), bootargs: ARGS } }),
  pv: () => ({ name: 'id-pv', ramBytes: 16 * MiB, net: true, disk: freshDisk(), boot: { kind: 'pv', kernel: file('libos/kernel/build/kernel-pv.elf'), cmdline: ARGS } }),
  uni: () => ({ name: 'id-uni', ramBytes: 16 * MiB, net: true, boot: { kind: 'uni', image: file('libos/uni/build/identity.uni.elf'), cmdline: ARGS } }),
};

interface Line { k: number; mac: string; random: string }

/** The app's complete lines: "identity K: mac M random R". */
function lines(text: string): Line[] {
  return [...text.matchAll(/^identity (\d+): mac (\S+) random (\S+)\n/gm)].map((m) => ({ k: Number(m[1]), mac: m[2]!, random: m[3]! }));
}

const hypervisor = hypervisorPool(128 * MiB);

/** Runs a copy to its end: the lines it printed after the restore. */
async function copyLines(c: HypervisorClient, info: DomainInfo): Promise<Line[]> {
  const end = await runToEnd(c, info.id, undefined, 120_000);
  expect(end).toMatchObject({ state: 'shutdown', exitCode: 0 });
  return lines(end.text);
}

describe('one snapshot restored twice: each copy its own MAC address and generation ID', () => {
  for (const kind of Object.keys(SPECS)) {
    it(kind, async () => {
      const c = await hypervisor();
      const orig = await c.api.create(SPECS[kind]!());
      expect(orig.generation.count).toBe(1);
      expect(orig.mac).toMatch(/^02:00(:[0-9a-f]{2}){4}$/);
      const out = await consoleOf(c, orig.id);
      await c.api.start(orig.id);
      await until(() => lines(out.text()).length >= 2, 60_000, 'identity printed two lines');
      await c.api.pause(orig.id);
      const snap = await c.api.snapshot(orig.id);
      const before = lines(out.text());
      await c.api.resume(orig.id); // the original keeps its address on the switch while the copies run
      expect(before.filter((l) => l.mac !== orig.mac || !/^[0-9a-f]{16}$/.test(l.random))).toEqual([]);

      const a = await c.api.restore(snap), b = await c.api.restore(snap);
      for (const copy of [a, b]) {
        expect(copy.generation.count).toBe(2);
        expect(copy.generation.id).not.toBe(orig.generation.id);
        expect(copy.mac).toMatch(/^02:00(:[0-9a-f]{2}){4}$/);
      }
      expect(new Set([orig.mac, a.mac, b.mac]).size).toBe(3);
      expect(a.generation.id).not.toBe(b.generation.id);

      const [la, lb] = await Promise.all([copyLines(c, a), copyLines(c, b)]);
      const last = before[before.length - 1]!.k;
      for (const [copy, l] of [[a, la], [b, lb]] as const) {
        expect(l.length).toBeGreaterThan(0);
        expect(l[0]!.k).toBeGreaterThan(last); // a copy goes on where the snapshot was taken
        expect(l.every((x) => x.mac === copy.mac)).toBe(true);
      }
      // Both copies left the snapshot with one generator state; each reseeded from its own generation ID.
      const randomsA = new Set(la.map((x) => x.random));
      expect(lb.some((x) => randomsA.has(x.random))).toBe(false);
      expect(la.some((x) => before.some((y) => y.random === x.random))).toBe(false);
      await c.api.destroy(orig.id);
    }, 180_000);
  }
});

/** The inet stack's default address for MAC `mac`: 10.0.M4.M5. */
const derivedIp = (mac: string): string => `10.0.${mac.split(':').slice(4).map((h) => parseInt(h, 16)).join('.')}`;

describe('a restored inet server', () => {
  it('answers on the address of its own new MAC, beside the original still serving on the old one', async () => {
    const c = await hypervisor();
    const pv = (name: string, cmdline: string): DomainSpec => ({ name, ramBytes: 16 * MiB, net: true, disk: freshDisk(), boot: { kind: 'pv', kernel: file('libos/kernel/build/kernel-pv.elf'), cmdline } });
    const orig = await c.api.create(pv('server', 'netecho serve 1'));
    const out = await consoleOf(c, orig.id);
    await c.api.start(orig.id);
    await until(() => out.text().includes(`serving on ${derivedIp(orig.mac!)}`), 60_000, 'the server came up');
    await c.api.pause(orig.id);
    const snap = await c.api.snapshot(orig.id);
    await c.api.resume(orig.id);
    const copy = await c.api.restore(snap);
    await c.api.start(copy.id);
    for (const target of [copy, orig]) {
      const ip = derivedIp(target.mac!);
      const client = await c.api.create(pv(`ping ${ip}`, `netecho ping ${ip} 3`));
      const end = await runToEnd(c, client.id, undefined, 120_000);
      expect(end.text).toMatch(new RegExp(`^netecho: ping ${ip.replace(/\./g, '\\.')}: 3 replies, 0 lost`, 'm'));
      expect(end).toMatchObject({ state: 'shutdown', exitCode: 0 });
    }
    await c.api.destroy(copy.id);
    await c.api.destroy(orig.id);
  }, 180_000);
});
