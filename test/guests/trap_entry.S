/* trap_entry.S - register-saving M- and S-mode trap entries for tests.
 *
 * trap_m_entry / trap_s_entry swap sp with mscratch / sscratch (which must
 * hold the top of a dedicated trap stack), save x1..x31 in a struct
 * trap_frame (regs[i] = xi, regs[2] = interrupted sp), call
 * trap_m_handler(frame) / trap_s_handler(frame), restore the (possibly
 * modified) registers and return with mret / sret. The handlers choose the
 * resume address by writing mepc / sepc.
 */

#define FRAME_SIZE 128

    .macro SAVE_REGS
    addi sp, sp, -FRAME_SIZE
    sw x1, 4(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw x\n, (\n * 4)(sp)
    .endr
    .endm

    .macro RESTORE_REGS
    lw x1, 4(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw x\n, (\n * 4)(sp)
    .endr
    lw sp, 8(sp)
    .endm

    .section .text.trap_m_entry, "ax", @progbits
    .balign 4
    .globl trap_m_entry
    .type trap_m_entry, @function
trap_m_entry:
    csrrw sp, mscratch, sp
    SAVE_REGS
    csrr t0, mscratch
    sw t0, 8(sp)
    sw zero, 0(sp)
    mv a0, sp
    call trap_m_handler
    addi t0, sp, FRAME_SIZE
    csrw mscratch, t0
    RESTORE_REGS
    mret
    .size trap_m_entry, . - trap_m_entry

    .section .text.trap_s_entry, "ax", @progbits
    .balign 4
    .globl trap_s_entry
    .type trap_s_entry, @function
trap_s_entry:
    csrrw sp, sscratch, sp
    SAVE_REGS
    csrr t0, sscratch
    sw t0, 8(sp)
    sw zero, 0(sp)
    mv a0, sp
    call trap_s_handler
    addi t0, sp, FRAME_SIZE
    csrw sscratch, t0
    RESTORE_REGS
    sret
    .size trap_s_entry, . - trap_s_entry
