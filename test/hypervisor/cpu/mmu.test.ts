/**
 * Sv32 translation (Privileged spec §4.3): 4 KiB and 4 MiB pages, page
 * faults with cause 12/13/15 and tval = the virtual address, U/SUM/MXR/X
 * permission rules, hardware A/D updates, TLB behaviour around sfence.vma,
 * MPRV, access faults from page-table walks outside RAM, and accesses that
 * straddle two pages.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CAUSE_FETCH_ACCESS, CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_ACCESS,
  CAUSE_STORE_PAGE_FAULT, CSR, MSTATUS_MPRV, MSTATUS_MXR, MSTATUS_SUM, PRV_M, PRV_S, PRV_U, PTE_A, PTE_D, PTE_R, PTE_U,
  PTE_V, PTE_W, PTE_X,
} from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, a2, addi, amoadd, HALT, jalr, li, loadProgram, lr, lw, newBoard, nop, peek32, peek8, pmpAllowAll, poke32, poke8,
  type Program, RAM, sfenceVma, step, sw, type TestBoard,
} from '../../helpers/asm.js';

const HANDLER = RAM + 0x800;
const ROOT = RAM + 0x10000;
const L0 = RAM + 0x11000; // second-level table for VA 0x40000000-0x403fffff
const P1 = RAM + 0x20000, P2 = RAM + 0x21000, P3 = RAM + 0x22000;
const CODE = RAM + 0x4000; // a physical page for code reached through 4 KiB mappings
const VA = (vpn0: number): number => 0x4000_0000 + vpn0 * 0x1000;
const RWXAD = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;

const pte = (pa: number, flags: number): number => ((((pa >>> 0) / 4096) << 10) | flags) >>> 0;
let tb: TestBoard;

function setRoot(vpn1: number, v: number): void { poke32(tb.board, ROOT + 4 * vpn1, v); }
function setL0(vpn0: number, v: number): void { poke32(tb.board, L0 + 4 * vpn0, v); }
const setCsr = (num: number, v: number): void => { expect(tb.hart.csr.write(num, v, PRV_M)).toBe(true); };

beforeEach(() => {
  tb = newBoard();
  loadProgram(tb.board, HANDLER, [HALT]);
  setCsr(CSR.mtvec, HANDLER);
  pmpAllowAll(tb.hart);
  setRoot(0x200, pte(RAM, RWXAD)); // identity megapage over RAM for S-mode code (not U)
  setRoot(0x001, pte(RAM, RWXAD | PTE_U)); // RAM again at VA 0x00400000, for U-mode code
  setRoot(0x100, pte(L0, PTE_V)); // pointer to L0
  setCsr(CSR.satp, 0x8000_0000 | (ROOT >>> 12));
  for (const [p, v] of [[P1, 0x11111111], [P2, 0x22222222], [P3, 0x33333333]]) for (let i = 0; i < 16; i++) poke32(tb.board, p! + 4 * i, v! + i);
});

interface Outcome { trap: number | null; tval: number; epc: number }

/** Runs `prog` (loaded at physical RAM) at `priv` from virtual `pc` until it ends or traps to M. */
function run(prog: Program, priv = PRV_S, regs: Record<number, number> = {}): Outcome {
  const pc = priv === PRV_U ? 0x0040_0000 : RAM;
  const { board, hart } = tb;
  const len = loadProgram(board, RAM, prog) - RAM;
  hart.priv = priv;
  hart.pc = pc;
  for (const [r, v] of Object.entries(regs)) hart.x[Number(r)] = v;
  for (let n = 0; n < 200; n++) {
    if (hart.priv === PRV_M && hart.pc >>> 0 === HANDLER) return trapped();
    if (hart.pc >>> 0 === (pc + len) >>> 0) return { trap: null, tval: 0, epc: 0 };
    step(hart);
  }
  throw new Error(`stuck at 0x${(hart.pc >>> 0).toString(16)}`);
}
function trapped(): Outcome {
  const c = tb.hart.csr;
  return { trap: c.mcause, tval: c.mtval >>> 0, epc: c.mepc >>> 0 };
}
const load = (va: number, priv = PRV_S): Outcome & { value: number } => {
  const r = run([lw(a0, 0, a1)], priv, { [a1]: va, [a0]: 0 });
  return { ...r, value: tb.hart.x[a0]! >>> 0 };
};
const store = (va: number, v: number, priv = PRV_S): Outcome => run([sw(a2, 0, a1)], priv, { [a1]: va, [a2]: v });
/** Jumps to `va` and executes (or fails to fetch) the one instruction there. */
function fetch(va: number, priv = PRV_S): Outcome {
  const h = tb.hart;
  loadProgram(tb.board, RAM, [jalr(0, a1, 0)]);
  h.priv = priv;
  h.pc = priv === PRV_U ? 0x0040_0000 : RAM;
  h.x[a1] = va;
  step(h, 2);
  return h.priv === PRV_M && h.pc >>> 0 === HANDLER ? trapped() : { trap: null, tval: 0, epc: 0 };
}

describe('4 KiB and 4 MiB mappings', () => {
  it('translate loads and stores through a 4 KiB page', () => {
    setL0(0, pte(P1, RWXAD));
    setL0(1, pte(P3, RWXAD));
    expect(load(VA(0) + 8)).toMatchObject({ trap: null, value: 0x11111113 });
    expect(load(VA(1) + 4)).toMatchObject({ trap: null, value: 0x33333334 });
    expect(store(VA(1) + 12, 0xabcd).trap).toBeNull();
    expect(peek32(tb.board, P3 + 12)).toBe(0xabcd);
  });

  it('translate through a 4 MiB megapage, keeping VA bits 21:0', () => {
    setRoot(0x300, pte(RAM, PTE_V | PTE_R | PTE_A)); // VA 0xc0000000 -> RAM
    expect(load(0xc002_1004)).toMatchObject({ trap: null, value: 0x22222223 });
  });

  it('execute code through a 4 KiB mapping', () => {
    setL0(3, pte(CODE, PTE_V | PTE_X | PTE_A));
    loadProgram(tb.board, CODE, [addi(a0, 0, 42), HALT]);
    const h = tb.hart;
    expect(fetch(VA(3)).trap).toBeNull();
    expect([h.x[a0], h.pc >>> 0, h.priv]).toEqual([42, VA(3) + 4, PRV_S]);
  });
});

describe('page faults carry the cause of the access and tval = the virtual address', () => {
  it('invalid PTE: load 13, store 15, fetch 12', () => {
    setL0(2, 0);
    expect(load(VA(2) + 4)).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: VA(2) + 4, epc: RAM });
    expect(store(VA(2) + 8, 1)).toMatchObject({ trap: CAUSE_STORE_PAGE_FAULT, tval: VA(2) + 8 });
    expect(fetch(VA(2) + 0x10)).toMatchObject({ trap: CAUSE_FETCH_PAGE_FAULT, tval: VA(2) + 0x10, epc: VA(2) + 0x10 });
    expect(load(0x1000_0000)).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: 0x1000_0000 }); // invalid root entry
  });

  it('W without R is reserved: a page fault even for stores', () => {
    setL0(3, pte(P1, PTE_V | PTE_W | PTE_A | PTE_D));
    expect(store(VA(3), 1)).toMatchObject({ trap: CAUSE_STORE_PAGE_FAULT, tval: VA(3) });
    expect(load(VA(3))).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: VA(3) });
  });

  it('a misaligned megapage (PPN[0] != 0) faults', () => {
    setRoot(0x301, pte(RAM + 0x1000, PTE_V | PTE_R | PTE_A));
    expect(load(0xc040_0010)).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: 0xc040_0010 });
  });

  it('a pointer PTE at the last level faults', () => {
    setL0(4, pte(P1, PTE_V));
    expect(load(VA(4))).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: VA(4) });
  });

  it('a read-only page refuses stores; a page without X refuses fetches', () => {
    setL0(5, pte(P1, PTE_V | PTE_R | PTE_A | PTE_D));
    expect(store(VA(5), 1)).toMatchObject({ trap: CAUSE_STORE_PAGE_FAULT, tval: VA(5) });
    expect(fetch(VA(5))).toMatchObject({ trap: CAUSE_FETCH_PAGE_FAULT, tval: VA(5) });
    expect(load(VA(5)).trap).toBeNull();
  });
});

describe('atomics', () => {
  it('LR reads a read-only page; an AMO there is a store/AMO page fault', () => {
    setL0(5, pte(P1, PTE_V | PTE_R | PTE_A | PTE_D));
    expect(run([lr(a0, a1)], PRV_S, { [a1]: VA(5) + 8 }).trap).toBeNull();
    expect(tb.hart.x[a0]).toBe(0x11111113);
    expect(run([amoadd(a0, a2, a1)], PRV_S, { [a1]: VA(5) + 8, [a2]: 1 })).toMatchObject({ trap: CAUSE_STORE_PAGE_FAULT, tval: VA(5) + 8 });
    expect(peek32(tb.board, P1 + 8)).toBe(0x11111113);
  });

  it('an AMO through a writable mapping sets A and D and updates the physical word', () => {
    setL0(6, pte(P2, PTE_V | PTE_R | PTE_W));
    expect(run([amoadd(a0, a2, a1)], PRV_S, { [a1]: VA(6) + 4, [a2]: 0x10 }).trap).toBeNull();
    expect([tb.hart.x[a0], peek32(tb.board, P2 + 4)]).toEqual([0x22222223, 0x22222233]);
    expect(peek32(tb.board, L0 + 24) & (PTE_A | PTE_D)).toBe(PTE_A | PTE_D);
  });
});

describe('U bit, SUM and MXR', () => {
  beforeEach(() => {
    setL0(0, pte(P1, RWXAD)); // supervisor page
    setL0(1, pte(P2, RWXAD | PTE_U)); // user page
    setL0(2, pte(CODE, PTE_V | PTE_R | PTE_X | PTE_U | PTE_A)); // user code
    setL0(3, pte(P3, PTE_V | PTE_X | PTE_A)); // execute-only
    loadProgram(tb.board, CODE, [HALT]);
  });

  it('S-mode cannot touch U pages unless SUM = 1', () => {
    expect(load(VA(1))).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: VA(1) });
    expect(store(VA(1), 5)).toMatchObject({ trap: CAUSE_STORE_PAGE_FAULT, tval: VA(1) });
    setCsr(CSR.mstatus, MSTATUS_SUM);
    expect(load(VA(1))).toMatchObject({ trap: null, value: 0x22222222 });
    expect(store(VA(1), 5).trap).toBeNull();
  });

  it('S-mode never executes from U pages, even with SUM = 1', () => {
    setCsr(CSR.mstatus, MSTATUS_SUM);
    expect(fetch(VA(2))).toMatchObject({ trap: CAUSE_FETCH_PAGE_FAULT, tval: VA(2) });
  });

  it('U-mode reaches only U pages', () => {
    expect(load(VA(1), PRV_U)).toMatchObject({ trap: null, value: 0x22222222 });
    expect(load(VA(0), PRV_U)).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: VA(0) });
    expect(fetch(VA(2), PRV_U).trap).toBeNull();
    expect(tb.hart.pc >>> 0).toBe(VA(2));
    expect(fetch(RAM, PRV_U)).toMatchObject({ trap: CAUSE_FETCH_PAGE_FAULT, tval: RAM }); // the S-only megapage
  });

  it('MXR makes execute-only pages readable', () => {
    expect(load(VA(3))).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: VA(3) });
    setCsr(CSR.mstatus, MSTATUS_MXR);
    expect(load(VA(3))).toMatchObject({ trap: null, value: 0x33333333 });
    expect(store(VA(3), 1).trap).toBe(CAUSE_STORE_PAGE_FAULT);
  });
});

describe('accessed and dirty bits', () => {
  it('the walker sets A on any access and D on stores, in the PTE in memory', () => {
    setL0(6, pte(P2, PTE_V | PTE_R | PTE_W));
    setL0(7, pte(CODE, PTE_V | PTE_X));
    loadProgram(tb.board, CODE, [HALT]);
    expect(load(VA(6)).trap).toBeNull();
    expect(peek32(tb.board, L0 + 24) & (PTE_A | PTE_D)).toBe(PTE_A);
    expect(store(VA(6) + 4, 9).trap).toBeNull(); // the page is in the read TLB now; the store must still walk
    expect(peek32(tb.board, L0 + 24) & (PTE_A | PTE_D)).toBe(PTE_A | PTE_D);
    expect(fetch(VA(7)).trap).toBeNull();
    expect(peek32(tb.board, L0 + 28) & (PTE_A | PTE_D)).toBe(PTE_A);
  });

  it('a faulting access leaves A and D alone', () => {
    setL0(6, pte(P2, PTE_V | PTE_R));
    expect(store(VA(6), 1).trap).toBe(CAUSE_STORE_PAGE_FAULT);
    expect(peek32(tb.board, L0 + 24) & (PTE_A | PTE_D)).toBe(0);
  });

  // §4.3.1 step 7: if pte.a = 0 the walker either raises a page fault or, when "a store to pte would
  // violate a PMA or PMP check, raise[s] an access-fault exception corresponding to the original access type".
  it('setting A in a page table that PMP makes read-only raises a fault instead of writing it', () => {
    setL0(6, pte(P2, PTE_V | PTE_R | PTE_W)); // A = 0
    setCsr(CSR.pmpaddr0, ((L0 >>> 2) | 0x1ff) >>> 0); // NAPOT 4 KiB over L0
    setCsr(CSR.pmpcfg0, 0x19); // NAPOT, R only
    const r = load(VA(6));
    expect([CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT]).toContain(r.trap);
    expect(peek32(tb.board, L0 + 24)).toBe(pte(P2, PTE_V | PTE_R | PTE_W));
  });

  it('a page table that PMP makes unreadable gives an access fault', () => {
    setL0(6, pte(P2, RWXAD));
    setCsr(CSR.pmpaddr0, ((L0 >>> 2) | 0x1ff) >>> 0);
    setCsr(CSR.pmpcfg0, 0x18); // NAPOT, no permissions
    expect(load(VA(6)).trap).toBe(CAUSE_LOAD_ACCESS);
  });
});

describe('TLB and sfence.vma', () => {
  it('a stale translation stays in use until sfence.vma (by address, then global)', () => {
    setL0(8, pte(P1, RWXAD));
    expect(load(VA(8)).value).toBe(0x11111111);
    setL0(8, pte(P2, RWXAD));
    expect(load(VA(8)).value).toBe(0x11111111); // cached
    expect(run([sfenceVma(a1, 0)], PRV_S, { [a1]: VA(8) + 0x123 }).trap).toBeNull();
    expect(load(VA(8)).value).toBe(0x22222222);
    setL0(8, pte(P3, RWXAD));
    expect(load(VA(8)).value).toBe(0x22222222);
    expect(run([sfenceVma()], PRV_S).trap).toBeNull();
    expect(load(VA(8)).value).toBe(0x33333333);
  });

  it('sfence.vma with an address leaves other pages cached', () => {
    setL0(8, pte(P1, RWXAD));
    setL0(9, pte(P1, RWXAD));
    load(VA(8));
    load(VA(9));
    setL0(8, pte(P2, RWXAD));
    setL0(9, pte(P2, RWXAD));
    run([sfenceVma(a1, 0)], PRV_S, { [a1]: VA(8) });
    expect([load(VA(8)).value, load(VA(9)).value]).toEqual([0x22222222, 0x11111111]);
  });

  // §4.2.1: with rs1 != x0 the fence "invalidates all address-translation cache entries that contain leaf
  // page table entries corresponding to the virtual address in rs1" -- for a megapage, that leaf PTE
  // translates every address of the 4 MiB range (Linux flushes huge pages with one address each).
  it('sfence.vma with one address of a megapage drops the whole megapage', () => {
    setRoot(0x300, pte(RAM, PTE_V | PTE_R | PTE_A));
    expect([load(0xc002_0000).value, load(0xc002_1000).value]).toEqual([0x11111111, 0x22222222]);
    setRoot(0x300, 0);
    run([sfenceVma(a1, 0)], PRV_S, { [a1]: 0xc002_1000 });
    expect(load(0xc002_1000).trap).toBe(CAUSE_LOAD_PAGE_FAULT);
    expect(load(0xc002_0000)).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: 0xc002_0000 });
  });

  it('device pages are cached too: no walk per access, permissions kept, dropped by sfence.vma', () => {
    const CLINT_CMP = 0x0200_4000; // the CLINT page holding mtimecmp (reset value: all ones)
    setL0(12, pte(CLINT_CMP, PTE_V | PTE_R | PTE_A)); // read-only
    const walks = (): number => tb.hart.mmu.counters.pageWalks;
    expect(load(VA(12)).value).toBe(0xffffffff);
    const after = walks();
    for (let k = 0; k < 5; k++) expect(load(VA(12)).value).toBe(0xffffffff);
    expect(walks()).toBe(after); // translated once, then from the TLB
    expect(store(VA(12), 5)).toMatchObject({ trap: CAUSE_STORE_PAGE_FAULT, tval: VA(12) }); // a cached read grants no write
    setL0(12, pte(P1, RWXAD));
    expect(load(VA(12)).value).toBe(0xffffffff); // stale until the fence, as for RAM
    run([sfenceVma(a1, 0)], PRV_S, { [a1]: VA(12) });
    expect(load(VA(12)).value).toBe(0x11111111);
  });

  it('an unmapped page becomes reachable after sfence.vma', () => {
    setL0(10, 0);
    expect(load(VA(10)).trap).toBe(CAUSE_LOAD_PAGE_FAULT);
    setL0(10, pte(P3, RWXAD));
    run([sfenceVma()], PRV_S);
    expect(load(VA(10))).toMatchObject({ trap: null, value: 0x33333333 });
  });
});

describe('MPRV', () => {
  beforeEach(() => {
    setL0(0, pte(P1, RWXAD));
    setL0(1, pte(P2, RWXAD | PTE_U));
  });

  it('M-mode loads and stores use MPP translation and permissions; fetches do not', () => {
    setCsr(CSR.mstatus, MSTATUS_MPRV | (PRV_S << 11));
    const r = run([lw(a0, 0, a1), sw(a2, 4, a1), nop], PRV_M, { [a1]: VA(0), [a2]: 0x77 });
    expect(r.trap).toBeNull();
    expect([tb.hart.x[a0], peek32(tb.board, P1 + 4)]).toEqual([0x11111111, 0x77]);
    // MPP = U: the supervisor page is off limits (cause and tval as for a U access).
    setCsr(CSR.mstatus, MSTATUS_MPRV | (PRV_U << 11));
    expect(load(VA(0), PRV_M)).toMatchObject({ trap: CAUSE_LOAD_PAGE_FAULT, tval: VA(0) });
    setCsr(CSR.mstatus, MSTATUS_MPRV | (PRV_U << 11)); // the trap set MPP = M
    expect(load(VA(1), PRV_M)).toMatchObject({ trap: null, value: 0x22222222 });
  });

  it('with MPP = M there is no translation', () => {
    setCsr(CSR.mstatus, MSTATUS_MPRV | (PRV_M << 11));
    expect(load(P3, PRV_M)).toMatchObject({ trap: null, value: 0x33333333 });
  });
});

describe('page-table walks outside RAM', () => {
  it('a root table outside RAM gives access faults (fetch 1, load 5, store 7)', () => {
    setCsr(CSR.satp, 0x8000_0000 | 0x1); // root at PA 0x1000
    expect(run([nop], PRV_S)).toMatchObject({ trap: CAUSE_FETCH_ACCESS, epc: RAM });
    setCsr(CSR.mstatus, MSTATUS_MPRV | (PRV_S << 11));
    expect(load(VA(0), PRV_M).trap).toBe(CAUSE_LOAD_ACCESS);
    expect(store(VA(0), 1, PRV_M).trap).toBe(CAUSE_STORE_ACCESS);
  });

  it('a second-level table outside RAM gives a load access fault', () => {
    setRoot(0x101, pte(0x0000_2000, PTE_V));
    expect(load(0x4040_0000).trap).toBe(CAUSE_LOAD_ACCESS);
  });

  it('a leaf mapping to no device gives an access fault, not a page fault', () => {
    setL0(11, pte(0x0000_3000, RWXAD));
    expect(load(VA(11))).toMatchObject({ trap: CAUSE_LOAD_ACCESS, tval: VA(11) });
  });
});

describe('accesses straddling two virtual pages', () => {
  beforeEach(() => {
    setL0(12, pte(P3, RWXAD));
    setL0(13, pte(P1, RWXAD)); // not physically contiguous with P3
    setL0(14, pte(P2, RWXAD));
    setL0(15, pte(P3, PTE_V | PTE_R | PTE_A)); // read-only
    setL0(16, pte(CODE, PTE_V | PTE_X | PTE_A));
    setL0(17, 0);
  });

  it('a misaligned load reads each byte through its own page', () => {
    poke32(tb.board, P3 + 0xffc, 0xddccbbaa | 0);
    poke32(tb.board, P1, 0x44332211);
    expect(load(VA(13) - 2)).toMatchObject({ trap: null, value: 0x2211ddcc });
  });

  it('a misaligned store into a read-only second page faults without writing the first page', () => {
    poke32(tb.board, P2 + 0xffc, 0x01020304);
    const r = store(VA(15) - 2, 0xaabbccdd | 0);
    expect(r.trap).toBe(CAUSE_STORE_PAGE_FAULT);
    // tval: "the virtual address of the portion of the access that caused the fault" (one of its bytes).
    expect(r.tval).toBeGreaterThanOrEqual(VA(15) - 2);
    expect(r.tval).toBeLessThanOrEqual(VA(15) + 1);
    expect(peek32(tb.board, P2 + 0xffc)).toBe(0x01020304);
    expect(peek8(tb.board, P3)).toBe(0x33);
  });

  it('an instruction whose second half is unmapped: epc = its start, tval = the faulting half', () => {
    poke8(tb.board, CODE + 0xffe, 0x13); // low half of a 32-bit instruction at VA(16) + 0xffe
    poke8(tb.board, CODE + 0xfff, 0x05);
    expect(fetch(VA(16) + 0xffe)).toMatchObject({ trap: CAUSE_FETCH_PAGE_FAULT, epc: VA(16) + 0xffe, tval: VA(17) });
  });

  it('an instruction straddling two mapped pages executes', () => {
    setL0(17, pte(CODE + 0x1000, PTE_V | PTE_X | PTE_A));
    const [lui, addiW] = li(a0, 0x12345678);
    loadProgram(tb.board, CODE + 0xffe, [lui!, addiW!, HALT]);
    expect(fetch(VA(16) + 0xffe).trap).toBeNull(); // runs the lui
    step(tb.hart);
    expect([tb.hart.x[a0], tb.hart.pc >>> 0]).toEqual([0x12345678, VA(17) + 6]);
  });
});
