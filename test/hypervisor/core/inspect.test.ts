/**
 * Inspection shows the machine and a domain as they are: a PV kernel with
 * a disk and a network interface, and a full-virtualization kernel, run
 * side by side in real guest workers (both waiting in `cat` for console
 * input). The frame map counts exactly each domain's RAM; the PV domain's
 * rings have consistent indices, its event channels include the console,
 * store, block and network ports, its grants include the block ring page;
 * every page-table dump and P2M is bounded and names the domain's frames.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainInspection } from '../../../hypervisor/core/inspect.js';
import { ROOT } from '../../helpers/cli.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { Hypervisor } = await import(dist('core/hypervisor.js')) as typeof import('../../../hypervisor/core/hypervisor.js');
const { spawnGuestWorker } = await import(dist('worker/guest-runner.js')) as typeof import('../../../hypervisor/worker/guest-runner.js');
const { yieldToEventLoop } = await import(dist('worker/platform.js')) as typeof import('../../../hypervisor/worker/platform.js');
const { mkfs } = await import(dist('image/mkfs.js')) as typeof import('../../../hypervisor/image/mkfs.js');
const { DOMID_HYPERVISOR } = await import(dist('core/machine-memory.js')) as typeof import('../../../hypervisor/core/machine-memory.js');
const { INSPECT_LIMITS, FRAME_OWNER_HYPERVISOR } = await import(dist('core/inspect.js')) as typeof import('../../../hypervisor/core/inspect.js');

const file = (p: string): Uint8Array => new Uint8Array(readFileSync(`${ROOT}${p}`));
const RAM = 16 << 20;
const DRAM_PAGE = 0x8000_0000 / 4096;

let hv: InstanceType<typeof Hypervisor>;
let pvId = 0, fullId = 0, hwId = 0;

/** Polls `inspect(id)` until `ready` holds (or fails after `ms`). */
async function inspectWhen(id: number, ready: (i: DomainInspection) => boolean, ms: number): Promise<DomainInspection> {
  const deadline = Date.now() + ms;
  for (;;) {
    const i = hv.inspect(id);
    if (ready(i)) return i;
    if (Date.now() > deadline) throw new Error(`domain ${id} did not get there within ${ms} ms: ${JSON.stringify({ state: i.state, rings: i.rings.map((r) => r.name) })}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  hv = new Hypervisor({ machineBytes: 96 << 20, yieldFn: yieldToEventLoop, spawnGuest: (id) => spawnGuestWorker(id) });
  const disk = mkfs({ sizeBytes: 1 << 20, files: [{ name: 'cat', data: file('apps/build/cat.elf') }] });
  pvId = hv.create({ name: 'pv-cat', ramBytes: RAM, boot: { kind: 'pv', kernel: file('libos/kernel/build/kernel-pv.elf'), cmdline: 'cat' }, disk, net: true, clock: 'realtime' }).id;
  fullId = hv.create({ name: 'full-cat', ramBytes: RAM, boot: { kind: 'full', kernel: file('libos/kernel/build/kernel.elf'), bootargs: 'cat' }, clock: 'realtime' }).id;
  hwId = hv.create({ name: 'hw-cat', ramBytes: RAM, boot: { kind: 'hw', kernel: file('libos/kernel/build/kernel.elf'), bootargs: 'cat' }, clock: 'realtime' }).id;
  await hv.start(pvId);
  await hv.start(fullId);
  await hv.start(hwId);
}, 30_000);

afterAll(async () => { await hv?.shutdown(); });

describe('frameOwners', () => {
  it('counts exactly each domain\'s RAM, the hypervisor\'s frames and the free ones', () => {
    const owners = hv.frameOwners();
    expect(owners.length).toBe(hv.memory.frames);
    const count = (v: number): number => owners.reduce((n, o) => n + (o === v ? 1 : 0), 0);
    expect(count(pvId)).toBe(RAM / 4096);
    expect(count(fullId)).toBe(RAM / 4096);
    expect(count(hwId)).toBe(RAM / 4096);
    expect(count(0)).toBe(hv.memory.freeFrames);
    expect(count(FRAME_OWNER_HYPERVISOR)).toBe(owners.length - 3 * RAM / 4096 - hv.memory.freeFrames);
  });
});

describe('a PV domain', () => {
  let i: DomainInspection;
  beforeAll(async () => {
    i = await inspectWhen(pvId, (x) => x.rings.some((r) => r.name === 'blk0' && r.rsp_prod > 0) && x.rings.length === 5 && x.page_tables[0]!.mappings > 0, 20_000);
  }, 30_000);

  it('has console, store, block and network rings with consistent indices', () => {
    expect(i.mode).toBe('pv');
    expect(i.rings.map((r) => r.name)).toEqual(['console', 'store', 'blk0', 'net0 tx', 'net0 rx']);
    for (const r of i.rings) {
      expect(r.broken).toBeNull();
      if (r.kind === 'slots') {
        const published = (r.req_prod - r.rsp_prod) >>> 0, consumed = (r.req_cons - r.rsp_prod) >>> 0;
        expect(published).toBeLessThanOrEqual(r.size); // rsp_prod ≤ req_prod, within a ring
        expect(consumed).toBeLessThanOrEqual(published); // rsp_prod ≤ req_cons ≤ req_prod
        expect(r.req_event).not.toBeNull();
      } else {
        expect((r.req_prod - r.req_cons) >>> 0).toBeLessThanOrEqual(r.size);
        expect((r.rsp_prod - r.rsp_cons!) >>> 0).toBeLessThanOrEqual(r.rsp_size);
      }
    }
    const store = i.rings.find((r) => r.name === 'store')!;
    expect(store.req_prod).toBeGreaterThan(0); // the block front-end spoke to the store to connect
  });

  it('lists the console, store, block and network event channels, bound to the back-ends', () => {
    const labels = i.channels.map((c) => c.label);
    for (const name of ['console', 'store', 'blk0', 'net0', 'VIRQ_TIMER']) expect(labels).toContain(name);
    for (const c of i.channels.filter((x) => x.label === 'console' || x.label === 'blk0')) {
      expect(c.state).toBe('interdomain');
      expect(c.remote_dom).toBe(0);
      expect(typeof c.pending).toBe('boolean');
    }
    expect(i.channels_open).toBe(i.channels.length);
    expect(i.events).not.toBeNull();
  });

  it('lists the grant of the block ring page to the back-ends', () => {
    const ring = i.rings.find((r) => r.name === 'blk0')!;
    const g = i.grants.find((x) => x.frame === ring.frame);
    expect(g).toBeDefined();
    expect(g!.domid).toBe(0);
    expect(g!.readonly).toBe(false);
    expect(i.grants_in_use).toBeGreaterThanOrEqual(i.grants.length);
  });

  it('dumps its pinned page tables bounded, mapping its own machine frames', () => {
    expect(i.page_tables).toHaveLength(1);
    const pt = i.page_tables[0]!;
    expect(pt.space).toBe('machine');
    expect(hv.memory.owner(pt.root!)).toBe(pvId);
    expect(pt.runs.length).toBeGreaterThan(0);
    expect(pt.runs.length).toBeLessThanOrEqual(INSPECT_LIMITS.pageTableRuns);
    expect(pt.mappings).toBeGreaterThanOrEqual(pt.runs.reduce((n, r) => n + r.pages, 0));
    const owners = hv.frameOwners();
    for (const r of pt.runs) for (let k = 0; k < r.pages; k++) expect([pvId, FRAME_OWNER_HYPERVISOR]).toContain(owners[r.frame + k]);
  });

  it('shows its P2M as runs covering its RAM', () => {
    expect(i.p2m.frames).toBe(RAM / 4096);
    expect(i.p2m.truncated).toBe(false);
    expect(i.p2m.runs.reduce((n, r) => n + r.count, 0)).toBe(RAM / 4096);
    for (const r of i.p2m.runs) expect(hv.memory.owner(r.mfn + r.count - 1)).toBe(pvId);
  });

  it('counts the vCPU\'s running and idle time (cat waits for input)', async () => {
    await new Promise((r) => setTimeout(r, 300));
    const t = hv.stats(pvId).vcpu_time_us;
    expect(t.running).toBeGreaterThan(0);
    expect(t.idle).toBeGreaterThan(0);
    expect(t.paused).toBe(0);
  });
});

describe('a full-virtualization domain', () => {
  it('shows its active shadow (machine frames) and its own tables (guest-physical), no rings', async () => {
    const i = await inspectWhen(fullId, (x) => x.page_tables.every((p) => p.mappings > 0), 20_000);
    expect(i.mode).toBe('full');
    expect(i.rings).toEqual([]);
    expect(i.channels).toEqual([]);
    const [shadow, guest] = i.page_tables;
    expect(shadow!.space).toBe('machine');
    expect(hv.memory.owner(shadow!.root!)).toBe(DOMID_HYPERVISOR); // the shadow pool is the hypervisor's
    for (const r of shadow!.runs) expect(hv.memory.owner(r.frame)).toBe(fullId);
    expect(guest!.space).toBe('guest-physical');
    // Its RAM mappings lie inside its RAM (the rest are device windows).
    const ram = guest!.runs.filter((r) => r.frame >= DRAM_PAGE);
    expect(ram.length).toBeGreaterThan(0);
    for (const r of ram) expect(r.frame + r.pages).toBeLessThanOrEqual(DRAM_PAGE + RAM / 4096);
    expect(guest!.runs.length).toBeLessThanOrEqual(INSPECT_LIMITS.pageTableRuns);
  }, 30_000);
});

describe('a hardware-assisted domain', () => {
  it('shows its G-stage table (every RAM frame of its own, in hypervisor frames, no device window) and its own tables', async () => {
    const i = await inspectWhen(hwId, (x) => x.page_tables.every((p) => p.mappings > 0), 20_000);
    expect(i.mode).toBe('hw');
    const [gstage, guest] = i.page_tables;
    expect(gstage!.space).toBe('machine');
    expect(hv.memory.owner(gstage!.root!)).toBe(DOMID_HYPERVISOR);
    expect(gstage!.mappings).toBe(RAM / 4096); // exactly its RAM: devices are left to guest-page faults
    for (const r of gstage!.runs) {
      expect(r.va).toBeGreaterThanOrEqual(DRAM_PAGE * 4096);
      expect(r.flags).toBe('RWXU-AD'); // G-stage leaves are user pages, A and D set: the walker never writes them
      for (let k = 0; k < r.pages; k++) expect(hv.memory.owner(r.frame + k)).toBe(hwId);
    }
    expect(guest!.space).toBe('guest-physical');
    expect(guest!.mappings).toBeGreaterThan(0);
  }, 30_000);
});
