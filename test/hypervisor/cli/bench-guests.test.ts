/**
 * The boot and many-guests benchmarks through the real CLI, at a tiny
 * size: only the shape of what they print and the facts that do not
 * depend on timing are checked (every warm boot took a pre-started worker;
 * the idle guests took shared memory), never the timings themselves; a bad
 * size is a usage error.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

/** The one JSON line a `--json` benchmark prints. */
function jsonOf(stdout: string): Record<string, unknown> {
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

/** A finite number above zero. */
const positive = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v > 0;

describe('exovisor bench boot', () => {
  it('boots the hello unikernel cold and on a pre-started worker and prints both times and the guest\'s share', () => {
    const text = exovisor(['bench', 'boot', '--rounds', '2'], 120_000);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^benchmark {4}boot: the hello unikernel \(\d+ bytes\), create call to first console byte, fastest of 2 boots each$/m);
    expect(text.stdout).toMatch(/^cold +[\d.]+ ms to the first byte \(create returned at [\d.]+ ms, start at [\d.]+ ms\); guest worker spawned at start$/m);
    expect(text.stdout).toMatch(/^warm +[\d.]+ ms to the first byte .*; a pre-started worker handed over \(2 times\)$/m);
    expect(text.stdout).toMatch(/^guest {8}[\d,]+ instructions, [\d.]+ ms of vCPU time from boot to shutdown$/m);

    const j = jsonOf(exovisor(['bench', 'boot', '--json', '--rounds', '1'], 120_000).stdout);
    expect(j).toMatchObject({ benchmark: 'boot', app: 'hello', rounds: 1, spares_handed_over: 1 });
    for (const mode of ['cold', 'warm'] as const) {
      const t = j[mode] as Record<string, number>;
      expect(positive(t['create_ms']) && t['create_ms']! <= t['start_ms']! && t['start_ms']! <= t['first_byte_ms']!).toBe(true);
    }
    expect(positive(j['guest_insns']) && positive(j['speedup'])).toBe(true);
  }, 240_000);
});

describe('exovisor bench guests', () => {
  it('holds idle unikernels, and prints what they cost and how the hypervisor and a busy guest fare beside them', () => {
    const r = exovisor(['bench', 'guests', '--json', '--count', '3'], 180_000);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = jsonOf(r.stdout);
    expect(j).toMatchObject({ benchmark: 'guests', app: 'cat', count: 3 });
    // Each idle guest holds its 5 MiB of RAM frames plus its control block, tables and rings.
    expect(j['shared_bytes_per_guest']).toBeGreaterThan(5 << 20);
    expect(j['shared_bytes_per_guest']).toBeLessThan(6 << 20);
    for (const k of ['create_ms_mean', 'create_ms_max', 'busy_alone_ms', 'busy_with_idle_ms', 'busy_share']) expect(positive(j[k]), k).toBe(true);
    for (const k of ['stats_alone', 'stats_with_idle']) expect(positive((j[k] as Record<string, number>)['median_us']), k).toBe(true);
  }, 240_000);

  it('refuses a count that is not a whole number above zero', () => {
    const r = exovisor(['bench', 'guests', '--count', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("exovisor: --count wants a whole number above zero, not 'many'\n");
  });
});
