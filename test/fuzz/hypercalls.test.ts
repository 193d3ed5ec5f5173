/**
 * Property-based fuzzing of the PV hypercall dispatcher: random sequences
 * of hypercalls (valid and invalid numbers, argument registers and argument
 * structs biased to edge values, addresses around the guest's RAM, its page
 * tables and the other domain's frames) issued by a hostile kernel through
 * a real vCPU to the real dispatcher of a real PV domain, with the
 * invariants of hypercall-invariants.ts checked after every call and after
 * both domains are destroyed.
 */
import { describe, it } from 'vitest';
import { fuzz } from './harness.js';
import { caseArb, stepArb } from './hypercall-gen.js';
import { checkHypercallCase } from './hypercall-run.js';
import fc from 'fast-check';

describe('fuzz: PV hypercall dispatcher', () => {
  it('keeps every invariant through random hypercall sequences, and gives everything back at destruction', async () => {
    await fuzz('hypercalls', [caseArb], (c) => checkHypercallCase(c), 30);
  });

  it('keeps every invariant through long sequences (20 to 40 calls)', async () => {
    const long = fc.record({ steps: fc.array(stepArb, { minLength: 20, maxLength: 40 }), hostileFirst: fc.boolean() });
    await fuzz('hypercalls-long', [long], (c) => checkHypercallCase(c), 8);
  });
});
