import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OP } from '../../../hypervisor/cpu/ops.js';

// The interpreter dispatches on literal case labels for speed; this keeps them honest.
describe('interpreter case labels', () => {
  const source = readFileSync(new URL('../../../hypervisor/cpu/interp.ts', import.meta.url), 'utf8');
  const labels = [...source.matchAll(/case (\d+): (?:\{ )?\/\/ ([A-Z_]+)/g)].map((m) => [Number(m[1]), m[2]!] as const);

  it('name the operation whose number they use', () => {
    expect(labels.length).toBeGreaterThan(60);
    for (const [num, name] of labels) {
      expect(OP[name as keyof typeof OP], `case ${num} is labelled ${name}`).toBe(num);
    }
  });

  it('cover every executable operation', () => {
    const handled = new Set(labels.map(([n]) => n));
    const internal: number[] = [OP.UNDECODED, OP.FETCH_SLOW];
    for (const [name, num] of Object.entries(OP)) {
      if (internal.includes(num)) continue;
      expect(handled.has(num), `${name} (${num}) has a case in interpret()`).toBe(true);
    }
  });
});
