/**
 * The guest's own page tables, walked in software the way the hart's Sv32
 * walker (cpu/mmu.ts, Privileged spec §4.3.2) walks real ones: guest page
 * tables hold guest-physical page numbers, so every table read goes through
 * the domain's P2M table, and A/D updates land in guest memory exactly as
 * the native walker makes them. Used by the shadow MMU (shadow.ts) to learn
 * what the guest allows before it fills a shadow entry.
 */
import { ACCESS_FAULT, PAGE_FAULT } from '../cpu/mmu.js';
import {
  PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32, SATP_PPN_MASK,
} from '../cpu/isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from '../cpu/pmp.js';

/** Bytes per page and per frame. */
export const PAGE_SIZE = 4096;
/** Every access kind at once (a bare-mode translation allows all of them). */
export const ACCESS_ALL = ACCESS_READ | ACCESS_WRITE | ACCESS_EXEC;


/** The guest's translation regime: its satp and the view (privilege, SUM, MXR) it translates for. */
export interface GuestContext {
  /** True for Sv32; false for Bare (guest-virtual = guest-physical, everything allowed). */
  readonly sv32: boolean;
  /** satp.PPN: the guest-physical page number of the root table (0 when Bare). */
  readonly rootPpn: number;
  /** 'S' for the guest kernel, 'U' for its user mode. */
  readonly view: 'S' | 'U';
  /** sstatus.SUM (§4.1.1.2): S may load and store U pages. */
  readonly sum: boolean;
  /** sstatus.MXR (§4.1.1.2): loads from X pages succeed. */
  readonly mxr: boolean;
}

/** Builds a context from a guest satp value and the view, dropping bits that cannot matter. */
export function guestContext(satp: number, view: 'S' | 'U', sum: boolean, mxr: boolean): GuestContext {
  const sv32 = (satp & SATP_MODE_SV32) !== 0;
  if (!sv32) return { sv32, rootPpn: 0, view: 'S', sum: false, mxr: false };
  return { sv32, rootPpn: satp & SATP_PPN_MASK, view, sum: view === 'S' && sum, mxr };
}

/**
 * The accesses (ACCESS_* bits) a valid leaf PTE grants in `ctx` (§4.3.1,
 * §4.1.1.2): R, or X with MXR, for loads; W for stores; X for fetches; U
 * pages only for the U view, or for S loads and stores under SUM.
 */
export function leafAccess(pte: number, ctx: GuestContext): number {
  let a = (pte & PTE_R || (ctx.mxr && pte & PTE_X) ? ACCESS_READ : 0) |
    (pte & PTE_W ? ACCESS_WRITE : 0) | (pte & PTE_X ? ACCESS_EXEC : 0);
  if (pte & PTE_U) {
    if (ctx.view === 'S') a &= ctx.sum ? ACCESS_READ | ACCESS_WRITE : 0;
  } else if (ctx.view === 'U') {
    a = 0;
  }
  return a;
}

/**
 * A domain's RAM through its P2M, for the shadow MMU: the one checked
 * helper from guest-physical addresses to machine offsets, and word access.
 */
export class GuestPhys {
  /** Word view of machine memory. */
  readonly mem32: Int32Array;
  /** Frames of machine memory. */
  readonly frames: number;

  constructor(machine: SharedArrayBuffer, readonly p2m: Int32Array, readonly ramBase: number, readonly ramBytes: number) {
    this.frames = Math.floor(machine.byteLength / PAGE_SIZE);
    this.mem32 = new Int32Array(machine, 0, this.frames * (PAGE_SIZE / 4));
  }

  /** Guest frame number of `gpa` when it lies in RAM (populated or not), else -1. */
  gfn(gpa: number): number {
    const off = gpa - this.ramBase;
    return off >= 0 && off < this.ramBytes ? Math.floor(off / PAGE_SIZE) : -1;
  }

  /** Machine frame backing guest frame `gfn`, or -1 when it is not a frame of machine memory. */
  mfn(gfn: number): number {
    const mfn = gfn >= 0 && gfn < this.p2m.length ? this.p2m[gfn]! : -1;
    return mfn >= 0 && mfn < this.frames ? mfn : -1;
  }

  /** Machine byte offset of guest-physical `gpa` when it is populated RAM of this domain, else -1. */
  offset(gpa: number): number {
    const gfn = this.gfn(gpa);
    const mfn = gfn < 0 ? -1 : this.mfn(gfn);
    return mfn < 0 ? -1 : mfn * PAGE_SIZE + ((gpa - this.ramBase) % PAGE_SIZE);
  }
}

/**
 * Walks guest page tables. One walker per shadow MMU; a walk leaves its
 * result in the fields (like the hart's trap signal, nothing is allocated
 * per fault).
 */
export class GuestWalker {
  /** When the walk failed: the exception to inject, and its tval. */
  cause = 0;
  tval = 0;
  /** When it succeeded: the guest-physical address of the access. */
  gpa = 0;
  /** The leaf PTE after the A/D update (for Bare, a stand-in with V, R, W, X, A and D). */
  pte = 0;
  /** Accesses the leaf grants in the walk's context. */
  allowed = 0;
  /** Guest frame of the root table, and of the second-level table (-1: none, as for a megapage or Bare). */
  rootGfn = -1;
  l0Gfn = -1;
  /** Where the walked 4 MiB region comes from: the machine offset of its second-level table, or -1 and the region's guest-physical base. */
  private l0Off = -1;
  private regionGpa = 0;

  constructor(private readonly phys: GuestPhys, private readonly ramWritten: (off: number, size: number) => void) {}

  /** Translates `gva` for `access` in `ctx`, updating A/D in guest memory; false when the guest must take a fault. */
  walk(ctx: GuestContext, gva: number, access: number): boolean {
    this.rootGfn = this.l0Gfn = this.l0Off = -1;
    if (!ctx.sv32) {
      this.gpa = gva;
      this.regionGpa = gva - (gva % 0x40_0000);
      this.pte = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
      this.allowed = ACCESS_ALL;
      return true;
    }
    let table = ctx.rootPpn * PAGE_SIZE;
    this.rootGfn = this.phys.gfn(table);
    for (let level = 1; level >= 0; level--) {
      const ptePa = table + (level === 1 ? gva >>> 22 : (gva >>> 12) & 0x3ff) * 4;
      const off = this.phys.offset(ptePa);
      if (off < 0) return this.fail(ACCESS_FAULT[access]!, 0); // as mmu.ts ptOffset: tval 0
      const pte = this.phys.mem32[off >>> 2]!;
      if (!(pte & PTE_V) || (!(pte & PTE_R) && pte & PTE_W)) return this.fail(PAGE_FAULT[access]!, gva);
      const ppn = pte >>> 10;
      if (!(pte & (PTE_R | PTE_X))) {
        table = ppn * PAGE_SIZE;
        if (level === 1) this.l0Gfn = this.phys.gfn(table);
        continue;
      }
      if (level === 1 && ppn & 0x3ff) return this.fail(PAGE_FAULT[access]!, gva); // misaligned megapage
      return this.leaf(ctx, gva, access, level, off, pte);
    }
    return this.fail(PAGE_FAULT[access]!, gva); // a pointer at the last level
  }

  /** Permission check and A/D update of a leaf found at machine offset `off` (§4.3.2 steps 5–7). */
  private leaf(ctx: GuestContext, gva: number, access: number, level: number, off: number, pte: number): boolean {
    this.allowed = leafAccess(pte, ctx);
    if (!(this.allowed & access)) return this.fail(PAGE_FAULT[access]!, gva);
    const want = PTE_A | (access === ACCESS_WRITE ? PTE_D : 0);
    if ((pte & want) !== want) {
      pte |= want;
      this.phys.mem32[off >>> 2] = pte;
      this.ramWritten(off, 4);
    }
    const ppn = pte >>> 10;
    this.pte = pte;
    this.gpa = level === 1 ? (ppn >>> 10) * 0x40_0000 + (gva & 0x3f_ffff) : ppn * PAGE_SIZE + (gva & 0xfff);
    this.regionGpa = (ppn >>> 10) * 0x40_0000;
    if (level === 0) this.l0Off = off - (off % PAGE_SIZE);
    return true;
  }

  /**
   * After a successful walk: what the same guest entries grant for page
   * `vpn0` of the walked 4 MiB region, read without touching guest memory.
   * True, with `gpa` (page-aligned), `pte` and `allowed` set, only when a
   * leaf grants something and its A bit is already set (so mapping the page
   * ahead of an access changes nothing the guest can see).
   */
  sibling(ctx: GuestContext, vpn0: number): boolean {
    if (this.l0Off < 0) {
      this.gpa = this.regionGpa + vpn0 * PAGE_SIZE; // a megapage or Bare: the same leaf for the whole region
      return true;
    }
    const pte = this.phys.mem32[(this.l0Off >>> 2) + vpn0]!;
    if ((pte & (PTE_V | PTE_A)) !== (PTE_V | PTE_A) || !(pte & (PTE_R | PTE_X)) || (!(pte & PTE_R) && pte & PTE_W)) return false;
    this.pte = pte;
    this.allowed = leafAccess(pte, ctx);
    this.gpa = (pte >>> 10) * PAGE_SIZE;
    return this.allowed !== 0;
  }

  private fail(cause: number, tval: number): false {
    this.cause = cause;
    this.tval = tval;
    return false;
  }
}
