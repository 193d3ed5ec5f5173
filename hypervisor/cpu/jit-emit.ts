/**
 * Emits the JavaScript of a translated region: basic blocks of one code
 * page, each a case of a `switch` inside one loop, laid out in address order
 * so a block falls through into the next one as the guest does. Control
 * passes between blocks (a loop, a call and its return within the page)
 * without leaving the function, and guest registers live in locals (`r5`
 * for x5) for the whole call: loaded at entry, written back to `x` at the
 * one exit.
 *
 * Instructions are counted per block (`it = (it + n) | 0`: an int32 add,
 * with no overflow check), and the budget is checked at every transition:
 * a block is at most BLOCK_MAX long, so a block entered with `it <= lim`
 * cannot overrun the caller's budget, and both tiers stop at the same
 * instruction. A region calls nothing and never raises: an
 * access the TLB does not answer (a miss, a fault, MMIO, a misaligned
 * address, a store to a page holding code) ends the region just before the
 * instruction, with `h.blockSlow` set, and the interpreter runs it and fills
 * the TLB; so exceptions are precise, self-modifying code is seen by the one
 * path that already handles it, and a region's code never needs V8 type
 * feedback that only a rare path would have given it.
 */
import { aluExpr, BRANCHES, END_OPS, type Insn, LOADS, readsRs2, STORES, writesRd } from './jit-ops.js';
import { OP } from './ops.js';

/** Longest block, in instructions; a region is entered only with at least this much budget left. */
export const BLOCK_MAX = 64;

/**
 * A region's first calls run at most WARM_BUDGET instructions each, so V8
 * has allocated its feedback vector and seen the entry and exit code run
 * before it optimizes the long loops; code optimized without that feedback
 * bails out to the bytecode interpreter at every later entry.
 */
const WARM_CALLS = 32;
const WARM_BUDGET = 256;

/** One basic block of a region: its entry pc and instructions (the last may be a control transfer). */
export interface RegionBlock { pc: number; insns: readonly Insn[] }

/** Writes the JS function body of a region; `caseOf` maps a block's pc to its case number. */
export class RegionEmitter {
  private readonly written = new Set<number>();
  private readonly used = new Set<number>();
  private readonly caseOf = new Map<number, number>();

  /** `blocks` must be sorted by pc; `base` is the page's virtual address. */
  constructor(private readonly blocks: readonly RegionBlock[], private readonly base: number) {
    blocks.forEach((b, n) => this.caseOf.set(b.pc, n));
    for (const b of blocks) {
      for (const i of b.insns) {
        if (i.op !== OP.LUI && i.op !== OP.AUIPC && i.op !== OP.JAL) this.used.add(i.rs1);
        if (readsRs2(i.op)) this.used.add(i.rs2);
        if (writesRd(i.op) && i.rd !== 32) this.written.add(i.rd);
      }
    }
    this.used.delete(0);
    for (const r of this.written) this.used.add(r);
  }

  /** Case number per slot of the page (-1: no block starts there), for the entry and indirect jumps. */
  caseTable(): Int16Array {
    const t = new Int16Array(2048).fill(-1);
    for (const [pc, n] of this.caseOf) t[(pc & 0xfff) >>> 1] = n;
    return t;
  }

  private r(n: number): string { return n === 0 ? '0' : `r${n}`; }
  private w(n: number): string { return n === 32 ? '_' : `r${n}`; }
  private wb(): string { return [...this.written].map((n) => `x[${n}] = r${n};`).join(' '); }

  /** The function body: `pc` is the entry, the result is the pc to continue at. */
  body(): string {
    const decl = [...this.used].map((r) => `r${r} = x[${r}]`).concat('_ = 0', 'it = 0', 'ex = 0', 'slow = 0', 'th = 0').join(', ');
    const cases = this.blocks.map((b, n) => this.block(b, n)).join('\n');
    // The arrays in locals and one access to each before the loop: V8 then knows their shapes inside it
    // instead of reloading them from the closure and checking them at every access.
    return `let ${decl}, c = idx[(pc & 4095) >>> 1];
const m8 = M8, m16 = M16, m32 = M32, hasCode = HAS_CODE;
rTag[0]; rHost[0]; wTag[0]; wHost[0]; m8[0]; m16[0]; m32[0]; hasCode[0];
const lim = (calls < ${WARM_CALLS} ? (calls++, avail < ${WARM_BUDGET} ? avail : ${WARM_BUDGET}) : avail) - ${BLOCK_MAX};
loop: for (;;) {
  switch (c) {
${cases}
    default: break loop;
  }
}
${this.wb()} h.blockRan = it + ex; h.blockSlow = slow; h.tlbHits += th; return pc;`;
  }

  /** One case; a block that branches back to its own start loops in place while the budget allows. */
  private block(b: RegionBlock, n: number): string {
    const insns = b.insns;
    const last = insns[insns.length - 1]!;
    const loops = insns.some((i) => BRANCHES[i.op] !== undefined && ((i.pc + i.imm) | 0) === b.pc) ||
      (last.op === OP.JAL && ((last.pc + last.imm) | 0) === b.pc);
    const code = insns.map((i, k) => (END_OPS.has(i.op) ? this.end(b, n, loops, i, k, k === insns.length - 1) : this.step(i, k))).join('\n');
    const tail = END_OPS.has(last.op) ? '' : this.go(b, n, loops, insns.length, last.npc, true);
    return loops ? `case ${n}: b${n}: for (;;) {\n${code}\n${tail}\n}` : `case ${n}: {\n${code}\n${tail}\n}`;
  }

  /**
   * Leaves block `n` after `k` of its instructions for the constant pc `to`;
   * at the block's `tail` it may fall through. Leaving the region sets only
   * constants, so an exit first taken after V8 optimized the region needs
   * no type feedback and costs no deoptimization.
   */
  private go(b: RegionBlock, n: number, loops: boolean, k: number, to: number, tail: boolean): string {
    const out = `{ ex = ${k}; pc = ${to}; break loop; }`;
    if (loops && to === b.pc) return `it = (it + ${k}) | 0; if (it <= lim) continue b${n}; ex = 0; pc = ${to}; break loop;`;
    const next = this.caseOf.get(to);
    if (next === undefined) return out;
    const over = `if (it > lim) { pc = ${to}; break loop; }`;
    if (tail && next === n + 1) return `it = (it + ${k}) | 0; ${over}${loops ? ` break b${n};` : ''}`;
    return `it = (it + ${k}) | 0; ${over} c = ${next}; continue loop;`;
  }

  /** A non-ending instruction (`k` of them precede it in the block). */
  private step(i: Insn, k: number): string {
    const a = this.r(i.rs1), b = this.r(i.rs2);
    if (i.op === OP.FENCE) return '';
    const alu = i.op === OP.AUIPC ? `${(i.pc + i.imm) | 0}` : aluExpr(i.op, a, b, i.imm);
    if (alu !== null) return `${this.w(i.rd)} = ${alu};`;
    const slow = `{ ex = ${k}; pc = ${i.pc}; slow = 1; break loop; }`;
    const ld = LOADS[i.op];
    if (ld) {
      const [, mask, fast] = ld;
      return `{ const va = (${a} + ${i.imm}) | 0, v = va >>> 12, t = v & 255;
  if (rTag[t] === v${mask ? ` && (va & ${mask}) === 0` : ''}) { const ha = rHost[t] | (va & 0xfff); ${this.w(i.rd)} = ${fast}; th = (th + 1) | 0; }
  else ${slow} }`;
    }
    const [, mask, fast] = STORES[i.op]!;
    return `{ const va = (${a} + ${i.imm}) | 0, v = va >>> 12, t = v & 255, val = ${b};
  if (wTag[t] === v${mask ? ` && (va & ${mask}) === 0` : ''} && hasCode[wHost[t] >>> 12] === 0) { const ha = wHost[t] | (va & 0xfff); ${fast}; th = (th + 1) | 0; }
  else ${slow} }`;
  }

  /** A control transfer: a branch leaves for its target or falls through; jumps always leave. */
  private end(b: RegionBlock, n: number, loops: boolean, i: Insn, k: number, last: boolean): string {
    const done = k + 1;
    const target = (i.pc + i.imm) | 0;
    const br = BRANCHES[i.op];
    if (br) {
      const taken = `if (${br(this.r(i.rs1), this.r(i.rs2))}) { ${this.go(b, n, loops, done, target, false)} }`;
      return last ? `${taken}\n${this.go(b, n, loops, done, i.npc, true)}` : taken;
    }
    if (i.op === OP.JAL) return `${this.w(i.rd)} = ${i.npc}; ${this.go(b, n, loops, done, target, last)}`;
    const lookup = `c = ((pc ^ ${this.base}) >>> 12) === 0 ? idx[(pc & 4095) >>> 1] : -1;`;
    return `{ pc = (${this.r(i.rs1)} + ${i.imm}) & ~1; ${this.w(i.rd)} = ${i.npc}; it = (it + ${done}) | 0; if (it > lim) break loop; ${lookup} continue loop; }`;
  }
}
