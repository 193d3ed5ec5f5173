/**
 * Property-based fuzzing of the PV ring back-ends: a random hostile
 * front-end (lying requests, ring indices moved anywhere, slots rewritten
 * before and during the back-end's work, grants changed under it) against
 * the real block and network back-ends over real machine memory and grant
 * tables, with a well-behaved front-end beside it; the oracles are
 * ring-blk-run.ts and ring-net-run.ts.
 */
import { describe, it } from 'vitest';
import { fuzz } from './harness.js';
import { checkBlkCase } from './ring-blk-run.js';
import { blkCaseArb, netCaseArb } from './ring-gen.js';
import { checkNetCase } from './ring-net-run.js';

describe('fuzz: PV ring back-ends', () => {
  it('block: answers or refuses every request, writes only granted pages and written sectors, and keeps serving the bystander', async () => {
    await fuzz('rings-blk', [blkCaseArb], (c) => checkBlkCase(c), 150);
  });

  it('network: answers or refuses every request, writes only granted pages, and the honest pair keeps talking', async () => {
    await fuzz('rings-net', [netCaseArb], (c) => checkNetCase(c), 150);
  });
});
