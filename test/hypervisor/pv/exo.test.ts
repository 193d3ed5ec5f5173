/**
 * The exokernel interface (exo_op) end to end: the test unikernel
 * test/uni/exo.c, linked with the library-OS modules, runs as PV domains on
 * a hypervisor with real guest workers. Bound frames are the domain's own
 * and are refused beyond its maximum; a frame given back must be bound,
 * unmapped and no table; the block back-end serves only bound extents; the
 * network back-end delivers only the frames a bound packet filter passes
 * (test/uni/netfilter.c, next to a sender on the same switch); and
 * revocation is visible: a cooperative library OS gives frames back before
 * the deadline, while from an uncooperative one the hypervisor takes them
 * at the deadline — unmapped (the guest faults on them), scrubbed, freed,
 * and listed in shared_info — without disturbing the other domain.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { DomainInfo, DomainSpec } from '../../../hypervisor/core/domain.js';
import { DOMID_FREE } from '../../../hypervisor/core/machine-memory.js';
import { ROOT } from '../../helpers/cli.js';

const dist = (p: string): string => pathToFileURL(`${ROOT}dist/hypervisor/${p}`).href;
const { Hypervisor } = await import(dist('core/hypervisor.js')) as typeof import('../../../hypervisor/core/hypervisor.js');
const { spawnGuestWorker } = await import(dist('worker/guest-runner.js')) as typeof import('../../../hypervisor/worker/guest-runner.js');
const { yieldToEventLoop } = await import(dist('worker/platform.js')) as typeof import('../../../hypervisor/worker/platform.js');
const { ByteRing } = await import(dist('worker/byte-ring.js')) as typeof import('../../../hypervisor/worker/byte-ring.js');

type Hv = InstanceType<typeof Hypervisor>;
const IMAGE = new Uint8Array(readFileSync(`${ROOT}test/uni/build/exo.uni.elf`));
const NETFILTER = new Uint8Array(readFileSync(`${ROOT}test/uni/build/netfilter.uni.elf`));
const RAM = 8 << 20;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function hypervisor(): Hv {
  const hv = new Hypervisor({ machineBytes: 128 << 20, yieldFn: yieldToEventLoop, spawnGuest: (id) => spawnGuestWorker(id) });
  cleanups.push(() => hv.shutdown());
  return hv;
}

function spec(name: string, mode: string, extra: Partial<DomainSpec> = {}): DomainSpec {
  return { name, ramBytes: RAM, boot: { kind: 'uni', image: IMAGE, cmdline: `exo ${mode}` }, ...extra };
}

/** A domain's console, read as it comes. */
class Console {
  text = '';
  private readonly ring: InstanceType<typeof ByteRing>;
  constructor(private readonly hv: Hv, readonly id: number) {
    this.ring = new ByteRing(hv.consoleRings(id).out);
  }
  private pull(): void {
    this.text += Buffer.from(this.ring.read()).toString('latin1');
  }
  /** Waits until the console shows `line`. */
  async until(line: string, timeoutMs = 30_000): Promise<void> {
    const end = performance.now() + timeoutMs;
    for (;;) {
      this.pull();
      if (this.text.includes(line)) return;
      if (performance.now() > end || this.hv.info(this.id).state !== 'running') throw new Error(`no '${line}' on the console of domain ${this.id}:\n${this.text}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  /** Waits until the domain ends. */
  async end(): Promise<DomainInfo> {
    for (;;) {
      const info = await this.hv.waitForEnd(this.id, 100);
      this.pull();
      if (info.state !== 'running') return info;
    }
  }
}

/** Machine frames `id` owns now. */
function owned(hv: Hv, id: number): Set<number> {
  const out = new Set<number>();
  for (let f = 0; f < hv.memory.frames; f++) if (hv.memory.owner(f) === id) out.add(f);
  return out;
}

/** The machine frames the console listed on lines starting with `prefix` ("... mfn 0x..."). */
function mfnsOn(text: string, prefix: string): number[] {
  return text.split('\n').filter((l) => l.startsWith(prefix)).map((l) => parseInt(/mfn 0x([0-9a-f]+)/.exec(l)![1]!, 16));
}

function scrubbed(hv: Hv, mfn: number): boolean {
  return hv.memory.bytes.subarray(mfn * 4096, (mfn + 1) * 4096).every((b) => b === 0);
}

type ExoStats = Record<string, number>;
const exoStats = (hv: Hv, id: number): ExoStats => (hv.stats(id).pv as { exo: ExoStats }).exo;

describe('exo_op: secure bindings', () => {
  it('refuses binding beyond the maximum and unbinding a frame that is not bound, still mapped or a table', async () => {
    const hv = hypervisor();
    const free = hv.memory.freeFrames;
    const d = hv.create(spec('refuse', 'refuse'));
    const con = new Console(hv, d.id);
    await hv.start(d.id);
    const info = await con.end();
    const lines = con.text.trim().split('\n');
    expect(lines.filter((l) => !l.startsWith('ok ')), con.text).toEqual(['refuse: 0 failures']);
    expect(lines).toEqual(expect.arrayContaining([
      'ok refuse binding beyond the maximum', 'ok refuse unbinding a frame still mapped', 'ok refuse unbinding a page table',
      'ok refuse unbinding a frame no longer bound',
    ]));
    expect(info).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(exoStats(hv, d.id)).toMatchObject({ frames_bound_now: 0, frames_bound: RAM / 4096 + 2, frames_unbound: RAM / 4096 + 2, bind_refused: 1 });
    await hv.destroy(d.id);
    expect(hv.memory.freeFrames).toBe(free);
  }, 60_000);

  it('confines the block back-end to the bound extents, on every request', async () => {
    const hv = hypervisor();
    const disk = new Uint8Array(64 * 512);
    for (let s = 0; s < 64; s++) disk[s * 512] = s;
    const d = hv.create(spec('blk', 'blk', { disk }));
    const con = new Console(hv, d.id);
    await hv.start(d.id);
    const info = await con.end();
    expect(con.text.trim().split('\n').filter((l) => !l.startsWith('ok ')), con.text).toEqual(['blk: 0 failures']);
    expect(info).toMatchObject({ state: 'shutdown', exitCode: 0 });
    const out = hv.disk(d.id)!;
    expect(out[12 * 512]).toBe(0xee); // inside the extent: written
    expect(out[20 * 512]).toBe(20); // outside: untouched
    const stats = hv.stats(d.id).pv as { blk: Record<string, number>; exo: ExoStats };
    expect(stats.blk['outside_extent']).toBe(3);
    expect(stats.exo['extents']).toBe(2);
  }, 60_000);
});

describe('exo_op: visible revocation', () => {
  it('a cooperative library OS gives frames back in time; from an uncooperative one they are taken at the deadline', async () => {
    const hv = hypervisor();
    const coop = hv.create(spec('coop', 'coop'));
    const uncoop = hv.create(spec('uncoop', 'uncoop'));
    const cc = new Console(hv, coop.id), uc = new Console(hv, uncoop.id);
    await hv.start(coop.id);
    await hv.start(uncoop.id);
    await cc.until('exo: ready');
    await uc.until('exo: ready');
    const coopBound = mfnsOn(cc.text, 'exo: page '), uncoopBound = mfnsOn(uc.text, 'exo: page ');
    expect(coopBound).toHaveLength(8);
    for (const f of coopBound) expect(hv.memory.owner(f)).toBe(coop.id);
    for (const f of uncoopBound) expect(hv.memory.owner(f)).toBe(uncoop.id);
    expect(cc.text).toContain('exo: bound 8 pages (shared_info says 8)');
    const uncoopBefore = owned(hv, uncoop.id);

    expect(hv.revoke(coop.id, 3, 5000)).toBe(1);
    expect(hv.revoke(uncoop.id, 3, 300)).toBe(1);
    expect(() => hv.revoke(coop.id, 0, 100)).toThrow(/1 to 32 frames/);

    // Cooperative: the three last-bound pages given back before the deadline, the rest intact.
    const coopEnd = await cc.end();
    expect(coopEnd, cc.text).toMatchObject({ state: 'shutdown', exitCode: 0 });
    const given = mfnsOn(cc.text, 'exo: gave back');
    expect(given).toEqual(coopBound.slice(5).reverse());
    expect(cc.text).toContain('exo: requests 1 voluntary 1 forced 0 given 3 taken 0');
    expect(cc.text).toContain('exo: bound now 5 (shared_info says 5)');
    expect(cc.text).toContain('exo: kept 5 pages, 5 intact');
    expect(exoStats(hv, coop.id)).toMatchObject({
      frames_bound: 8, frames_unbound: 3, frames_bound_now: 5, revoke_requests: 1, revoke_seen: 1, revoke_voluntary: 1, revoke_forced: 0, frames_revoked: 0,
    });
    for (const f of given) {
      expect(hv.memory.owner(f)).toBe(DOMID_FREE);
      expect(scrubbed(hv, f)).toBe(true);
    }

    // Uncooperative: it lost exactly the frames the report lists, and faults on the first.
    const uncoopEnd = await uc.end();
    expect(uncoopEnd.state, uc.text).toBe('crashed');
    const report = /exo: report seq 1 count 3:((?: 0x[0-9a-f]+)+)/.exec(uc.text);
    expect(report, uc.text).not.toBeNull();
    const reported = report![1]!.trim().split(' ').map((h) => parseInt(h, 16));
    const lostNow = [...uncoopBefore].filter((f) => hv.memory.owner(f) !== uncoop.id);
    expect(new Set(reported)).toEqual(new Set(lostNow));
    expect(new Set(mfnsOn(uc.text, 'exo: lost'))).toEqual(new Set(reported));
    for (const f of reported) {
      expect(uncoopBound).toContain(f);
      expect(hv.memory.owner(f)).toBe(DOMID_FREE);
      expect(scrubbed(hv, f)).toBe(true);
    }
    expect(uc.text).toContain('exo: bound now 5 (shared_info says 5)');
    expect(uc.text).toContain('exo: kept 5 pages, 5 intact');
    const addr = /exo: reading (0x[0-9a-f]+)/.exec(uc.text)![1]!;
    expect(uc.text).toMatch(new RegExp(`uni: fatal exception: load page fault \\(scause 0x0000000d\\) at pc 0x[0-9a-f]+, stval ${addr}`));
    expect(uc.text).not.toContain('from a page taken away');
    expect(exoStats(hv, uncoop.id)).toMatchObject({
      frames_bound: 8, frames_unbound: 0, frames_bound_now: 5, revoke_requests: 1, revoke_voluntary: 0, revoke_forced: 1, frames_revoked: 3,
    });

    // Destroying the domains returns every bound frame.
    const free = hv.memory.freeFrames;
    await hv.destroy(uncoop.id);
    await hv.destroy(coop.id);
    expect(owned(hv, coop.id).size + owned(hv, uncoop.id).size).toBe(0);
    expect(hv.memory.freeFrames).toBeGreaterThanOrEqual(free + 2 * (RAM / 4096) + 10);
  }, 90_000);
});

describe('exo_op: packet filter', () => {
  const filterSpec = (name: string, args: string, net = true): DomainSpec =>
    ({ name, ramBytes: RAM, boot: { kind: 'uni', image: NETFILTER, cmdline: `netfilter ${args}` }, ...(net ? { net } : {}) });
  type NetStats = Record<string, number>;
  const netStats = (hv: Hv, id: number): NetStats => (hv.stats(id).pv as { net: NetStats }).net;

  it('refuses a filter for a domain without a network interface', async () => {
    const hv = hypervisor();
    const d = hv.create(filterSpec('nonet', 'nonet', false));
    const con = new Console(hv, d.id);
    await hv.start(d.id);
    expect(await con.end()).toMatchObject({ state: 'shutdown', exitCode: 0 });
    expect(con.text.trim().split('\n').filter((l) => !l.startsWith('ok ')), con.text).toEqual(['nonet: 0 failures']);
    expect(exoStats(hv, d.id)).toMatchObject({ refused: 1, net_filters: 0, net_filter_rules: 0 });
  }, 60_000);

  it('refuses every malformed filter, and delivers only the frames the bound one passes until it is removed', async () => {
    const hv = hypervisor();
    const rx = hv.create(filterSpec('filter', 'filter'));
    const rc = new Console(hv, rx.id);
    await hv.start(rx.id);
    await rc.until('filter: bound');
    const mac = /^filter: mac ([0-9a-f:]{17})$/m.exec(rc.text)![1]!;
    const tx = hv.create(filterSpec('send', `send ${mac}`));
    const tc = new Console(hv, tx.id);
    await hv.start(tx.id);
    const [rxEnd, txEnd] = [await rc.end(), await tc.end()];
    expect(rc.text.trim().split('\n').filter((l) => !l.startsWith('ok ')), rc.text).toEqual([
      `filter: mac ${mac}`, 'filter: bound',
      'filter: round 1: 7 frames, 0 outside the filter', // 3 × (unicast and broadcast that pass) + the end
      'filter: round 2: 19 frames, 12 outside the filter', // all of them once the filter is gone
      'filter: 0 failures',
    ]);
    expect(rc.text.split('\n')).toEqual(expect.arrayContaining([
      'ok refuse width 3', 'ok refuse an atom straddling NETIF_MTU_FRAME', 'ok refuse value bits outside the mask',
      'ok refuse a nonzero unused rule', 'ok bind a full rule ending at NETIF_MTU_FRAME', 'ok remove the filter',
    ]));
    expect(tc.text, tc.text).toContain('send: round 2 sent, 0 failures');
    expect([rxEnd, txEnd]).toMatchObject([{ state: 'shutdown', exitCode: 0 }, { state: 'shutdown', exitCode: 0 }]);
    // The 12 frames of round 1 the filter did not pass were dropped by the back-end and counted there.
    expect(netStats(hv, rx.id)).toMatchObject({ rx_frames: 26, rx_filtered: 12, rx_dropped: 0, tx_frames: 1 });
    expect(netStats(hv, tx.id)).toMatchObject({ tx_frames: 38, rx_filtered: 0 });
    expect(exoStats(hv, rx.id)).toMatchObject({ refused: 13, net_filters: 3, net_filter_rules: 0 });
  }, 90_000);
});
