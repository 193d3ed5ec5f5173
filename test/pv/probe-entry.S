/* probe-entry.S - boot stack and the trap/event entry of the PV probe.
 *
 * The builder enters _entry with a1 = start_info and paging on; the entry
 * registered with set_callbacks saves the caller-saved registers, lets C
 * handle the event (which also stores the interrupted a7 in arch_a7), then
 * restores everything but a7 and returns with iret. */
#include <exovisor/pv.h>

    .section .text.entry, "ax", @progbits
    .globl _entry
_entry:
    la sp, probe_stack_top
    mv a0, a1
    call probe_main
1:  j 1b

    .text
    .globl probe_trap_entry
    .balign 4
probe_trap_entry:
    addi sp, sp, -64
    sw ra, 0(sp)
    sw t0, 4(sp)
    sw t1, 8(sp)
    sw t2, 12(sp)
    sw a0, 16(sp)
    sw a1, 20(sp)
    sw a2, 24(sp)
    sw a3, 28(sp)
    sw a4, 32(sp)
    sw a5, 36(sp)
    sw a6, 40(sp)
    sw t3, 44(sp)
    sw t4, 48(sp)
    sw t5, 52(sp)
    sw t6, 56(sp)
    mv a0, a7
    call probe_trap
    lw ra, 0(sp)
    lw t0, 4(sp)
    lw t1, 8(sp)
    lw t2, 12(sp)
    lw a0, 16(sp)
    lw a1, 20(sp)
    lw a2, 24(sp)
    lw a3, 28(sp)
    lw a4, 32(sp)
    lw a5, 36(sp)
    lw a6, 40(sp)
    lw t3, 44(sp)
    lw t4, 48(sp)
    lw t5, 52(sp)
    lw t6, 56(sp)
    addi sp, sp, 64
    li a7, __HYPERVISOR_iret
    ecall

    .section .bss.probe_stack, "aw", @nobits
    .balign 16
    .space 16384
probe_stack_top:
