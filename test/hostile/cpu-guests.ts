/**
 * Assembled guests for the hostile CPU tests: a spinner that masks
 * interrupts and never yields, a counter that does a fixed amount of work
 * and exits, a trap storm (ecall and an illegal instruction, forever, each
 * taken by its own handler), a UART flood, and a jumper that jumps to
 * addresses outside RAM and checks the instruction access fault each time,
 * in M-mode (bare) or S-mode (a full or hw kernel, exiting through SBI),
 * and a self-modifying guest that rewrites a hot routine and checks that
 * every call runs the newest instruction.
 */
import { KERNEL_BASE, VIRT_UART0 } from '../../hypervisor/abi/virt.js';
import { RAM, a0, a1, a3, a4, a5, a6, a7, addi, auipc, beq, blt, csrr, csrrci, csrw, ecall, fenceI, j, jalr, li, mret, or, ra, sb, slli, sret, sw, t0, t1, t2, s2, s4, zero } from '../helpers/asm.js';
import { bareElf, elf32, programBytes } from '../helpers/elf-writer.js';
import { SBI_EXT_SRST, SBI_SRST_REASON_EXIT, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_SHUTDOWN } from '../../hypervisor/abi/sbi.js';
import { exitWithResult, prologue, type ProbeMode } from './dev-probe.js';

const MSTATUS = 0x300, MIE_BIT = 8;
const SEPC = 0x141, SCAUSE = 0x142, STVEC = 0x105;
const FETCH_ACCESS = 1;

/** Masks interrupts and counts in t0 forever (never a `j .`, which would read as a halt). */
export function spinner(): Uint8Array {
  return bareElf(RAM, [csrrci(0, MSTATUS, MIE_BIT), addi(t0, t0, 1), j(-4)]);
}

/** Counts to `n` in a register, then exits 0. */
export function counter(n: number): Uint8Array {
  return bareElf(RAM, [...prologue(), ...li(a3, 0), ...li(a4, n), addi(a3, a3, 1), blt(a3, a4, -4), ...exitWithResult()]);
}

/**
 * An ecall and an illegal instruction (word 0), forever, as a bare program or
 * an S-mode kernel: the prologue's handler skips each trap (a kernel's ecall
 * goes to SBI instead, which refuses the unknown call).
 */
export function trapStorm(mode: ProbeMode = 'bare'): Uint8Array {
  const base = mode === 'bare' ? RAM : KERNEL_BASE;
  return elf32(base, [{ paddr: base, data: programBytes([...prologue(mode), ...li(a7, 0x0bad_0000), ecall, 0, 0, j(-8)]), flags: 7 }]);
}

/** Writes 'x' to the UART forever. */
export function uartFlood(): Uint8Array {
  return bareElf(RAM, [...li(t0, VIRT_UART0), ...li(t1, 0x78), sb(t1, 0, t0), j(-4)]);
}

/** Jumps to `target` with the continuation in a4; sets bit `bit` of s4 unless the trap cause (s2) is a fetch access fault. */
function jumpTo(target: number, bit: number): number[] {
  return [...li(s2, 0), ...li(t0, target), auipc(a4, 0), addi(a4, a4, 12), jalr(0, t0, 0), ...li(t2, FETCH_ACCESS), beq(s2, t2, 16), ...li(t2, 1 << bit), or(s4, s4, t2)];
}

/** The jumps every jumper makes: below RAM, into the device window, past RAM of `ramBytes`, the top of the space. */
function jumps(ramBytes: number): number[] {
  return [0x0000_1000, 0x1000_0000, 0x7fff_fff0, RAM + ramBytes, RAM + ramBytes + 0x10_0000, 0xffff_fff0].flatMap((t, i) => jumpTo(t, i));
}

/** A bare (M-mode) jumper: its handler records mcause and resumes at a4. */
export function bareJumper(ramBytes: number): Uint8Array {
  const handler = [j(16), csrr(s2, 0x342), csrw(0x341, a4), mret];
  return bareElf(RAM, [...handler, ...li(t0, RAM + 4), csrw(0x305, t0), ...li(s4, 0), ...jumps(ramBytes), ...exitWithResult()]);
}

/** An S-mode kernel jumper (full or hw guest): the handler records scause and resumes at a4; exits through SBI SRST with s4. */
export function kernelJumper(ramBytes: number): Uint8Array {
  const handler = [j(16), csrr(s2, SCAUSE), csrw(SEPC, a4), sret];
  const srst = [...li(a7, SBI_EXT_SRST), ...li(a6, SBI_SRST_SYSTEM_RESET), ...li(a0, SBI_SRST_TYPE_SHUTDOWN), ...li(a1, SBI_SRST_REASON_EXIT), or(a1, a1, s4), ecall, j(0)];
  const text = [...handler, ...li(t0, KERNEL_BASE + 4), csrw(STVEC, t0), ...li(s4, 0), ...jumps(ramBytes), ...srst];
  return elf32(KERNEL_BASE, [{ paddr: KERNEL_BASE, data: programBytes(text), flags: 7 }]);
}

/** Where the self-modifying guest's routine lives (its own page). */
const ROUTINE = RAM + 0x1000;

/**
 * For a3 = 0 .. rewrites-1: rewrites the routine's first instruction to
 * `addi a0, zero, a3` (store, fence.i), calls it `calls` times and sets bit 0
 * of s4 whenever a0 is not a3 (a stale translation or decoded copy).
 */
export function selfModifying(rewrites: number, calls: number): Uint8Array {
  const main = [
    ...prologue(), ...li(a3, 0), ...li(a4, rewrites), ...li(t0, ROUTINE),
    slli(t1, a3, 20), ...li(t2, 0x513), or(t1, t1, t2), sw(t1, 0, t0), fenceI, ...li(a5, 0), ...li(a6, calls),
    jalr(ra, t0, 0), beq(a0, a3, 16), ...li(t2, 1), or(s4, s4, t2), addi(a5, a5, 1), blt(a5, a6, -24),
    addi(a3, a3, 1), blt(a3, a4, -72), ...exitWithResult(),
  ];
  const routine = [addi(a0, zero, -1), jalr(zero, ra, 0)];
  return elf32(RAM, [{ paddr: RAM, data: programBytes(main), flags: 7 }, { paddr: ROUTINE, data: programBytes(routine), flags: 7 }]);
}
