/* pv/trapvec.S - the PV trap/event entry (set_callbacks) and the way back
 * (the iret hypercall); they replace stvec, sscratch and sret.
 *
 * Every exception of a process (ecall included), every exception in the
 * kernel and every event upcall arrive at pv_trap_entry in kernel mode
 * with events masked, every register holding its interrupted value and
 * shared_info.arch_sepc/scause/stval/sstatus describing the trap. From a
 * process the hypervisor has also saved sp in arch_user_sp and loaded
 * arch_kernel_sp, which is the top of the process's kernel stack: the
 * frame pushed below it is p->tf. From the kernel sp is untouched and the
 * frame goes on the current stack. PV_SSTATUS_SPP tells the two apart.
 * Frame layout: trapframe.h (the sstatus slot holds arch_sstatus).
 */
#include "exovisor/pv.h"
#include "trapframe.h"

/* Saves x1 and x3..x31 at their slots in the frame at \base. */
.macro SAVE_GPRS base
    sw x1, 1*4(\base)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw x\n, \n*4(\base)
    .endr
.endm

    .section .text.pv_trap_entry, "ax", @progbits
    .balign 4
    .globl pv_trap_entry
    .type pv_trap_entry, @function
pv_trap_entry:
    addi sp, sp, -TF_SIZE
    SAVE_GPRS sp
    lw t0, pv_shared_info
    lw t1, SHINFO_ARCH_SEPC(t0)
    sw t1, TF_SEPC(sp)
    lw t1, SHINFO_ARCH_SCAUSE(t0)
    sw t1, TF_SCAUSE(sp)
    lw t1, SHINFO_ARCH_STVAL(t0)
    sw t1, TF_STVAL(sp)
    lw t1, SHINFO_ARCH_SSTATUS(t0)
    sw t1, TF_SSTATUS(sp)
    andi t1, t1, PV_SSTATUS_SPP
    bnez t1, from_kernel

    /* From a process: sp = p->tf. */
    lw t1, SHINFO_ARCH_USER_SP(t0)
    sw t1, 2*4(sp)
    mv a0, sp
    call user_trap              /* returns to the process through pv_iret */
1:  j 1b

from_kernel:
    /* An event while the kernel waited, or a fatal fault. */
    addi t1, sp, TF_SIZE
    sw t1, 2*4(sp)
    mv a0, sp
    call kernel_trap
    mv a0, sp
    j pv_iret
    .size pv_trap_entry, . - pv_trap_entry

/* pv_iret(tf): resumes the context in the frame tf: pc = tf->sepc, mode and
 * event mask from tf->sstatus (PV_SSTATUS_SPP: kernel, PV_SSTATUS_SPIE:
 * events unmasked), every register from the frame, a7 through arch_a7.
 * Called with events masked, so nothing overwrites the arch_* fields
 * between here and the hypercall. */
    .section .text.pv_iret, "ax", @progbits
    .globl pv_iret
    .type pv_iret, @function
pv_iret:
    lw t0, pv_shared_info
    lw t1, TF_SEPC(a0)
    sw t1, SHINFO_ARCH_SEPC(t0)
    lw t1, TF_SSTATUS(a0)
    sw t1, SHINFO_ARCH_SSTATUS(t0)
    lw t1, 17*4(a0)
    sw t1, SHINFO_ARCH_A7(t0)
    lw x1, 1*4(a0)
    lw x2, 2*4(a0)
    .irp n, 3,4,5,6,7,8,9,11,12,13,14,15,16,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw x\n, \n*4(a0)
    .endr
    lw a0, 10*4(a0)
    li a7, __HYPERVISOR_iret
    ecall
2:  j 2b
    .size pv_iret, . - pv_iret
