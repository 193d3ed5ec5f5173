/**
 * Direct paging: a PV guest's tables hold machine frames, so every table
 * is validated when pinned and every later entry when written. These are
 * the refusals a hostile kernel meets — a foreign or hypervisor frame, a
 * writable mapping of a page table, a megapage, a write to a frame that is
 * not a pinned table, pinning a frame still mapped writable, unpinning a
 * table in use — and the bookkeeping that makes them hold over time.
 */
import { describe, expect, it } from 'vitest';
import { FRAME_SIZE, MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { PvMmu, XEN_EBUSY, XEN_EINVAL, XEN_EPERM } from '../../../hypervisor/vmm/pv-mmu.js';

const DOM = 3, OTHER = 4;
const V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;
const leaf = (mfn: number, perm = R | W): number => (mfn << 10) | perm | U | V | A | D;
const ptr = (mfn: number, i: number): number => mfn * FRAME_SIZE + i * 4;

function setup(): { mm: MachineMemory; mmu: PvMmu; own: number[]; foreign: number; shared: number; written: number[] } {
  const mm = new MachineMemory(256 * FRAME_SIZE);
  const own = Array.from(mm.allocFrames(DOM, 16));
  const [foreign] = mm.allocFrames(OTHER, 1);
  const shared = mm.allocContiguous(1);
  const written: number[] = [];
  const mmu = new PvMmu({
    memory: mm.buffer, domid: DOM, owners: mm.owners, frameInfo: mm.frameInfo, p2m: Int32Array.from(own), shared: [shared], written: (o) => written.push(o),
  });
  return { mm, mmu, own, foreign: foreign!, shared, written };
}

describe('PV direct paging', () => {
  it('pins a table whose entries map own and shared frames, and applies validated updates', () => {
    const { mm, mmu, own, shared, written } = setup();
    const [l1, root, data, data2] = own as [number, number, number, number];
    const words = new Int32Array(mm.buffer);
    words[l1 * 1024] = leaf(data);
    words[l1 * 1024 + 1] = leaf(shared);
    expect(mmu.pin(l1, 1)).toBe(0);
    expect(mmu.update(ptr(root, 0), (l1 << 10) | V)).toBe(-XEN_EINVAL); // root not pinned yet
    expect(mmu.pin(root, 2)).toBe(0);
    expect(mmu.update(ptr(root, 5), (l1 << 10) | V)).toBe(0);
    expect(mmu.update(ptr(l1, 2), leaf(data2, R | X))).toBe(0);
    expect(words[l1 * 1024 + 2]).toBe(leaf(data2, R | X));
    expect(written).toEqual([ptr(root, 5), ptr(l1, 2)]);
    expect(mmu.translate(root, (5 << 22) | (2 << 12) | 0x123, false)).toBe(data2 * FRAME_SIZE + 0x123);
    expect(mmu.translate(root, (5 << 22) | (2 << 12), true)).toBe(-1); // read-only
    expect(mmu.counters).toMatchObject({ pte_updates: 2, pins: 2 });
  });

  it('refuses foreign frames, hypervisor frames and frames out of range', () => {
    const { mm, mmu, own, foreign } = setup();
    const [l1] = own as [number];
    expect(mmu.pin(l1, 1)).toBe(0);
    expect(mmu.update(ptr(l1, 0), leaf(foreign))).toBe(-XEN_EPERM);
    expect(mmu.update(ptr(l1, 0), leaf(0))).toBe(-XEN_EPERM); // the frame table
    expect(mmu.update(ptr(l1, 0), leaf(mm.frames + 5))).toBe(-XEN_EPERM);
    expect(mmu.update(ptr(foreign, 0), leaf(own[3]!))).toBe(-XEN_EPERM); // a PTE in someone else's frame
    expect(mmu.pin(foreign, 1)).toBe(-XEN_EPERM);
    expect(new Int32Array(mm.buffer)[l1 * 1024]).toBe(0);
    expect(mmu.counters.refused).toBe(5);
  });

  it('never lets a page table be mapped writable, in either order', () => {
    const { mm, mmu, own } = setup();
    const [l1, other, data] = own as [number, number, number];
    expect(mmu.pin(l1, 1)).toBe(0);
    expect(mmu.update(ptr(l1, 0), leaf(l1))).toBe(-XEN_EPERM); // itself, writable
    expect(mmu.update(ptr(l1, 0), leaf(l1, R))).toBe(0); // read-only is fine
    expect(mmu.update(ptr(l1, 1), leaf(data))).toBe(0); // data mapped writable…
    expect(mmu.pin(data, 1)).toBe(-XEN_EPERM); // …cannot become a table
    expect(mmu.update(ptr(l1, 1), 0)).toBe(0); // until that mapping goes
    expect(mmu.pin(data, 1)).toBe(0);
    expect(mmu.update(ptr(l1, 2), leaf(data))).toBe(-XEN_EPERM);
    // A table that would map itself writable when pinned.
    new Int32Array(mm.buffer)[other * 1024 + 7] = leaf(other);
    expect(mmu.pin(other, 1)).toBe(-XEN_EPERM);
  });

  it('refuses malformed entries: megapages, level-0 pointers, W without R, slots outside tables', () => {
    const { mmu, own } = setup();
    const [l1, root, data] = own as [number, number, number];
    expect(mmu.pin(l1, 1)).toBe(0);
    expect(mmu.pin(root, 2)).toBe(0);
    expect(mmu.update(ptr(root, 1), leaf(data))).toBe(-XEN_EINVAL); // a megapage
    expect(mmu.update(ptr(root, 1), (data << 10) | V)).toBe(-XEN_EINVAL); // points at a frame that is no L1
    expect(mmu.update(ptr(l1, 1), (data << 10) | V)).toBe(-XEN_EINVAL); // a pointer at level 0
    expect(mmu.update(ptr(l1, 1), (data << 10) | W | U | V)).toBe(-XEN_EINVAL);
    expect(mmu.update(ptr(data, 0), leaf(data))).toBe(-XEN_EINVAL); // not a pinned table
    expect(mmu.update(ptr(l1, 0) + 2, 0)).toBe(-XEN_EINVAL); // misaligned
    expect(mmu.update(ptr(l1, 1), (data << 10) | W)).toBe(0); // not valid: anything goes
  });

  it('keeps tables in use pinned: a referenced L1, a root in use', () => {
    const { mmu, own } = setup();
    const [l1, root, data] = own as [number, number, number];
    expect(mmu.pin(l1, 1)).toBe(0);
    expect(mmu.pin(root, 2)).toBe(0);
    expect(mmu.pin(root, 2)).toBe(-XEN_EBUSY);
    expect(mmu.update(ptr(root, 3), (l1 << 10) | V)).toBe(0);
    expect(mmu.unpin(l1, false)).toBe(-XEN_EBUSY);
    expect(mmu.unpin(root, true)).toBe(-XEN_EBUSY);
    expect(mmu.unpin(root, false)).toBe(0);
    expect(mmu.unpin(l1, false)).toBe(0);
    expect(mmu.unpin(l1, false)).toBe(-XEN_EINVAL);
    // Unpinned, the frame is data again: mapping it writable from another table is allowed.
    expect(mmu.pin(data, 1)).toBe(0);
    expect(mmu.update(ptr(data, 0), leaf(l1))).toBe(0);
  });
});
