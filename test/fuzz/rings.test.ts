/**
 * Property-based fuzzing of the PV ring back-ends: a random hostile
 * front-end (lying requests, ring indices moved anywhere, slots rewritten
 * before and during the back-end's work, grants changed under it) against
 * the real block and network back-ends over real machine memory and grant
 * tables, and against the console back-end of a real PV domain, with a
 * well-behaved front-end beside it; the oracles are ring-blk-run.ts,
 * ring-net-run.ts and ring-console-run.ts.
 */
import { describe, it } from 'vitest';
import { fuzz } from './harness.js';
import { checkBlkCase } from './ring-blk-run.js';
import { checkConsoleCase } from './ring-console-run.js';
import { blkCaseArb, consoleCaseArb, netCaseArb } from './ring-gen.js';
import { checkNetCase } from './ring-net-run.js';

describe('fuzz: PV ring back-ends', () => {
  it('block: answers or refuses every request, writes only granted pages and written sectors, and keeps serving the bystander', async () => {
    await fuzz('rings-blk', [blkCaseArb], (c) => checkBlkCase(c), 150);
  });

  it('network: answers or refuses every request, writes only granted pages, and the honest pair keeps talking', async () => {
    await fuzz('rings-net', [netCaseArb], (c) => checkNetCase(c), 400);
  });

  it('console: passes on exactly what was published or marks the console broken, bounded, and the other domain\'s console goes on', async () => {
    await fuzz('rings-console', [consoleCaseArb], (c) => checkConsoleCase(c), 12);
  });
});
