/* runtime/entry.S - the first instruction of a unikernel, and the trap and
 * event entry (set_callbacks) with its way back (iret).
 *
 * The domain builder enters _start in U-mode with paging on (its direct
 * map of RAM), a0 = 0, a1 = start_info and events masked; sp is not set.
 * _start sets gp, takes the boot stack, zeroes .bss, places the TLS block
 * (a copy of the .tdata template followed by zeroed .tbss) just below the
 * stack top and points tp at it, then calls uni_runtime_start(start_info).
 * Symbols from the linker script (uni.ld): __global_pointer$, __bss_start,
 * __bss_end (both 16-byte aligned), __tdata_start, __tdata_end, __tbss_end.
 *
 * Every trap and event upcall arrives at uni_trap_entry with events masked,
 * every register as it was, and shared_info.arch_* describing it; a
 * unikernel only ever runs as the guest kernel, so sp is the interrupted
 * one and the frame goes below it. uni_trap handles the frame (it returns
 * only for events); the way back restores every register but a7, which
 * goes through arch_a7, and makes the iret hypercall.
 */
#include "exovisor/pv.h"

#define UNI_STACK_SIZE 65536

#define F_SEPC    (32 * 4)
#define F_SCAUSE  (33 * 4)
#define F_STVAL   (34 * 4)
#define F_SSTATUS (35 * 4)
#define F_SIZE    (36 * 4)   /* struct uni_trap_frame, a multiple of 16 */

    .section .text.entry, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, uni_stack_top
    mv s0, a1

    /* Zero .bss, 16 bytes at a time. */
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    sw zero, 4(t0)
    sw zero, 8(t0)
    sw zero, 12(t0)
    addi t0, t0, 16
    j 1b
2:
    /* The TLS block: __tbss_end - __tdata_start bytes (rounded up to 16)
     * below the stack top, zeroed, then the .tdata template copied in. */
    la t0, __tdata_start
    la t1, __tbss_end
    sub t2, t1, t0
    addi t2, t2, 15
    andi t2, t2, -16
    sub sp, sp, t2
    mv tp, sp
    add t3, sp, t2
    mv t4, sp
3:  bgeu t4, t3, 4f
    sw zero, 0(t4)
    sw zero, 4(t4)
    sw zero, 8(t4)
    sw zero, 12(t4)
    addi t4, t4, 16
    j 3b
4:  la t1, __tdata_end
    mv t4, tp
5:  bgeu t0, t1, 6f
    lbu t5, 0(t0)
    sb t5, 0(t4)
    addi t0, t0, 1
    addi t4, t4, 1
    j 5b
6:
    mv a0, s0
    call uni_runtime_start
7:  j 7b
    .size _start, . - _start

    .section .text.uni_trap_entry, "ax", @progbits
    .balign 4
    .globl uni_trap_entry
    .type uni_trap_entry, @function
uni_trap_entry:
    addi sp, sp, -F_SIZE
    sw x1, 1*4(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sw x\n, \n*4(sp)
    .endr
    addi t0, sp, F_SIZE
    sw t0, 2*4(sp)
    lw t0, pv_shared_info
    lw t1, SHINFO_ARCH_SEPC(t0)
    sw t1, F_SEPC(sp)
    lw t1, SHINFO_ARCH_SCAUSE(t0)
    sw t1, F_SCAUSE(sp)
    lw t1, SHINFO_ARCH_STVAL(t0)
    sw t1, F_STVAL(sp)
    lw t1, SHINFO_ARCH_SSTATUS(t0)
    sw t1, F_SSTATUS(sp)
    mv a0, sp
    call uni_trap

    /* Back to the interrupted code: pc, event mask and a7 through shared_info. */
    lw t0, pv_shared_info
    lw t1, F_SEPC(sp)
    sw t1, SHINFO_ARCH_SEPC(t0)
    lw t1, F_SSTATUS(sp)
    sw t1, SHINFO_ARCH_SSTATUS(t0)
    lw t1, 17*4(sp)
    sw t1, SHINFO_ARCH_A7(t0)
    lw x1, 1*4(sp)
    .irp n, 3,4,5,6,7,8,9,10,11,12,13,14,15,16,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    lw x\n, \n*4(sp)
    .endr
    addi sp, sp, F_SIZE
    li a7, __HYPERVISOR_iret
    ecall
8:  j 8b
    .size uni_trap_entry, . - uni_trap_entry

    .section .bss.uni_stack, "aw", @nobits
    .balign 16
uni_stack:
    .space UNI_STACK_SIZE
    .globl uni_stack_top
uni_stack_top:
