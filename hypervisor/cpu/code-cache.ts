/**
 * Decoded-instruction cache and translated blocks, per RAM page that has
 * been executed from.
 *
 * Each page keeps, per 2-byte slot: the packed decoded word and immediate
 * (see ops.ts; 0 = not decoded yet), an execution counter that decides when
 * a block is worth translating, the translated region that runs a block
 * starting there (jit.ts), and whether some block covers the slot. Stores to a page with code clear
 * the decoded slots they overlap; a store into a slot covered by a block
 * drops every block of the page. So self-modifying code and loaders are
 * always seen, with or without fence.i.
 */

/** Slots per page: one per halfword. */
export const SLOTS_PER_PAGE = 2048;

/**
 * A translated region: runs from `pc`, one of its entries, and returns the
 * next pc (see jit-emit.ts); several slots may share one region.
 */
export type Block = (pc: number, rTag: Int32Array, rHost: Int32Array, wTag: Int32Array, wHost: Int32Array, avail: number) => number;

/** Code state of one RAM page. */
export class CodePage {
  /** Two words per slot: packed decoded instruction, immediate. */
  readonly decoded = new Int32Array(SLOTS_PER_PAGE * 2);
  /** Executions seen by the interpreter per slot (saturating); 255 = never translate. */
  readonly hot = new Uint8Array(SLOTS_PER_PAGE);
  /** Per slot, the translated region that runs the block starting there (several slots share a region). */
  readonly blocks: (Block | undefined)[] = new Array<Block | undefined>(SLOTS_PER_PAGE).fill(undefined);
  /** Nonzero for slots inside some translated block. */
  readonly covered = new Uint8Array(SLOTS_PER_PAGE);
  /** True when the page has at least one block. */
  hasBlocks = false;
  /**
   * Virtual page number the blocks were translated at: blocks embed virtual
   * pcs (branch targets, link values, auipc), so the same RAM page reached
   * through another mapping must be translated anew.
   */
  vpn = -1;

  /** Drops every block of the page. */
  dropBlocks(): void {
    this.blocks.fill(undefined);
    this.covered.fill(0);
    this.hot.fill(0);
    this.hasBlocks = false;
  }
}

/** Decoded instructions and blocks keyed by host RAM page number. */
export class CodeCache {
  private readonly pages: (CodePage | undefined)[];
  /** Nonzero for pages holding decoded code; the store fast path tests this. */
  readonly hasCode: Uint8Array;

  /** Creates a cache for `pageCount` RAM pages. */
  constructor(pageCount: number) {
    this.pages = new Array<CodePage | undefined>(pageCount).fill(undefined);
    this.hasCode = new Uint8Array(pageCount);
  }

  /** The code state of host page `hp`, allocated on first use. */
  page(hp: number): CodePage {
    let p = this.pages[hp];
    if (p === undefined) {
      p = new CodePage();
      this.pages[hp] = p;
      this.hasCode[hp] = 1;
    }
    return p;
  }

  /**
   * Forgets decoded instructions overlapping a write of `len` bytes at host
   * offset `ha`, and the page's blocks when the write lands inside one.
   * Returns true when blocks were dropped.
   */
  invalidate(ha: number, len: number): boolean {
    const first = ha >>> 12;
    const last = (ha + len - 1) >>> 12;
    let dropped = false;
    for (let hp = first; hp <= last; hp++) {
      const p = this.pages[hp];
      if (p === undefined) continue;
      const lo = Math.max(hp === first ? ((ha & 0xfff) >>> 1) - 1 : 0, 0);
      const hi = hp === last ? ((ha + len - 1) & 0xfff) >>> 1 : SLOTS_PER_PAGE - 1;
      let hit = false;
      for (let s = lo; s <= hi; s++) {
        p.decoded[2 * s] = 0;
        if (p.covered[s] !== 0) hit = true;
      }
      if (hit && p.hasBlocks) {
        p.dropBlocks();
        dropped = true;
      }
    }
    return dropped;
  }

  /** Forgets everything (a new image was loaded, or state was restored). */
  clear(): void {
    this.pages.fill(undefined);
    this.hasCode.fill(0);
  }
}
