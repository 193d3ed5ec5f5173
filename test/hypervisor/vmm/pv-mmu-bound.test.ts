/**
 * Bound frames in direct paging (exo_op): a frame the hypervisor bound to
 * the domain beyond its RAM may be mapped like its own; the MMU counts its
 * mappings (read-only ones too) so it is given back only when unmapped and
 * no table, and a revocation enforced at its deadline (`take`) clears every
 * validated PTE mapping the frames it picks, never a table.
 */
import { describe, expect, it } from 'vitest';
import { FRAME_SIZE, MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { PvMmu, XEN_EBUSY, XEN_EINVAL, XEN_EPERM } from '../../../hypervisor/vmm/pv-mmu.js';

const DOM = 3;
const V = 1, R = 2, W = 4, U = 16, A = 64, D = 128;
const leaf = (mfn: number, perm = R | W): number => (mfn << 10) | perm | U | V | A | D;
const ptr = (mfn: number, i: number): number => mfn * FRAME_SIZE + i * 4;

function setup(maxBound = 4): { mm: MachineMemory; mmu: PvMmu; own: number[]; words: Int32Array } {
  const mm = new MachineMemory(256 * FRAME_SIZE);
  const own = Array.from(mm.allocFrames(DOM, 8));
  const mmu = new PvMmu({ memory: mm.buffer, domid: DOM, owners: mm.owners, frameInfo: mm.frameInfo, p2m: Int32Array.from(own), shared: [], written: () => {}, maxBound });
  return { mm, mmu, own, words: new Int32Array(mm.buffer) };
}

describe('bound frames in direct paging', () => {
  it('maps a bound frame only once it is bound, and gives it back only when nothing maps it', () => {
    const { mm, mmu, own, words } = setup();
    const [l1] = own as [number];
    expect(mmu.pin(l1, 1)).toBe(0);
    const [b] = Array.from(mm.allocFrames(DOM, 1)) as [number];
    expect(mmu.update(ptr(l1, 0), leaf(b))).toBe(-XEN_EPERM); // allocated, but not yet bound through the vCPU
    expect(mmu.addBound(b)).toBe(true);
    expect(mmu.update(ptr(l1, 0), leaf(b))).toBe(0);
    expect(mmu.update(ptr(l1, 1), leaf(b, R))).toBe(0);
    expect(mmu.checkUnbind(b)).toBe(-XEN_EBUSY);
    expect(mmu.update(ptr(l1, 0), 0)).toBe(0);
    expect(mmu.checkUnbind(b)).toBe(-XEN_EBUSY); // the read-only mapping still counts
    expect(mmu.update(ptr(l1, 1), 0)).toBe(0);
    expect(mmu.checkUnbind(b)).toBe(0);
    expect(mmu.checkUnbind(own[2]!)).toBe(-XEN_EINVAL); // a RAM frame is not bound
    mmu.removeBound(b);
    expect(mmu.update(ptr(l1, 0), leaf(b))).toBe(-XEN_EPERM);
    expect(words[l1 * 1024]).toBe(0);
  });

  it('refuses giving back a bound frame pinned as a table, and binds no more than its maximum', () => {
    const { mm, mmu } = setup(2);
    const [t, x, y] = Array.from(mm.allocFrames(DOM, 3)) as [number, number, number];
    expect(mmu.addBound(t)).toBe(true);
    expect(mmu.addBound(x)).toBe(true);
    expect(mmu.addBound(y)).toBe(false);
    expect(mmu.pin(t, 1)).toBe(0);
    expect(mmu.checkUnbind(t)).toBe(-XEN_EBUSY);
    expect(mmu.unpin(t, false)).toBe(0);
    expect(mmu.checkUnbind(t)).toBe(0);
    mmu.removeBound(t);
    expect(mmu.addBound(y)).toBe(true); // its guest frame number was reused
    expect(mmu.boundCount).toBe(2);
  });

  it('takes frames back by clearing every PTE that maps them, in every pinned leaf table, never a table', () => {
    const { mm, mmu, own, words } = setup();
    const [l1a, l1b] = own as [number, number];
    const bound = Array.from(mm.allocFrames(DOM, 3)) as [number, number, number];
    for (const b of bound) expect(mmu.addBound(b)).toBe(true);
    expect(mmu.pin(bound[0], 1)).toBe(0); // a table: never taken
    expect(mmu.pin(l1a, 1)).toBe(0);
    expect(mmu.pin(l1b, 1)).toBe(0);
    expect(mmu.update(ptr(l1a, 3), leaf(bound[1]))).toBe(0);
    expect(mmu.update(ptr(l1b, 7), leaf(bound[1], R))).toBe(0);
    expect(mmu.update(ptr(l1b, 8), leaf(bound[2]))).toBe(0);
    expect(mmu.update(ptr(l1b, 9), leaf(own[5]!))).toBe(0);
    const taken = mmu.take(5);
    expect(taken.sort()).toEqual([bound[1], bound[2]].sort());
    expect([words[l1a * 1024 + 3], words[l1b * 1024 + 7], words[l1b * 1024 + 8]]).toEqual([0, 0, 0]);
    expect(words[l1b * 1024 + 9]).toBe(leaf(own[5]!)); // a RAM mapping stays
    expect(mm.frameInfo[bound[1]]).toBe(0); // no writable mapping counted any more
    expect(mmu.isBound(bound[0])).toBe(true);
    expect(mmu.update(ptr(l1a, 3), leaf(bound[1]))).toBe(-XEN_EPERM);
    expect(mmu.boundCount).toBe(1);
  });
});
