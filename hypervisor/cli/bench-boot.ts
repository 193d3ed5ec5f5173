/**
 * `exovisor bench boot`: how long a unikernel takes from the call that
 * creates its domain to the first byte it prints, measured on the host's
 * wall clock from the main thread, as `exovisor run` would see it. The
 * hello unikernel (linked here, as `exovisor build` links it) boots on a
 * hypervisor that spawns each guest worker when the domain starts (cold)
 * and, in the same run, on one that keeps a worker started and loaded in
 * advance (warm, HypervisorOptions.prestart). Each figure is the fastest
 * of `rounds` boots; the guest's own share — instructions and vCPU time —
 * shows how little of the boot is the guest.
 */
import type { DomainStats } from '../core/domain.js';
import { ByteRing } from '../worker/byte-ring.js';
import { startHypervisor, type HypervisorClient } from '../worker/client.js';
import { printResult } from './bench-peer.js';
import { linkApp } from './build.js';

/** Boots per figure by default (each figure is the fastest). */
export const BOOT_ROUNDS = 10;
/** The app booted, and its RAM (the smallest the unikernel's layout fits in, rounded up). */
const APP = 'hello';
const RAM_BYTES = 5 << 20;
/** Longest wait for the first byte, the end, or a refilled spare. */
const WAIT_MS = 10_000;

/** One boot, in ms from the create call: create returned, start returned, first console byte. */
export interface BootSample { create_ms: number; start_ms: number; first_byte_ms: number; stats: DomainStats }

/** Creates and starts the unikernel `image` on `client`, timing up to its first console byte; the domain is destroyed afterwards. */
export async function bootOnce(client: HypervisorClient, image: Uint8Array): Promise<BootSample> {
  const api = client.api;
  const t0 = performance.now();
  const { id } = await api.create({ name: APP, ramBytes: RAM_BYTES, boot: { kind: 'uni', image, cmdline: APP }, clock: 'deterministic' });
  const created = performance.now();
  const out = new ByteRing((await api.consoleRings(id)).out);
  await api.start(id);
  const started = performance.now();
  while (out.read(1).length === 0) {
    await out.waitReadable(WAIT_MS);
    if (performance.now() - t0 > WAIT_MS) throw new Error(`bench: the ${APP} unikernel printed nothing within ${WAIT_MS} ms`);
  }
  const first = performance.now();
  const end = await api.waitForEnd(id, WAIT_MS);
  if (end.state !== 'shutdown' || end.exitCode !== 0) throw new Error(`bench: the ${APP} unikernel did not end cleanly: ${JSON.stringify(end)}`);
  const stats = await api.stats(id);
  await api.destroy(id);
  return { create_ms: created - t0, start_ms: started - t0, first_byte_ms: first - t0, stats };
}

/** Waits until the pool of `client` has a spare ready again. */
async function spareReady(client: HypervisorClient): Promise<void> {
  const deadline = performance.now() + WAIT_MS;
  while (((await client.api.workerPool())?.spares ?? 0) < 1) {
    if (performance.now() > deadline) throw new Error(`bench: no pre-started worker became ready within ${WAIT_MS} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const faster = (a: BootSample | null, b: BootSample): BootSample => (a && a.first_byte_ms <= b.first_byte_ms ? a : b);

/** What `bench boot` measured. */
export interface BootResult {
  benchmark: 'boot'; app: string; image_bytes: number; rounds: number;
  cold: Omit<BootSample, 'stats'>; warm: Omit<BootSample, 'stats'>; speedup: number;
  guest_insns: number; guest_running_us: number; spares_handed_over: number;
}

/** Boots cold and warm alternately, `rounds` times each, on two hypervisors started once; the fastest of each. */
export async function measureBoot(rounds: number): Promise<BootResult> {
  const image = linkApp(APP).built.image;
  const cold = await startHypervisor({ machineBytes: 64 << 20 });
  const warm = await startHypervisor({ machineBytes: 64 << 20, prestart: 1 }).catch(async (e: unknown) => { await cold.close(); throw e; });
  let c: BootSample | null = null, w: BootSample | null = null;
  try {
    for (let i = 0; i < rounds; i++) {
      c = faster(c, await bootOnce(cold, image));
      await spareReady(warm);
      w = faster(w, await bootOnce(warm, image));
    }
    const pool = await warm.api.workerPool();
    const times = ({ stats: _, ...t }: BootSample): Omit<BootSample, 'stats'> => t;
    return {
      benchmark: 'boot', app: APP, image_bytes: image.length, rounds, cold: times(c!), warm: times(w!),
      speedup: c!.first_byte_ms / w!.first_byte_ms, guest_insns: w!.stats.insns,
      guest_running_us: w!.stats.vcpu_time_us.running, spares_handed_over: pool?.handed_over ?? 0,
    };
  } finally {
    await Promise.all([cold.close(), warm.close()]);
  }
}

/** Runs `exovisor bench boot`; returns the exit status. */
export async function benchBoot(json: boolean, rounds: number): Promise<number> {
  const ms = (v: number): string => `${v.toFixed(1)} ms`;
  const row = (name: string, s: BootResult['cold']): string => `${name} ${ms(s.first_byte_ms).padStart(8)} to the first byte (create returned at ${ms(s.create_ms)}, start at ${ms(s.start_ms)})`;
  return printResult(json, await measureBoot(rounds), (r) => [
    `benchmark    boot: the ${r.app} unikernel (${r.image_bytes} bytes), create call to first console byte, fastest of ${r.rounds} boots each`,
    row('cold        ', r.cold) + '; guest worker spawned at start',
    row('warm        ', r.warm) + `; a pre-started worker handed over (${r.spares_handed_over} times)`,
    `ratio        ${r.speedup.toFixed(1)}x faster with a pre-started worker`,
    `guest        ${r.guest_insns.toLocaleString('en')} instructions, ${(r.guest_running_us / 1000).toFixed(1)} ms of vCPU time from boot to shutdown`,
  ]);
}
