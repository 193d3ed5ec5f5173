/**
 * Shadow page tables for full virtualization (trap-and-emulate). The guest
 * kernel believes it runs in S-mode with its own Sv32 tables (Privileged
 * spec §4.3), which hold guest-physical page numbers; the hart really runs
 * it in U-mode on *shadow* tables that map guest-virtual pages straight to
 * host-physical frames. Shadows are real Sv32 tables (4 KiB leaves only)
 * in pool frames of machine memory, filled on page faults from a software
 * walk of the guest's tables (guest-walk.ts): the faulting page, and with it
 * the rest of its 4 MiB region where the guest's entries already allow it.
 *
 * Coherence comes from write protection: every guest table a live shadow
 * was built from is mapped without W in every shadow, so each guest store to
 * it traps, is emulated here and drops exactly the shadow entries derived
 * from the PTE it changed (reverse maps below). A table stored to again and
 * again without being walked (a freed table being reused) stops being
 * shadowed. Shadows are cached per (guest root, view, SUM, MXR),
 * LRU-bounded, so process switches keep them.
 *
 * Host-physical addresses as the full-mode hart sees them: machine frame
 * `mfn` is at HPA_BASE + mfn * 4096 (its bus is `new Bus(HPA_BASE,
 * machineBytes, machineSab)`). Every shadow leaf is U=1 and A=1, and D=1
 * when W=1, so the hart's walker never writes a shadow table.
 */
import { PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32 } from '../cpu/isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from '../cpu/pmp.js';
import { ACCESS_FAULT } from '../cpu/mmu.js';
import { guestContext, type GuestContext, GuestPhys, GuestWalker, PAGE_SIZE } from './guest-walk.js';

/** Host-physical address of machine frame 0 for a full-mode hart. */
export const HPA_BASE = 0x8000_0000;
/** Shadows cached at once (the least recently activated goes first). */
export const MAX_SHADOWS = 16;
/** Stores to one guest table, with no fault walking it in between, after which it is no longer shadowed. */
export const FLOOD_LIMIT = 8;

const HPA_PPN = HPA_BASE / PAGE_SIZE;
const WORDS = PAGE_SIZE / 4;
/** Above this many leaves, dropping a region flushes the whole real TLB rather than page by page. */
const FLUSH_ALL_OVER = 64;
/** Key of the one Bare-mode shadow (outside the 22-bit range of satp.PPN). */
const BARE_ROOT = 0x40_0000;

/** What the VMM must do after a page fault the hart took while the guest ran. */
export type FaultOutcome =
  /** The shadow lacked the entry: it is filled; retry the instruction. */
  | { kind: 'filled' }
  /** The guest's own fault: inject `cause` (12/13/15, or access fault 1/5/7) with `tval`. */
  | { kind: 'guest'; cause: number; tval: number }
  /** The page is a device page the guest may access: emulate the access at `gpa`. */
  | { kind: 'mmio'; gpa: number }
  /** A store the guest may make, to one of its page tables: decode it and call writeProtected(gpa, …). */
  | { kind: 'pt-write'; gpa: number };

/** What the shadow MMU needs from its domain and its hart. */
export interface ShadowOptions {
  /** Machine memory (all of it: the full-mode hart's physical memory). */
  machine: SharedArrayBuffer;
  /** The domain's P2M: guest frame → machine frame, -1 = not populated. */
  p2m: Int32Array;
  /** Guest-physical base and size of the domain's RAM. */
  ramBase: number;
  ramBytes: number;
  /** Machine frames for shadow tables (owned by the hypervisor, at least 2, none of them in `p2m`). */
  pool: Int32Array;
  /** True when guest-physical `gpa` is in an emulated device's window. */
  isDevice: (gpa: number) => boolean;
  /** Flushes the real hart's TLB: one page, or everything. */
  flushTlb: (gva?: number) => void;
  /** Told about every write made here to guest RAM (machine offset, bytes), as the hart's `Mmu.ramWritten`. */
  ramWritten?: (off: number, size: number) => void;
}

/** Counters for stats (snake_case, as the dashboard shows them); a type so it reads as a plain record. */
export type ShadowCounters = {
  /** Faults answered by writing the missing shadow leaf. */
  shadow_fills: number;
  /** Leaves written ahead of any fault, when a fault created their region. */
  shadow_prefills: number;
  /** Emulated stores to write-protected guest tables (each resyncs the shadows). */
  shadow_syncs: number;
  /** Faults that were guest stores to a write-protected guest table ('pt-write'). */
  wp_faults: number;
  /** Guest tables no longer shadowed because they were written more than walked. */
  wp_unshadows: number;
  /** Faults handed back to the guest ('guest'). */
  guest_page_faults: number;
  /** Faults on device pages ('mmio'). */
  mmio_faults: number;
  /** Guest sfence.vma instructions applied. */
  shadow_flushes: number;
  /** Times the pool ran dry and every shadow was dropped. */
  pool_resets: number;
  /** Shadows cached now. */
  shadows_live: number;
};

/** The shadow MMU was misused by its caller (never caused by the guest). */
export class ShadowError extends Error {
  override readonly name = 'ShadowError';
}

/** A shadow second-level table: one 4 MiB region of a shadow. */
interface Region {
  /** Pool frame holding it. */
  frame: number;
  /** Guest frame of the guest second-level table it mirrors (-1: a megapage or Bare). */
  src: number;
  /** Guest frame each leaf maps (-1 = empty leaf). */
  gfn: Int32Array;
  /** Valid leaves. */
  leaves: number;
}

/** One shadow: a root table in the pool and its regions. */
interface Shadow {
  slot: number;
  key: number;
  ctx: GuestContext;
  /** Guest frame of the guest root table, or -1 (Bare, or a root outside RAM: nothing to protect). */
  rootGfn: number;
  /** Pool frame holding the shadow root. */
  root: number;
  regions: (Region | null)[];
  regionCount: number;
  lastUse: number;
}

/** number → set of numbers, with empty sets removed. */
class RefMap {
  private readonly map = new Map<number, Set<number>>();
  has(k: number): boolean { return this.map.has(k); }
  refs(k: number): number[] { const s = this.map.get(k); return s ? [...s] : []; }
  add(k: number, ref: number): void {
    const s = this.map.get(k);
    if (s) s.add(ref);
    else this.map.set(k, new Set([ref]));
  }
  remove(k: number, ref: number): void {
    const s = this.map.get(k);
    if (s?.delete(ref) && s.size === 0) this.map.delete(k);
  }
  delete(k: number): void { this.map.delete(k); }
}

const FILLED: FaultOutcome = Object.freeze({ kind: 'filled' });

/** The shadow page tables of one domain's vCPU. */
export class ShadowMmu {
  readonly counters: ShadowCounters = {
    shadow_fills: 0, shadow_prefills: 0, shadow_syncs: 0, wp_faults: 0, wp_unshadows: 0, guest_page_faults: 0, mmio_faults: 0,
    shadow_flushes: 0, pool_resets: 0, shadows_live: 0,
  };
  private readonly phys: GuestPhys;
  private readonly walker: GuestWalker;
  private readonly mem32: Int32Array;
  private readonly mem8: Uint8Array;
  private readonly isDevice: (gpa: number) => boolean;
  private readonly flushTlb: (gva?: number) => void;
  private readonly ramWritten: (off: number, size: number) => void;
  /** Pool frames not holding a table. */
  private readonly free: number[];
  private readonly shadows: (Shadow | null)[] = new Array<Shadow | null>(MAX_SHADOWS).fill(null);
  private readonly byKey = new Map<number, Shadow>();
  /** The shadow the hart runs on (its root is in the real satp). */
  private current: Shadow | null = null;
  private tick = 0;
  /** Guest table frame → slots of shadows with at least one region built from it as their root. */
  private readonly rootUsers = new RefMap();
  /** Guest table frame → regions (slot * 1024 + vpn1) built from it as a second-level table. */
  private readonly l0Users = new RefMap();
  /** Guest frame → shadow leaves (slot * 2^20 + vpn) mapping it with W. */
  private readonly writers = new RefMap();
  /** Protected guest frame → stores to it since a walk last went through it. */
  private readonly floods = new Map<number, number>();

  constructor(opts: ShadowOptions) {
    if (opts.p2m.length * PAGE_SIZE !== opts.ramBytes) throw new ShadowError('ShadowMmu: the P2M needs one entry per 4 KiB of RAM');
    this.phys = new GuestPhys(opts.machine, opts.p2m, opts.ramBase, opts.ramBytes);
    this.mem32 = this.phys.mem32;
    this.mem8 = new Uint8Array(opts.machine, 0, this.phys.frames * PAGE_SIZE);
    this.isDevice = opts.isDevice;
    this.flushTlb = opts.flushTlb;
    this.ramWritten = opts.ramWritten ?? ((): void => {});
    this.walker = new GuestWalker(this.phys, this.ramWritten);
    this.free = checkPool(opts.pool, opts.p2m, this.phys.frames);
  }

  /**
   * The guest's translation changed (satp write, S/U switch, SUM or MXR):
   * returns the real satp, which the caller must load through the satp CSR
   * every time (that write flushes the real TLB; a pool frame may carry a
   * new shadow under an old satp value). The real mstatus.MXR must stay
   * clear: MXR is applied here, in the shadow's R bits.
   */
  activate(guestSatp: number, view: 'S' | 'U', sum: boolean, mxr: boolean): number {
    const ctx = guestContext(guestSatp, view, sum, mxr);
    const key = (ctx.sv32 ? ctx.rootPpn : BARE_ROOT) * 8 + (ctx.view === 'U' ? 4 : 0) + (ctx.sum ? 2 : 0) + (ctx.mxr ? 1 : 0);
    const s = this.byKey.get(key) ?? this.create(ctx, key);
    s.lastUse = ++this.tick;
    this.current = s;
    return (SATP_MODE_SV32 | (HPA_PPN + s.root)) >>> 0;
  }

  /**
   * A page fault the hart took at `gva` for `access` (ACCESS_READ, ACCESS_WRITE
   * or ACCESS_EXEC of cpu/pmp.ts) while the guest ran on the current shadow.
   */
  fault(gva: number, access: number): FaultOutcome {
    const s = this.current;
    if (!s) throw new ShadowError('ShadowMmu.fault: no shadow is active; call activate first');
    if (access !== ACCESS_READ && access !== ACCESS_WRITE && access !== ACCESS_EXEC) throw new ShadowError(`ShadowMmu.fault: bad access kind ${access}`);
    gva >>>= 0;
    const w = this.walker;
    if (!w.walk(s.ctx, gva, access)) return this.guestFault(w.cause, w.tval);
    const gpa = w.gpa, gfn = this.phys.gfn(gpa);
    if (gfn < 0 || this.phys.mfn(gfn) < 0) {
      if (access === ACCESS_EXEC || !this.isDevice(gpa)) return this.guestFault(ACCESS_FAULT[access]!, gva);
      this.counters.mmio_faults++;
      return { kind: 'mmio', gpa };
    }
    this.install(s, gva, gfn);
    if (access === ACCESS_WRITE && this.isProtected(gfn)) {
      this.counters.wp_faults++;
      return { kind: 'pt-write', gpa };
    }
    return FILLED;
  }

  /**
   * Emulates a guest store of `size` bytes of `value` at guest-physical `gpa`
   * (after a 'pt-write' outcome), then drops every shadow entry derived from
   * the PTEs it changed.
   */
  writeProtected(gpa: number, size: 1 | 2 | 4, value: number): void {
    if (size !== 1 && size !== 2 && size !== 4) throw new ShadowError(`ShadowMmu.writeProtected: bad size ${String(size)}`);
    const offs = this.guestBytes(gpa, size);
    const words = new Map<number, number>(); // machine word index → guest address of that word
    for (let k = 0; k < size; k++) words.set(offs[k]! >>> 2, gpa + k - ((gpa + k - this.phys.ramBase) % 4));
    const before = new Map([...words.keys()].map((i) => [i, this.mem32[i]!]));
    for (let k = 0; k < size; k++) this.mem8[offs[k]!] = value >>> (8 * k);
    for (const i of words.keys()) this.ramWritten(i * 4, 4);
    this.counters.shadow_syncs++;
    const gfns = new Set<number>();
    for (const [i, wordGpa] of words) {
      const gfn = this.phys.gfn(wordGpa);
      gfns.add(gfn);
      if (this.mem32[i] !== before.get(i)) this.sync(gfn, ((wordGpa - this.phys.ramBase) % PAGE_SIZE) / 4);
    }
    for (const gfn of gfns) this.noteWrite(gfn);
  }

  /** Machine offsets of the `size` guest bytes at `gpa`; throws unless all are RAM of this domain. */
  private guestBytes(gpa: number, size: number): number[] {
    const offs: number[] = [];
    for (let k = 0; k < size; k++) {
      const off = Number.isInteger(gpa) ? this.phys.offset(gpa + k) : -1;
      if (off < 0) throw new ShadowError(`ShadowMmu.writeProtected: 0x${gpa.toString(16)}+${size} is not RAM of this domain`);
      offs.push(off);
    }
    return offs;
  }

  /** sfence.vma from the guest: drops one page (`gva`) from every shadow, or everything. */
  fence(gva?: number): void {
    this.counters.shadow_flushes++;
    if (gva === undefined) {
      for (const s of this.shadows) if (s && s !== this.current) this.evict(s);
      if (this.current) this.dropAll(this.current);
      this.flushTlb();
      return;
    }
    gva >>>= 0;
    for (const s of this.shadows) if (s) this.dropLeaf(s, gva >>> 22, (gva >>> 12) & 0x3ff);
    this.flushTlb(gva);
  }

  /** True when guest-physical `gpa` is in a guest page table some live shadow was built from. */
  protects(gpa: number): boolean {
    const gfn = this.phys.gfn(gpa);
    return gfn >= 0 && this.isProtected(gfn);
  }

  private isProtected(gfn: number): boolean {
    return this.rootUsers.has(gfn) || this.l0Users.has(gfn);
  }

  private guestFault(cause: number, tval: number): FaultOutcome {
    this.counters.guest_page_faults++;
    return { kind: 'guest', cause, tval: tval >>> 0 };
  }

  /** A new shadow for `ctx`, in a free slot or the least recently used one's. */
  private create(ctx: GuestContext, key: number): Shadow {
    let slot = this.shadows.indexOf(null);
    if (slot < 0) {
      const victim = this.lru();
      slot = victim.slot;
      this.evict(victim);
    }
    const root = this.allocFrame();
    const rootGfn = ctx.sv32 ? this.phys.gfn(ctx.rootPpn * PAGE_SIZE) : -1;
    const s: Shadow = { slot, key, ctx, rootGfn, root, regions: new Array<Region | null>(WORDS).fill(null), regionCount: 0, lastUse: 0 };
    this.shadows[slot] = s;
    this.byKey.set(key, s);
    this.counters.shadows_live++;
    return s;
  }

  private lru(): Shadow {
    let best: Shadow | null = null;
    for (const s of this.shadows) if (s && s !== this.current && (!best || s.lastUse < best.lastUse)) best = s;
    if (!best) throw new ShadowError('ShadowMmu: no shadow to evict');
    return best;
  }

  /** Drops a shadow that is not the one the hart runs on, and gives its root back to the pool. */
  private evict(s: Shadow): void {
    this.dropAll(s);
    this.free.push(s.root);
    this.shadows[s.slot] = null;
    this.byKey.delete(s.key);
    this.counters.shadows_live--;
  }

  /** A zeroed pool frame; when none is left, drops every shadow but the current root first. */
  private allocFrame(): number {
    if (this.free.length === 0) this.resetPool();
    const frame = this.free.pop();
    if (frame === undefined) throw new ShadowError('ShadowMmu: the pool cannot hold a root and one second-level table');
    this.mem32.fill(0, frame * WORDS, (frame + 1) * WORDS);
    return frame;
  }

  private resetPool(): void {
    this.counters.pool_resets++;
    for (const s of this.shadows) if (s && s !== this.current) this.evict(s);
    if (this.current) this.dropAll(this.current);
    this.flushTlb();
  }

  /** Writes the shadow leaf for `gva` from the walk just made (guest frame `gfn`); a new region is filled ahead. */
  private install(s: Shadow, gva: number, gfn: number): void {
    const w = this.walker, vpn1 = gva >>> 22;
    // An existing region was built from the same root entry: had the entry changed, the sync would have dropped it.
    const known = s.regions[vpn1];
    const r = known ?? this.newRegion(s, vpn1, w.l0Gfn);
    this.floods.delete(w.rootGfn);
    this.floods.delete(w.l0Gfn);
    this.writeLeaf(s, r, gva >>> 12, gfn);
    this.counters.shadow_fills++;
    if (!known) this.prefill(s, r, vpn1);
  }

  /**
   * Maps every other page of a new region that the walked guest entries
   * already grant with A set (a megapage, a Bare region, or the second-level
   * table's accessed leaves): one fault per 4 MiB rather than per page.
   */
  private prefill(s: Shadow, r: Region, vpn1: number): void {
    const w = this.walker;
    for (let vpn0 = 0; vpn0 < WORDS; vpn0++) {
      if (r.gfn[vpn0]! >= 0 || !w.sibling(s.ctx, vpn0)) continue;
      const gfn = this.phys.gfn(w.gpa);
      if (gfn < 0 || this.phys.mfn(gfn) < 0) continue; // devices and holes are left to faults
      this.writeLeaf(s, r, vpn1 * WORDS + vpn0, gfn);
      this.counters.shadow_prefills++;
    }
  }

  /** Writes leaf `vpn` of `s` on guest frame `gfn` with what the walker's current leaf grants. */
  private writeLeaf(s: Shadow, r: Region, vpn: number, gfn: number): void {
    const w = this.walker, vpn0 = vpn & 0x3ff;
    let pte = ((HPA_PPN + this.phys.mfn(gfn)) << 10) | PTE_V | PTE_U | PTE_A;
    if (w.allowed & ACCESS_READ) pte |= PTE_R;
    if (w.allowed & ACCESS_EXEC) pte |= PTE_X;
    if (w.allowed & ACCESS_WRITE && w.pte & PTE_D && !this.isProtected(gfn)) pte |= PTE_W | PTE_D;
    const at = r.frame * WORDS + vpn0, old = this.mem32[at]!, ref = s.slot * 0x10_0000 + vpn;
    if (old & PTE_W) this.writers.remove(r.gfn[vpn0]!, ref);
    if (!(old & PTE_V)) r.leaves++; // a valid old leaf only gains rights here (W once D is set): no flush
    this.mem32[at] = pte;
    r.gfn[vpn0] = gfn;
    if (pte & PTE_W) this.writers.add(gfn, ref);
  }

  /** A shadow second-level table for region `vpn1`, protecting the guest tables it derives from. */
  private newRegion(s: Shadow, vpn1: number, src: number): Region {
    const frame = this.allocFrame();
    if (s.regionCount === 0 && s.rootGfn >= 0) this.protect(this.rootUsers, s.rootGfn, s.slot);
    if (src >= 0) this.protect(this.l0Users, src, s.slot * WORDS + vpn1);
    const r: Region = { frame, src, gfn: new Int32Array(WORDS).fill(-1), leaves: 0 };
    s.regions[vpn1] = r;
    s.regionCount++;
    this.mem32[s.root * WORDS + vpn1] = ((HPA_PPN + frame) << 10) | PTE_V;
    return r;
  }

  /** Records a use of guest table `gfn`; when it was not protected before, revokes W from every leaf mapping it. */
  private protect(users: RefMap, gfn: number, ref: number): void {
    const was = this.isProtected(gfn);
    users.add(gfn, ref);
    if (was) return;
    for (const w of this.writers.refs(gfn)) {
      const s = this.shadows[Math.floor(w / 0x10_0000)]!, vpn = w % 0x10_0000;
      const r = s.regions[vpn >>> 10]!;
      this.mem32[r.frame * WORDS + (vpn & 0x3ff)]! &= ~PTE_W;
      if (s === this.current) this.flushTlb(vpn * PAGE_SIZE);
    }
    this.writers.delete(gfn);
  }

  /** Releases a use of guest table `gfn`. */
  private unuse(users: RefMap, gfn: number, ref: number): void {
    users.remove(gfn, ref);
    if (!this.isProtected(gfn)) this.floods.delete(gfn);
  }

  /** The guest changed PTE `idx` of its table `gfn`: drops what every shadow derived from it. */
  private sync(gfn: number, idx: number): void {
    for (const slot of this.rootUsers.refs(gfn)) {
      const s = this.shadows[slot]!;
      if (s.regions[idx]) this.dropRegion(s, idx);
    }
    for (const ref of this.l0Users.refs(gfn)) this.dropLeaf(this.shadows[ref >>> 10]!, ref & 0x3ff, idx);
  }

  /** Counts a store to guest frame `gfn`; a table stored to FLOOD_LIMIT times without being walked is unshadowed. */
  private noteWrite(gfn: number): void {
    if (!this.isProtected(gfn)) return;
    const n = (this.floods.get(gfn) ?? 0) + 1;
    if (n < FLOOD_LIMIT) {
      this.floods.set(gfn, n);
      return;
    }
    for (const slot of this.rootUsers.refs(gfn)) this.dropAll(this.shadows[slot]!);
    for (const ref of this.l0Users.refs(gfn)) this.dropRegion(this.shadows[ref >>> 10]!, ref & 0x3ff);
    this.floods.delete(gfn);
    this.counters.wp_unshadows++;
  }

  private dropAll(s: Shadow): void {
    for (let vpn1 = 0; vpn1 < WORDS && s.regionCount > 0; vpn1++) if (s.regions[vpn1]) this.dropRegion(s, vpn1);
  }

  /** Drops region `vpn1` of `s`: its leaves, its root entry, its frame and the uses it held. */
  private dropRegion(s: Shadow, vpn1: number): void {
    const r = s.regions[vpn1]!;
    const live = s === this.current, pageByPage = r.leaves <= FLUSH_ALL_OVER;
    for (let vpn0 = 0; vpn0 < WORDS && r.leaves > 0; vpn0++) {
      if (r.gfn[vpn0]! >= 0) this.clearLeaf(s, r, vpn1, vpn0, live && pageByPage);
    }
    this.mem32[s.root * WORDS + vpn1] = 0;
    if (live && !pageByPage) this.flushTlb();
    if (r.src >= 0) this.unuse(this.l0Users, r.src, s.slot * WORDS + vpn1);
    this.free.push(r.frame);
    s.regions[vpn1] = null;
    if (--s.regionCount === 0 && s.rootGfn >= 0) this.unuse(this.rootUsers, s.rootGfn, s.slot);
  }

  /** Drops leaf (vpn1, vpn0) of `s` if it is there. */
  private dropLeaf(s: Shadow, vpn1: number, vpn0: number): void {
    const r = s.regions[vpn1];
    if (r && r.gfn[vpn0]! >= 0) this.clearLeaf(s, r, vpn1, vpn0, s === this.current);
  }

  private clearLeaf(s: Shadow, r: Region, vpn1: number, vpn0: number, flush: boolean): void {
    const at = r.frame * WORDS + vpn0, vpn = vpn1 * WORDS + vpn0;
    if (this.mem32[at]! & PTE_W) this.writers.remove(r.gfn[vpn0]!, s.slot * 0x10_0000 + vpn);
    this.mem32[at] = 0;
    r.gfn[vpn0] = -1;
    r.leaves--;
    if (flush) this.flushTlb(vpn * PAGE_SIZE);
  }
}

/** Checks the pool (distinct machine frames, none of them the domain's) and returns it as a free list. */
function checkPool(pool: Int32Array, p2m: Int32Array, frames: number): number[] {
  if (pool.length < 2) throw new ShadowError('ShadowMmu: the pool needs at least 2 frames (a root and a second-level table)');
  const own = new Set(p2m);
  const seen = new Set<number>();
  for (const f of pool) {
    if (f < 0 || f >= frames || seen.has(f)) throw new ShadowError(`ShadowMmu: pool frame ${f} is outside machine memory or repeated`);
    if (own.has(f)) throw new ShadowError(`ShadowMmu: pool frame ${f} belongs to the domain's RAM`);
    seen.add(f);
  }
  return [...pool].reverse();
}
