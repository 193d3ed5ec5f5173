/**
 * The translation tier: turns hot code into JavaScript functions, which V8
 * then compiles to machine code. When a slot of a code page turns hot, the
 * tier finds the basic blocks reachable from it within the page along code
 * that has run (branch targets, fall-through paths, jump targets, the return
 * point of each call) and compiles them together into a region
 * (jit-emit.ts): one function whose loop passes control between the blocks
 * with guest registers in locals. Register numbers, immediates and pcs
 * become constants; loads and stores keep the interpreter's TLB fast path
 * inline and leave everything else to the interpreter.
 *
 * A slot that turns hot later outside every region (code that first ran
 * after the region was made, or reached through an indirect jump or from
 * another page) seeds a region of its own; older regions stay valid until
 * the page's code changes, which drops them all.
 */
import type { Block, CodePage } from './code-cache.js';
import { decode } from './decode.js';
import type { Hart } from './hart.js';
import { mulh, mulhsu, mulhu } from './alu.js';
import { BLOCK_MAX, RegionEmitter, type RegionBlock } from './jit-emit.js';
import { BRANCHES, END_OPS, type Insn, translatable } from './jit-ops.js';
import { OP } from './ops.js';

export { BLOCK_MAX } from './jit-emit.js';
/** Interpreted executions of a slot before it is translated. */
export const HOT_THRESHOLD = 40;
/**
 * Instructions a region's search visits at most: V8 optimizes a function only
 * below 60 KiB of bytecode, and a region it never optimizes is slow.
 */
export const REGION_MAX_INSNS = 256;

type Factory = (...deps: unknown[]) => Block;

/** Decoded word and immediate of slot `s`, decoding it when needed; null for a page-crossing instruction. */
function slotAt(h: Hart, page: CodePage, host: number, s: number): [number, number] | null {
  let w = page.decoded[2 * s]!;
  if (w === 0) {
    const m = h.bus.mem8;
    const off = host | (s << 1);
    let bits = m[off]! | (m[off + 1]! << 8);
    if ((bits & 3) === 3) {
      if (s === 2047) return null;
      bits |= (m[off + 2]! | (m[off + 3]! << 8)) << 16;
    }
    const d = decode(bits);
    page.decoded[2 * s] = w = d.word;
    page.decoded[2 * s + 1] = d.imm;
  }
  return w === 1 ? null : [w, page.decoded[2 * s + 1]!];
}

/**
 * The instruction at slot `s` of the page at virtual address `base`, or null
 * when it crosses the page or is the armed boot marker's (which stays with
 * the interpreter until its first fetch has been seen).
 */
function insnAt(h: Hart, page: CodePage, host: number, base: number, s: number): Insn | null {
  if (((base + 2 * s) | 0) === h.markPc) return null;
  const d = slotAt(h, page, host, s);
  if (d === null) return null;
  const [w, imm] = d;
  const pc = (base | (s << 1)) | 0;
  const len = 4 - ((w >>> 23) & 2);
  return { op: w & 0xff, rd: (w >>> 8) & 63, rs1: (w >>> 14) & 31, rs2: (w >>> 19) & 31, imm, pc, npc: (pc + len) | 0, slot: s, len };
}

/** Slots in the same page where control may go after `i`, a control transfer (a call's return point included). */
function successors(i: Insn, base: number): number[] {
  const out: number[] = [];
  const target = (i.pc + i.imm) | 0;
  if ((BRANCHES[i.op] || i.op === OP.JAL) && (target & ~0xfff) === base) out.push((target & 0xfff) >>> 1);
  if (BRANCHES[i.op] || i.rd !== 32) out.push(i.slot + (i.len >> 1));
  return out.filter((s) => s < 2048);
}

/**
 * Block starts reachable from `seed` within the page along code that has
 * run before: each walk runs to a control transfer, adds its successors
 * that have executed, and stops early at code another walk has covered; an
 * instruction only the interpreter runs makes the next one a block start,
 * and so does every BLOCK_MAX-th instruction.
 */
function discover(h: Hart, page: CodePage, host: number, base: number, seed: number): number[] {
  const leaders = new Set<number>();
  const walked = new Uint8Array(2048);
  const work = [seed];
  const ran = (s: number): boolean => s < 2048 && page.hot[s] !== 0;
  for (let visits = 0; work.length > 0 && visits < REGION_MAX_INSNS;) {
    const s0 = work.pop()!;
    if (leaders.has(s0)) continue;
    leaders.add(s0);
    for (let s = s0, n = 0; s < 2048 && walked[s] === 0; n++) {
      const i = insnAt(h, page, host, base, s);
      if (i === null) break;
      walked[s] = 1;
      visits++;
      const next = s + (i.len >> 1);
      if (!translatable(i.op)) { if (ran(next)) work.push(next); break; }
      if (END_OPS.has(i.op)) { work.push(...successors(i, base).filter(ran)); break; }
      if (n + 1 === BLOCK_MAX) { if (next < 2048) work.push(next); break; }
      s = next;
    }
  }
  return [...leaders].sort((a, b) => a - b);
}

/** The basic block at leader `s`: up to a control transfer, the next leader, an untranslatable instruction or BLOCK_MAX. */
function blockAt(h: Hart, page: CodePage, host: number, base: number, s: number, leaders: ReadonlySet<number>): Insn[] {
  const insns: Insn[] = [];
  for (let t = s; t < 2048 && insns.length < BLOCK_MAX && (t === s || !leaders.has(t));) {
    const i = insnAt(h, page, host, base, t);
    if (i === null || !translatable(i.op)) break;
    insns.push(i);
    if (END_OPS.has(i.op)) break;
    t += i.len >> 1;
  }
  return insns;
}

/** Compiles `blocks` (sorted by pc) of the page at `base` into a region bound to the hart's state. */
function compile(h: Hart, blocks: readonly RegionBlock[], base: number): Block {
  const emitter = new RegionEmitter(blocks, base);
  const factory = new Function('x', 'M8', 'M16', 'M32', 'HAS_CODE', 'h', 'mulh', 'mulhsu', 'mulhu', 'idx',
    `let calls = 0;\nreturn function region_${(blocks[0]!.pc >>> 0).toString(16)}(pc, rTag, rHost, wTag, wHost, avail) {\n${emitter.body()}\n};`) as Factory;
  const bus = h.bus;
  return factory(h.x, bus.mem8, bus.mem16, bus.mem32, h.code.hasCode, h, mulh, mulhsu, mulhu, emitter.caseTable());
}

/**
 * Translates the code reachable from `pc` (slot `s` of `page`, RAM page at
 * host offset `host`), and installs the region for the seed and for every
 * block start no older region runs; returns it, or undefined when the instruction at
 * `pc` is one only the interpreter runs (the slot is then never tried again).
 */
export function translate(h: Hart, page: CodePage, host: number, s: number, pc: number): Block | undefined {
  const base = pc & ~0xfff;
  const first = insnAt(h, page, host, base, s);
  if (first === null || !translatable(first.op)) {
    page.hot[s] = 255;
    return undefined;
  }
  const leaders = discover(h, page, host, base, s);
  const set = new Set(leaders);
  const blocks = leaders.map((l) => ({ pc: (base | (l << 1)) | 0, insns: blockAt(h, page, host, base, l, set) }))
    .filter((b) => b.insns.length > 0);
  const region = compile(h, blocks, base);
  // Slots inside a block are entered only mid-block (a chunk's last few instructions, a trap's return):
  // the interpreter runs them up to the next block start instead of seeding a region at each.
  // A block start that an older region already runs stays with it; the seed runs here.
  for (const b of blocks) {
    const s0 = b.insns[0]!.slot;
    for (const i of b.insns) for (let c = i.slot; c < i.slot + (i.len >> 1); c++) { page.covered[c] = 1; page.hot[c] = 255; }
    if (page.blocks[s0] === undefined) page.blocks[s0] = region;
  }
  page.blocks[s] = region;
  page.hasBlocks = true;
  page.vpn = pc >>> 12;
  h.counters.blocksTranslated += blocks.length;
  return region;
}
