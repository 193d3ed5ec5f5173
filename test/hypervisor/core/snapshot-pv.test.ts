/**
 * Relocating a PV domain's machine frames for a restore: the saved tables,
 * P2M list, start info and grant entries are rewritten through an
 * order-keeping map, the tables pinned again by the MMU's own validation,
 * and a snapshot whose entries name frames outside the domain — or that
 * would turn a table into a writable page — is refused with its frames
 * given back.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { GRANT_ENTRY, START_INFO, pvConst } from '../../../hypervisor/abi/pv.js';
import { FRAME_SIZE, MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { SnapshotError } from '../../../hypervisor/core/snapshot-error.js';
import {
  checkPvCapture, orderedFrames, parsePinnedTables, relocateGrants, relocateP2mList, relocateStartInfo, relocateTables, relocationMap, repinTables,
} from '../../../hypervisor/core/snapshot-pv.js';
import { PvMmu } from '../../../hypervisor/vmm/pv-mmu.js';

const OLD = 3, NEW = 5, PAGES = 16;
const V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;
const leaf = (mfn: number, perm = R | W): number => (mfn << 10) | perm | U | V | A | D;

/** A domain of PAGES frames with a shared frame, its frames arranged in the order of `like` when given. */
function domain(mm: MachineMemory, domid: number, like?: Int32Array) {
  let frames = mm.allocFrames(domid, PAGES);
  if (like) frames = orderedFrames(Array.from(like), frames);
  const shared = mm.allocContiguous(1);
  const mmu = new PvMmu({ memory: mm.buffer, domid, owners: mm.owners, frameInfo: mm.frameInfo, p2m: frames, shared: [shared], written: () => {} });
  return { frames, shared, mmu, words: new Int32Array(mm.buffer) };
}

/** Lays the old domain out (pfn 0 root, 1 leaf table, 2 P2M list, 3 start info) and pins its tables: every RAM page mapped, the tables read-only, the shared frame writable. */
function build(mm: MachineMemory) {
  const d = domain(mm, OLD), f = d.frames, w = d.words;
  for (let pfn = 0; pfn < PAGES; pfn++) w[f[1]! * 1024 + pfn] = leaf(f[pfn]!, pfn < 2 ? R : R | W | X);
  w[f[1]! * 1024 + PAGES] = leaf(d.shared);
  w[f[0]! * 1024 + 512] = (f[1]! << 10) | V;
  f.forEach((mfn, pfn) => { w[f[2]! * 1024 + pfn] = mfn; });
  const si = layout(START_INFO).offsets;
  w[f[3]! * 1024 + si['store_mfn']! / 4] = f[4]!;
  w[f[3]! * 1024 + si['console_mfn']! / 4] = f[5]!;
  expect(d.mmu.pin(f[1]!, 1)).toBe(0);
  expect(d.mmu.pin(f[0]!, 2)).toBe(0);
  return d;
}

/** Copies the old domain's pages and shared frame into a new domain of `mm2`; returns it with the relocation map. */
function copy(mm: MachineMemory, old: ReturnType<typeof build>, mm2: MachineMemory) {
  mm2.allocFrames(7, 9); // the new frames start elsewhere
  const d = domain(mm2, NEW, old.frames);
  const map = relocationMap(Array.from(old.frames), d.frames, [[old.shared, d.shared]]);
  for (const [from, to] of map) mm2.bytes.set(mm.bytes.subarray(from * FRAME_SIZE, (from + 1) * FRAME_SIZE), to * FRAME_SIZE);
  return { d, map };
}

describe('PV snapshot relocation', () => {
  it('moves tables, P2M list, start info and grants into new frames in the same order, and the validator pins them again', () => {
    const mm = new MachineMemory(256 * FRAME_SIZE), mm2 = new MachineMemory(256 * FRAME_SIZE);
    const old = build(mm);
    const tables = old.mmu.pinnedTables();
    expect(tables).toEqual([{ mfn: old.frames[1], level: 1 }, { mfn: old.frames[0], level: 2 }]);
    const { d, map } = copy(mm, old, mm2);
    const moved = relocateTables(d.words, parsePinnedTables(JSON.parse(JSON.stringify(tables)), PAGES), map);
    relocateP2mList(d.words, d.frames, 2, PAGES, map);
    relocateStartInfo(d.words, d.frames, 3, map);
    repinTables(d.mmu, moved);
    expect(d.mmu.pinnedTables()).toEqual([{ mfn: d.frames[1], level: 1 }, { mfn: d.frames[0], level: 2 }]);
    const va = (512 << 22) | (7 << 12);
    expect(d.mmu.translate(d.frames[0]!, va | 0x10, true)).toBe(d.frames[7]! * FRAME_SIZE + 0x10);
    expect(d.mmu.translate(d.frames[0]!, (512 << 22) | (PAGES << 12), true)).toBe(d.shared * FRAME_SIZE);
    const p2m = Array.from(d.words.subarray(d.frames[2]! * 1024, d.frames[2]! * 1024 + PAGES));
    expect(p2m).toEqual(Array.from(d.frames));
    // Order kept: pfns sorted by old machine frame are sorted by new machine frame too.
    const byOld = [...old.frames.keys()].sort((a, b) => old.frames[a]! - old.frames[b]!);
    const byNew = [...d.frames.keys()].sort((a, b) => d.frames[a]! - d.frames[b]!);
    expect(byNew).toEqual(byOld);
    const si = layout(START_INFO).offsets;
    expect(d.words[d.frames[3]! * 1024 + si['store_mfn']! / 4]).toBe(d.frames[4]);
    expect(d.words[d.frames[3]! * 1024 + si['console_mfn']! / 4]).toBe(d.frames[5]);
  });

  it('rewrites grant entries in use and revokes those naming frames that were not the domain\'s', () => {
    const mm = new MachineMemory(64 * FRAME_SIZE);
    const table = mm.allocContiguous(1);
    const dv = new DataView(mm.bytes.buffer, table * FRAME_SIZE, FRAME_SIZE);
    const g = layout(GRANT_ENTRY), permit = pvConst('GTF_permit_access');
    dv.setUint16(g.offsets['flags']!, permit, true); dv.setUint32(g.offsets['frame']!, 40, true);
    dv.setUint16(g.size + g.offsets['flags']!, permit, true); dv.setUint32(g.size + g.offsets['frame']!, 41, true);
    relocateGrants(mm.bytes, table, new Map([[40, 50]]));
    expect(dv.getUint32(g.offsets['frame']!, true)).toBe(50);
    expect(dv.getUint16(g.size + g.offsets['flags']!, true) & 3).toBe(0);
  });

  it('refuses a table entry naming a frame outside the domain, and gives every frame back', () => {
    const mm = new MachineMemory(256 * FRAME_SIZE), mm2 = new MachineMemory(256 * FRAME_SIZE);
    const old = build(mm);
    const [foreign] = mm.allocFrames(9, 1);
    new Int32Array(mm.buffer)[old.frames[1]! * 1024 + 40] = leaf(foreign!);
    const free = mm2.freeFrames;
    const { d, map } = copy(mm, old, mm2);
    expect(() => relocateTables(d.words, old.mmu.pinnedTables(), map)).toThrow(/entry 40 of the level-1 table .* was not the domain's/);
    mm2.release([...d.frames, d.shared]);
    expect(mm2.freeFrames).toBe(free - 9);
  });

  it('lets the validator refuse a relocated table that maps a table writable, leaving no frame typed', () => {
    const mm = new MachineMemory(256 * FRAME_SIZE), mm2 = new MachineMemory(256 * FRAME_SIZE);
    const old = build(mm);
    const w = new Int32Array(mm.buffer);
    w[old.frames[1]! * 1024 + 0] = leaf(old.frames[0]!, R | W); // the root, writable: forged after the pin
    const { d, map } = copy(mm, old, mm2);
    const moved = relocateTables(d.words, old.mmu.pinnedTables(), map);
    expect(() => repinTables(d.mmu, moved)).toThrow(SnapshotError);
    expect(() => repinTables(d.mmu, moved)).toThrow(/does not validate/);
    mm2.release([...d.frames, d.shared]);
    expect(Array.from(mm2.frameInfo).every((x) => x === 0)).toBe(true);
  });

  it('checks the saved list of tables and refuses domains with bound frames or grant mappings', () => {
    expect(() => parsePinnedTables([{ mfn: 1, level: 3 }], 4)).toThrow(/level 1 or 2/);
    expect(() => parsePinnedTables([{ mfn: 1, level: 1 }, { mfn: 1, level: 2 }], 4)).toThrow(/once/);
    expect(() => parsePinnedTables(new Array(5).fill({ mfn: 1, level: 1 }), 4)).toThrow(/at most 4/);
    expect(() => relocationMap([1, 1], [2, 3])).toThrow(/twice/);
    expect(() => orderedFrames([5, 5], [2, 3])).toThrow(/twice/);
    expect(Array.from(orderedFrames([30, 10, 20], [7, 9, 8]))).toEqual([9, 7, 8]); // ranks kept
    expect(() => relocationMap([1], [2], [[1, 3]])).toThrow(/twice/);
    expect(() => checkPvCapture('domain 2', { boundCount: 3, grantMappings: 0 })).toThrow(/EXO_unbind_frames/);
    expect(() => checkPvCapture('domain 2', { boundCount: 0, grantMappings: 1 })).toThrow(/unmap_grant_ref/);
    expect(() => checkPvCapture('domain 2', { boundCount: 0, grantMappings: 0 })).not.toThrow();
  });
});
