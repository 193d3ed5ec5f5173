/**
 * Address translation and the memory slow path: Sv32 page walks (Privileged
 * spec §4.3) with hardware A/D updates, PMP checks, MMIO dispatch and
 * misaligned accesses, plus the software TLB the interpreter's fast path reads.
 *
 * The TLB has one set per effective privilege (U, S, M), so traps and xRET
 * need no flush. Each set keeps separate tags for read, write and execute:
 * a tag is the virtual page number, present only when that kind of access
 * to the page is allowed by the page table *and* by PMP across the whole
 * page, and the page is RAM. A write tag also requires the PTE's D bit, so a
 * first store always takes the walk that sets it. Everything else (MMIO,
 * split PMP pages, misaligned, faults) takes the slow path in this file.
 */
import type { Width } from '../devices/device.js';
import type { Bus } from './bus.js';
import type { CodeCache } from './code-cache.js';
import type { GStage } from './gstage.js';
import {
  CAUSE_FETCH_ACCESS, CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT,
  CAUSE_STORE_ACCESS, CAUSE_STORE_PAGE_FAULT, PRV_M, PRV_S, PRV_U,
  PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32, SATP_PPN_MASK,
} from './isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE, type Pmp } from './pmp.js';
import { raise } from './trap.js';

/** Entries per TLB set (direct-mapped by the low bits of the VPN). */
export const TLB_SIZE = 256;

/** One privilege level's TLB. Tags are VPNs (-1 = empty); host values are RAM page offsets. */
export class TlbSet {
  readonly rTag = new Int32Array(TLB_SIZE).fill(-1);
  readonly wTag = new Int32Array(TLB_SIZE).fill(-1);
  readonly xTag = new Int32Array(TLB_SIZE).fill(-1);
  readonly rHost = new Int32Array(TLB_SIZE);
  readonly wHost = new Int32Array(TLB_SIZE);
  readonly xHost = new Int32Array(TLB_SIZE);
  /** Nonzero where the entry came from a megapage leaf (per tag array: read, write, exec). */
  readonly mega = [new Uint8Array(TLB_SIZE), new Uint8Array(TLB_SIZE), new Uint8Array(TLB_SIZE)];
  /**
   * Translations that end at a device page: tag (VPN), the physical page,
   * and the accesses (1 << ACCESS_READ | 1 << ACCESS_WRITE) the page table
   * allowed. Device accesses always take the slow path, but with these they
   * skip the page walk (a disk sector is 128 accesses to one data port).
   */
  readonly mTag = new Int32Array(TLB_SIZE).fill(-1);
  readonly mPage = new Int32Array(TLB_SIZE);
  readonly mAccess = new Uint8Array(TLB_SIZE);
  readonly mMega = new Uint8Array(TLB_SIZE);

  /** Empties the set. */
  flush(): void {
    this.rTag.fill(-1);
    this.wTag.fill(-1);
    this.xTag.fill(-1);
    this.mTag.fill(-1);
  }

  /** Drops the entries for `vpn` and every entry that came from the megapage leaf covering it. */
  flushMegapage(vpn: number): void {
    const tagArrays = [this.rTag, this.wTag, this.xTag, this.mTag];
    const megaArrays = [...this.mega, this.mMega];
    for (let t = 0; t < 4; t++) {
      const tags = tagArrays[t]!, mega = megaArrays[t]!;
      for (let i = 0; i < TLB_SIZE; i++) {
        if (tags[i] === vpn || (mega[i] && tags[i]! >>> 10 === vpn >>> 10)) tags[i] = -1;
      }
    }
  }

  /** Drops the entries of one virtual page. */
  flushPage(vpn: number): void {
    const i = vpn & (TLB_SIZE - 1);
    if (this.rTag[i] === vpn) this.rTag[i] = -1;
    if (this.wTag[i] === vpn) this.wTag[i] = -1;
    if (this.xTag[i] === vpn) this.xTag[i] = -1;
    if (this.mTag[i] === vpn) this.mTag[i] = -1;
  }
}

/** Page-fault cause per access kind (ACCESS_READ/WRITE/EXEC, §4.3.2: the cause of the original access). */
export const PAGE_FAULT: readonly number[] = [0, CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_PAGE_FAULT, 0, CAUSE_FETCH_PAGE_FAULT];
/** Access-fault cause per access kind (a table outside RAM, PMP, the PMA check). */
export const ACCESS_FAULT: readonly number[] = [0, CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS, 0, CAUSE_FETCH_ACCESS];

/** Counters the MMU keeps for stats. */
export interface MmuCounters {
  tlbMisses: number;
  pageWalks: number;
  /** Page-table entries the (first-stage) walker read; the G-stage counts its own. */
  walkRefs: number;
  mmioReads: number;
  mmioWrites: number;
}

/** The memory management unit of one hart. */
export class Mmu {
  /** TLB sets indexed by privilege (index 2 is unused). */
  readonly sets: readonly TlbSet[] = [new TlbSet(), new TlbSet(), new TlbSet(), new TlbSet()];
  /** Current satp value (written by the CSR file, which also flushes). */
  satp = 0;
  /** mstatus.SUM and mstatus.MXR, mirrored by the CSR file. */
  sum = false;
  mxr = false;
  readonly counters: MmuCounters = { tlbMisses: 0, pageWalks: 0, walkRefs: 0, mmioReads: 0, mmioWrites: 0 };
  /**
   * The second stage while the hart runs a guest (V=1), else null: every
   * guest-physical address this MMU produces — page-table entries included —
   * is translated by it, and the TLB keeps the combined translation.
   */
  gstage: GStage | null = null;
  /** True when a megapage translation may be in the TLB (see flushPage). */
  private megapages = false;
  /** Whether the last walk ended at a megapage leaf (recorded with the TLB entry it fills). */
  private lastLeafMega = false;
  /** Physical address of the last access resolved to MMIO by `resolve`. */
  private mmioPa = 0;

  constructor(readonly bus: Bus, readonly pmp: Pmp, readonly code: CodeCache) {}

  /** Flushes every TLB set (satp, PMP or mstatus translation bits changed). */
  flushAll(): void {
    for (const s of this.sets) s.flush();
    this.megapages = false;
  }

  /**
   * sfence.vma with a virtual address: drops that page from every set. The
   * TLB keeps 4 KiB entries only, so when a megapage may have been cached
   * the whole 4 MiB region around the address goes: its leaf maps all of it.
   */
  flushPage(va: number): void {
    for (const s of this.sets) {
      if (this.megapages) s.flushMegapage(va >>> 12);
      else s.flushPage(va >>> 12);
    }
  }

  /** Translates `va` for `access` from privilege `priv`; raises page faults. Returns a physical address (up to 34 bits). */
  translate(va: number, access: number, priv: number): number {
    this.lastLeafMega = false;
    if (priv === PRV_M) return va >>> 0;
    if ((this.satp & SATP_MODE_SV32) === 0) return this.gstage ? this.gstage.translate(va >>> 0, access, va) : va >>> 0;
    return this.walk(va >>> 0, access, priv);
  }

  /** Sv32 walk (§4.3.2) with hardware-managed A and D bits. */
  private walk(va: number, access: number, priv: number): number {
    this.counters.pageWalks++;
    let table = (this.satp & SATP_PPN_MASK) * 4096;
    for (let level = 1; level >= 0; level--) {
      const vpnPart = level === 1 ? va >>> 22 : (va >>> 12) & 0x3ff;
      const ptGpa = table + vpnPart * 4;
      const ptePa = this.gstage ? this.gstage.translatePte(ptGpa, access, va, false) : ptGpa;
      const pteOff = this.ptOffset(ptePa, access);
      const pte = this.bus.mem32[pteOff >>> 2]!;
      this.counters.walkRefs++;
      if (!(pte & PTE_V) || (!(pte & PTE_R) && pte & PTE_W)) raise(PAGE_FAULT[access]!, va);
      const ppn = pte >>> 10;
      if (!(pte & (PTE_R | PTE_X))) {
        table = ppn * 4096;
        continue;
      }
      if (level === 1 && ppn & 0x3ff) raise(PAGE_FAULT[access]!, va); // misaligned superpage
      this.checkLeaf(pte, va, access, priv);
      this.updateAd(ptGpa, ptePa, pteOff, pte, access, va);
      this.lastLeafMega = level === 1;
      if (level === 1) this.megapages = true;
      const pa = level === 1 ? (ppn >>> 10) * 0x40_0000 + (va & 0x3f_ffff) : ppn * 4096 + (va & 0xfff);
      return this.gstage ? this.gstage.translate(pa, access, va) : pa;
    }
    return raise(PAGE_FAULT[access]!, va);
  }

  /** Host offset of a page-table entry; implicit accesses are checked by PMP as S-mode reads. */
  private ptOffset(ptePa: number, access: number): number {
    const off = this.bus.ramOffset(ptePa);
    if (off < 0 || !this.pmp.check(ptePa, 4, ACCESS_READ, PRV_S)) raise(ACCESS_FAULT[access]!, 0);
    return off;
  }

  /** Leaf permission checks: R/W/X, MXR, U against the privilege and SUM. */
  private checkLeaf(pte: number, va: number, access: number, priv: number): void {
    let ok: boolean;
    if (access === ACCESS_EXEC) ok = (pte & PTE_X) !== 0;
    else if (access === ACCESS_WRITE) ok = (pte & PTE_W) !== 0;
    else ok = (pte & PTE_R) !== 0 || (this.mxr && (pte & PTE_X) !== 0);
    if (pte & PTE_U) {
      if (priv === PRV_S && (access === ACCESS_EXEC || !this.sum)) ok = false;
    } else if (priv === PRV_U) {
      ok = false;
    }
    if (!ok) raise(PAGE_FAULT[access]!, va);
  }

  /**
   * Sets A (and D for writes) in the PTE in memory, as the hardware walker
   * does; the write is an implicit S-mode store that PMP must allow (§3.7.1),
   * and under a guest, one the G-stage must allow as a write (§8.5.1).
   */
  private updateAd(ptGpa: number, ptePa: number, pteOff: number, pte: number, access: number, va: number): void {
    const want = PTE_A | (access === ACCESS_WRITE ? PTE_D : 0);
    if ((pte & want) === want) return;
    if (this.gstage) this.gstage.translatePte(ptGpa, access, va, true);
    if (!this.pmp.check(ptePa, 4, ACCESS_WRITE, PRV_S)) raise(ACCESS_FAULT[access]!, 0);
    this.bus.mem32[pteOff >>> 2] = pte | want;
    this.ramWritten(pteOff, 4);
  }

  /**
   * Tells whoever depends on RAM contents about a write of `size` bytes at
   * host offset `off` made outside the TLB fast path: decoded code and
   * translated blocks over it, and a watcher of its page (HTIF).
   */
  ramWritten(off: number, size: number): void {
    if (this.code.hasCode[off >>> 12]) this.code.invalidate(off, size);
    if (this.bus.isWatched(off >>> 12)) this.bus.notifyWrite(off, size);
  }

  /**
   * Translates and checks one access; returns the RAM host offset, or -1 for
   * MMIO (the physical address is then kept for `mmioRead`/`mmioWrite`).
   * Fills the TLB when the whole page may be cached.
   */
  resolve(va: number, size: number, access: number, priv: number): number {
    this.counters.tlbMisses++;
    const set = this.sets[priv]!;
    const vpn = va >>> 12, i = vpn & (TLB_SIZE - 1);
    const cached = set.mTag[i] === vpn && (set.mAccess[i]! >> access) & 1;
    const pa = cached ? set.mPage[i]! * 4096 + (va & 0xfff) : this.translate(va, access, priv);
    const checked = priv !== PRV_M || this.pmp.anyLocked;
    if (checked && !this.pmp.check(pa, size, access, priv)) raise(ACCESS_FAULT[access]!, va);
    const off = this.bus.ramOffset(pa);
    if (off < 0) {
      if (access === ACCESS_EXEC) raise(CAUSE_FETCH_ACCESS, va);
      if (!cached) this.fillDevice(set, vpn, pa, access);
      this.mmioPa = pa;
      return -1;
    }
    if (access === ACCESS_WRITE && this.bus.isWatched(off >>> 12)) return off;
    if (!checked || this.pmp.checkPage(pa - (pa % 4096), access, priv) === 1) this.fill(va, off, access, priv);
    return off;
  }

  /** Remembers that `vpn` translates to the device page holding `pa` for `access`. */
  private fillDevice(set: TlbSet, vpn: number, pa: number, access: number): void {
    const i = vpn & (TLB_SIZE - 1);
    const page = Math.floor(pa / 4096);
    if (page > 0x7fff_ffff) return;
    if (set.mTag[i] !== vpn || set.mPage[i] !== page) {
      set.mTag[i] = vpn;
      set.mPage[i] = page;
      set.mAccess[i] = 0;
    }
    set.mAccess[i] |= 1 << access;
    set.mMega[i] = this.lastLeafMega ? 1 : 0;
  }

  private fill(va: number, off: number, access: number, priv: number): void {
    const set = this.sets[priv]!;
    const vpn = va >>> 12;
    const i = vpn & (TLB_SIZE - 1);
    const page = off & ~0xfff;
    const mega = this.lastLeafMega ? 1 : 0;
    if (access === ACCESS_READ) { set.rTag[i] = vpn; set.rHost[i] = page; set.mega[0]![i] = mega; }
    else if (access === ACCESS_WRITE) { set.wTag[i] = vpn; set.wHost[i] = page; set.mega[1]![i] = mega; }
    else { set.xTag[i] = vpn; set.xHost[i] = page; set.mega[2]![i] = mega; }
  }

  /** Host offset of the RAM page holding `va` for instruction fetch; raises fetch faults. */
  fetchPage(va: number, priv: number): number {
    const set = this.sets[priv]!;
    const vpn = va >>> 12;
    const i = vpn & (TLB_SIZE - 1);
    if (set.xTag[i] === vpn) return set.xHost[i]!;
    return this.resolve(va, 2, ACCESS_EXEC, priv) & ~0xfff;
  }

  /** Slow-path load of 1, 2 or 4 bytes; returns the zero-extended value. */
  load(va: number, size: Width, priv: number): number {
    if (va & (size - 1) && (va & 0xfff) + size > 4096) return this.loadBytes(va, size, priv);
    const off = this.resolve(va, size, ACCESS_READ, priv);
    if (off < 0) return this.mmioLoad(va, size);
    const m = this.bus.mem8;
    if (size === 1) return m[off]!;
    if (size === 2) return m[off]! | (m[off + 1]! << 8);
    return m[off]! | (m[off + 1]! << 8) | (m[off + 2]! << 16) | (m[off + 3]! << 24);
  }

  private mmioLoad(va: number, size: Width): number {
    const v = this.bus.mmioRead(this.mmioPa, size);
    if (v === null) raise(CAUSE_LOAD_ACCESS, va);
    this.counters.mmioReads++;
    return v;
  }

  /** A load crossing a page boundary, assembled from single bytes. */
  private loadBytes(va: number, size: number, priv: number): number {
    let v = 0;
    for (let k = 0; k < size; k++) v |= this.load((va + k) | 0, 1, priv) << (8 * k);
    return v;
  }

  /** Slow-path store of 1, 2 or 4 bytes. */
  store(va: number, size: Width, value: number, priv: number): void {
    if (va & (size - 1) && (va & 0xfff) + size > 4096) {
      this.resolve((va + size - 1) | 0, 1, ACCESS_WRITE, priv); // fault before writing anything
      for (let k = 0; k < size; k++) this.store((va + k) | 0, 1, value >>> (8 * k), priv);
      return;
    }
    const off = this.resolve(va, size, ACCESS_WRITE, priv);
    if (off < 0) {
      if (!this.bus.mmioWrite(this.mmioPa, size, size === 4 ? value | 0 : value & ((1 << (8 * size)) - 1))) {
        raise(CAUSE_STORE_ACCESS, va);
      }
      this.counters.mmioWrites++;
      return;
    }
    const m = this.bus.mem8;
    for (let k = 0; k < size; k++) m[off + k] = value >>> (8 * k);
    this.ramWritten(off, size);
  }

  /** Host offset for an atomic access to an aligned word (AMO, SC); MMIO is an access fault. */
  atomicOffset(va: number, access: number, priv: number): number {
    const off = this.resolve(va, 4, access, priv);
    if (off < 0) raise(access === ACCESS_READ ? CAUSE_LOAD_ACCESS : CAUSE_STORE_ACCESS, va);
    return off;
  }
}

