/**
 * Direct paging for a paravirtual guest (Xen's PV MMU, on Sv32): the guest's
 * page tables hold machine frame numbers and the hart walks them as they
 * are, so the hypervisor must make sure no table ever lets the guest reach a
 * frame it does not own, or write a page table behind its back. Every
 * table in use is *pinned* (validated once, entry by entry, and typed L1 —
 * the leaf level — or L2 — the root); from then on its entries change only
 * through `update` (mmu_update), which validates the new entry and keeps
 * two counts per frame current: writable mappings of it (a frame with any
 * cannot become a table) and pinned roots referencing an L1 (an L1 in use
 * cannot be unpinned). Type and writable count share one word per frame
 * in the machine-wide frame-info table, changed only by compare-and-swap,
 * so a grant mapping made by another domain's worker and a pin made here
 * can never both succeed on the same frame. Leaf entries may map the domain's own
 * frames and the hypervisor frames shared with it (shared info, grant
 * table); never a typed table writable; roots hold only pinned L1s (no
 * megapages). Frames bound later (exo_op: EXO_bind_frames) join the
 * domain's own with guest frame numbers past its RAM; for them the MMU
 * also counts every validated mapping, so a bound frame is given back only
 * when nothing maps it, and can take them back itself (a revocation
 * enforced at its deadline) by clearing every PTE that maps them. Nothing
 * in this file knows about workers or hypercall argument formats.
 */
import { pvConst } from '../abi/pv.js';
import { addWritable, dropWritable } from '../core/machine-memory.js';
import { PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X } from '../cpu/isa.js';

/** Xen's errno values (returned negated). */
export const XEN_EPERM = pvConst('XEN_EPERM'), XEN_EBUSY = pvConst('XEN_EBUSY'), XEN_EINVAL = pvConst('XEN_EINVAL');

const TYPE_NONE = 0, TYPE_L1 = 1, TYPE_L2 = 2;
const ENTRIES = 1024, FRAME_BYTES = 4096;
const LEAF = PTE_R | PTE_W | PTE_X;
/** Bits a pointer to a next-level table must leave clear (reserved in Sv32 non-leaf entries). */
const NON_LEAF_RESERVED = PTE_U | PTE_A | PTE_D;

/** What the PV MMU needs to know about the domain and machine memory. */
export interface PvMmuSetup {
  memory: SharedArrayBuffer;
  domid: number;
  /** Owner of every machine frame (the machine-memory frame table). */
  owners: Int32Array;
  /** Type and writable count of every machine frame (MachineMemory.frameInfo). */
  frameInfo: Int32Array;
  /** The domain's frames in guest order (guest frame → machine frame). */
  p2m: Int32Array;
  /** Most frames the domain may bind beyond its RAM (default: as many as its RAM pages). */
  maxBound?: number;
  /** Hypervisor frames the domain may map read-write (its shared-info and grant-table frames). */
  shared: readonly number[];
  /** A PTE changed at this machine byte offset (drop decoded code there). */
  written(offset: number): void;
}

/** Counters of the PV MMU. */
export interface PvMmuCounters { pte_updates: number; pins: number; unpins: number; refused: number }

/** The validated page tables of one PV domain. */
export class PvMmu {
  private readonly mem32: Int32Array;
  /** Machine frame → guest frame of the domain (-1: not the domain's). */
  private readonly m2p: Int32Array;
  /** Per machine frame: TYPE_* in bits 0–1, writable mappings from bit 2 (shared with every worker). */
  private readonly info: Int32Array;
  /** Per guest frame: references from pinned roots (only this domain's roots reference its L1s). */
  private readonly refs: Int32Array;
  private readonly shared: Set<number>;
  /** Leaf slots (machine byte address) holding a grant mapping, with its handle; and how many each table holds. */
  private readonly grantSlots = new Map<number, number>();
  private readonly grantsInTable = new Map<number, number>();
  /** Bound frames: machine frame → validated leaf mappings of it. */
  private readonly bound = new Map<number, number>();
  /** Guest frame numbers past RAM free for the next bound frames. */
  private readonly freeBoundPfns: number[] = [];
  /** Pinned leaf tables (searched when frames are taken back). */
  private readonly pinnedL1 = new Set<number>();
  /** Every pinned table with its level, in the order it was pinned (what a snapshot saves). */
  private readonly pinned = new Map<number, 1 | 2>();
  readonly counters: PvMmuCounters = { pte_updates: 0, pins: 0, unpins: 0, refused: 0 };

  constructor(private readonly s: PvMmuSetup) {
    this.mem32 = new Int32Array(s.memory, 0, Math.floor(s.memory.byteLength / 4));
    this.m2p = new Int32Array(s.owners.length).fill(-1);
    s.p2m.forEach((mfn, pfn) => { this.m2p[mfn] = pfn; });
    this.info = s.frameInfo;
    const maxBound = s.maxBound ?? s.p2m.length;
    this.refs = new Int32Array(s.p2m.length + maxBound);
    for (let i = maxBound - 1; i >= 0; i--) this.freeBoundPfns.push(s.p2m.length + i);
    this.shared = new Set(s.shared);
  }

  /** The domain's guest frame at machine frame `mfn`, or -1 (foreign, free, hypervisor or out of range). */
  own(mfn: number): number {
    if (!Number.isInteger(mfn) || mfn < 0 || mfn >= this.m2p.length) return -1;
    return this.s.owners[mfn] === this.s.domid ? this.m2p[mfn]! : -1;
  }

  /** The page-table type of own frame `mfn` (TYPE_NONE for any other). */
  private typeOf(mfn: number): number {
    return this.own(mfn) < 0 ? TYPE_NONE : Atomics.load(this.info, mfn) & 3;
  }

  /** True when `mfn` is a pinned root. */
  isRoot(mfn: number): boolean {
    return this.typeOf(mfn) === TYPE_L2;
  }

  /** Checks a leaf-level entry for table `self`; 0 or a negative errno. */
  private checkL1(pte: number, self: number): number {
    if (!(pte & PTE_V)) return 0;
    if (!(pte & LEAF) || (pte & (PTE_R | PTE_W)) === PTE_W) return -XEN_EINVAL; // a pointer at level 0, or W without R
    const mfn = pte >>> 10;
    if (this.shared.has(mfn)) return 0;
    const pfn = this.own(mfn);
    if (pfn < 0) return -XEN_EPERM;
    if (pte & PTE_W && ((Atomics.load(this.info, mfn) & 3) !== TYPE_NONE || mfn === self)) return -XEN_EPERM; // a writable page table
    return 0;
  }

  /** Checks a root entry; 0 or a negative errno. */
  private checkL2(pte: number): number {
    if (!(pte & PTE_V)) return 0;
    if (pte & LEAF) return -XEN_EINVAL; // megapages are not offered
    if (pte & NON_LEAF_RESERVED) return -XEN_EINVAL;
    if (this.own(pte >>> 10) < 0) return -XEN_EPERM;
    return this.typeOf(pte >>> 10) === TYPE_L1 ? 0 : -XEN_EINVAL;
  }

  /**
   * Adds (+1) or removes (-1) what a valid entry of a pinned table of `type`
   * holds. Adding a writable mapping fails (false) when the frame became a
   * table meanwhile (pinned by a racing grant holder's worker: never here).
   */
  private account(type: number, pte: number, delta: number): boolean {
    if (!(pte & PTE_V)) return true;
    const mfn = pte >>> 10, pfn = this.own(mfn);
    if (pfn < 0) return true; // a shared hypervisor frame
    if (type === TYPE_L2) { this.refs[pfn]! += delta; return true; }
    if (pte & PTE_W && delta > 0 && !addWritable(this.info, mfn)) return false;
    if (pte & PTE_W && delta < 0) dropWritable(this.info, mfn);
    const maps = this.bound.get(mfn);
    if (maps !== undefined) this.bound.set(mfn, maps + delta);
    return true;
  }

  /** MMUEXT_PIN_L1_TABLE / MMUEXT_PIN_L2_TABLE: validates every entry of `mfn` and types it; 0 or a negative errno. */
  pin(mfn: number, level: 1 | 2): number {
    const pfn = this.own(mfn);
    if (pfn < 0) return this.refuse(-XEN_EPERM);
    const now = Atomics.load(this.info, mfn);
    if ((now & 3) !== TYPE_NONE) return this.refuse(-XEN_EBUSY);
    if (now !== 0) return this.refuse(-XEN_EPERM); // still mapped writable somewhere
    const base = mfn * ENTRIES;
    for (let i = 0; i < ENTRIES; i++) {
      const pte = this.mem32[base + i]!;
      const err = level === 1 ? this.checkL1(pte, mfn) : this.checkL2(pte);
      if (err) return this.refuse(err);
    }
    const type = level === 1 ? TYPE_L1 : TYPE_L2;
    // Typed only if nobody mapped it writable since the check (a grant mapping from another worker).
    if (Atomics.compareExchange(this.info, mfn, 0, type) !== 0) return this.refuse(-XEN_EPERM);
    for (let i = 0; i < ENTRIES; i++) {
      if (!this.account(type, this.mem32[base + i]!, 1)) {
        for (let j = 0; j < i; j++) this.account(type, this.mem32[base + j]!, -1);
        Atomics.and(this.info, mfn, ~3);
        return this.refuse(-XEN_EPERM);
      }
    }
    if (type === TYPE_L1) this.pinnedL1.add(mfn);
    this.pinned.set(mfn, level);
    this.counters.pins++;
    return 0;
  }

  /** MMUEXT_UNPIN_TABLE; `inUse` says whether the root is a current base pointer. 0 or a negative errno. */
  unpin(mfn: number, inUse: boolean): number {
    const pfn = this.own(mfn);
    if (pfn < 0) return this.refuse(-XEN_EPERM);
    const type = this.typeOf(mfn);
    if (type === TYPE_NONE) return this.refuse(-XEN_EINVAL);
    if ((type === TYPE_L2 && inUse) || (type === TYPE_L1 && (this.refs[pfn]! > 0 || this.grantsInTable.has(mfn)))) return this.refuse(-XEN_EBUSY);
    const base = mfn * ENTRIES;
    for (let i = 0; i < ENTRIES; i++) this.account(type, this.mem32[base + i]!, -1);
    Atomics.and(this.info, mfn, ~3);
    this.pinnedL1.delete(mfn);
    this.pinned.delete(mfn);
    this.counters.unpins++;
    return 0;
  }

  /** One mmu_update request: writes `val` into the PTE at machine address `ptr` after validating it. 0 or a negative errno. */
  update(ptr: number, val: number): number {
    if (ptr & 3) return this.refuse(-XEN_EINVAL);
    const mfn = ptr >>> 12;
    if (this.own(mfn) < 0) return this.refuse(-XEN_EPERM);
    const type = this.typeOf(mfn);
    if (type === TYPE_NONE) return this.refuse(-XEN_EINVAL); // not a pinned table
    const err = type === TYPE_L1 ? this.checkL1(val, mfn) : this.checkL2(val);
    if (err) return this.refuse(err);
    if (this.grantSlots.has(ptr)) return this.refuse(-XEN_EPERM); // a grant mapping: only unmap_grant_ref changes it
    if (!this.account(type, val, 1)) return this.refuse(-XEN_EPERM);
    const word = ptr >>> 2;
    this.account(type, this.mem32[word]!, -1);
    this.mem32[word] = val;
    this.s.written(ptr);
    this.counters.pte_updates++;
    return 0;
  }

  /**
   * The leaf slot (machine byte address) for `va` under root `rootMfn` when
   * it is free for a grant mapping (its table pinned, the entry not valid), else -1.
   */
  freeSlot(rootMfn: number, va: number): number {
    const l2 = this.mem32[rootMfn * ENTRIES + (va >>> 22)]!;
    if (!(l2 & PTE_V) || l2 & LEAF) return -1;
    const slot = (l2 >>> 10) * FRAME_BYTES + ((va >>> 12) & 0x3ff) * 4;
    return this.mem32[slot >>> 2]! & PTE_V ? -1 : slot;
  }

  /** Installs a grant mapping (checked and counted by the hypervisor) in a slot `freeSlot` returned. */
  mapGrant(slot: number, pte: number, handle: number): void {
    this.mem32[slot >>> 2] = pte;
    this.s.written(slot);
    this.grantSlots.set(slot, handle);
    const table = slot >>> 12;
    this.grantsInTable.set(table, (this.grantsInTable.get(table) ?? 0) + 1);
  }

  /** The handle of the grant mapping in the leaf slot for `va`, or -1. */
  grantAt(rootMfn: number, va: number): { slot: number; handle: number } | null {
    const l2 = this.mem32[rootMfn * ENTRIES + (va >>> 22)]!;
    if (!(l2 & PTE_V) || l2 & LEAF) return null;
    const slot = (l2 >>> 10) * FRAME_BYTES + ((va >>> 12) & 0x3ff) * 4;
    const handle = this.grantSlots.get(slot);
    return handle === undefined ? null : { slot, handle };
  }

  /** Removes the grant mapping in `slot` (the hypervisor then releases the grant). */
  unmapGrant(slot: number): void {
    this.mem32[slot >>> 2] = 0;
    this.s.written(slot);
    this.grantSlots.delete(slot);
    const table = slot >>> 12, n = (this.grantsInTable.get(table) ?? 1) - 1;
    if (n > 0) this.grantsInTable.set(table, n);
    else this.grantsInTable.delete(table);
  }

  /** Software walk of the tables under root `rootMfn`: the machine byte address of `va` when mapped with `write` allowed, else -1. */
  translate(rootMfn: number, va: number, write: boolean): number {
    const l2 = this.mem32[rootMfn * ENTRIES + (va >>> 22)]!;
    if (!(l2 & PTE_V) || l2 & LEAF) return -1;
    const pte = this.mem32[(l2 >>> 10) * ENTRIES + ((va >>> 12) & 0x3ff)]!;
    if (!(pte & PTE_V) || !(pte & PTE_R) || (write && !(pte & PTE_W))) return -1;
    return (pte >>> 10) * 4096 + (va & 0xfff);
  }

  /** The pinned tables (machine frame and level), in the order they were pinned. */
  pinnedTables(): Array<{ mfn: number; level: 1 | 2 }> {
    return [...this.pinned].map(([mfn, level]) => ({ mfn, level }));
  }

  /** Grant mappings (other domains' frames) installed in the domain's tables now. */
  get grantMappings(): number {
    return this.grantSlots.size;
  }

  /** Bound frames the domain holds now. */
  get boundCount(): number {
    return this.bound.size;
  }

  /** True when `mfn` is one of the domain's bound frames. */
  isBound(mfn: number): boolean {
    return this.bound.has(mfn);
  }

  /**
   * Makes `mfn` (just allocated to the domain by the hypervisor) one of the
   * domain's own frames, past its RAM; false when the domain holds its most already.
   */
  addBound(mfn: number): boolean {
    const pfn = this.freeBoundPfns.pop();
    if (pfn === undefined || !Number.isInteger(mfn) || mfn < 0 || mfn >= this.m2p.length) {
      if (pfn !== undefined) this.freeBoundPfns.push(pfn);
      return false;
    }
    this.m2p[mfn] = pfn;
    this.refs[pfn] = 0;
    this.bound.set(mfn, 0);
    return true;
  }

  /** Whether bound frame `mfn` may be given back: 0, -XEN_EINVAL (not bound) or -XEN_EBUSY (a table, or mapped). */
  checkUnbind(mfn: number): number {
    const maps = this.bound.get(mfn);
    if (maps === undefined || this.own(mfn) < 0) return this.refuse(-XEN_EINVAL);
    if ((Atomics.load(this.info, mfn) & 3) !== TYPE_NONE || maps > 0) return this.refuse(-XEN_EBUSY);
    return 0;
  }

  /** Forgets bound frame `mfn` (checked with checkUnbind, or unmapped by `take`): the domain may no longer map it. */
  removeBound(mfn: number): void {
    if (!this.bound.delete(mfn)) return;
    this.freeBoundPfns.push(this.m2p[mfn]!);
    this.m2p[mfn] = -1;
  }

  /**
   * Takes up to `n` bound frames back from the domain (a revocation
   * enforced at its deadline): picks frames that are no page table, clears
   * every validated leaf PTE that maps them (grant mappings are not
   * theirs), forgets them, and returns them. The caller flushes the TLB.
   */
  take(n: number): number[] {
    const victims = new Set<number>();
    for (const mfn of this.bound.keys()) {
      if (victims.size >= n) break;
      if ((Atomics.load(this.info, mfn) & 3) === TYPE_NONE) victims.add(mfn);
    }
    if (victims.size === 0) return [];
    for (const table of this.pinnedL1) {
      const base = table * ENTRIES;
      for (let i = 0; i < ENTRIES; i++) {
        const pte = this.mem32[base + i]!;
        if (!(pte & PTE_V) || !victims.has(pte >>> 10) || this.grantSlots.has((base + i) * 4)) continue;
        this.account(TYPE_L1, pte, -1);
        this.mem32[base + i] = 0;
        this.s.written((base + i) * 4);
      }
    }
    const out = [...victims];
    for (const mfn of out) this.removeBound(mfn);
    return out;
  }

  private refuse(err: number): number {
    this.counters.refused++;
    return err;
  }
}

