/**
 * Interrupts through the whole machine (VirtBoard.run with the
 * deterministic clock): CLINT timer and software interrupts, priority,
 * the global-enable rules per privilege and delegation, WFI wake-up and
 * halting, and STIP raised by M-mode software for S-mode.
 */
import { describe, expect, it } from 'vitest';
import {
  CAUSE_INTERRUPT, CSR, IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER, MIP_MEIP, MIP_MSIP,
  MIP_MTIP, MIP_SEIP, MIP_SSIP, MIP_STIP, MSTATUS_MIE, MSTATUS_SIE, PRV_M, PRV_S, PRV_U,
} from '../../../hypervisor/cpu/isa.js';
import {
  a0, a1, a2, a3, a4, addi, bne, csrc, csrr, csrrsi, csrs, csrw, exitWith, j, li, loadProgram, lw, mret, newBoard, pmpAllowAll,
  type Program, RAM, sw, t0, t1, type TestBoard, wfi,
} from '../../helpers/asm.js';

const M_HANDLER = RAM + 0x400;
const S_HANDLER = RAM + 0x500;
const LOWER_CODE = RAM + 0x600;
const CLINT = 0x0200_0000, MTIMECMP = CLINT + 0x4000;
const IRQ = (n: number): number => (CAUSE_INTERRUPT | n) | 0;

/** A board with `main` at RAM, the M handler, and optional S handler / S-U code; PMP open for S and U. */
function boot(main: Program, handler: Program, extra: { sHandler?: Program; lower?: Program } = {}): TestBoard {
  const tb = newBoard();
  loadProgram(tb.board, RAM, main);
  loadProgram(tb.board, M_HANDLER, handler);
  if (extra.sHandler) loadProgram(tb.board, S_HANDLER, extra.sHandler);
  if (extra.lower) loadProgram(tb.board, LOWER_CODE, extra.lower);
  pmpAllowAll(tb.hart);
  return tb;
}
const setMtvec = [...li(t0, M_HANDLER), csrw(CSR.mtvec, t0)];
const setTimer = (ticks: number): number[] => [...li(t0, MTIMECMP), ...li(t1, ticks), sw(t1, 0, t0), sw(0, 4, t0)];
const spin = [addi(a0, a0, 1), j(-4)];
/** Enters `priv` at LOWER_CODE through mret. */
const enter = (priv: number): number[] => [
  ...li(t0, 3 << 11), csrc(CSR.mstatus, t0), ...li(t0, priv << 11), csrs(CSR.mstatus, t0), ...li(t0, LOWER_CODE), csrw(CSR.mepc, t0), mret,
];

describe('machine timer interrupt through the CLINT', () => {
  const main = [...setMtvec, ...setTimer(100), ...li(t1, MIP_MTIP), csrw(CSR.mie, t1), csrrsi(0, CSR.mstatus, MSTATUS_MIE), ...spin];
  const handler = [csrr(a1, CSR.mcause), csrr(a2, CSR.minstret), csrr(a3, CSR.time), csrr(a4, CSR.mepc), ...exitWith(0)];

  function once(jit = true): { x: number[]; retired: number } {
    const tb = boot(main, handler);
    tb.hart.jit = jit;
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 0 });
    return { x: [...tb.hart.x.slice(0, 32)], retired: tb.hart.retired() };
  }

  it('is taken once mtime reaches mtimecmp, promptly, with mcause = interrupt 7', () => {
    const { x } = once();
    expect(x[a1]).toBe(IRQ(IRQ_M_TIMER));
    expect(x[a3]).toBeGreaterThanOrEqual(100);
    expect(x[a3]).toBeLessThanOrEqual(101);
    expect(x[a4]! >>> 0).toBeGreaterThanOrEqual(RAM);
    expect(x[a0]).toBeGreaterThan(400); // the loop ran ~1000 instructions before the tick
  });

  it('lands on the same instruction in every run (deterministic clock), on either execution tier', () => {
    const a = once(), b = once(), c = once(false);
    expect([b.x[a0], b.x[a2], b.x[a4], b.retired]).toEqual([a.x[a0], a.x[a2], a.x[a4], a.retired]);
    expect([c.x[a0], c.x[a2], c.x[a4], c.retired]).toEqual([a.x[a0], a.x[a2], a.x[a4], a.retired]);
  });

  // §3.2.1: "A machine timer interrupt becomes pending whenever mtime contains a value greater than or
  // equal to mtimecmp". Here a long interpreter entry ends with the CSR write that enables MTIE, so the
  // run loop must see an exact retired count at that point (a double count once raised MTIP ~30 ticks early).
  it('is never taken before mtime reaches mtimecmp, even right after a long run of instructions', () => {
    const tb = boot([
      ...setMtvec, csrrsi(0, CSR.mstatus, MSTATUS_MIE), ...li(t1, 300), addi(t1, t1, -1), bne(t1, 0, -4), // ~600 instructions
      ...li(t0, CLINT + 0xbff8), lw(t1, 0, t0), addi(t1, t1, 30), ...li(t0, MTIMECMP), sw(0, 4, t0), sw(t1, 0, t0),
      ...li(t1, MIP_MTIP), csrw(CSR.mie, t1), ...spin,
    ], [csrr(a1, CSR.mcause), csrr(a3, CSR.time), ...li(t0, MTIMECMP), lw(a4, 0, t0), ...exitWith(0)]);
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 0 });
    const x = tb.hart.x;
    expect(x[a1]).toBe(IRQ(IRQ_M_TIMER));
    expect(x[a3]).toBeGreaterThanOrEqual(x[a4]!);
  });

  it('is not taken while mie.MTIE = 0', () => {
    const tb = boot([...setMtvec, ...setTimer(10), csrrsi(0, CSR.mstatus, MSTATUS_MIE), ...spin], handler);
    expect(tb.board.run({ maxInsns: 5000 })).toEqual({ kind: 'limit', limit: 'insns' });
    expect(tb.hart.csr.mip & MIP_MTIP).toBe(MIP_MTIP);
    expect(tb.hart.csr.mcause).toBe(0);
  });
});

describe('machine software interrupt', () => {
  it('a write to msip raises it; clearing msip drops the line', () => {
    const main = [...setMtvec, ...li(t1, MIP_MSIP), csrw(CSR.mie, t1), csrrsi(0, CSR.mstatus, MSTATUS_MIE),
      ...li(t0, CLINT), addi(t1, 0, 1), sw(t1, 0, t0), ...spin];
    const handler = [csrr(a1, CSR.mcause), ...li(t0, CLINT), sw(0, 0, t0), csrr(a2, CSR.mip), ...exitWith(0)];
    const tb = boot(main, handler);
    expect(tb.board.run({ maxInsns: 200_000 })).toEqual({ kind: 'exit', code: 0 });
    expect(tb.hart.x[a1]).toBe(IRQ(IRQ_M_SOFT));
    expect(tb.hart.x[a2]! & MIP_MSIP).toBe(0);
  });

  // The store to msip is the instruction before the spin loop: the interrupt must be taken right
  // after it, not at the end of the run loop's chunk.
  it('is taken on the instruction after the msip write (the write ends the chunk)', () => {
    const main = [...setMtvec, ...li(t1, MIP_MSIP), csrw(CSR.mie, t1), csrrsi(0, CSR.mstatus, MSTATUS_MIE),
      ...li(t0, CLINT), addi(t1, 0, 1), sw(t1, 0, t0), ...spin];
    for (const jit of [false, true]) {
      const tb = boot(main, [csrr(a1, CSR.mcause), ...li(t0, CLINT), sw(0, 0, t0), ...exitWith(0)]);
      tb.hart.jit = jit;
      expect(tb.board.run({ maxInsns: 200_000 })).toEqual({ kind: 'exit', code: 0 });
      expect(tb.hart.x[a1]).toBe(IRQ(IRQ_M_SOFT));
      expect(tb.hart.x[a0], `spin iterations before the interrupt (jit ${jit})`).toBe(0);
    }
  });

  it('beats a simultaneous timer interrupt (priority MSI > MTI)', () => {
    const main = [...setMtvec, ...setTimer(0), ...li(t0, CLINT), addi(t1, 0, 1), sw(t1, 0, t0),
      ...li(t1, MIP_MSIP | MIP_MTIP), csrw(CSR.mie, t1), csrrsi(0, CSR.mstatus, MSTATUS_MIE), ...spin];
    const tb = boot(main, [csrr(a1, CSR.mcause), csrr(a2, CSR.mip), ...exitWith(0)]);
    expect(tb.board.run({ maxInsns: 200_000 })).toEqual({ kind: 'exit', code: 0 });
    expect(tb.hart.x[a1]).toBe(IRQ(IRQ_M_SOFT));
    expect(tb.hart.x[a2]! & (MIP_MSIP | MIP_MTIP)).toBe(MIP_MSIP | MIP_MTIP);
  });
});

describe('interrupt selection (Hart.pendingInterrupt)', () => {
  const ALL = MIP_MEIP | MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP;

  function hartWith(pending: number, opts: { priv: number; mstatus?: number; mideleg?: number; mie?: number }) {
    const { hart } = newBoard();
    const c = hart.csr;
    c.write(CSR.mie, opts.mie ?? ALL, PRV_M);
    c.write(CSR.mideleg, opts.mideleg ?? 0, PRV_M);
    c.write(CSR.mstatus, opts.mstatus ?? 0, PRV_M);
    c.mipLines = pending & (MIP_MEIP | MIP_MSIP | MIP_MTIP | MIP_SEIP);
    c.mipSoft = pending & (MIP_SSIP | MIP_STIP);
    hart.priv = opts.priv;
    return hart;
  }

  it('follows the priority MEI, MSI, MTI, SEI, SSI, STI', () => {
    const order = [IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER];
    let pending = ALL;
    for (const irq of order) {
      expect(hartWith(pending, { priv: PRV_U }).pendingInterrupt()).toBe(irq);
      pending &= ~(1 << irq);
    }
    expect(hartWith(0, { priv: PRV_U }).pendingInterrupt()).toBe(-1);
  });

  it('M-level interrupts go first even when S-level ones are delegated and enabled', () => {
    expect(hartWith(MIP_SEIP | MIP_MTIP, { priv: PRV_S, mstatus: MSTATUS_SIE, mideleg: MIP_SEIP }).pendingInterrupt())
      .toBe(IRQ_M_TIMER);
  });

  it('in M-mode, M-level interrupts need MIE', () => {
    expect(hartWith(MIP_MTIP, { priv: PRV_M }).pendingInterrupt()).toBe(-1);
    expect(hartWith(MIP_MTIP, { priv: PRV_M, mstatus: MSTATUS_MIE }).pendingInterrupt()).toBe(IRQ_M_TIMER);
  });

  it('in S- and U-mode, M-level interrupts are taken even with MIE = 0', () => {
    expect(hartWith(MIP_MTIP, { priv: PRV_S }).pendingInterrupt()).toBe(IRQ_M_TIMER);
    expect(hartWith(MIP_MSIP, { priv: PRV_U }).pendingInterrupt()).toBe(IRQ_M_SOFT);
  });

  it('delegated interrupts are never taken in M-mode', () => {
    expect(hartWith(MIP_STIP, { priv: PRV_M, mstatus: MSTATUS_MIE | MSTATUS_SIE, mideleg: MIP_STIP }).pendingInterrupt()).toBe(-1);
  });

  it('delegated interrupts need SIE in S-mode but not in U-mode', () => {
    expect(hartWith(MIP_STIP, { priv: PRV_S, mideleg: MIP_STIP }).pendingInterrupt()).toBe(-1);
    expect(hartWith(MIP_STIP, { priv: PRV_S, mstatus: MSTATUS_SIE, mideleg: MIP_STIP }).pendingInterrupt()).toBe(IRQ_S_TIMER);
    expect(hartWith(MIP_STIP, { priv: PRV_U, mideleg: MIP_STIP }).pendingInterrupt()).toBe(IRQ_S_TIMER);
  });

  it('undelegated S-level interrupts go to M and follow the M rules', () => {
    expect(hartWith(MIP_SSIP, { priv: PRV_S }).pendingInterrupt()).toBe(IRQ_S_SOFT);
    expect(hartWith(MIP_SSIP, { priv: PRV_M }).pendingInterrupt()).toBe(-1);
  });

  it('nothing is taken unless enabled in mie', () => {
    expect(hartWith(ALL, { priv: PRV_U, mie: 0 }).pendingInterrupt()).toBe(-1);
    expect(hartWith(ALL, { priv: PRV_U, mie: MIP_STIP }).pendingInterrupt()).toBe(IRQ_S_TIMER);
  });
});

describe('global enables on the running machine', () => {
  it('a timer interrupt preempts U-mode code although mstatus.MIE = 0', () => {
    const main = [...setMtvec, ...setTimer(50), ...li(t1, MIP_MTIP), csrw(CSR.mie, t1), ...enter(PRV_U)];
    const tb = boot(main, [csrr(a1, CSR.mcause), csrr(a2, CSR.mstatus), csrr(a3, CSR.mepc), ...exitWith(0)], { lower: spin });
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 0 });
    const x = tb.hart.x;
    expect([x[a1], (x[a2]! >>> 11) & 3, x[a2]! & MSTATUS_MIE]).toEqual([IRQ(IRQ_M_TIMER), PRV_U, 0]);
    expect([LOWER_CODE, LOWER_CODE + 4]).toContain(x[a3]! >>> 0);
  });

  it('STIP set by M-mode software is delivered to S-mode when delegated', () => {
    const main = [
      ...setMtvec, ...li(t0, S_HANDLER), csrw(CSR.stvec, t0), ...li(t1, MIP_STIP), csrw(CSR.mideleg, t1), csrw(CSR.mie, t1),
      csrrsi(0, CSR.mstatus, MSTATUS_SIE | MSTATUS_MIE), csrs(CSR.mip, t1), addi(a4, 0, 1), // still in M: not taken here
      ...enter(PRV_S),
    ];
    const sHandler = [csrr(a1, CSR.scause), csrr(a2, CSR.sepc), csrr(a3, CSR.sstatus), ...exitWith(0)];
    const tb = boot(main, [csrr(a1, CSR.mcause), ...exitWith(9)], { sHandler, lower: spin });
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 0 });
    const x = tb.hart.x;
    expect([x[a1], x[a2]! >>> 0, x[a4], tb.hart.priv]).toEqual([IRQ(IRQ_S_TIMER), LOWER_CODE, 1, PRV_S]);
    expect(x[a3]! & 0x122).toBe(0x120); // SIE cleared, SPIE set, SPP = S
  });
});

describe('WFI', () => {
  it('wakes when an interrupt is pending and enabled in mie, even with MIE = 0, without trapping', () => {
    const main = [...setMtvec, ...setTimer(50), ...li(t1, MIP_MTIP), csrw(CSR.mie, t1), wfi, csrr(a1, CSR.mip),
      csrr(a2, CSR.mcause), csrr(a3, CSR.time), ...exitWith(3)];
    const tb = boot(main, exitWith(9));
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 3 });
    const x = tb.hart.x;
    expect([x[a1]! & MIP_MTIP, x[a2]]).toEqual([MIP_MTIP, 0]);
    expect(x[a3]).toBeGreaterThanOrEqual(50);
    expect(tb.hart.retired()).toBeLessThan(100); // time was skipped, not spun through
  });

  it('with a taken interrupt, mepc is the instruction after the wfi', () => {
    const main = [...setMtvec, ...setTimer(20), ...li(t1, MIP_MTIP), csrw(CSR.mie, t1), csrrsi(0, CSR.mstatus, MSTATUS_MIE), wfi];
    const wfiAt = RAM + 4 * (main.length - 1);
    const tb = boot([...main, ...spin], [csrr(a1, CSR.mcause), csrr(a2, CSR.mepc), ...exitWith(0)]);
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 0 });
    expect([tb.hart.x[a1], tb.hart.x[a2]! >>> 0]).toEqual([IRQ(IRQ_M_TIMER), wfiAt + 4]);
  });

  it('with nothing that could wake it, the run ends as a halt', () => {
    const tb = boot([...setMtvec, wfi, ...exitWith(0)], exitWith(9));
    const r = tb.board.run({ maxInsns: 100_000 });
    expect(r.kind).toBe('halt');
    const armedButNever = boot([...setMtvec, ...li(t1, MIP_MTIP), csrw(CSR.mie, t1), wfi, ...exitWith(0)], exitWith(9));
    expect(armedButNever.board.run({ maxInsns: 100_000 }).kind).toBe('halt'); // mtimecmp still at its reset value
  });
});
