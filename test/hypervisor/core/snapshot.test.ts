/**
 * Snapshots of paused domains, through real hypervisor and guest workers
 * (the compiled dist modules): a kernel guest paused mid-run, saved,
 * destroyed and restored into another hypervisor (as after a page reload)
 * continues where it was — its output and instruction count add up to an
 * uninterrupted run's — in full, hw, firmware and bare domains; a clone of a
 * running guest and the guest itself both finish with the same output;
 * damaged snapshots, snapshots of running domains and hw snapshots whose
 * vCPU would run with M-level privilege are refused clearly,
 * and a refused restore allocates nothing; zero pages are not stored (PV
 * and unikernel domains: snapshot-pv-domain.test.ts).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DomainSpec } from '../../../hypervisor/core/domain.js';
import type { HypervisorClient } from '../../../hypervisor/worker/client.js';
import { ROOT } from '../../helpers/cli.js';
import { consoleOf, hypervisorPool, runToEnd, until, type RunEnd } from '../../helpers/guest-run.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { startHypervisor } = await import(dist('worker/client.js')) as typeof import('../../../hypervisor/worker/client.js');
const fmt = await import(dist('image/snapshot-format.js')) as typeof import('../../../hypervisor/image/snapshot-format.js');

const MiB = 1 << 20;
const RAM = 16 * MiB;
const file = (p: string): Uint8Array => new Uint8Array(readFileSync(`${ROOT}${p}`));
const SBI = file('libos/sbi/build/sbi.elf');
const KERNEL = file('libos/kernel/build/kernel.elf');

/** The kernel running `compute` (about half a billion instructions, printing as it goes), no disk. */
function computeSpec(kind: 'full' | 'hw' | 'firmware'): DomainSpec {
  return {
    name: `compute-${kind}`, ramBytes: RAM,
    boot: kind === 'firmware' ? { kind, firmware: SBI, kernel: KERNEL, bootargs: 'compute' } : { kind, kernel: KERNEL, bootargs: 'compute' },
  };
}

/** A hypervisor worker of its own (a fresh one stands for a reloaded page). */
const hypervisor = hypervisorPool(96 * MiB);

const uninterrupted = new Map<string, Promise<RunEnd>>();
/** The uninterrupted run of `spec` (once per spec name). */
function reference(spec: DomainSpec): Promise<RunEnd> {
  let r = uninterrupted.get(spec.name);
  if (!r) {
    r = (async () => {
      const c = await startHypervisor({ machineBytes: 96 * MiB });
      try {
        return await runToEnd(c, (await c.api.create(spec)).id);
      } finally {
        await c.close();
      }
    })();
    uninterrupted.set(spec.name, r);
  }
  return r;
}

describe('a paused domain restored into another hypervisor continues where it was', () => {
  for (const kind of ['full', 'hw', 'firmware'] as const) {
    it(`${kind}: output before the pause plus output after the restore is the uninterrupted run's`, async () => {
      const ref = await reference(computeSpec(kind));
      expect(ref).toMatchObject({ state: 'shutdown', exitCode: 0 });
      const a = await hypervisor();
      const { id } = await a.api.create(computeSpec(kind));
      const out = await consoleOf(a, id);
      await a.api.start(id);
      await until(() => out.text().includes('sieve:'), 30_000, 'compute printed its first result');
      await a.api.pause(id);
      const snap = await a.api.snapshot(id);
      const before = out.text();
      expect(before).not.toContain('done');
      await a.api.destroy(id);
      await a.close();

      const b = await hypervisor();
      const restored = await b.api.restore(snap);
      expect(restored).toMatchObject({ kind, state: 'created', ramBytes: RAM });
      const after = await runToEnd(b, restored.id);
      expect(after.state).toBe('shutdown');
      expect(after.exitCode).toBe(0);
      expect(after.text.length).toBeGreaterThan(0);
      expect(before + after.text).toBe(ref.text);
      expect(after.insns).toBe(ref.insns); // the deterministic clock and counters continued, not restarted
    }, 120_000);
  }

  it('bare: a program paused at once runs to the same end after a restore', async () => {
    const program = file('test/guests/build/exitstorm.elf');
    const spec: DomainSpec = { name: 'exitstorm', ramBytes: RAM, boot: { kind: 'bare', program } };
    const ref = await reference(spec);
    const a = await hypervisor();
    const { id } = await a.api.create(spec);
    await a.api.start(id);
    await a.api.pause(id);
    const snap = await a.api.snapshot(id);
    await a.api.destroy(id);
    const b = await hypervisor();
    const after = await runToEnd(b, (await b.api.restore(snap)).id);
    expect(after).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(after.text).toBe(ref.text);
    expect(after.insns).toBe(ref.insns);
  }, 60_000);
});

describe('clone', () => {
  it('a running guest and its clone both finish with the uninterrupted output', async () => {
    const spec = computeSpec('full');
    const ref = await reference(spec);
    const c = await hypervisor();
    const { id } = await c.api.create(spec);
    const out = await consoleOf(c, id);
    await c.api.start(id);
    await until(() => out.text().includes('sieve:'), 30_000, 'compute printed its first result');
    const copy = await c.api.clone(id);
    expect(copy.id).not.toBe(id);
    expect(copy.state).toBe('running');
    const [orig, cloned] = await Promise.all([runToEnd(c, id, out), runToEnd(c, copy.id)]);
    expect(orig).toMatchObject({ state: 'shutdown', exitCode: 0, text: ref.text, insns: ref.insns });
    expect(cloned).toMatchObject({ state: 'shutdown', exitCode: 0, insns: ref.insns });
    expect(cloned.text).toContain('done');
    expect(ref.text.endsWith(cloned.text)).toBe(true);
  }, 120_000);
});

describe('refusals', () => {
  /** A snapshot of a full-mode compute guest paused early, and its hypervisor. */
  async function snapshotOf(): Promise<{ c: HypervisorClient; snap: Uint8Array }> {
    const c = await hypervisor();
    const { id } = await c.api.create(computeSpec('full'));
    await c.api.start(id);
    await c.api.pause(id);
    const snap = await c.api.snapshot(id);
    await c.api.destroy(id);
    return { c, snap };
  }

  it('a domain that is not paused is refused', async () => {
    const c = await hypervisor();
    const { id } = await c.api.create(computeSpec('full'));
    await expect(c.api.snapshot(id)).rejects.toThrow(/is created; pause it/);
    await c.api.start(id);
    await expect(c.api.snapshot(id)).rejects.toThrow(/is running; pause it/);
  }, 30_000);

  it('damaged, truncated, foreign and newer snapshots are refused with what is wrong, and nothing is allocated', async () => {
    const { c, snap } = await snapshotOf();
    const facts = await c.api.memoryFacts();
    const flipped = snap.slice();
    flipped[Math.floor(flipped.length / 2)]! ^= 0x40;
    const magic = snap.slice();
    magic[0] = 0x45 ^ 1;
    const newer = snap.slice();
    const dv = new DataView(newer.buffer);
    dv.setUint32(8, fmt.SNAPSHOT_VERSION + 1, true);
    dv.setUint32(newer.length - 4, fmt.crc32(newer.subarray(0, newer.length - 4)), true);
    await expect(c.api.restore(flipped)).rejects.toThrow(/checksum does not match/);
    await expect(c.api.restore(snap.slice(0, snap.length - 100))).rejects.toThrow(/cut short/);
    await expect(c.api.restore(snap.slice(0, 10))).rejects.toThrow(/too short/);
    await expect(c.api.restore(magic)).rejects.toThrow(/not an Exovisor snapshot/);
    await expect(c.api.restore(newer)).rejects.toThrow(new RegExp(`format version ${fmt.SNAPSHOT_VERSION + 1} .*newer Exovisor`));
    expect(() => fmt.snapshotSummary(flipped)).toThrow(/checksum/);
    expect(await c.api.memoryFacts()).toEqual(facts);
    expect(await c.api.list()).toEqual([]);
  }, 60_000);

  it('sizes that do not agree with the header are refused', async () => {
    const { c, snap } = await snapshotOf();
    const good = await fmt.decodeSnapshot(snap);
    const lying = await fmt.encodeSnapshot({ ...good, header: { ...good.header, pages: good.header.pages + 1 } });
    await expect(c.api.restore(lying)).rejects.toThrow(/holds \d+ blocks but the header says/);
    const small = await fmt.encodeSnapshot({ ...good, header: { ...good.header, ramBytes: 4096 } });
    await expect(c.api.restore(small)).rejects.toThrow(/out of range|HEAD.pages/);
    const noVcpu = await fmt.encodeSnapshot({ ...good, vcpu: { mode: 'full' } });
    await expect(c.api.restore(noVcpu)).rejects.toThrow(/vCPU state is damaged: vcpu\.clock: expected an object/);
    const vcpu = good.vcpu as { hart: { priv: number } };
    const machineMode = await fmt.encodeSnapshot({ ...good, vcpu: { ...vcpu, hart: { ...vcpu.hart, priv: 3 } } });
    await expect(c.api.restore(machineMode)).rejects.toThrow(/a full-mode vCPU runs in U-mode on the hart, but the snapshot says privilege 3/);
    const facts = await c.api.memoryFacts();
    const badUart = await fmt.encodeSnapshot({ ...good, devices: { ...good.devices, uart0: { ier: 1, rx: 'typed' } } });
    await expect(c.api.restore(badUart)).rejects.toThrow(/uart0: cannot restore state: rx: expected an array of at most 4096 bytes/);
    expect(await c.api.memoryFacts()).toEqual(facts); // the half-built domain gave its frames back
    expect(await c.api.list()).toEqual([]);
  }, 60_000);

  it('hw: a snapshot cannot run the guest with M-level privilege, nor take the hypervisor\'s delegations', async () => {
    const ref = await reference(computeSpec('hw'));
    const c = await hypervisor();
    const { id } = await c.api.create(computeSpec('hw'));
    const out = await consoleOf(c, id);
    await c.api.start(id);
    await until(() => out.text().includes('sieve:'), 30_000, 'compute printed its first result');
    await c.api.pause(id);
    const good = await fmt.decodeSnapshot(await c.api.snapshot(id));
    const before = out.text();
    await c.api.destroy(id);
    const vcpu = good.vcpu as { hart: { priv: number; csr: Record<string, number> } };
    const machineMode = await fmt.encodeSnapshot({ ...good, vcpu: { ...vcpu, hart: { ...vcpu.hart, priv: 3 } } });
    await expect(c.api.restore(machineMode)).rejects.toThrow(/a hw-mode vCPU runs in S- or U-mode on the hart, but the snapshot says privilege 3/);
    const noHvm = await fmt.encodeSnapshot({ ...good, vcpu: { ...vcpu, hvm: null } });
    await expect(c.api.restore(noHvm)).rejects.toThrow(/vCPU state is damaged: vcpu\.hvm: expected an object/);
    // Saved delegations that would send its SBI calls and guest-page faults to the guest, and M-level interrupt
    // enables: the hypervisor retakes what it owns, so the guest still finishes as the uninterrupted run did.
    const csr = { ...vcpu.hart.csr, medeleg: -1, mideleg: -1, mie: -1, mstatus: vcpu.hart.csr['mstatus']! | (1 << 17) | (1 << 22) };
    const grabby = await c.api.restore(await fmt.encodeSnapshot({ ...good, vcpu: { ...vcpu, hart: { ...vcpu.hart, csr } } }));
    const after = await runToEnd(c, grabby.id);
    expect(after).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(before + after.text).toBe(ref.text);
  }, 120_000);
});

describe('what a snapshot stores', () => {
  it('only non-zero pages, compressed; the header reads without decoding', async () => {
    const c = await hypervisor();
    const { id } = await c.api.create({ name: 'exitstorm', ramBytes: RAM, boot: { kind: 'bare', program: file('test/guests/build/exitstorm.elf') } });
    await c.api.start(id);
    await c.api.pause(id);
    const snap = await c.api.snapshot(id);
    const info = await c.api.snapshotInfo(snap);
    expect(info).toMatchObject({ version: fmt.SNAPSHOT_VERSION, kind: 'bare', ramBytes: RAM, bytes: snap.length });
    expect(Date.parse(info.createdAt)).not.toBeNaN();
    const decoded = await fmt.decodeSnapshot(snap);
    expect(decoded.pages.size).toBe(info.pages);
    for (const page of decoded.pages.values()) expect(fmt.isZero(page)).toBe(false);
    expect(info.pages).toBeGreaterThan(0);
    expect(info.pages).toBeLessThan(64); // a bare program touches its image, data and stack: a few pages of 4096
    expect(snap.length).toBeLessThan(info.pages * 4096); // compressed
  }, 30_000);
});
