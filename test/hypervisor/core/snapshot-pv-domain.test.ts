/**
 * Snapshots of PV and unikernel domains through real hypervisor and guest
 * workers: a guest paused mid-run, saved, destroyed and restored into
 * another hypervisor — its machine frames relocated, its ports, store and
 * back-ends put back — continues to the output and instruction count of an
 * uninterrupted run: kernel-pv running compute, and fsbench over its block
 * ring, cat reading console input typed on both sides of the snapshot,
 * unikernels running compute and fsbench; a running PV guest and its
 * clone both finish; a snapshot whose page table maps a frame outside the
 * domain, or maps a table writable, is refused with nothing left allocated,
 * and so is a domain holding frames bound with exo_op.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DomainSpec } from '../../../hypervisor/core/domain.js';
import type { HypervisorClient } from '../../../hypervisor/worker/client.js';
import { ByteRing } from '../../../hypervisor/worker/byte-ring.js';
import { ROOT } from '../../helpers/cli.js';
import { consoleOf, hypervisorPool, runToEnd, until, type RunEnd } from '../../helpers/guest-run.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const fmt = await import(dist('image/snapshot-format.js')) as typeof import('../../../hypervisor/image/snapshot-format.js');
const { freshDisk } = await import(dist('cli/run-native.js')) as typeof import('../../../hypervisor/cli/run-native.js');

const MiB = 1 << 20;
const RAM = 16 * MiB;
const file = (p: string): Uint8Array => new Uint8Array(readFileSync(`${ROOT}${p}`));
const KERNEL_PV = file('libos/kernel/build/kernel-pv.elf');
const uni = (app: string): Uint8Array => file(`libos/uni/build/${app}.uni.elf`);

const SPECS: Record<string, () => DomainSpec> = {
  'kernel-pv compute': () => ({ name: 'pv-compute', ramBytes: RAM, boot: { kind: 'pv', kernel: KERNEL_PV, cmdline: 'compute' } }),
  'kernel-pv fsbench': () => ({ name: 'pv-fsbench', ramBytes: RAM, boot: { kind: 'pv', kernel: KERNEL_PV, cmdline: 'fsbench 1024' }, disk: freshDisk() }),
  'uni compute': () => ({ name: 'uni-compute', ramBytes: RAM, boot: { kind: 'uni', image: uni('compute'), cmdline: 'compute' } }),
  'uni fsbench': () => ({ name: 'uni-fsbench', ramBytes: RAM, boot: { kind: 'uni', image: uni('fsbench'), cmdline: 'fsbench 256' }, disk: freshDisk() }),
};

const hypervisor = hypervisorPool(96 * MiB);

async function reference(spec: DomainSpec): Promise<RunEnd> {
  const c = await hypervisor();
  return runToEnd(c, (await c.api.create(spec)).id, undefined, 120_000);
}

/** Starts `spec`, pauses it once it has run `insns` instructions, and takes a snapshot; the output before it. */
async function pausedSnapshot(spec: DomainSpec, insns: number): Promise<{ snap: Uint8Array; before: string }> {
  const a = await hypervisor();
  const { id } = await a.api.create(spec);
  const out = await consoleOf(a, id);
  await a.api.start(id);
  const end = performance.now() + 60_000;
  while ((await a.api.stats(id)).insns < insns) {
    if (performance.now() > end) throw new Error(`the guest did not run ${insns} instructions within 60 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
  await a.api.pause(id);
  const snap = await a.api.snapshot(id);
  const before = out.text();
  await a.api.destroy(id);
  return { snap, before };
}

describe('a paused PV or unikernel domain restored into another hypervisor continues where it was', () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    it(`${name}: output before the pause plus output after the restore is the uninterrupted run's`, async () => {
      const ref = await reference(spec());
      expect(ref).toMatchObject({ state: 'shutdown', exitCode: 0 });
      const { snap, before } = await pausedSnapshot(spec(), Math.floor(ref.insns / 3));
      expect(ref.text.startsWith(before)).toBe(true);
      expect((await fmt.decodeSnapshot(snap)).header.kind).toBe(spec().boot.kind);
      const b = await hypervisor();
      // Free frames in two runs, so the new frames are not in the old ones' order and relocation is not the identity.
      const gap = await b.api.create({ name: 'gap', ramBytes: 8 * MiB, boot: { kind: 'uni', image: uni('hello'), cmdline: 'hello' } });
      await b.api.create({ name: 'after', ramBytes: 8 * MiB, boot: { kind: 'uni', image: uni('hello'), cmdline: 'hello' } });
      await b.api.destroy(gap.id);
      const restored = await b.api.restore(snap);
      expect(restored).toMatchObject({ kind: spec().boot.kind, state: 'created', ramBytes: RAM });
      const after = await runToEnd(b, restored.id);
      expect(after).toMatchObject({ state: 'shutdown', exitCode: 0 });
      expect(before + after.text).toBe(ref.text);
      // The count continued from the saved one. PV runs differ a little between uninterrupted runs
      // too: how many instructions a wait for the console or block back-end takes depends on when it answers.
      expect(Math.abs(after.insns - ref.insns)).toBeLessThan(ref.insns / 100);
    }, 240_000);
  }
});

describe('console input', () => {
  it('kernel-pv cat: a line typed before the snapshot and one typed after the restore, as if typed into one run', async () => {
    const spec = (): DomainSpec => ({ name: 'pv-cat', ramBytes: RAM, boot: { kind: 'pv', kernel: KERNEL_PV, cmdline: 'cat' } });
    const type = async (c: HypervisorClient, id: number, text: string): Promise<void> => {
      new ByteRing((await c.api.consoleRings(id)).in).write(new TextEncoder().encode(text));
    };
    const r = await hypervisor();
    const whole = await r.api.create(spec());
    const wholeOut = await consoleOf(r, whole.id);
    await r.api.start(whole.id);
    await type(r, whole.id, 'before the snapshot\n');
    await until(() => wholeOut.text().includes('before the snapshot'), 30_000, 'cat echoed the first line');
    await type(r, whole.id, 'after the restore\n\x04');
    const ref = await runToEnd(r, whole.id, wholeOut);
    expect(ref).toMatchObject({ state: 'shutdown', exitCode: 0 });

    const a = await hypervisor();
    const { id } = await a.api.create(spec());
    const out = await consoleOf(a, id);
    await a.api.start(id);
    await type(a, id, 'before the snapshot\n');
    await until(() => out.text().includes('before the snapshot'), 30_000, 'cat echoed the first line');
    await a.api.pause(id);
    const snap = await a.api.snapshot(id);
    const before = out.text();
    await a.api.destroy(id);
    const b = await hypervisor();
    const restored = await b.api.restore(snap);
    const after = await consoleOf(b, restored.id);
    await b.api.start(restored.id);
    await type(b, restored.id, 'after the restore\n\x04');
    const end = await runToEnd(b, restored.id, after);
    expect(end).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(before + end.text).toBe(ref.text);
  }, 120_000);
});

describe('clone', () => {
  it('a running PV guest and its clone both finish with the uninterrupted output', async () => {
    const spec = SPECS['kernel-pv compute']!;
    const ref = await reference(spec());
    const c = await hypervisor();
    const { id } = await c.api.create(spec());
    const out = await consoleOf(c, id);
    await c.api.start(id);
    await until(() => out.text().includes('sieve:'), 30_000, 'compute printed its first result');
    const copy = await c.api.clone(id);
    expect(copy).toMatchObject({ kind: 'pv', state: 'running' });
    const [orig, cloned] = await Promise.all([runToEnd(c, id, out), runToEnd(c, copy.id)]);
    expect(orig).toMatchObject({ state: 'shutdown', exitCode: 0, text: ref.text });
    expect(cloned).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(cloned.text).toContain('done');
    expect(ref.text.endsWith(cloned.text)).toBe(true);
  }, 120_000);
});

describe('a tampered PV snapshot is refused, with nothing left allocated', () => {
  /** A decoded snapshot of kernel-pv paused mid-run, the hypervisor to restore it in, and a leaf table's page and a valid entry in it. */
  async function tamperable() {
    const spec = SPECS['kernel-pv compute']!();
    const { snap } = await pausedSnapshot(spec, 50_000_000);
    const image = await fmt.decodeSnapshot(snap);
    const p2m = (image.pv as { p2m: number[] }).p2m;
    const tables = (image.vcpu as { pv: { tables: Array<{ mfn: number; level: number }> } }).pv.tables;
    const root = tables.find((t) => t.level === 2)!;
    const leaf = tables.find((t) => t.level === 1 && image.pages.has(p2m.indexOf(t.mfn)))!;
    const page = new Int32Array(image.pages.get(p2m.indexOf(leaf.mfn))!.slice().buffer);
    const slot = page.findIndex((pte) => (pte & 1) !== 0 && p2m.includes(pte >>> 10));
    const c = await hypervisor();
    return { image, p2m, root, leaf, page, slot, c, facts: await c.api.memoryFacts() };
  }

  it('an entry naming a frame outside the domain, or a writable mapping of a table, or a machine-mode hart', async () => {
    const t = await tamperable();
    const withPte = (pte: number) => {
      const page = t.page.slice();
      page[t.slot] = pte;
      return fmt.encodeSnapshot({ ...t.image, pages: new Map([...t.image.pages, [t.p2m.indexOf(t.leaf.mfn), new Uint8Array(page.buffer)]]) });
    };
    const outside = Math.max(...t.p2m) + 7;
    await expect(t.c.api.restore(await withPte((outside << 10) | 0xd7))).rejects.toThrow(new RegExp(`entry ${t.slot} of the level-1 table .* names machine frame ${outside}, which was not the domain's`));
    await expect(t.c.api.restore(await withPte((t.root.mfn << 10) | 0xd7))).rejects.toThrow(/page table now at machine frame \d+ does not validate/);
    const vcpu = t.image.vcpu as { hart: { priv: number } };
    const machine = await fmt.encodeSnapshot({ ...t.image, vcpu: { ...vcpu, hart: { ...vcpu.hart, priv: 3 } } });
    await expect(t.c.api.restore(machine)).rejects.toThrow(/a pv-mode vCPU runs in U-mode on the hart/);
    expect(await t.c.api.memoryFacts()).toEqual(t.facts);
    expect(await t.c.api.list()).toEqual([]);
    const good = await t.c.api.restore(await fmt.encodeSnapshot(t.image)); // the untouched snapshot still restores
    expect(good.state).toBe('created');
  }, 120_000);
});

describe('what a PV snapshot cannot carry is refused, naming what to undo', () => {
  it('a unikernel holding frames bound with exo_op', async () => {
    const c = await hypervisor();
    const { id } = await c.api.create({ name: 'exo', ramBytes: 8 * MiB, boot: { kind: 'uni', image: file('test/uni/build/exo.uni.elf'), cmdline: 'exo coop' } });
    const out = await consoleOf(c, id);
    await c.api.start(id);
    await until(() => out.text().includes('exo: ready'), 30_000, 'the unikernel bound its frames');
    await c.api.pause(id);
    await expect(c.api.snapshot(id)).rejects.toThrow(/holds 8 frames bound with exo_op; unbind them \(EXO_unbind_frames\) before taking a snapshot/);
  }, 60_000);
});
