/**
 * The translation tier: turns a hot run of guest instructions (a block,
 * ending at a branch, a jump, an instruction only the interpreter runs, or the
 * page end) into one JavaScript function, which V8 then compiles to machine
 * code. Register numbers, immediates and pcs become constants; loads and
 * stores keep the interpreter's TLB fast path inline and call the MMU on a
 * miss.
 *
 * A block returns the pc to continue at and leaves in `h.blockRan` how many
 * instructions it retired. Exceptions stay precise: before any call that can
 * raise one, the block stores the faulting instruction's pc in `h.pc` and the
 * number retired before it in `h.blockRan`. Blocks never span pages, and a
 * store that drops blocks (self-modifying code) ends the running block.
 */
import type { Block, CodePage } from './code-cache.js';
import { decode } from './decode.js';
import type { Hart } from './hart.js';
import { mulh, mulhsu, mulhu } from './alu.js';
import { OP } from './ops.js';

/** Longest block, in instructions; the interpreter runs a block only with at least this much budget left. */
export const BLOCK_MAX = 64;
/** Interpreted executions of a slot before it is translated. */
export const HOT_THRESHOLD = 40;

type Factory = (...deps: unknown[]) => Block;

/** JS expression for an ALU operation, or null when `op` is not one. */
function aluExpr(op: number, a: string, b: string, imm: number): string | null {
  switch (op) {
    case OP.LUI: return `${imm}`;
    case OP.ADDI: return `(${a} + ${imm}) | 0`;
    case OP.SLTI: return `${a} < ${imm} ? 1 : 0`;
    case OP.SLTIU: return `${a} >>> 0 < ${imm >>> 0} ? 1 : 0`;
    case OP.XORI: return `${a} ^ ${imm}`;
    case OP.ORI: return `${a} | ${imm}`;
    case OP.ANDI: return `${a} & ${imm}`;
    case OP.SLLI: return `${a} << ${imm}`;
    case OP.SRLI: return `${a} >>> ${imm}`;
    case OP.SRAI: return `${a} >> ${imm}`;
    case OP.ADD: return `(${a} + ${b}) | 0`;
    case OP.SUB: return `(${a} - ${b}) | 0`;
    case OP.SLL: return `${a} << ${b}`;
    case OP.SLT: return `${a} < ${b} ? 1 : 0`;
    case OP.SLTU: return `${a} >>> 0 < ${b} >>> 0 ? 1 : 0`;
    case OP.XOR: return `${a} ^ ${b}`;
    case OP.SRL: return `${a} >>> ${b}`;
    case OP.SRA: return `${a} >> ${b}`;
    case OP.OR: return `${a} | ${b}`;
    case OP.AND: return `${a} & ${b}`;
    case OP.MUL: return `Math.imul(${a}, ${b})`;
    case OP.MULH: return `mulh(${a}, ${b})`;
    case OP.MULHSU: return `mulhsu(${a}, ${b})`;
    case OP.MULHU: return `mulhu(${a}, ${b})`;
    case OP.DIV: return `(${b} === 0 ? -1 : ${b} === -1 ? -${a} | 0 : (${a} / ${b}) | 0)`;
    case OP.DIVU: return `(${b} === 0 ? -1 : (${a} >>> 0) / (${b} >>> 0) | 0)`;
    case OP.REM: return `(${b} === 0 ? ${a} : ${b} === -1 ? 0 : ${a} % ${b} | 0)`;
    case OP.REMU: return `(${b} === 0 ? ${a} : (${a} >>> 0) % (${b} >>> 0) | 0)`;
    default: return null;
  }
}

/** Load: [size, alignment mask, fast read expression of host address `ha`, sign-extension of the slow value]. */
const LOADS: Readonly<Record<number, [1 | 2 | 4, number, string, (v: string) => string]>> = {
  [OP.LB]: [1, 0, '(m8[ha] << 24) >> 24', (v) => `(${v} << 24) >> 24`],
  [OP.LBU]: [1, 0, 'm8[ha]', (v) => v],
  [OP.LH]: [2, 1, '(m16[ha >>> 1] << 16) >> 16', (v) => `(${v} << 16) >> 16`],
  [OP.LHU]: [2, 1, 'm16[ha >>> 1]', (v) => v],
  [OP.LW]: [4, 3, 'm32[ha >>> 2]', (v) => v],
};
/** Store: [size, alignment mask, fast write of `val` at host address `ha`]. */
const STORES: Readonly<Record<number, [1 | 2 | 4, number, string]>> = {
  [OP.SB]: [1, 0, 'm8[ha] = val'],
  [OP.SH]: [2, 1, 'm16[ha >>> 1] = val'],
  [OP.SW]: [4, 3, 'm32[ha >>> 2] = val'],
};
const BRANCHES: Readonly<Record<number, (a: string, b: string) => string>> = {
  [OP.BEQ]: (a, b) => `${a} === ${b}`,
  [OP.BNE]: (a, b) => `${a} !== ${b}`,
  [OP.BLT]: (a, b) => `${a} < ${b}`,
  [OP.BGE]: (a, b) => `${a} >= ${b}`,
  [OP.BLTU]: (a, b) => `${a} >>> 0 < ${b} >>> 0`,
  [OP.BGEU]: (a, b) => `${a} >>> 0 >= ${b} >>> 0`,
};

/** One instruction of a block. */
interface Insn { op: number; rd: number; rs1: number; rs2: number; imm: number; pc: number; npc: number; slot: number; len: number }

const END_OPS = new Set<number>([OP.JAL, OP.JALR, ...Object.keys(BRANCHES).map(Number)]);

/** True when the translation tier handles `op` (everything else ends the block before it). */
function translatable(op: number): boolean {
  return END_OPS.has(op) || op in LOADS || op in STORES || op === OP.FENCE || op === OP.AUIPC ||
    aluExpr(op, 'a', 'b', 0) !== null;
}

/**
 * Emits a block with guest registers held in JS locals (`r5` for x5): loaded
 * at entry, written back to `x` before every exit and before every call that
 * may raise, so the trap handler and the interpreter see them.
 */
class Emitter {
  private readonly written = new Set<number>();
  private readonly used = new Set<number>();

  constructor(private readonly insns: readonly Insn[], private readonly pc0: number) {
    for (const i of insns) {
      if (END_OPS.has(i.op) || i.op in STORES || aluExpr(i.op, 'a', 'b', 0) !== null) this.used.add(i.rs1).add(i.rs2);
      else this.used.add(i.rs1);
      if (!(i.op in STORES) && !BRANCHES[i.op] && i.rd !== 32) this.written.add(i.rd);
    }
    this.used.delete(0);
    for (const r of this.written) this.used.add(r);
  }

  private r(n: number): string { return n === 0 ? '0' : `r${n}`; }
  private w(n: number): string { return n === 32 ? '_' : `r${n}`; }
  private wb(): string { return [...this.written].map((n) => `x[${n}] = r${n};`).join(' '); }
  private exit(k: number, next: string): string { return `${this.wb()} h.blockRan = it + ${k}; h.tlbHits += th; return ${next};`; }
  private prepare(k: number, pc: number): string { return `${this.wb()} h.pc = ${pc}; h.blockRan = it + ${k}; h.chunkDone = done0 + it + ${k}; h.tlbHits += th; th = 0;`; }

  /** The function body: a loop, so that a jump back to the block's start can stay inside. */
  body(): string {
    const n = this.insns.length;
    const last = this.insns[n - 1]!;
    const code = this.insns.map((i, k) => (END_OPS.has(i.op) ? this.end(i, k, k === n - 1) : this.step(i, k))).join('\n');
    const tail = END_OPS.has(last.op) ? '' : this.exit(n, `${last.npc}`);
    const decl = [...this.used].map((r) => `r${r} = x[${r}]`).concat('_ = 0', 'it = 0', 'th = 0').join(', ');
    return `let ${decl};\nfor (;;) {\n${code}\n${tail}\n}`;
  }

  /** A non-ending instruction. */
  private step(i: Insn, k: number): string {
    const a = this.r(i.rs1), b = this.r(i.rs2);
    if (i.op === OP.FENCE) return '';
    const alu = i.op === OP.AUIPC ? `${(i.pc + i.imm) | 0}` : aluExpr(i.op, a, b, i.imm);
    if (alu !== null) return `${this.w(i.rd)} = ${alu};`;
    const ld = LOADS[i.op];
    if (ld) {
      const [size, mask, fast, ext] = ld;
      return `{ const va = (${a} + ${i.imm}) | 0, v = va >>> 12, t = v & 255;
  if (rTag[t] === v${mask ? ` && (va & ${mask}) === 0` : ''}) { const ha = rHost[t] | (va & 0xfff); ${this.w(i.rd)} = ${fast}; th++; }
  else { ${this.prepare(k, i.pc)} ${this.w(i.rd)} = ${ext(`mmu.load(va, ${size}, dpriv)`)}; } }`;
    }
    const [size, mask, fast] = STORES[i.op]!;
    return `{ const va = (${a} + ${i.imm}) | 0, v = va >>> 12, t = v & 255, val = ${b};
  if (wTag[t] === v${mask ? ` && (va & ${mask}) === 0` : ''}) { const ha = wHost[t] | (va & 0xfff); ${fast}; th++;
    if (hasCode[ha >>> 12] !== 0 && code.invalidate(ha, ${size})) { ${this.exit(k + 1, `${i.npc}`)} } }
  else { ${this.prepare(k, i.pc)} const e = code.epoch; mmu.store(va, ${size}, val, dpriv);
    if (bus.attention || code.epoch !== e) { ${this.exit(k + 1, `${i.npc}`)} } } }`;
  }

  /**
   * A control transfer. Inside the block (a superblock) a branch is a side
   * exit and a jal continues at its target; at the end it leaves the block.
   * A jump back to the block's start loops in place while another pass fits the budget.
   */
  private end(i: Insn, k: number, last: boolean): string {
    const n = k + 1;
    const target = (i.pc + i.imm) | 0;
    const again = target === this.pc0 ? `it += ${n}; if (it + ${BLOCK_MAX} <= avail) continue; it -= ${n};` : '';
    const br = BRANCHES[i.op];
    if (br) {
      const taken = `if (${br(this.r(i.rs1), this.r(i.rs2))}) { ${again} ${this.exit(n, `${target}`)} }`;
      return last ? `${taken}\n${this.exit(n, `${i.npc}`)}` : taken;
    }
    if (i.op === OP.JAL) return `${this.w(i.rd)} = ${i.npc};${last ? ` ${again} ${this.exit(n, `${target}`)}` : ''}`;
    return `{ const tgt = (${this.r(i.rs1)} + ${i.imm}) & ~1; ${this.w(i.rd)} = ${i.npc}; ${this.exit(n, 'tgt')} }`;
  }
}

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
 * The instructions of the superblock starting at `pc0` (slot `s0`): it
 * follows fall-through paths past conditional branches (side exits) and
 * direct jumps within the page, and ends at an indirect jump, a jump back to
 * its start, an instruction only the interpreter runs, the page end, or BLOCK_MAX.
 */
function collect(h: Hart, page: CodePage, host: number, s0: number, pc0: number): Insn[] {
  const insns: Insn[] = [];
  const page0 = pc0 & ~0xfff;
  let pc = pc0;
  for (let s = s0; insns.length < BLOCK_MAX && s < 2048;) {
    // The boot marker's instruction stays undecoded until it runs, so the interpreter sees its first fetch.
    if (pc === h.markPc && insns.length > 0) break;
    const d = slotAt(h, page, host, s);
    if (d === null) break;
    const [w, imm] = d;
    const op = w & 0xff;
    if (!translatable(op)) break;
    const len = 4 - ((w >>> 23) & 2);
    const npc = (pc + len) | 0;
    insns.push({ op, rd: (w >>> 8) & 63, rs1: (w >>> 14) & 31, rs2: (w >>> 19) & 31, imm, pc, npc, slot: s, len });
    const target = (pc + imm) | 0;
    if (op === OP.JALR || ((op === OP.JAL || BRANCHES[op]) && target === pc0)) break;
    const next = op === OP.JAL ? target : npc;
    if ((next & ~0xfff) !== page0) break;
    pc = next;
    s = (next & 0xfff) >>> 1;
  }
  return insns;
}

/**
 * Translates the block at `pc` (slot `s` of `page`, RAM page at host offset
 * `host`) and installs it; returns it, or undefined when the first
 * instruction is one only the interpreter runs (the slot is then never tried again).
 */
export function translate(h: Hart, page: CodePage, host: number, s: number, pc: number): Block | undefined {
  const insns = collect(h, page, host, s, pc);
  if (insns.length === 0) {
    page.hot[s] = 255;
    return undefined;
  }
  const body = new Emitter(insns, pc).body();
  const factory = new Function('x', 'm8', 'm16', 'm32', 'mmu', 'code', 'hasCode', 'bus', 'h', 'mulh', 'mulhsu', 'mulhu',
    `return function block(rTag, rHost, wTag, wHost, dpriv, done0, avail) {\n${body}\n};`) as Factory;
  const bus = h.bus;
  const block = factory(h.x, bus.mem8, bus.mem16, bus.mem32, h.mmu, h.code, h.code.hasCode, bus, h, mulh, mulhsu, mulhu);
  for (const i of insns) for (let c = i.slot; c < i.slot + (i.len >> 1); c++) page.covered[c] = 1;
  page.blocks[s] = block;
  page.hasBlocks = true;
  page.vpn = pc >>> 12;
  h.counters.blocksTranslated++;
  return block;
}
