/**
 * The adaptive spin window shared by both ends of the exit protocol: a hit
 * doubles the window up to its ceiling, misses halve it down to zero once
 * the recent hit rate has fallen, a waiter at zero probes again after a
 * while, a miss really spends its window polling, and a disabled spinner
 * never polls at all; a spinner also waits for a word to move away from a
 * value (a ring's producer index), and a quick hit reads no clock.
 */
import { describe, expect, it } from 'vitest';
import { AdaptiveSpin, SPIN_MAX_US } from '../../../hypervisor/core/spin.js';

const TARGET = 1;

/** A shared word that already holds the target: every spin with a window hits at once. */
const ready = (): Int32Array => new Int32Array(new SharedArrayBuffer(4)).fill(TARGET);
/** A shared word that never gets there: every spin with a window polls until it closes. */
const never = (): Int32Array => new Int32Array(new SharedArrayBuffer(4));

/** Misses until the window is zero; returns the windows seen after each miss. */
function missToZero(s: AdaptiveSpin, limit = 10_000): number[] {
  const seen: number[] = [];
  const w = never();
  while (s.windowUs > 0) {
    s.spin(w, 0, TARGET);
    seen.push(s.windowUs);
    if (seen.length > limit) throw new Error('the window never closed');
  }
  return seen;
}

/** Misses at a zero window until it probes again; returns how many it took. */
function missUntilProbe(s: AdaptiveSpin, limit = 100_000): number {
  const w = never();
  let n = 0;
  while (s.windowUs === 0) {
    s.spin(w, 0, TARGET);
    if (++n > limit) throw new Error('never probed again');
  }
  return n;
}

describe('AdaptiveSpin', () => {
  it('starts with the full window and a perfect hit rate', () => {
    const s = new AdaptiveSpin();
    expect(s.windowUs).toBe(SPIN_MAX_US);
    expect(s.maxUs).toBe(SPIN_MAX_US);
    expect(s.rate).toBe(1);
    expect(new AdaptiveSpin(true, 12).windowUs).toBe(12);
  });

  it('answers a hit at once and counts it', () => {
    const s = new AdaptiveSpin(true, 1_000_000); // a one-second window that must not be waited out
    const t0 = performance.now();
    expect(s.spin(ready(), 0, TARGET)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(s.hits).toBe(1);
    expect(s.misses).toBe(0);
  });

  it('spends its window polling before it reports a miss', () => {
    const s = new AdaptiveSpin(true, 20_000); // 20 ms
    const t0 = performance.now();
    expect(s.spin(never(), 0, TARGET)).toBe(false);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(19);
    expect(s.misses).toBe(1);
  });

  it('keeps its window through a few misses while the recent hit rate is high', () => {
    const s = new AdaptiveSpin(true, 8);
    for (let i = 0; i < 5; i++) {
      expect(s.spin(never(), 0, TARGET)).toBe(false);
      expect(s.windowUs).toBe(8);
    }
    expect(s.rate).toBeLessThan(1);
    expect(s.rate).toBeGreaterThan(0.25);
  });

  it('then halves on each miss down to zero', () => {
    const s = new AdaptiveSpin(true, 8);
    const seen = missToZero(s);
    const changes = seen.filter((w, i) => w !== (i === 0 ? 8 : seen[i - 1]));
    // Every change is a halving, except the last step below 1 µs, which closes the window.
    for (let i = 0; i < changes.length - 1; i++) expect(changes[i]).toBe((i === 0 ? 8 : changes[i - 1]!) / 2);
    expect(changes.at(-1)).toBe(0);
    expect(changes.at(-2)).toBeLessThan(1);
    // Once shrinking starts, it does not pause.
    const firstChange = seen.findIndex((w) => w !== 8);
    expect(seen.length - firstChange).toBe(changes.length);
  });

  it('does not poll at a zero window: a word already at the target is a miss', () => {
    const s = new AdaptiveSpin(true, 8);
    missToZero(s);
    const misses = s.misses;
    expect(s.spin(ready(), 0, TARGET)).toBe(false);
    expect(s.misses).toBe(misses + 1);
    expect(s.hits).toBe(0);
  });

  it('probes again after enough misses at zero, with a small positive window', () => {
    const s = new AdaptiveSpin(true, 8);
    missToZero(s);
    const wait = missUntilProbe(s);
    expect(wait).toBeGreaterThan(1);
    expect(s.windowUs).toBeGreaterThan(0);
    expect(s.windowUs).toBeLessThan(8);
    // The next stretch at zero is just as long: the count starts over.
    missToZero(s);
    expect(missUntilProbe(s)).toBe(wait);
  });

  it('doubles on each hit after a probe, up to the ceiling, and stays there', () => {
    const s = new AdaptiveSpin(true, 8);
    missToZero(s);
    missUntilProbe(s);
    let expected = s.windowUs;
    const w = ready();
    for (let i = 0; i < 10; i++) {
      expect(s.spin(w, 0, TARGET)).toBe(true);
      expected = Math.min(8, expected * 2);
      expect(s.windowUs).toBe(expected);
    }
    expect(s.windowUs).toBe(8);
    expect(s.rate).toBeGreaterThan(0.25);
  });

  it('never spins when disabled, counting every wait as a miss', () => {
    const s = new AdaptiveSpin(false);
    expect(s.enabled).toBe(false);
    expect(s.windowUs).toBe(0);
    for (let i = 0; i < 1000; i++) {
      expect(s.spin(ready(), 0, TARGET)).toBe(false);
      expect(s.windowUs).toBe(0);
    }
    expect(s.hits).toBe(0);
    expect(s.misses).toBe(1000);
  });

  it('also waits for a word to move away from a value (a producer index), with the same window', () => {
    const s = new AdaptiveSpin(true, 20_000); // 20 ms
    const moved = new Int32Array(new SharedArrayBuffer(4)).fill(7);
    const t0 = performance.now();
    expect(s.spinUntilChanged(moved, 0, 6)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(s.spinUntilChanged(moved, 0, 7)).toBe(false); // still 7: the whole window polled
    expect(performance.now() - t0).toBeGreaterThanOrEqual(19);
    expect([s.hits, s.misses]).toEqual([1, 1]);
  });

  it('reads no clock on a hit within its first polls', () => {
    const s = new AdaptiveSpin(true, 1_000_000);
    const real = performance.now.bind(performance);
    let reads = 0;
    performance.now = () => { reads++; return real(); };
    try {
      for (let i = 0; i < 100; i++) expect(s.spin(ready(), 0, TARGET)).toBe(true);
    } finally {
      performance.now = real;
    }
    expect(reads).toBe(0);
  });
});
