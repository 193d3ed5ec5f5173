/**
 * Assembled guests for the hostile device and CPU tests. A probe program
 * (bare in M-mode, or a full or hw kernel in S-mode) installs a trap
 * handler that records the trap cause in s2 and skips the faulting
 * instruction, then makes each access in turn and
 * compares the cause it saw with the one expected (0: the access
 * completed). It exits through the SiFive test device: 0 when every probe
 * matched, else a mask with bit (i mod 16) set for each mismatching probe i.
 */
import { RAM, HALT, a3, a4, addi, amoswap, blt, lr, beq, bne, csrr, csrw, j, jal, lb, lh, li, lw, mret, or, sret, sb, sh, slli, sw, t0, t1, t2, t5, t6, s2, s4, s5, zero } from '../helpers/asm.js';
import { elf32, programBytes } from '../helpers/elf-writer.js';
import { KERNEL_BASE } from '../../hypervisor/abi/virt.js';

const MTVEC = 0x305, MEPC = 0x341, MCAUSE = 0x342, STVEC = 0x105, SEPC = 0x141, SCAUSE = 0x142;
/** The SiFive test device (exit). */
const TEST_DEV = 0x0010_0000;

/** One access a probe makes: its instruction, its address and the trap cause it must end in (0 for none). */
export interface Probe { op: 'lb' | 'lh' | 'lw' | 'sb' | 'sh' | 'sw' | 'amoswap' | 'lr'; addr: number; cause: number }

/** Where a probe program runs: M-mode at RAM (a bare program) or S-mode at KERNEL_BASE (a full or hw kernel). */
export type ProbeMode = 'bare' | 'kernel';

/** The trap CSRs, return instruction and base address of each mode. */
const MODES = {
  bare: { tvec: MTVEC, epc: MEPC, cause: MCAUSE, ret: mret, base: RAM },
  kernel: { tvec: STVEC, epc: SEPC, cause: SCAUSE, ret: sret, base: KERNEL_BASE },
} as const;

/**
 * The handler (s2 = cause, epc += 4, back; clobbers s5) after a jump over
 * it, installed at base + 4, and the mismatch mask cleared: the start of
 * every probe program, so a fault the guest takes is the guest's to see.
 */
export function prologue(mode: ProbeMode = 'bare'): number[] {
  const m = MODES[mode];
  return [j(24), csrr(s2, m.cause), csrr(s5, m.epc), addi(s5, s5, 4), csrw(m.epc, s5), m.ret, ...li(t0, m.base + 4), csrw(m.tvec, t0), ...li(s4, 0)];
}

/** Stores `value` to the word at `addr`. */
export const store = (addr: number, value: number): number[] => [...li(t0, addr), ...li(t1, value), sw(t1, 0, t0)];

/** Loads the word at `addr` and sets bit `bit` of s4 unless it reads `value`. */
export const expectWord = (addr: number, value: number, bit: number): number[] =>
  [...li(t0, addr), lw(t1, 0, t0), ...li(t2, value), beq(t1, t2, 16), ...li(t2, 1 << bit), or(s4, s4, t2)];

/** `n` stores of a marker to the word at `addr`, in a loop (clobbers a3, a4). */
export function storeLoop(addr: number, n: number): number[] {
  return [...li(t0, addr), ...li(t1, 0xdeadbeef), ...li(a3, 0), ...li(a4, n), sw(t1, 0, t0), addi(a3, a3, 1), blt(a3, a4, -8)];
}

/** A program of `mode` (see probeProgram): the prologue, `body`, and the exit with the result. */
export function programOf(body: readonly number[], mode: ProbeMode = 'bare'): Uint8Array {
  const base = MODES[mode].base;
  return elf32(base, [{ paddr: base, data: programBytes([...prologue(mode), ...body, ...exitWithResult()]), flags: 7 }]);
}

/** The instruction of `p` on address register t0 (stores write t1). */
function access(p: Probe): number {
  switch (p.op) {
    case 'lb': return lb(t1, 0, t0);
    case 'lh': return lh(t1, 0, t0);
    case 'lw': return lw(t1, 0, t0);
    case 'sb': return sb(t1, 0, t0);
    case 'sh': return sh(t1, 0, t0);
    case 'amoswap': return amoswap(t1, t1, t0);
    case 'lr': return lr(t1, t0);
    default: return sw(t1, 0, t0);
  }
}

/** Probe `i`: clears s2, makes the access, and sets bit (i mod 16) of s4 unless s2 is the expected cause. */
function probeInsns(p: Probe, i: number): number[] {
  return [...li(s2, 0), ...li(t0, p.addr), ...li(t1, 0x5a5a5a5a), access(p), ...li(t2, p.cause), beq(s2, t2, 16), ...li(t2, 1 << (i % 16)), or(s4, s4, t2)];
}

/** Instructions that exit with 0 when s4 is 0, else with code s4 (a 16-bit mask). */
export function exitWithResult(): number[] {
  return [
    ...li(t5, TEST_DEV), ...li(t6, 0x5555), bne(s4, zero, 8), jal(0, 20),
    slli(t6, s4, 16), ...li(t2, 0x3333), or(t6, t6, t2),
    sw(t6, 0, t5), HALT,
  ];
}

/** A program (bare, or a kernel for a full or hw guest) making `probes` in order and exiting with the result. */
export function probeProgram(probes: readonly Probe[], mode: ProbeMode = 'bare'): Uint8Array {
  return programOf(probes.flatMap(probeInsns), mode);
}
