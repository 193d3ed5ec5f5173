/**
 * `exovisor bench guests [--count N]`: many idle unikernels in one
 * hypervisor. N copies of the cat unikernel (blocked on console input, so
 * idle: asleep in the hypervisor's block, not spinning) are created and
 * started one after another; then, against the same figures taken before
 * any of them existed (the peer in the same run), the benchmark checks
 * that the hypervisor still answers (a stats round trip), that a busy
 * guest (the compute unikernel) still gets its share of a core, and what
 * the idle guests cost: host memory and shared memory per guest, creation
 * time per guest, and the CPU they burn while idle.
 */
import { linkApp } from './build.js';
import { printResult } from './bench-peer.js';
import { startHypervisor, type HypervisorClient } from '../worker/client.js';
import { FRAME_SIZE } from '../core/machine-memory.js';

/** Idle guests by default. */
export const DEFAULT_GUESTS = 100;
/** RAM of an idle guest (the unikernel layout needs a little over 4 MiB) and of the busy one. */
const IDLE_RAM = 5 << 20;
const BUSY_RAM = 8 << 20;
/** Stats round trips per latency figure, and how long the idle guests' CPU use is sampled. */
const TRIPS = 200;
const IDLE_SAMPLE_MS = 2000;
/** Longest wait for any one guest to start, settle or end. */
const WAIT_MS = 120_000;

/** Latency of the hypervisor's control API: median and fastest stats round trip (µs). */
export interface Latency { median_us: number; min_us: number }

/** `TRIPS` stats round trips for domain `id`, one at a time. */
async function statsLatency(client: HypervisorClient, id: number): Promise<Latency> {
  const us: number[] = [];
  for (let i = 0; i < TRIPS; i++) {
    const t0 = performance.now();
    await client.api.stats(id);
    us.push((performance.now() - t0) * 1000);
  }
  us.sort((a, b) => a - b);
  return { median_us: us[us.length >> 1]!, min_us: us[0]! };
}

/** Busy runs per figure (the fastest counts: the first one also warms the hypervisor's side). */
const BUSY_ROUNDS = 2;

/** The fastest of BUSY_ROUNDS runs of the busy unikernel (ms). */
async function fastestBusy(client: HypervisorClient, image: Uint8Array): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < BUSY_ROUNDS; i++) best = Math.min(best, await runBusy(client, image));
  return best;
}

/** Runs the busy unikernel to its end; its wall time (ms) from start to end. */
async function runBusy(client: HypervisorClient, image: Uint8Array): Promise<number> {
  const { id } = await client.api.create({ name: 'compute', ramBytes: BUSY_RAM, boot: { kind: 'uni', image, cmdline: 'compute' }, clock: 'deterministic' });
  const t0 = performance.now();
  await client.api.start(id);
  const end = await client.api.waitForEnd(id, WAIT_MS);
  const ms = performance.now() - t0;
  if (end.state !== 'shutdown' || end.exitCode !== 0) throw new Error(`bench: the compute unikernel did not end cleanly: ${JSON.stringify(end)}`);
  await client.api.destroy(id);
  return ms;
}

/** Creates and starts `count` idle guests; their ids and the ms each took from create call to start returned. */
async function createIdle(client: HypervisorClient, image: Uint8Array, count: number): Promise<{ ids: number[]; ms: number[] }> {
  const ids: number[] = [], ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const { id } = await client.api.create({ name: `idle-${i}`, ramBytes: IDLE_RAM, boot: { kind: 'uni', image, cmdline: 'cat' } });
    await client.api.start(id);
    ms.push(performance.now() - t0);
    ids.push(id);
  }
  return { ids, ms };
}

/** Waits until no guest of `ids` retires instructions between two looks 250 ms apart (all blocked); fails on any that ended. */
async function settle(client: HypervisorClient, ids: number[]): Promise<void> {
  const insns = async (): Promise<number[]> => Promise.all(ids.map(async (id) => {
    const info = await client.api.info(id);
    if (info.state !== 'running') throw new Error(`bench: idle guest ${id} is ${info.state}${info.reason ? `: ${info.reason}` : ''}`);
    return (await client.api.stats(id)).insns;
  }));
  const deadline = performance.now() + WAIT_MS;
  for (let before = await insns(); ; ) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await insns();
    if (now.every((n, i) => n === before[i])) return;
    if (performance.now() > deadline) throw new Error(`bench: the idle guests were still running after ${WAIT_MS} ms`);
    before = now;
  }
}

/** The whole process's CPU use over IDLE_SAMPLE_MS, in percent of one core (every thread: main, hypervisor, guests). */
async function cpuPercent(): Promise<number> {
  const c0 = process.cpuUsage(), t0 = performance.now();
  await new Promise((r) => setTimeout(r, IDLE_SAMPLE_MS));
  const c = process.cpuUsage(c0);
  return ((c.user + c.system) / 1000 / (performance.now() - t0)) * 100;
}

/** What the host looks like at one point: process RSS, hypervisor heap, free machine frames. */
async function hostFacts(client: HypervisorClient): Promise<{ rss: number; heap: number; freeFrames: number }> {
  const facts = await client.api.memoryFacts();
  return { rss: process.memoryUsage().rss, heap: (await client.api.heapUsed()) ?? 0, freeFrames: facts.freeFrames };
}

/** What `bench guests` measured. */
export interface GuestsResult {
  benchmark: 'guests'; app: string; count: number;
  create_ms_mean: number; create_ms_max: number;
  rss_bytes_per_guest: number; hypervisor_heap_bytes_per_guest: number; shared_bytes_per_guest: number;
  stats_alone: Latency; stats_with_idle: Latency;
  busy_alone_ms: number; busy_with_idle_ms: number; busy_share: number;
  idle_cpu_percent: number; baseline_cpu_percent: number;
}

/** Measures the peer figures with no guest, holds `count` idle guests, and measures again. */
export async function measureGuests(count: number): Promise<GuestsResult> {
  const idle = linkApp('cat').built.image, busy = linkApp('compute').built.image;
  const frames = Math.ceil((count * (IDLE_RAM + 16 * FRAME_SIZE) + 4 * BUSY_RAM) / FRAME_SIZE);
  const client = await startHypervisor({ machineBytes: frames * FRAME_SIZE });
  try {
    const probe = await client.api.create({ name: 'probe', ramBytes: IDLE_RAM, boot: { kind: 'uni', image: idle, cmdline: 'cat' } });
    const statsAlone = await statsLatency(client, probe.id);
    const busyAlone = await fastestBusy(client, busy);
    const baselineCpu = await cpuPercent();
    const before = await hostFacts(client);
    const { ids, ms } = await createIdle(client, idle, count);
    await settle(client, ids);
    const after = await hostFacts(client);
    const rings = await client.api.consoleRings(ids[0]!);
    const idleCpu = await cpuPercent();
    const statsIdle = await statsLatency(client, probe.id);
    const busyIdle = await fastestBusy(client, busy);
    await settle(client, ids); // still there, still blocked, after the busy guest ran beside them
    return {
      benchmark: 'guests', app: 'cat', count,
      create_ms_mean: ms.reduce((a, b) => a + b, 0) / count, create_ms_max: Math.max(...ms),
      rss_bytes_per_guest: (after.rss - before.rss) / count, hypervisor_heap_bytes_per_guest: (after.heap - before.heap) / count,
      shared_bytes_per_guest: ((before.freeFrames - after.freeFrames) * FRAME_SIZE) / count + rings.out.byteLength + rings.in.byteLength,
      stats_alone: statsAlone, stats_with_idle: statsIdle,
      busy_alone_ms: busyAlone, busy_with_idle_ms: busyIdle, busy_share: busyAlone / busyIdle,
      idle_cpu_percent: idleCpu, baseline_cpu_percent: baselineCpu,
    };
  } finally {
    await client.close();
  }
}

/** Runs `exovisor bench guests`; returns the exit status. */
export async function benchGuests(json: boolean, count: number): Promise<number> {
  const mib = (b: number): string => `${(b / (1 << 20)).toFixed(2)} MiB`;
  const kib = (b: number): string => `${(b / 1024).toFixed(1)} KiB`;
  const lat = (l: Latency): string => `${l.median_us.toFixed(0)} us median, ${l.min_us.toFixed(0)} us fastest`;
  return printResult(json, await measureGuests(count), (r) => [
    `benchmark    guests: ${r.count} idle ${r.app} unikernels (blocked on console input) held in one hypervisor`,
    `create       ${r.create_ms_mean.toFixed(1)} ms per guest on average (create call to start returned; slowest ${r.create_ms_max.toFixed(1)} ms)`,
    `memory       per guest: ${mib(r.rss_bytes_per_guest)} process RSS, ${kib(r.hypervisor_heap_bytes_per_guest)} hypervisor heap, ${mib(r.shared_bytes_per_guest)} shared memory (RAM frames and rings)`,
    `idle cpu     ${r.idle_cpu_percent.toFixed(1)}% of a core for the whole process while they wait (${r.baseline_cpu_percent.toFixed(1)}% with none)`,
    `stats        ${lat(r.stats_with_idle)} per round trip (${lat(r.stats_alone)} with none)`,
    `busy guest   compute unikernel ${r.busy_with_idle_ms.toFixed(0)} ms beside them, ${r.busy_alone_ms.toFixed(0)} ms alone (fastest of ${BUSY_ROUNDS} each): ${(r.busy_share * 100).toFixed(0)}% of its speed alone`,
  ]);
}
