/**
 * `exovisor bench exits`: what one exit to the hypervisor costs. The
 * exitstorm guest reads the UART's status register 200,000 times; on the
 * bare board (one thread, no hypervisor) a read is a function call, in a
 * domain it is an exit from the guest worker to the hypervisor worker and
 * back. The domain runs twice per round, with the adaptive spin-then-sleep
 * policy and with sleeping only, and the fastest of three rounds of each is
 * reported with the spin hit rates, so the policy is measured against its
 * peer in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainStats } from '../core/domain.js';
import { VirtBoard } from '../core/virt-board.js';
import { parseElf } from '../image/elf.js';
import { startHypervisor } from '../worker/client.js';
import { packageRoot } from './package-root.js';

/** The guest: 200,000 reads of the UART's status register. */
export const IMAGE = 'test/guests/build/exitstorm.elf';
const ROUNDS = 3;

/** One timed run. */
export interface Sample { ms: number; exits: number; stats?: DomainStats }

function inThread(image: Uint8Array): Sample {
  const board = new VirtBoard({ console: () => {} });
  board.load(parseElf(image));
  const t0 = performance.now();
  const stop = board.run({ timeoutMs: 120_000 });
  if (stop.kind !== 'exit' || stop.code !== 0) throw new Error(`bench: ${IMAGE} failed on the bare board: ${JSON.stringify(stop)}`);
  return { ms: performance.now() - t0, exits: board.hart.mmu.counters.mmioReads };
}

/** Runs `image` as a domain with the given exit wait policy; the whole run's time, its exits and the domain's stats. */
export async function inDomain(image: Uint8Array, exitWait: 'adaptive' | 'sleep'): Promise<Sample> {
  const client = await startHypervisor({ machineBytes: 64 << 20 });
  try {
    const d = await client.api.create({ name: 'exitstorm', ramBytes: 16 << 20, boot: { kind: 'bare', program: image }, exitWait });
    const t0 = performance.now();
    await client.api.start(d.id);
    const end = await client.api.waitForEnd(d.id, 300_000);
    const ms = performance.now() - t0;
    if (end.state !== 'shutdown' || end.exitCode !== 0) throw new Error(`bench: ${IMAGE} failed in a domain: ${JSON.stringify(end)}`);
    const stats = await client.api.stats(d.id);
    return { ms, exits: stats.exits['mmio'] ?? 0, stats };
  } finally {
    await client.close();
  }
}

const fastest = (xs: Sample[]): Sample => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
const rate = (hits: number, misses: number): string => `${Math.round((100 * hits) / Math.max(1, hits + misses))}%`;

/** Runs the benchmark; returns the exit status. */
export async function benchExits(json: boolean): Promise<number> {
  const image = new Uint8Array(readFileSync(join(packageRoot(), IMAGE)));
  const local: Sample[] = [], adaptive: Sample[] = [], sleep: Sample[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    local.push(inThread(image));
    adaptive.push(await inDomain(image, 'adaptive'));
    sleep.push(await inDomain(image, 'sleep'));
  }
  const [l, a, s] = [fastest(local), fastest(adaptive), fastest(sleep)];
  // The vCPU's own measure: time from publishing an exit to reading its answer (no worker start-up in it).
  const us = (x: Sample): number => x.stats!.wakeups.exit_wait_us / Math.max(1, x.exits);
  const w = a.stats!.wakeups;
  const result = {
    benchmark: 'exits', image: IMAGE, exits: a.exits,
    in_thread_ns_per_access: (l.ms * 1e6) / Math.max(1, l.exits),
    adaptive_us_per_exit: us(a), sleep_us_per_exit: us(s), speedup: us(s) / us(a),
    vcpu_spin_hit_rate: w.vcpu_spin_hits / Math.max(1, w.vcpu_spin_hits + w.vcpu_spin_misses),
    hyp_spin_hit_rate: w.hyp_spin_hits / Math.max(1, w.hyp_spin_hits + w.hyp_spin_misses),
  };
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  }
  process.stdout.write([
    `benchmark    exits: ${IMAGE}, ${a.exits} device-register reads (fastest of ${ROUNDS} rounds each)`,
    `in-thread    ${l.ms.toFixed(0)} ms = ${result.in_thread_ns_per_access.toFixed(0)} ns per access (bare board: no exit)`,
    `adaptive     ${us(a).toFixed(2)} us per exit round trip; whole run ${a.ms.toFixed(0)} ms with worker start-up (spin hits: vCPU ${rate(w.vcpu_spin_hits, w.vcpu_spin_misses)}, hypervisor ${rate(w.hyp_spin_hits, w.hyp_spin_misses)})`,
    `sleep only   ${us(s).toFixed(2)} us per exit round trip; whole run ${s.ms.toFixed(0)} ms`,
    `ratio        an exit round trip is ${result.speedup.toFixed(1)}x faster spinning adaptively than sleeping only`,
  ].join('\n') + '\n');
  return 0;
}
