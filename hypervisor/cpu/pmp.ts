/**
 * Physical memory protection (Privileged spec §3.7): 16 entries, 4-byte
 * granularity, OFF/TOR/NA4/NAPOT matching. Rules apply to S- and U-mode
 * accesses, and to M-mode ones when the entry is locked (L). An S/U access
 * that matches no entry fails, as the spec requires once any entry exists.
 */
import { PRV_M } from './isa.js';

/** Access kinds, with the same bit values as pmpcfg's R, W and X. */
export const ACCESS_READ = 1;
export const ACCESS_WRITE = 2;
export const ACCESS_EXEC = 4;

const PMP_L = 0x80;
const A_OFF = 0;
const A_TOR = 1;
const A_NA4 = 2;
const A_NAPOT = 3;

/** Number of PMP entries this hart implements. */
export const PMP_ENTRIES = 16;

/** PMP state and checks. Ranges are kept decoded as byte addresses [lo, hi). */
export class Pmp {
  readonly cfg = new Uint8Array(PMP_ENTRIES);
  readonly addr = new Uint32Array(PMP_ENTRIES);
  private readonly lo = new Float64Array(PMP_ENTRIES);
  private readonly hi = new Float64Array(PMP_ENTRIES);
  /** True when some entry is locked, so M-mode accesses must be checked too. */
  anyLocked = false;

  /** Reads pmpcfgN (N = 0..3 on RV32; higher ones read as zero). */
  readCfg(n: number): number {
    if (n > 3) return 0;
    const c = this.cfg;
    return (c[4 * n]! | (c[4 * n + 1]! << 8) | (c[4 * n + 2]! << 16) | (c[4 * n + 3]! << 24)) | 0;
  }

  /** Writes pmpcfgN; locked entries keep their value, and W without R is reserved (stored as 0 W). */
  writeCfg(n: number, value: number): void {
    if (n > 3) return;
    for (let k = 0; k < 4; k++) {
      const i = 4 * n + k;
      if (this.cfg[i]! & PMP_L) continue;
      let b = (value >>> (8 * k)) & 0x9f;
      if ((b & 3) === ACCESS_WRITE) b &= ~ACCESS_WRITE;
      this.cfg[i] = b;
    }
    this.recompute();
  }

  /** Reads pmpaddrI. */
  readAddr(i: number): number {
    return i < PMP_ENTRIES ? this.addr[i]! | 0 : 0;
  }

  /** Writes pmpaddrI unless locked, or unless the next entry is a locked TOR using it as its base. */
  writeAddr(i: number, value: number): void {
    if (i >= PMP_ENTRIES || this.cfg[i]! & PMP_L) return;
    const next = this.cfg[i + 1];
    if (next !== undefined && next & PMP_L && ((next >>> 3) & 3) === A_TOR) return;
    this.addr[i] = value >>> 0;
    this.recompute();
  }

  /** Clears every entry (reset). */
  reset(): void {
    this.cfg.fill(0);
    this.addr.fill(0);
    this.recompute();
  }

  /** Loads saved entries as they were (locks included), for restoring a hart's state. */
  load(cfg: ArrayLike<number>, addr: ArrayLike<number>): void {
    for (let i = 0; i < PMP_ENTRIES; i++) {
      this.cfg[i] = cfg[i] ?? 0;
      this.addr[i] = addr[i] ?? 0;
    }
    this.recompute();
  }

  private recompute(): void {
    this.anyLocked = false;
    for (let i = 0; i < PMP_ENTRIES; i++) {
      const c = this.cfg[i]!;
      if (c & PMP_L) this.anyLocked = true;
      const [lo, hi] = this.range(i, (c >>> 3) & 3);
      this.lo[i] = lo;
      this.hi[i] = hi;
    }
  }

  private range(i: number, mode: number): [number, number] {
    const a = this.addr[i]!;
    if (mode === A_TOR) return [i === 0 ? 0 : this.addr[i - 1]! * 4, a * 4];
    if (mode === A_NA4) return [a * 4, a * 4 + 4];
    if (mode === A_NAPOT) {
      let t = 0;
      while (t < 32 && (a >>> t) & 1) t++;
      const size = 2 ** (t + 3);
      const base = t >= 32 ? 0 : Math.floor(a / 2 ** (t + 1)) * 2 ** (t + 3);
      return [base, base + size];
    }
    return [0, 0];
  }

  /** True when an access of `size` bytes at `pa` of kind `access` from `priv` is allowed. */
  check(pa: number, size: number, access: number, priv: number): boolean {
    return this.decide(pa, pa + size, access, priv) === 1;
  }

  /**
   * Decision for a whole 4 KiB page: 1 when every byte of it is allowed by
   * the same rule, 0 when it is denied throughout, -1 when rules split the
   * page (then each access must be checked, and the TLB may not cache it).
   */
  checkPage(pagePa: number, access: number, priv: number): number {
    return this.decide(pagePa, pagePa + 4096, access, priv);
  }

  private decide(lo: number, hi: number, access: number, priv: number): number {
    for (let i = 0; i < PMP_ENTRIES; i++) {
      const c = this.cfg[i]!;
      if (((c >>> 3) & 3) === A_OFF) continue;
      const elo = this.lo[i]!;
      const ehi = this.hi[i]!;
      if (hi <= elo || lo >= ehi) continue;
      if (lo < elo || hi > ehi) return -1;
      if (priv === PRV_M && !(c & PMP_L)) return 1;
      return (c & access) === access ? 1 : 0;
    }
    return priv === PRV_M ? 1 : 0;
  }
}
