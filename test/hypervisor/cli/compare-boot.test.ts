/**
 * The boot marker behind compare's BOOT_MS and BOOT_INSNS, through the real
 * CLI: `run --stats` reports the instructions and guest time before the
 * app's first instruction, the same count with and without the translation
 * tier (the marker sees the first fetch whichever tier runs the code), null
 * when the kernel never starts a built-in app, and compare's table says why
 * a row that ran has no boot time.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

interface Stats { insns: number; boot_insns: number | null; boot_ms: number | null }

/** The --stats object of `exovisor run ARGS` (the last line of stderr) and the exit status. */
function runStats(args: string[]): { status: number | null; stats: Stats } {
  const r = exovisor(['run', '--stats', ...args], 120_000);
  const last = r.stderr.trimEnd().split('\n').pop() ?? '';
  return { status: r.status, stats: JSON.parse(last) as Stats };
}

describe('the boot marker', () => {
  it('counts the same instructions before the app under the interpreter and the translation tier', () => {
    const jit = runStats(['--mode', 'full', '--tier', 'jit', 'kernel', '--', 'hello', 'x']);
    const interp = runStats(['--mode', 'full', '--tier', 'interp', 'kernel', '--', 'hello', 'x']);
    expect([jit.status, interp.status]).toEqual([0, 0]);
    expect(jit.stats.boot_insns).toBeGreaterThan(100_000);
    expect(jit.stats.boot_insns!).toBeLessThan(jit.stats.insns);
    expect(interp.stats.boot_insns).toBe(jit.stats.boot_insns);
    expect(interp.stats.boot_ms).toBe(jit.stats.boot_ms);
    // The kernel boots without idling: guest time is the instructions at 10 per tick of a 10 MHz clock.
    expect(jit.stats.boot_ms).toBeCloseTo(Math.floor(jit.stats.boot_insns! / 10) / 10_000, 3);
  }, 240_000);

  it('is null when the kernel runs no built-in app', () => {
    const r = runStats(['--mode', 'native', 'kernel', '--', 'nosuchprogram']);
    expect(r.status).toBe(127);
    expect(r.stats.insns).toBeGreaterThan(0);
    expect(r.stats.boot_insns).toBeNull();
    expect(r.stats.boot_ms).toBeNull();
  }, 120_000);

  it('leaves BOOT_MS empty, with a footnote, for a run stopped before the app started', () => {
    const r = exovisor(['compare', 'hello', '--modes', 'native', '--timeout', '1ms'], 120_000);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^native +\d+ +\d+ +- +- +- +- .*error: timeout/);
    expect(lines[2]).toMatch(/^BOOT_MS -: the app's first instruction never ran/);
  }, 120_000);
});
