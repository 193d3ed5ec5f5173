/* native/trapvec.S - the supervisor trap vector and the return to user mode.
 *
 * stvec points at trap_vector (direct mode). sscratch is 0 while the hart
 * runs in the kernel and points at the current process's trap frame while
 * it runs in U-mode, so one swap tells the two cases apart (priv. spec
 * 4.1.4) without clobbering a register. Frame layout: trapframe.h.
 */
#include "trapframe.h"

/* Saves x1 and x3..x31 at their slots in the frame at \base. */
.macro SAVE_GPRS base
    sw x1, 1*4(\base)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw x\n, \n*4(\base)
    .endr
.endm

/* Saves the trap CSRs into the frame at \base, using t0. */
.macro SAVE_CSRS base
    csrr t0, sepc
    sw t0, TF_SEPC(\base)
    csrr t0, sstatus
    sw t0, TF_SSTATUS(\base)
    csrr t0, scause
    sw t0, TF_SCAUSE(\base)
    csrr t0, stval
    sw t0, TF_STVAL(\base)
.endm

    .section .text.trap_vector, "ax", @progbits
    .balign 4
    .globl trap_vector
    .type trap_vector, @function
trap_vector:
    csrrw sp, sscratch, sp
    beqz sp, from_kernel

    /* From U-mode: sp = trap frame, sscratch = user sp. */
    SAVE_GPRS sp
    csrr t0, sscratch
    sw t0, 2*4(sp)
    csrw sscratch, zero
    SAVE_CSRS sp
    mv a0, sp
    call user_trap              /* returns to U-mode through user_return */
1:  j 1b

from_kernel:
    /* A trap in the kernel (an interrupt while idle, or a fatal fault). */
    csrrw sp, sscratch, sp      /* sp = kernel sp again, sscratch = 0 */
    addi sp, sp, -TF_SIZE
    SAVE_GPRS sp
    addi t0, sp, TF_SIZE
    sw t0, 2*4(sp)
    SAVE_CSRS sp
    mv a0, sp
    call kernel_trap
    lw t0, TF_SEPC(sp)
    csrw sepc, t0
    lw t0, TF_SSTATUS(sp)
    csrw sstatus, t0
    lw x1, 1*4(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw x\n, \n*4(sp)
    .endr
    addi sp, sp, TF_SIZE
    sret
    .size trap_vector, . - trap_vector

/* user_return(tf): restores every user register from tf and enters U-mode
 * at tf->sepc. The caller has set sstatus.SPP = 0 and SPIE = 1 with
 * interrupts off; sscratch = tf from here on until the next trap. */
    .section .text.user_return, "ax", @progbits
    .globl user_return
    .type user_return, @function
user_return:
    csrw sscratch, a0
    lw t0, TF_SEPC(a0)
    csrw sepc, t0
    lw x1, 1*4(a0)
    lw x2, 2*4(a0)
    .irp n, 3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw x\n, \n*4(a0)
    .endr
    lw a0, 10*4(a0)
    sret
    .size user_return, . - user_return
