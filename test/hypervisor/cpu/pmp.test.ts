/**
 * Physical memory protection (Privileged spec §3.7): NAPOT, NA4 and TOR
 * ranges, R/W/X for S and U, the no-match rule, locked entries (which bind
 * M-mode and ignore writes), accesses partially inside a region, priority by
 * entry number, and pages split by PMP rules never being cached whole.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { interpret } from '../../../hypervisor/cpu/interp.js';
import {
  CAUSE_FETCH_ACCESS, CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS, CSR, PRV_M, PRV_S, PRV_U,
} from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, a2, addi, HALT, jalr, lb, loadProgram, lw, newBoard, nop, peek32, pmpAllowAll, poke32, type Program, RAM, sb,
  step, sw, type TestBoard,
} from '../../helpers/asm.js';

const HANDLER = RAM + 0x800;
const R0 = RAM + 0x2_0000; // data region under test
const CODE = RAM + 0x5000;
const R = 1, W = 2, X = 4, TOR = 0x08, NA4 = 0x10, NAPOT = 0x18, L = 0x80;
const napot = (base: number, size: number): number => ((base >>> 2) | ((size >>> 3) - 1)) >>> 0;

let tb: TestBoard;
const setCsr = (num: number, v: number): void => { expect(tb.hart.csr.write(num, v, PRV_M)).toBe(true); };
const getCsr = (num: number): number => tb.hart.csr.read(num, PRV_M)! >>> 0;

/** Programs entry `i` with pmpaddr `addr` and configuration byte `cfg`. */
function entry(i: number, addr: number, cfg: number): void {
  setCsr(CSR.pmpaddr0 + i, addr);
  const reg = CSR.pmpcfg0 + (i >> 2), shift = 8 * (i & 3);
  setCsr(reg, (getCsr(reg) & ~(0xff << shift)) | (cfg << shift));
}

beforeEach(() => {
  tb = newBoard();
  loadProgram(tb.board, HANDLER, [HALT]);
  setCsr(CSR.mtvec, HANDLER);
  entry(7, napot(RAM, 0x1_0000), NAPOT | R | W | X); // the test programs live here
  for (let i = 0; i < 0x2000; i += 4) poke32(tb.board, R0 + i, 0x5000_0000 + i);
});

interface Outcome { trap: number | null; tval: number; epc: number }

/** Runs `prog` at `priv` from RAM, one instruction per interpreter entry, until its end or a trap to M. */
function run(prog: Program, priv = PRV_S, regs: Record<number, number> = {}): Outcome {
  const { board, hart } = tb;
  const end = loadProgram(board, RAM, prog);
  hart.priv = priv;
  hart.pc = RAM;
  for (const [r, v] of Object.entries(regs)) hart.x[Number(r)] = v;
  for (let n = 0; n < 100; n++) {
    if (hart.pc >>> 0 === HANDLER && hart.priv === PRV_M) return { trap: hart.csr.mcause, tval: hart.csr.mtval >>> 0, epc: hart.csr.mepc >>> 0 };
    if (hart.pc >>> 0 === end) return { trap: null, tval: 0, epc: 0 };
    step(hart);
  }
  throw new Error('stuck');
}
const load = (pa: number, priv = PRV_S): Outcome => run([lw(a0, 0, a1)], priv, { [a1]: pa });
const loadByte = (pa: number, priv = PRV_S): Outcome => run([lb(a0, 0, a1)], priv, { [a1]: pa });
const store = (pa: number, priv = PRV_S): Outcome => run([sw(a2, 0, a1)], priv, { [a1]: pa, [a2]: 0x1234 });
/** Jumps to `pa` and executes the nop placed there (or fails to fetch it). */
function fetch(pa: number, priv = PRV_S): Outcome {
  const h = tb.hart;
  loadProgram(tb.board, pa, [nop]);
  loadProgram(tb.board, RAM, [jalr(0, a1, 0)]);
  h.priv = priv;
  h.pc = RAM;
  h.x[a1] = pa;
  step(h, 2);
  if (h.priv === PRV_M && h.pc >>> 0 === HANDLER) return { trap: h.csr.mcause, tval: h.csr.mtval >>> 0, epc: h.csr.mepc >>> 0 };
  expect(h.pc >>> 0).toBe(pa + 4);
  return { trap: null, tval: 0, epc: 0 };
}
const loadFault = (pa: number) => ({ trap: CAUSE_LOAD_ACCESS, tval: pa });
const storeFault = (pa: number) => ({ trap: CAUSE_STORE_ACCESS, tval: pa });

describe('address matching', () => {
  it('NAPOT covers exactly its naturally aligned power-of-two range', () => {
    entry(0, napot(R0, 0x1000), NAPOT | R);
    expect(load(R0).trap).toBeNull();
    expect(load(R0 + 0xffc).trap).toBeNull();
    expect(load(R0 + 0x1000)).toMatchObject(loadFault(R0 + 0x1000));
    expect(load(R0 - 4)).toMatchObject(loadFault(R0 - 4));
  });

  it('NA4 covers four bytes', () => {
    entry(0, (R0 + 0x10) >>> 2, NA4 | R);
    expect(load(R0 + 0x10).trap).toBeNull();
    expect(loadByte(R0 + 0x13).trap).toBeNull();
    expect(load(R0 + 0x14)).toMatchObject(loadFault(R0 + 0x14));
    expect(loadByte(R0 + 0x0f)).toMatchObject(loadFault(R0 + 0x0f));
  });

  it('TOR covers [pmpaddr(i-1), pmpaddr(i)) and entry 0 starts at address 0', () => {
    entry(0, R0 >>> 2, 0); // OFF, but its address is the base of entry 1
    entry(1, (R0 + 0x100) >>> 2, TOR | R);
    expect(load(R0).trap).toBeNull();
    expect(load(R0 + 0xfc).trap).toBeNull();
    expect(load(R0 + 0x100)).toMatchObject(loadFault(R0 + 0x100));
    expect(load(R0 - 4)).toMatchObject(loadFault(R0 - 4));
    entry(1, 0, 0);
    entry(0, (R0 + 0x100) >>> 2, TOR | R | X); // also covers the program, which comes first in priority
    expect(load(R0 - 0x1000).trap).toBeNull();
    expect(load(R0 + 0x100)).toMatchObject(loadFault(R0 + 0x100));
  });
});

describe('permissions for S and U', () => {
  it.each([PRV_S, PRV_U])('R, W and X are enforced at privilege %i', (priv) => {
    entry(0, napot(R0, 0x1000), NAPOT | R); // read-only
    entry(1, napot(R0 + 0x1000, 0x1000), NAPOT | R | W); // no execute
    entry(2, napot(CODE, 0x1000), NAPOT | X); // execute-only
    expect(load(R0, priv).trap).toBeNull();
    expect(store(R0 + 8, priv)).toMatchObject(storeFault(R0 + 8));
    expect(store(R0 + 0x1008, priv).trap).toBeNull();
    expect(peek32(tb.board, R0 + 0x1008)).toBe(0x1234);
    expect(fetch(R0 + 0x1000, priv)).toMatchObject({ trap: CAUSE_FETCH_ACCESS, tval: R0 + 0x1000, epc: R0 + 0x1000 });
    expect(load(CODE, priv)).toMatchObject(loadFault(CODE));
    expect(fetch(CODE, priv).trap).toBeNull();
  });

  it('W without R is reserved: the entry reads back without W and refuses stores', () => {
    entry(0, napot(R0, 0x1000), NAPOT | W);
    expect(getCsr(CSR.pmpcfg0) & 0xff).toBe(NAPOT);
    expect(store(R0)).toMatchObject(storeFault(R0));
  });

  it('an S/U access matching no entry fails; M-mode is allowed', () => {
    expect(load(R0 + 0x8000)).toMatchObject(loadFault(R0 + 0x8000));
    expect(load(R0 + 0x8000, PRV_U)).toMatchObject(loadFault(R0 + 0x8000));
    expect(load(R0 + 0x8000, PRV_M).trap).toBeNull();
    expect(store(R0 + 0x8000, PRV_M).trap).toBeNull();
  });

  it('with every entry off, S-mode cannot even fetch', () => {
    entry(7, 0, 0);
    expect(run([nop], PRV_S)).toMatchObject({ trap: CAUSE_FETCH_ACCESS, tval: RAM, epc: RAM });
    expect(run([nop], PRV_M).trap).toBeNull();
  });

  it('unlocked entries do not restrict M-mode', () => {
    entry(0, napot(R0, 0x1000), NAPOT); // no permissions
    expect(store(R0, PRV_M).trap).toBeNull();
    expect(load(R0, PRV_M).trap).toBeNull();
  });
});

describe('locked entries', () => {
  it('apply to M-mode too', () => {
    entry(0, napot(R0, 0x1000), NAPOT | R | L);
    expect(load(R0, PRV_M).trap).toBeNull();
    expect(store(R0 + 4, PRV_M)).toMatchObject(storeFault(R0 + 4));
    expect(peek32(tb.board, R0 + 4)).toBe(0x5000_0004);
    expect(store(R0 + 0x1000, PRV_M).trap).toBeNull(); // outside: M-mode still has no-match access
  });

  it('ignore writes to their pmpcfg byte and pmpaddr until reset', () => {
    entry(0, napot(R0, 0x1000), NAPOT | R | L);
    setCsr(CSR.pmpcfg0, 0x1f1f); // tries to make entry 0 RWX; entry 1 is not locked
    setCsr(CSR.pmpaddr0, 0);
    expect([getCsr(CSR.pmpcfg0), getCsr(CSR.pmpaddr0)]).toEqual([0x1f00 | NAPOT | R | L, napot(R0, 0x1000)]);
    tb.hart.reset(RAM);
    expect([getCsr(CSR.pmpcfg0), getCsr(CSR.pmpaddr0)]).toEqual([0, 0]);
  });

  it('a locked TOR entry also locks the pmpaddr below it', () => {
    entry(0, R0 >>> 2, 0);
    entry(1, (R0 + 0x100) >>> 2, TOR | R | L);
    setCsr(CSR.pmpaddr0, 0x1234);
    expect(getCsr(CSR.pmpaddr0)).toBe(R0 >>> 2);
    expect(store(R0 + 0x10, PRV_M)).toMatchObject(storeFault(R0 + 0x10));
  });
});

describe('partial matches and priority', () => {
  beforeEach(() => pmpAllowAll(tb.hart)); // entry 15: everything else is allowed

  // "The matching PMP entry must match all bytes of an access, or the access fails." (A misaligned
  // access that crosses a page is performed byte by byte, as the spec allows, so these stay in one page.)
  it('an access only partly inside the matching entry fails, even if the rest is allowed elsewhere', () => {
    entry(0, napot(R0, 0x800), NAPOT | R);
    expect(run([lw(a0, 0x3fe, a1)], PRV_S, { [a1]: R0 }).trap).toBeNull(); // misaligned, fully inside
    expect(load(R0 + 0x7fe).trap).toBe(CAUSE_LOAD_ACCESS);
    expect(load(R0 + 0x802).trap).toBeNull(); // fully outside: entry 15 allows it
    entry(0, (R0 + 0x10) >>> 2, NA4 | R | W);
    expect(load(R0 + 0x12).trap).toBe(CAUSE_LOAD_ACCESS);
    expect(load(R0 + 0x0e).trap).toBe(CAUSE_LOAD_ACCESS);
  });

  it('the lowest-numbered matching entry decides', () => {
    entry(0, (R0 + 0x10) >>> 2, NA4); // no access to one word...
    entry(1, napot(R0, 0x1000), NAPOT | R | W); // ...inside a readable page
    expect(load(R0 + 0x10)).toMatchObject(loadFault(R0 + 0x10));
    expect(load(R0 + 0x14).trap).toBeNull();
    entry(0, napot(R0, 0x1000), NAPOT | R | W); // now the page comes first
    entry(1, (R0 + 0x10) >>> 2, NA4);
    expect(load(R0 + 0x10).trap).toBeNull();
  });
});

describe('pages split by PMP regions are checked per access', () => {
  beforeEach(() => {
    entry(0, napot(R0, 0x800), NAPOT | R | W); // first half of the page
    entry(1, napot(R0 + 0x800, 0x800), NAPOT | R); // second half: read-only
    entry(2, napot(R0 + 0x1000, 0x1000), NAPOT); // next page: nothing
  });

  /** Runs `prog` in one interpreter entry (so the TLB fast paths are live) and reports the trap, if any. */
  function runOnce(prog: Program, regs: Record<number, number>): Outcome {
    const { hart } = tb;
    loadProgram(tb.board, RAM, [...prog, HALT]);
    hart.priv = PRV_S;
    hart.pc = RAM;
    for (const [r, v] of Object.entries(regs)) hart.x[Number(r)] = v;
    for (let n = 0; n < 10 && hart.priv !== PRV_M; n++) interpret(hart, 50);
    return hart.priv === PRV_M ? { trap: hart.csr.mcause, tval: hart.csr.mtval >>> 0, epc: hart.csr.mepc >>> 0 } : { trap: null, tval: 0, epc: 0 };
  }

  it('stores succeed up to the boundary and fail right after it', () => {
    const r = runOnce([sw(a2, -8, a1), sw(a2, -4, a1), sb(a2, -1, a1), sb(a2, 0, a1)], { [a1]: R0 + 0x800, [a2]: 7 });
    expect(r).toMatchObject({ trap: CAUSE_STORE_ACCESS, tval: R0 + 0x800, epc: RAM + 12 });
    expect(peek32(tb.board, R0 + 0x7fc)).toBe(0x07000007);
  });

  it('loads on both sides of the boundary are allowed, then the next page is refused', () => {
    const r = runOnce([lw(a0, -4, a1), lb(a0, 0, a1), lw(a0, -4, a2), lb(a0, 0, a2)], { [a1]: R0 + 0x800, [a2]: R0 + 0x1000 });
    expect(r).toMatchObject({ trap: CAUSE_LOAD_ACCESS, tval: R0 + 0x1000, epc: RAM + 12 });
    expect(tb.hart.x[a0]).toBe(0x5000_0ffc);
  });

  it('the same holds when the refused side is touched first', () => {
    expect(runOnce([sw(a2, 0, a1)], { [a1]: R0 + 0x800, [a2]: 1 }).trap).toBe(CAUSE_STORE_ACCESS);
    expect(runOnce([sw(a2, -4, a1), sw(a2, -8, a1), sw(a2, 4, a1)], { [a1]: R0 + 0x800, [a2]: 1 }))
      .toMatchObject({ trap: CAUSE_STORE_ACCESS, tval: R0 + 0x804 });
  });
});

describe('instruction fetch across a PMP boundary inside one page', () => {
  beforeEach(() => {
    entry(0, napot(CODE, 0x800), NAPOT | X); // first half of the code page: executable
    entry(1, napot(CODE + 0x800, 0x800), NAPOT | R); // second half: not executable
    loadProgram(tb.board, CODE + 0x7f0, [nop, nop, nop, nop, addi(a0, a0, 1), HALT]);
  });

  function start(): void {
    tb.hart.priv = PRV_S;
    tb.hart.pc = CODE + 0x7f0;
    tb.hart.x[a0] = 0;
  }
  const expectFetchFault = (): void => {
    const h = tb.hart;
    expect([h.priv, h.csr.mcause, h.csr.mepc >>> 0, h.csr.mtval >>> 0, h.x[a0]])
      .toEqual([PRV_M, CAUSE_FETCH_ACCESS, CODE + 0x800, CODE + 0x800, 0]);
  };

  it('faults at the boundary when stepping one instruction per interpreter entry', () => {
    start();
    step(tb.hart, 5);
    expectFetchFault();
  });

  // §3.7: PMP checks apply to all S/U accesses, instruction fetches included -- also when the page was
  // already fetched from earlier in the same interpreter entry (a page PMP splits may not be cached).
  it('faults at the boundary within one interpreter entry', () => {
    start();
    interpret(tb.hart, 5);
    expectFetchFault();
  });
});
