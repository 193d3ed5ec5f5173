/**
 * The two-worker microbenchmarks through the real CLI, at a tiny size: the
 * exit round trip against a bare ping-pong, and PV ring throughput against
 * a plain ring. Only the shape of what they print is checked, never the
 * timing; a bad size is a usage error.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

/** The one JSON line a `--json` benchmark prints. */
function jsonOf(stdout: string): Record<string, unknown> {
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

const positive = (v: unknown): void => {
  expect(typeof v).toBe('number');
  expect(Number.isFinite(v as number) && (v as number) > 0).toBe(true);
};

describe('exovisor bench roundtrip', () => {
  it('prints the exit and bare round trips, their ratio and the target, as text and as JSON', () => {
    const text = exovisor(['bench', 'roundtrip', '--rounds', '1', '--count', '2000'], 120_000);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^benchmark {4}roundtrip: .*exitstorm\.elf, \d+ exits; bare ping-pong, 2000 round trips/);
    expect(text.stdout).toMatch(/^exit {9}[\d.]+ us per round trip/m);
    expect(text.stdout).toMatch(/^bare {9}[\d.]+ us per round trip/m);
    expect(text.stdout).toMatch(/^ratio {8}[\d.]+x the bare round trip; target at most 1\.5x: (met|missed)$/m);

    const r = exovisor(['bench', 'roundtrip', '--json', '--rounds', '1', '--count', '2000'], 120_000);
    expect(r.status).toBe(0);
    const j = jsonOf(r.stdout);
    expect(j['benchmark']).toBe('roundtrip');
    expect(j['trips']).toBe(2000);
    expect(j['exits']).toBeGreaterThanOrEqual(200_000);
    for (const k of ['exit_us', 'bare_us', 'ratio']) positive(j[k]);
    expect(j['target_ratio']).toBe(1.5);
    expect(typeof j['target_met']).toBe('boolean');
  }, 240_000);
});

describe('exovisor bench ring', () => {
  it('prints each ring\'s throughput, batched and unbatched, and the ratios, as text and as JSON', () => {
    const text = exovisor(['bench', 'ring', '--rounds', '1', '--count', '3000'], 120_000);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^benchmark {4}ring: 3000 descriptors of 64 bytes through 32-slot rings/);
    for (const label of ['plain, batched', 'pv ring, batched', 'plain, unbatched', 'pv ring, unbatched', 'pv ring, sleep only']) {
      expect(text.stdout).toMatch(new RegExp(`^${label} +[\\d.]+ M descriptors/s`, 'm'));
    }
    expect(text.stdout.match(/target at least 0\.8x: (met|missed)$/gm)).toHaveLength(2);

    const r = exovisor(['bench', 'ring', '--json', '--rounds', '1', '--count', '3000'], 120_000);
    expect(r.status).toBe(0);
    const j = jsonOf(r.stdout);
    expect(j).toMatchObject({ benchmark: 'ring', descriptors: 3000, slot_bytes: 64, slots: 32, rounds: 1, target_ratio: 0.8 });
    for (const k of ['plain_batched', 'pv_batched', 'plain_unbatched', 'pv_unbatched', 'pv_batched_sleep']) {
      const f = j[k] as Record<string, unknown>;
      positive(f['mdesc_per_s']);
      expect(f['rings_per_k']).toBeGreaterThanOrEqual(0);
    }
    // Unbatched, every descriptor rings the other side's doorbell.
    expect((j['pv_unbatched'] as { rings_per_k: number }).rings_per_k).toBe(1000);
    for (const k of ['batched_ratio', 'unbatched_ratio', 'sleep_ratio']) positive(j[k]);
    expect(typeof j['target_met']).toBe('boolean');
  }, 240_000);

  it('refuses a size that is not a whole number above zero', () => {
    const r = exovisor(['bench', 'ring', '--count', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("exovisor: --count wants a whole number above zero, not '0'\n");
  });
});
