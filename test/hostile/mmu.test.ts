/**
 * A hostile PV kernel editing its page tables through the real vCPU
 * (mmu_update and mmuext_op hypercalls): PTEs naming another domain's
 * frames, hypervisor frames, frames past machine memory, its own tables
 * writable, reserved encodings; PTE pointers into frames it does not own
 * or that are no table; pins, unpins and base pointers of the wrong
 * frames. Each is refused with its errno, the entry stays as it was, the
 * vCPU goes on, and no byte outside the domain changes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pvConst } from '../../hypervisor/abi/pv.js';
import { VIRT_DRAM } from '../../hypervisor/abi/virt.js';
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import { recordCounts } from '../fuzz/harness.js';
import { regression } from './found-faults.js';
import { Machine, type Guest } from './rig.js';

const c = pvConst;
const EPERM = -c('XEN_EPERM'), EINVAL = -c('XEN_EINVAL'), EBUSY = -c('XEN_EBUSY'), ENOSYS = -c('XEN_ENOSYS');
const V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;
const leaf = (mfn: number, perm = R | W): number => ((mfn << 10) | perm | U | V | A | D) >>> 0;
const pointer = (mfn: number, bits = 0): number => ((mfn << 10) | V | bits) >>> 0;
let cases = 0;
afterAll(() => recordCounts('hostile-mmu', { hostileCases: cases }));

/** A guest with its tables named: the root, the first leaf, and the machine address of the PTE mapping scratch page `page`. */
function rig(): { m: Machine; g: Guest; other: Guest; root: number; l1: number; slot: (page: number) => number; pte: (ptr: number) => number } {
  const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
  const [root, l1] = g.tables as [number, number];
  const slot = (page: number): number => g.ptePtr(g.scratch(page));
  return { m, g, other, root, l1, slot, pte: (ptr) => new Int32Array(m.mm.buffer)[ptr >>> 2]! >>> 0 };
}

describe('hostile page-table updates', () => {
  it('refuses PTEs naming frames the domain may not map, and leaves the entry as it was', () => {
    const { m, g, other, root, l1, slot, pte } = rig();
    const ptr = slot(5), was = pte(ptr), before = m.outside(g);
    const refused: Array<[string, number, number]> = [
      ['another domain\'s frame', leaf(other.frame(0)), EPERM], ['another domain\'s frame, read-only', leaf(other.frame(0), R), EPERM],
      ['the frame table', leaf(0), EPERM], ['another domain\'s shared info', leaf(other.pv.sharedInfo), EPERM],
      ['another domain\'s grant table', leaf(other.pv.grantFrame), EPERM], ['another domain\'s page table', leaf(other.tables[0]!, R), EPERM],
      ['its own P2M (a hypervisor frame)', leaf(g.domain.memory.p2mLocation.offset / FRAME_SIZE, R), EPERM],
      ['its own control block', leaf(g.domain.setup().controlOffset / FRAME_SIZE), EPERM],
      ['a frame past machine memory', leaf(m.mm.frames), EPERM], ['the largest frame number', leaf(0x3f_ffff), EPERM],
      ['its own root, writable', leaf(root), EPERM], ['the leaf table itself, writable', leaf(l1), EPERM],
      ['W without R (reserved)', leaf(g.frame(300), W), EINVAL], ['W|X without R (reserved)', leaf(g.frame(300), W | X), EINVAL],
      ['a pointer at level 0', pointer(g.frame(300)), EINVAL],
    ];
    for (const [name, val, errno] of refused) {
      expect(g.update(ptr, val), name).toBe(errno);
      expect(pte(ptr), name).toBe(was);
      cases++;
    }
    expect(m.outside(g)).toBe(before);
    // What the ABI allows: its own shared info read-write, its own tables read-only.
    expect(g.update(ptr, leaf(g.pv.sharedInfo))).toBe(0);
    expect(g.update(ptr, leaf(l1, R))).toBe(0);
    expect(g.update(ptr, was)).toBe(0);
  });

  it('refuses PTE pointers into frames the domain does not own or that are no pinned table', () => {
    const { m, g, other, slot } = rig();
    const val = leaf(g.frame(300)), before = m.outside(g);
    const refused: Array<[string, number, number]> = [
      ['another domain\'s leaf table', other.tables[1]! * FRAME_SIZE, EPERM], ['the frame table', 0, EPERM],
      ['its shared info', g.pv.sharedInfo * FRAME_SIZE, EPERM], ['its grant table', g.pv.grantFrame * FRAME_SIZE, EPERM],
      ['past machine memory', m.mm.frames * FRAME_SIZE, EPERM], ['the top of the address space', 0xffff_fffc, EPERM],
      ['its own data frame', g.frame(300) * FRAME_SIZE, EINVAL],
      ...[1, 2, 3].map((b): [string, number, number] => [`low bits ${b}`, slot(5) + b, EINVAL]),
    ];
    for (const [name, ptr, errno] of refused) {
      expect(g.update(ptr, val), name).toBe(errno);
      cases++;
    }
    expect(m.outside(g)).toBe(before);
  });

  it('regression: refuses root entries that are megapages, point at no leaf table, at a foreign one, or carry reserved bits', () => {
    regression('hostile-mmu', 'root-reserved-bits');
    const { m, g, other, root, l1, pte } = rig();
    const ptr = root * FRAME_SIZE + 600 * 4, before = m.outside(g);
    const refused: Array<[string, number, number]> = [
      ['a megapage', leaf(g.frame(0)), EINVAL], ['a data frame', pointer(g.frame(300)), EINVAL],
      ['another domain\'s leaf table', pointer(other.tables[1]!), EPERM], ['the frame table', pointer(0), EPERM],
      ['U on a pointer', pointer(l1, U), EINVAL], ['A on a pointer', pointer(l1, A), EINVAL], ['D on a pointer', pointer(l1, D), EINVAL],
    ];
    for (const [name, val, errno] of refused) {
      expect(g.update(ptr, val), name).toBe(errno);
      expect(pte(ptr), name).toBe(0);
      cases++;
    }
    expect(m.outside(g)).toBe(before);
    expect(g.update(ptr, pointer(l1))).toBe(0); // a second reference to a pinned leaf is fine
    expect(g.update(ptr, 0)).toBe(0);
  });

  it('refuses pins, unpins and base pointers of the wrong frames', () => {
    const { m, g, other, root, l1 } = rig();
    const MMUEXT = { pinL1: c('MMUEXT_PIN_L1_TABLE'), pinL2: c('MMUEXT_PIN_L2_TABLE'), unpin: c('MMUEXT_UNPIN_TABLE'), base: c('MMUEXT_NEW_BASEPTR'), user: c('MMUEXT_NEW_USER_BASEPTR') };
    const before = m.outside(g);
    const refused: Array<[string, number, number, number]> = [
      ['pin another domain\'s frame', MMUEXT.pinL1, other.frame(3), EPERM], ['pin another domain\'s root', MMUEXT.pinL2, other.tables[0]!, EPERM],
      ['pin the frame table', MMUEXT.pinL1, 0, EPERM], ['pin past machine memory', MMUEXT.pinL2, 0x7fff_ffff, EPERM],
      ['pin its shared info', MMUEXT.pinL1, g.pv.sharedInfo, EPERM], ['pin a pinned table again', MMUEXT.pinL1, l1, EBUSY],
      ['pin a frame it maps writable', MMUEXT.pinL1, g.frame(300), EPERM],
      ['unpin the root in use', MMUEXT.unpin, root, EBUSY], ['unpin a leaf the root references', MMUEXT.unpin, l1, EBUSY],
      ['unpin a frame never pinned', MMUEXT.unpin, g.frame(300), EINVAL], ['unpin another domain\'s root', MMUEXT.unpin, other.tables[0]!, EPERM],
      ['base pointer: a leaf table', MMUEXT.base, l1, EINVAL], ['base pointer: a data frame', MMUEXT.base, g.frame(300), EINVAL],
      ['base pointer: another domain\'s root', MMUEXT.base, other.tables[0]!, EINVAL], ['user base pointer: another domain\'s root', MMUEXT.user, other.tables[0]!, EINVAL],
      ...[2, 3, 8, 0x7fff_ffff, -1].map((cmd): [string, number, number, number] => [`command ${cmd}`, cmd, l1, ENOSYS]),
    ];
    for (const [name, cmd, arg, errno] of refused) {
      expect(g.ext(cmd, arg), name).toBe(errno);
      cases++;
    }
    expect(m.outside(g)).toBe(before);
    expect(g.vcpu.pv!.mmu.pinnedTables().map((t) => t.mfn).sort()).toEqual([...g.tables].sort());
  });

  it('refuses pinning a table that maps itself writable, and one mapped writable elsewhere', () => {
    const { m, g, slot, pte } = rig();
    const page = 7, frame = g.frame((g.scratch(page) - VIRT_DRAM) / FRAME_SIZE);
    expect(g.update(slot(page), leaf(frame, R))).toBe(0); // no writable mapping of it remains
    const words = new Int32Array(m.mm.buffer, frame * FRAME_SIZE, 1024);
    words.fill(0);
    words[9] = leaf(frame); // written while it was still writable: itself, read-write
    const before = m.outside(g);
    expect(g.ext(c('MMUEXT_PIN_L1_TABLE'), frame)).toBe(EPERM);
    words[9] = leaf(g.frame(300), R);
    words[10] = leaf(frame, R | W | X);
    expect(g.ext(c('MMUEXT_PIN_L1_TABLE'), frame)).toBe(EPERM);
    words[10] = pointer(g.frame(300));
    expect(g.ext(c('MMUEXT_PIN_L1_TABLE'), frame)).toBe(EINVAL); // a pointer inside a leaf table
    words[10] = 0;
    expect(m.outside(g)).toBe(before);
    expect(g.update(slot(page), leaf(frame))).toBe(0); // mapped writable again…
    expect(g.ext(c('MMUEXT_PIN_L1_TABLE'), frame)).toBe(EPERM); // …so no table
    expect(pte(slot(page))).toBe(leaf(frame));
    cases += 4;
  });
});
