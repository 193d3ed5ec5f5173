/**
 * `exovisor run --snapshot-after MS --snapshot-out FILE` and `exovisor run
 * --restore FILE`: a run stopped by a snapshot and the run restored from
 * it print, together, exactly what one uninterrupted run prints; a damaged
 * file and a guest kind that cannot be snapshotted are refused as bad input.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, exovisor } from '../../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'exovisor-run-snapshot-'));

describe('exovisor run with snapshots', () => {
  for (const mode of ['full', 'hw', 'native'] as const) {
    it(`--mode ${mode}: the snapshot run and the restored run together print the uninterrupted run's output`, () => {
      const program = ['kernel', '--', 'compute'];
      const whole = exovisor(['run', '--mode', mode, '--no-disk', ...program], 120_000);
      expect(whole.status).toBe(0);
      const file = join(tmp, `${mode}.snap`);
      const first = exovisor(['run', '--mode', mode, '--no-disk', '--snapshot-after', '300', '--snapshot-out', file, ...program], 120_000);
      expect(first.status).toBe(0);
      expect(first.stderr).toMatch(/snapshot of the guest after \d+ instructions written to/);
      expect(first.stdout).not.toContain('done');
      const second = exovisor(['run', '--restore', file, '--stats'], 120_000);
      expect(second.status).toBe(0);
      expect(second.stdout.length).toBeGreaterThan(0);
      expect(first.stdout + second.stdout).toBe(whole.stdout);
      const stats = JSON.parse(second.stderr.trimEnd().split('\n').pop()!) as { state: string };
      expect(stats.state).toBe('shutdown');
    }, 300_000);
  }

  for (const [mode, program] of [['pv', ['kernel-pv', '--', 'compute']], ['uni', [join(ROOT, 'libos/uni/build/compute.uni.elf'), '--', 'compute']]] as const) {
    it(`--mode ${mode}: the snapshot run and the restored run together print the uninterrupted run's output`, () => {
      const whole = exovisor(['run', '--mode', mode, '--no-disk', ...program], 120_000);
      expect(whole.status).toBe(0);
      const file = join(tmp, `${mode}.snap`);
      const first = exovisor(['run', '--mode', mode, '--no-disk', '--snapshot-after', '300', '--snapshot-out', file, ...program], 120_000);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stderr).toMatch(/snapshot of the guest after \d+ instructions written to/);
      const second = exovisor(['run', '--restore', file, '--stats'], 120_000);
      expect(second.status, second.stderr).toBe(0);
      expect(first.stdout + second.stdout).toBe(whole.stdout);
      const stats = JSON.parse(second.stderr.trimEnd().split('\n').pop()!) as { state: string; mode: string };
      expect(stats).toMatchObject({ state: 'shutdown', mode });
    }, 300_000);
  }

  it('a damaged snapshot file is bad input (status 2) with what is wrong', () => {
    const file = join(tmp, 'full.snap');
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1]! ^= 1;
    writeFileSync(join(tmp, 'damaged.snap'), bytes);
    const r = exovisor(['run', '--restore', join(tmp, 'damaged.snap')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/damaged\.snap: snapshot refused: the checksum does not match/);
  });

  it('--snapshot-after is refused for a bare run, and alone', () => {
    const bare = exovisor(['run', '--mode', 'bare', '--snapshot-after', '5', '--snapshot-out', join(tmp, 'x.snap'), 'hello']);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/--snapshot-after applies to --mode native, full, hw, pv and uni/);
    const alone = exovisor(['run', '--mode', 'full', '--snapshot-after', '5', 'kernel', '--', 'hello']);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/go together/);
  });
});
