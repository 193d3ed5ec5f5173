/**
 * Replays every committed crash input through its target's oracle, so a
 * crash once found and fixed stays fixed: byte inputs
 * (test/fuzz/regressions/<target>/*.bin) of the readers, and shrunk
 * fast-check cases (*.json) of the hypercall and ring fuzzers. Snapshot
 * inputs are also held to a memory bound: each was found making the
 * decoder allocate far more than the file justified.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordCounts, regressionCases, regressionInputs, REGRESSIONS_DIR } from './harness.js';
import type { HypercallCase } from './hypercall-gen.js';
import { checkHypercallCase } from './hypercall-run.js';
import { checkBlkCase } from './ring-blk-run.js';
import { checkConsoleCase } from './ring-console-run.js';
import type { BlkCase, ConsoleCase, NetCase } from './ring-gen.js';
import { checkNetCase } from './ring-net-run.js';
import { LibraryFixture } from './library-fixture.js';
import { checkElf, checkLink, checkObject, checkSnapshot, unikernelInputs } from './targets.js';

/** ArrayBuffer growth a replayed snapshot may cause (the inputs are at most a few hundred KiB). */
const SNAPSHOT_MEMORY_BOUND = 32 << 20;

/**
 * Runs one regression input of `target`; for `link` the file name picks the
 * input it replaces ("<input>--<what>.bin"), for `manifest` it is the stored
 * manifest of the library fixture's damaged entry.
 */
async function replay(target: string, file: string, bytes: Uint8Array): Promise<void> {
  switch (target) {
    case 'elf': return checkElf(bytes);
    case 'object': return checkObject(file, bytes);
    case 'link': {
      const slot = file.split('--')[0]!;
      const inputs = unikernelInputs();
      if (!inputs.some((i) => i.name === slot)) throw new Error(`${file}: no link input named ${slot}`);
      return checkLink(inputs.map((i) => (i.name === slot ? { name: slot, data: bytes } : i)));
    }
    case 'snapshot': {
      const before = process.memoryUsage().arrayBuffers;
      let peak = 0;
      const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().arrayBuffers - before); }, 0);
      try {
        await checkSnapshot(bytes);
      } finally {
        clearInterval(timer);
      }
      expect(peak).toBeLessThan(SNAPSHOT_MEMORY_BOUND);
      return;
    }
    case 'manifest': {
      const fx = await LibraryFixture.open();
      try {
        await fx.setBetaManifest(bytes);
        await fx.check();
      } finally {
        fx.close();
      }
      return;
    }
    default: throw new Error(`regressions/${target}: no oracle for this target`);
  }
}

/** The oracle of each structured target, taking the case as the fuzzer generated it. */
const STRUCTURED: Record<string, (c: unknown) => void | Promise<void>> = {
  hypercalls: (c) => checkHypercallCase(c as HypercallCase),
  'rings-blk': (c) => checkBlkCase(c as BlkCase),
  'rings-net': (c) => checkNetCase(c as NetCase),
  'rings-console': (c) => checkConsoleCase(c as ConsoleCase),
};

const TARGETS = readdirSync(REGRESSIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const CASES = TARGETS.flatMap((t) => regressionInputs(t).map(([file, bytes]) => [t, file, bytes] as const));
const JSON_CASES = TARGETS.flatMap((t) => regressionCases(t).map(([file, c]) => [t, file, c] as const));

describe('committed crash inputs stay fixed', () => {
  it('there are some', () => expect(CASES.length + JSON_CASES.length).toBeGreaterThan(0));

  it.each(CASES)('%s/%s', async (target, file, bytes) => {
    recordCounts(`regressions-${target}`, { regressions: 1 });
    await replay(target, file, bytes);
  });

  it.each(JSON_CASES)('%s/%s', async (target, file, c) => {
    const oracle = STRUCTURED[target];
    if (!oracle) throw new Error(`regressions/${target}/${file}: no oracle for structured cases of this target`);
    recordCounts(`regressions-${target}`, { regressions: 1 });
    await oracle(c);
  });
});
