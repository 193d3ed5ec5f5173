/* entry.S - entry, S-mode trap entries and U-mode excursions of a probe.
 *
 * _start is entered in S-mode with a0 = hart id, a1 = device tree; it sets
 * up the stack, zeroes .bss, installs s_trap_entry (direct mode) and calls
 * probe_start(hartid, fdt), which never returns.
 *
 * Every trap, direct or vectored, lands in trap_save: sp swaps with sscratch
 * (the top of the trap stack), x1..x31 go into a struct trap_frame (regs[2]
 * = the interrupted sp) and regs[0] — x0 is never saved — holds the vector
 * the trap came through (TRAP_DIRECT for s_trap_entry). s_trap(frame) runs,
 * the registers come back and sret resumes at sepc.
 */

#define FRAME_SIZE 128
#define SSTATUS_SPP (1 << 8)
#define TRAP_DIRECT (-1)

    .section .text.init.enter, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    la sp, __stack_top
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    addi t0, t0, 4
    j 1b
2:
    la t0, s_trap_entry
    csrw stvec, t0
    la t0, trap_stack_top
    csrw sscratch, t0
    call probe_start
    unimp
    .size _start, . - _start

/* stvec in direct mode. */
    .section .text.s_trap_entry, "ax", @progbits
    .balign 4
    .globl s_trap_entry
    .type s_trap_entry, @function
s_trap_entry:
    csrrw sp, sscratch, sp
    addi sp, sp, -FRAME_SIZE
    sw t0, 20(sp)
    li t0, TRAP_DIRECT
    j trap_save
    .size s_trap_entry, . - s_trap_entry

/* stvec in vectored mode (s_trap_vectors | 1): exceptions enter at the base,
 * interrupt n at base + 4 * n (privileged spec 4.1.2). Each slot is one
 * uncompressed jump so the slots are exactly 4 bytes apart. */
    .section .text.s_trap_vectors, "ax", @progbits
    .balign 64
    .globl s_trap_vectors
    .type s_trap_vectors, @function
s_trap_vectors:
    .option push
    .option norvc
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    j trap_vector_\n
    .endr
    .option pop
    .size s_trap_vectors, . - s_trap_vectors

    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
trap_vector_\n:
    csrrw sp, sscratch, sp
    addi sp, sp, -FRAME_SIZE
    sw t0, 20(sp)
    li t0, \n
    j trap_save
    .endr

/* Saves the frame (t0 = vector, the interrupted t0 already at regs[5]),
 * calls s_trap, restores and returns with sret. */
trap_save:
    sw t0, 0(sp)
    sw x1, 4(sp)
    .irp n, 3,4,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw x\n, (\n * 4)(sp)
    .endr
    csrr t0, sscratch
    sw t0, 8(sp)
    addi t0, sp, FRAME_SIZE
    csrw sscratch, t0
    mv a0, sp
    call s_trap
    lw x1, 4(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw x\n, (\n * 4)(sp)
    .endr
    lw sp, 8(sp)
    sret

/* uint32_t enter_user(uint32_t pc, uint32_t user_sp, uint32_t arg): runs
 * the code at pc in U-mode on user_sp with a0 = arg, through sret with the
 * caller's SPIE. The S trap handler ends the excursion by resuming S-mode
 * at user_return with the frame's a0 set; enter_user returns that a0. */
    .section .text.enter_user, "ax", @progbits
    .globl enter_user
    .type enter_user, @function
enter_user:
    addi sp, sp, -64
    sw ra, 0(sp)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    sw s\n, (4 + \n * 4)(sp)
    .endr
    la t0, user_saved_sp
    sw sp, 0(t0)
    csrw sepc, a0
    li t0, SSTATUS_SPP
    csrc sstatus, t0
    mv sp, a1
    mv a0, a2
    sret

    .globl user_return
user_return:
    la t0, user_saved_sp
    lw sp, 0(t0)
    lw ra, 0(sp)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    lw s\n, (4 + \n * 4)(sp)
    .endr
    addi sp, sp, 64
    ret
    .size enter_user, . - enter_user

    .section .bss.user_saved_sp, "aw", @nobits
    .balign 4
user_saved_sp:
    .space 4

/* The S trap stack (sscratch holds its top while no trap is handled). */
    .section .bss.trap_stack, "aw", @nobits
    .balign 16
    .space 4096
trap_stack_top:
