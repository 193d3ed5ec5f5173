/**
 * Relocation of a PV domain's machine frame numbers, for restoring its
 * snapshot into new frames. A PV guest's memory names machine frames: the
 * entries of its page tables, its P2M list (start_info.mfn_list), start
 * info's store and console frames, and its grant entries. Restore gives
 * each guest frame a new machine frame of the same rank among the domain's
 * (so the pv-ops kernel's m2p, its pfns sorted by machine frame, stays
 * sorted), rewrites every one of those words through that map, and then pins the
 * tables again through PvMmu's own validation: the snapshot says which
 * frames were tables, the validator decides what they may map, so a forged
 * entry cannot become a writable mapping of a table or of a foreign frame.
 * An entry naming a frame outside the map refuses the whole restore.
 */
import { layout } from '../abi/constant.js';
import { GRANT_ENTRY, START_INFO, pvConst } from '../abi/pv.js';
import { PTE_V } from '../cpu/isa.js';
import type { PvMmu } from '../vmm/pv-mmu.js';
import { FRAME_SIZE } from './machine-memory.js';
import { SnapshotError } from './snapshot-error.js';

/** A pinned page table as a snapshot records it: machine frame and level (1 leaf, 2 root). */
export interface PinnedTable {
  mfn: number;
  level: 1 | 2;
}

/** Old machine frame → new one. */
export type Relocation = ReadonlyMap<number, number>;

const ENTRIES = FRAME_SIZE / 4;
const PPN_SHIFT = 10;
const START = layout(START_INFO).offsets, GRANT = layout(GRANT_ENTRY);
const GTF_TYPE_MASK = 3, GTF_permit_access = pvConst('GTF_permit_access');
const GTF_IN_USE = pvConst('GTF_reading') | pvConst('GTF_writing');

function refused(message: string): SnapshotError {
  return new SnapshotError('state', `snapshot refused: ${message}`);
}

/**
 * The new RAM frames arranged in the old ones' order: the guest frame whose
 * old machine frame was the k-th smallest gets the k-th smallest new one,
 * so the pv-ops kernel's m2p (its pfns sorted by machine frame) stays
 * sorted. Throws when the lists differ in length or the old one repeats a frame.
 */
export function orderedFrames(oldP2m: readonly number[], newFrames: ArrayLike<number>): Int32Array {
  if (oldP2m.length !== newFrames.length) throw refused(`${oldP2m.length} saved frames cannot move into ${newFrames.length} new ones`);
  const sorted = Int32Array.from(newFrames).sort();
  const byOld = oldP2m.map((mfn, pfn) => ({ mfn, pfn })).sort((a, b) => a.mfn - b.mfn);
  const out = new Int32Array(oldP2m.length);
  byOld.forEach(({ mfn, pfn }, k) => {
    if (!Number.isInteger(mfn) || mfn < 0 || (k > 0 && byOld[k - 1]!.mfn === mfn)) throw refused(`saved machine frame ${mfn} is not a frame number or appears twice`);
    out[pfn] = sorted[k]!;
  });
  return out;
}

/**
 * Old machine frame → new: guest frame by guest frame (`newP2m` arranged
 * by orderedFrames), then the hypervisor frames shared with the domain
 * (`extra`, old → new pairs). Throws when an old frame appears twice.
 */
export function relocationMap(oldP2m: readonly number[], newP2m: ArrayLike<number>, extra: ReadonlyArray<readonly [number, number]> = []): Relocation {
  if (oldP2m.length !== newP2m.length) throw refused(`${oldP2m.length} saved frames cannot move into ${newP2m.length} new ones`);
  const map = new Map<number, number>();
  const add = (from: number, to: number): void => {
    if (!Number.isInteger(from) || from < 0 || map.has(from)) throw refused(`saved machine frame ${from} is not a frame number or appears twice`);
    map.set(from, to);
  };
  oldP2m.forEach((mfn, pfn) => add(mfn, newP2m[pfn]!));
  for (const [from, to] of extra) add(from, to);
  return map;
}

/** Where frame `mfn` moved; throws naming `what` when it was not one of the domain's. */
function moved(map: Relocation, mfn: number, what: string): number {
  const to = map.get(mfn);
  if (to === undefined) throw refused(`${what} names machine frame ${mfn}, which was not the domain's`);
  return to;
}

/**
 * Rewrites the frame of every valid entry of `tables` (given by their old
 * frames; their contents are already in the new ones), keeping the flag
 * bits; returns the tables under their new frames. Nothing is pinned here.
 */
export function relocateTables(mem32: Int32Array, tables: readonly PinnedTable[], map: Relocation): PinnedTable[] {
  return tables.map((t) => {
    const mfn = moved(map, t.mfn, 'the list of page tables');
    const base = mfn * ENTRIES;
    for (let i = 0; i < ENTRIES; i++) {
      const pte = mem32[base + i]!;
      if (!(pte & PTE_V)) continue;
      const to = moved(map, pte >>> PPN_SHIFT, `entry ${i} of the level-${t.level} table saved at machine frame ${t.mfn}`);
      mem32[base + i] = (to << PPN_SHIFT) | (pte & ((1 << PPN_SHIFT) - 1));
    }
    return { mfn, level: t.level };
  });
}

/**
 * Pins relocated tables through the MMU's validation: leaf tables first, in
 * their saved order, then roots (a root may only point at pinned leaves).
 * Throws on the first refusal; the caller releases the domain, which clears
 * the types of whatever was pinned.
 */
export function repinTables(mmu: PvMmu, tables: readonly PinnedTable[]): void {
  const order = [...tables.filter((t) => t.level === 1), ...tables.filter((t) => t.level === 2)];
  for (const t of order) {
    const err = mmu.pin(t.mfn, t.level);
    if (err) throw refused(`the level-${t.level} page table now at machine frame ${t.mfn} does not validate (error ${err}): it maps a frame the domain may not map that way`);
  }
}

/**
 * Rewrites the P2M list (`count` words from guest frame `pfn`, a page
 * boundary, in the domain's RAM `frames`) through the map. Words that are
 * not old frames are left alone: the list is the guest's own data, and
 * nothing the hypervisor does trusts it.
 */
export function relocateP2mList(mem32: Int32Array, frames: Int32Array, pfn: number, count: number, map: Relocation): void {
  const pages = Math.ceil((count * 4) / FRAME_SIZE);
  if (!Number.isInteger(pfn) || pfn < 0 || pfn + pages > frames.length) throw refused(`the P2M list at guest frame ${pfn} does not lie in RAM`);
  for (let k = 0; k < count; k++) {
    const word = frames[pfn + Math.floor(k / ENTRIES)]! * ENTRIES + (k % ENTRIES);
    const to = map.get(mem32[word]!);
    if (to !== undefined) mem32[word] = to;
  }
}

/** Rewrites start info's store and console frames (start info at guest frame `pfn`); throws when either was not the domain's. */
export function relocateStartInfo(mem32: Int32Array, frames: Int32Array, pfn: number, map: Relocation): void {
  if (!Number.isInteger(pfn) || pfn < 0 || pfn >= frames.length) throw refused(`start info at guest frame ${pfn} does not lie in RAM`);
  const base = frames[pfn]! * ENTRIES;
  for (const f of ['store_mfn', 'console_mfn']) {
    const word = base + START[f]! / 4;
    mem32[word] = moved(map, mem32[word]!, `start_info.${f}`);
  }
}

/**
 * Rewrites the frame of every grant entry in use in the table at machine
 * frame `tableFrame` and clears the in-use bits (the back-ends mapping
 * them again set them again). An entry granting a frame that was not the
 * domain's is revoked (its type cleared): the grant checks would refuse it anyway.
 */
export function relocateGrants(mem: Uint8Array, tableFrame: number, map: Relocation): void {
  const dv = new DataView(mem.buffer, mem.byteOffset + tableFrame * FRAME_SIZE, FRAME_SIZE);
  const flags = GRANT.offsets['flags']!, frame = GRANT.offsets['frame']!;
  for (let at = 0; at + GRANT.size <= FRAME_SIZE; at += GRANT.size) {
    const f = dv.getUint16(at + flags, true) & ~GTF_IN_USE;
    dv.setUint16(at + flags, f, true);
    if ((f & GTF_TYPE_MASK) !== GTF_permit_access) continue;
    const to = map.get(dv.getUint32(at + frame, true));
    if (to === undefined) dv.setUint16(at + flags, f & ~GTF_TYPE_MASK, true);
    else dv.setUint32(at + frame, to, true);
  }
}

/** Checks a snapshot's list of pinned tables: at most `limit`, frame numbers, levels 1 or 2, no frame twice. */
export function parsePinnedTables(raw: unknown, limit: number): PinnedTable[] {
  if (!Array.isArray(raw) || raw.length > limit) throw refused(`the list of page tables must be an array of at most ${limit} entries`);
  const seen = new Set<number>();
  return raw.map((e: unknown, i) => {
    const t = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const mfn = t['mfn'], level = t['level'];
    if (typeof mfn !== 'number' || !Number.isInteger(mfn) || mfn < 0 || seen.has(mfn) || (level !== 1 && level !== 2)) {
      throw refused(`page table ${i} must have a frame number (once) and level 1 or 2`);
    }
    seen.add(mfn);
    return { mfn, level };
  });
}

/**
 * Refuses a PV domain that holds what a snapshot cannot carry, naming what
 * to undo first: frames bound with exo_op, or grant mappings of another
 * domain's frames in its tables.
 */
export function checkPvCapture(what: string, mmu: { boundCount: number; grantMappings: number }): void {
  if (mmu.boundCount > 0) {
    throw new SnapshotError('unsupported', `${what} holds ${mmu.boundCount} frames bound with exo_op; unbind them (EXO_unbind_frames) before taking a snapshot`);
  }
  if (mmu.grantMappings > 0) {
    throw new SnapshotError('unsupported', `${what} maps ${mmu.grantMappings} grants of other domains' frames; unmap them (GNTTABOP_unmap_grant_ref) before taking a snapshot`);
  }
}
