/** mulberry32: a small seeded PRNG, so randomized tests are reproducible. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A random 32-bit value as a signed int, biased toward edge cases one time in four. */
export function randInt32(next: () => number): number {
  const edges = [0, 1, -1, 0x7fffffff, -0x80000000, 0xffff, 0x10000, -2];
  const r = next();
  return r % 4 === 0 ? edges[next() % edges.length]! : next() | 0;
}
