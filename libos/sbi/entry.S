/* entry.S - reset entry and M-mode trap entry of the SBI firmware.
 *
 * Boot (fw_dynamic convention): QEMU's reset ROM, or Exovisor's loader,
 * jumps to _start at 0x80000000 in M-mode with a0 = hart id, a1 = device
 * tree, a2 = struct fw_dynamic_info. Hart 0 sets up the firmware and enters
 * the kernel in S-mode with a0 = hart id, a1 = device tree; other harts park.
 *
 * mscratch convention: while S- or U-mode runs, mscratch holds the top of
 * the firmware stack; while the firmware runs, it holds 0. The trap entry
 * swaps sp with mscratch: a nonzero result is the firmware stack (trap from
 * S or U), zero means the trap came from M-mode itself (a guarded access or
 * a firmware bug), which keeps using the current stack.
 */
#include "fw.h"

    .section .text.init.enter, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    csrw mie, zero
    csrw mscratch, zero
    la t0, sbi_trap_entry
    csrw mtvec, t0
    csrr t0, mhartid
    bnez t0, park

    la sp, __stack_top
    /* Zero .bss (16-byte aligned by sbi.ld). */
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    addi t0, t0, 4
    j 1b
2:
    mv s0, a0
    mv s1, a1
    mv a0, a2
    call boot_main              /* boot_main(info) sets mepc, mstatus, ... */

    /* From now on traps come from S or U: they get the whole stack. */
    la t0, __stack_top
    csrw mscratch, t0
    mv a0, s0
    mv a1, s1
    /* Hand over no firmware addresses or values. */
    .irp r, ra,sp,gp,tp,t0,t1,t2,s0,s1,a2,a3,a4,a5,a6,a7,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,t3,t4,t5,t6
    li \r, 0
    .endr
    mret

/* Harts other than 0 wait forever: the firmware serves a single hart. */
park:
    wfi
    j park
    .size _start, . - _start

/* Saves x1, x3..x31 into the frame at sp (x2 is saved separately). */
    .macro SAVE_REGS
    sw x1, (TF_REGS + 1 * 4)(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw x\n, (TF_REGS + \n * 4)(sp)
    .endr
    .endm

/* Restores x1..x31 from the frame at sp, sp last. */
    .macro RESTORE_REGS
    lw x1, (TF_REGS + 1 * 4)(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw x\n, (TF_REGS + \n * 4)(sp)
    .endr
    lw x2, (TF_REGS + 2 * 4)(sp)
    .endm

/* mtvec (direct mode): builds a struct trap_frame, calls sbi_trap(frame),
 * restores mepc, mstatus, mscratch and every register from the frame, mret. */
    .section .text.sbi_trap_entry, "ax", @progbits
    .balign 4
    .globl sbi_trap_entry
    .type sbi_trap_entry, @function
sbi_trap_entry:
    csrrw sp, mscratch, sp
    beqz sp, trap_from_m
    /* From S or U: sp is the stack top, mscratch the interrupted sp. */
    addi sp, sp, -TF_SIZE
    SAVE_REGS
    addi t0, sp, TF_SIZE        /* mscratch on return: the stack top again */
    j trap_saved
trap_from_m:
    /* From M: sp is 0, mscratch the interrupted (firmware) sp. */
    csrr sp, mscratch
    addi sp, sp, -TF_SIZE
    SAVE_REGS
    li t0, 0                    /* mscratch on return: still in the firmware */
trap_saved:
    sw t0, TF_MSCRATCH(sp)
    csrr t0, mscratch
    sw t0, (TF_REGS + 2 * 4)(sp)
    csrw mscratch, zero
    csrr t0, mepc
    sw t0, TF_MEPC(sp)
    csrr t0, mstatus
    sw t0, TF_MSTATUS(sp)

    mv a0, sp
    call sbi_trap

    lw t0, TF_MEPC(sp)
    csrw mepc, t0
    lw t0, TF_MSTATUS(sp)
    csrw mstatus, t0
    lw t0, TF_MSCRATCH(sp)
    csrw mscratch, t0
    RESTORE_REGS
    mret
    .size sbi_trap_entry, . - sbi_trap_entry
