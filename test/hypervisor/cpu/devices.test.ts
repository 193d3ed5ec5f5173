/**
 * The virt board's devices, driven by guest loads and stores where that is
 * what matters (UART, SiFive test, HTIF) and through their MMIO interface
 * for exact register behaviour (CLINT halves, UART interrupt identification).
 */
import { describe, expect, it } from 'vitest';
import { Clock } from '../../../hypervisor/core/clock.js';
import { CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS, MIP_MSIP, MIP_MTIP } from '../../../hypervisor/cpu/isa.js';
import { Clint } from '../../../hypervisor/devices/clint.js';
import { Uart } from '../../../hypervisor/devices/uart.js';
import {
  a0, a1, a2, a3, a4, a5, addi, amoswap, andi, bne, exitWith, HALT, lbu, lh, li, loadProgram, lw, newBoard, nop, peek32,
  type Program, RAM, runToHalt, s0, sb, sw, t0, t1, t2, type TestBoard,
} from '../../helpers/asm.js';

const UART = 0x1000_0000, CLINT = 0x0200_0000, TEST = 0x0010_0000;
const HANDLER = RAM + 0x800;
const bytes = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0));

/** Runs `prog` in M-mode until its final `j .` (a trap also halts, at HANDLER). */
function runProgram(prog: Program, tb: TestBoard = newBoard()): TestBoard {
  loadProgram(tb.board, HANDLER, [HALT]);
  tb.hart.csr.mtvec = HANDLER;
  loadProgram(tb.board, RAM, [...prog, HALT]);
  tb.hart.pc = RAM;
  runToHalt(tb.hart, 10_000, 64);
  return tb;
}
const putc = (ch: number): number[] => [addi(t1, 0, ch), sb(t1, 0, t0)];

describe('UART (ns16550a)', () => {
  it('sends THR writes to the console and reports the transmitter empty in LSR', () => {
    const tb = runProgram([...li(t0, UART), ...putc(0x48), ...putc(0x69), lbu(a1, 5, t0)]);
    expect(tb.console).toEqual(bytes('Hi'));
    expect(tb.hart.x[a1]! & 0x60).toBe(0x60); // THRE | TEMT
    expect(tb.hart.x[a1]! & 1).toBe(0); // no data ready
    expect(tb.board.uart.txBytes).toBe(2);
  });

  it('DLAB switches offsets 0 and 1 to the divisor latch', () => {
    const tb = runProgram([
      ...li(t0, UART), addi(t1, 0, 0x80), sb(t1, 3, t0), addi(t1, 0, 3), sb(t1, 0, t0), addi(t1, 0, 1), sb(t1, 1, t0),
      lbu(a1, 0, t0), lbu(a2, 1, t0), lbu(a3, 3, t0), addi(t1, 0, 3), sb(t1, 3, t0), lbu(a4, 1, t0), ...putc(0x78),
    ]);
    const x = tb.hart.x;
    expect([x[a1], x[a2], x[a3], x[a4]]).toEqual([3, 1, 0x80, 0]); // DLL, DLM, LCR, then IER (untouched) with DLAB clear
    expect(tb.console).toEqual(bytes('x')); // the divisor write did not transmit
  });

  it('queues input in the receive FIFO and flags it with LSR.DR', () => {
    const tb = newBoard();
    tb.board.uart.pushInput(bytes('AB'));
    runProgram([...li(t0, UART), lbu(a1, 5, t0), lbu(a2, 0, t0), lbu(a3, 0, t0), lbu(a4, 5, t0), lbu(a5, 0, t0)], tb);
    const x = tb.hart.x;
    expect([x[a1]! & 1, x[a2], x[a3], x[a4]! & 1, x[a5]]).toEqual([1, 0x41, 0x42, 0, 0]);
  });

  it.each([['interpreter', false], ['translation tier', true]] as const)('receives every byte of a hot output loop (%s)', (_n, jit) => {
    const tb = newBoard();
    tb.hart.jit = jit;
    runProgram([...li(t0, UART), ...li(s0, 200), andi(t1, s0, 0x3f), addi(t1, t1, 0x30), sb(t1, 0, t0), addi(s0, s0, -1),
      bne(s0, 0, -16)], tb);
    expect(tb.console).toEqual(Array.from({ length: 200 }, (_, i) => 0x30 + ((200 - i) & 0x3f)));
  });

  it('keeps the scratch register and answers only byte accesses', () => {
    const tb = runProgram([...li(t0, UART), addi(t1, 0, 0x5a), sb(t1, 7, t0), lbu(a1, 7, t0), lh(a2, 0, t0)]);
    expect(tb.hart.x[a1]).toBe(0x5a);
    expect([tb.hart.pc >>> 0, tb.hart.csr.mcause, tb.hart.csr.mtval >>> 0]).toEqual([HANDLER, CAUSE_LOAD_ACCESS, UART]);
  });

  it('identifies receive-data and THR-empty interrupts in IIR and drives its line', () => {
    const levels: boolean[] = [];
    const u = new Uart('u', 0, () => {}, (level) => levels.push(level));
    expect(u.read(2, 1)).toBe(0x01); // no interrupt pending
    u.write(1, 1, 0x03); // IER: RDI | THRI
    expect(u.read(2, 1)).toBe(0x02); // THR empty; reading IIR acknowledges it
    expect(u.read(2, 1)).toBe(0x01);
    u.pushInput([0x31]);
    expect(levels.at(-1)).toBe(true);
    expect(u.read(2, 1)).toBe(0x04);
    expect(u.read(0, 1)).toBe(0x31);
    expect(levels.at(-1)).toBe(false);
    u.write(2, 1, 0x01); // FCR: FIFOs on
    expect(u.read(2, 1)! & 0xc0).toBe(0xc0);
  });
});

describe('CLINT', () => {
  function clint(): { c: Clint; advance: (insns: number) => void; lines: () => number } {
    let retired = 0;
    let mip = 0;
    const clock = new Clock('deterministic', () => retired);
    const c = new Clint('clint', CLINT, clock, (mask, bits) => { mip = (mip & ~mask) | bits; });
    return { c, advance: (n) => { retired += n; }, lines: () => mip };
  }

  it('mtime counts retired instructions / 10 and reads as two 32-bit halves', () => {
    const tb = runProgram([...Array<number>(40).fill(nop), ...li(t0, CLINT + 0xbff8), lw(a1, 0, t0), lw(a2, 4, t0)]);
    expect([tb.hart.x[a1], tb.hart.x[a2]]).toEqual([4, 0]); // read after 42 instructions
  });

  it('mtime writes set each half, and the low half carries into the high one', () => {
    const { c, advance } = clint();
    c.write(0xbff8, 4, 0xfffffff0 | 0);
    c.write(0xbffc, 4, 5);
    expect([c.read(0xbff8, 4)! >>> 0, c.read(0xbffc, 4)]).toEqual([0xfffffff0, 5]);
    advance(160); // 16 ticks
    expect([c.read(0xbff8, 4), c.read(0xbffc, 4)]).toEqual([0, 6]);
  });

  it('mtimecmp halves read back what was written and drive MTIP', () => {
    const { c, advance, lines } = clint();
    c.write(0x4000, 4, 0x89abcdef | 0);
    c.write(0x4004, 4, 0x1234);
    expect([c.read(0x4000, 4)! >>> 0, c.read(0x4004, 4)]).toEqual([0x89abcdef, 0x1234]);
    expect(c.mtimecmp).toBe(0x1234 * 2 ** 32 + 0x89abcdef);
    c.write(0x4004, 4, 0);
    c.write(0x4000, 4, 3);
    expect(lines() & MIP_MTIP).toBe(0);
    advance(29);
    c.update();
    expect(lines() & MIP_MTIP).toBe(0);
    advance(1);
    c.update();
    expect(lines() & MIP_MTIP).toBe(MIP_MTIP);
    c.write(0x4000, 4, 100); // moving mtimecmp ahead drops the line
    expect(lines() & MIP_MTIP).toBe(0);
  });

  it('mtimecmp keeps every 64-bit value exactly, all ones included (its reset value)', () => {
    const { c, lines } = clint();
    expect([c.read(0x4000, 4)! >>> 0, c.read(0x4004, 4)! >>> 0]).toEqual([0xffffffff, 0xffffffff]);
    c.write(0x4000, 4, 0);
    c.write(0x4004, 4, 0xffffffff | 0);
    c.write(0x4000, 4, 0xfffffffe | 0);
    expect([c.read(0x4000, 4)! >>> 0, c.read(0x4004, 4)! >>> 0]).toEqual([0xfffffffe, 0xffffffff]);
    expect(lines() & MIP_MTIP).toBe(0);
  });

  it('msip has one bit and drives MSIP', () => {
    const { c, lines } = clint();
    c.write(0, 4, 3);
    expect([c.read(0, 4), lines() & MIP_MSIP]).toEqual([1, MIP_MSIP]);
    c.write(0, 4, 2);
    expect([c.read(0, 4), lines() & MIP_MSIP]).toEqual([0, 0]);
  });

  it('refuses accesses narrower than a word', () => {
    const { c } = clint();
    expect(c.read(0, 1)).toBeNull();
    expect(c.write(0x4000, 2, 1)).toBe(false);
    const tb = runProgram([...li(t0, CLINT), sb(0, 0, t0)]);
    expect([tb.hart.pc >>> 0, tb.hart.csr.mcause]).toEqual([HANDLER, CAUSE_STORE_ACCESS]);
  });

  it('guest stores reach the hart\'s mip through the board', () => {
    const tb = runProgram([...li(t0, CLINT), addi(t1, 0, 1), sw(t1, 0, t0)]);
    expect(tb.hart.csr.mip & MIP_MSIP).toBe(MIP_MSIP);
  });
});

describe('SiFive test device', () => {
  /** Stores `value` to the device with `store` (sw by default), then exits with 42 through the device. */
  function finish(value: number, store = sw, offset = 0): ReturnType<TestBoard['board']['run']> {
    const tb = newBoard();
    loadProgram(tb.board, RAM, [...li(t0, TEST), ...li(t1, value), store(t1, offset, t0), ...exitWith(42), HALT]);
    return tb.board.run({ maxInsns: 10_000 });
  }

  it('0x5555 passes, code << 16 | 0x3333 fails with code, 0x7777 resets', () => {
    expect(finish(0x5555)).toEqual({ kind: 'exit', code: 0 });
    expect(finish((7 << 16) | 0x3333)).toEqual({ kind: 'exit', code: 7 });
    expect(finish((0xffff << 16) | 0x3333)).toEqual({ kind: 'exit', code: 0xffff });
    expect(finish(0x7777)).toEqual({ kind: 'reset' });
  });

  it('ignores other values and other widths', () => {
    expect(finish(0x1234)).toEqual({ kind: 'exit', code: 42 });
    expect(finish(0x5555, sb)).toEqual({ kind: 'exit', code: 42 });
    expect(finish(0x5555, sw, 4)).toEqual({ kind: 'exit', code: 42 });
  });
});

describe('HTIF', () => {
  const TOHOST = RAM + 0x1000, FROMHOST = RAM + 0x1008, BLOCK = RAM + 0x2000, BUF = RAM + 0x2100;

  function boot(prog: Program, withFromhost = true): TestBoard {
    const tb = newBoard();
    const symbols = new Map([['tohost', TOHOST]]);
    if (withFromhost) symbols.set('fromhost', FROMHOST);
    tb.board.load({ entry: RAM, segments: [{ paddr: RAM, memSize: 0x3000, data: new Uint8Array(4), flags: 7 }], symbols });
    loadProgram(tb.board, RAM, [...prog, HALT]);
    return tb;
  }
  const tohost = (lo: number[], hi: number[]): number[] => [...li(t0, TOHOST), ...lo, sw(t1, 0, t0), ...hi, sw(t2, 4, t0)];

  it('device 1 command 1 prints a character; tohost is cleared and fromhost set', () => {
    const tb = boot([
      ...tohost(li(t1, 0x4f), li(t2, 0x0101_0000)), lw(a1, 0, t0), lw(a2, 4, t0), ...li(t0, FROMHOST), lw(a3, 0, t0),
      ...tohost(li(t1, 0x4b), li(t2, 0x0101_0000)), ...exitWith(9),
    ]);
    expect(tb.board.run({ maxInsns: 10_000 })).toEqual({ kind: 'exit', code: 9 });
    expect(tb.console).toEqual(bytes('OK'));
    expect([tb.hart.x[a1], tb.hart.x[a2], tb.hart.x[a3]]).toEqual([0, 0, 1]);
  });

  it('an odd payload exits with payload >> 1', () => {
    const tb = boot([...tohost(li(t1, (21 << 1) | 1), li(t2, 0)), ...exitWith(9)], false);
    expect(tb.board.run({ maxInsns: 10_000 })).toEqual({ kind: 'exit', code: 21 });
  });

  it('nothing happens until the high word is written', () => {
    const tb = boot([...li(t0, TOHOST), ...li(t1, 3), sw(t1, 0, t0), ...exitWith(9)]);
    expect(tb.board.run({ maxInsns: 10_000 })).toEqual({ kind: 'exit', code: 9 });
    expect(peek32(tb.board, TOHOST)).toBe(3);
  });

  it('serves a proxied write(1, buf, len) syscall and returns len in the block', () => {
    const text = bytes('hello\n');
    const tb = boot([
      ...li(t0, BLOCK), ...li(t1, 64), sw(t1, 0, t0), addi(t1, 0, 1), sw(t1, 8, t0), ...li(t1, BUF), sw(t1, 16, t0),
      addi(t1, 0, text.length), sw(t1, 24, t0), ...tohost(li(t1, BLOCK), li(t2, 0)), ...li(t0, BLOCK), lw(a0, 0, t0),
      ...exitWith(9),
    ]);
    text.forEach((b, i) => { tb.board.bus.mem8[BUF - RAM + i] = b; });
    expect(tb.board.run({ maxInsns: 10_000 })).toEqual({ kind: 'exit', code: 9 });
    expect(tb.console).toEqual(text);
    expect(tb.hart.x[a0]).toBe(text.length);
  });

  it.each([['interpreter', false], ['translation tier', true]] as const)('sees every store from a hot loop (%s)', (_n, jit) => {
    // 100 putchars: tohost stores must never take a TLB fast path, translated or not.
    const tb = boot([
      ...li(s0, 100), ...li(t0, TOHOST), ...li(t2, 0x0101_0000), addi(t1, s0, 0x20), sw(t1, 0, t0), sw(t2, 4, t0),
      addi(s0, s0, -1), bne(s0, 0, -16), ...exitWith(9),
    ]);
    tb.hart.jit = jit;
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 9 });
    expect(tb.console).toEqual(Array.from({ length: 100 }, (_, i) => 0x20 + 100 - i));
  });

  it('sees a command whose high word is written by an AMO', () => {
    const tb = boot([...li(t0, TOHOST), ...li(t1, 0x4f), sw(t1, 0, t0), ...li(t2, 0x0101_0000), addi(t0, t0, 4),
      amoswap(0, t2, t0), ...exitWith(9)]);
    expect(tb.board.run({ maxInsns: 10_000 })).toEqual({ kind: 'exit', code: 9 });
    expect(tb.console).toEqual(bytes('O'));
  });

  it('is not attached without a tohost symbol: stores there are plain memory', () => {
    const tb = newBoard();
    tb.board.load({ entry: RAM, segments: [{ paddr: RAM, memSize: 0x3000, data: new Uint8Array(4), flags: 7 }], symbols: new Map() });
    runProgram([...tohost(li(t1, 0x4f), li(t2, 0x0101_0000))], tb);
    expect(tb.console).toEqual([]);
    expect(peek32(tb.board, TOHOST + 4)).toBe(0x0101_0000);
  });
});
