/* pv/entry.S - kernel entry of the PV build, from the domain builder.
 *
 * The hypervisor starts the kernel in U-mode at the ELF entry with paging
 * on (the builder's tables), a0 = 0, a1 = start_info (virtual) and events
 * masked; sp is not set. Runs on boot_stack, zeroes .bss and calls
 * pv_main(0, start_info), which never returns. No privileged instruction.
 */

    .section .text.entry, "ax", @progbits
    .globl _entry
    .type _entry, @function
_entry:
    la sp, boot_stack_top

    /* Zero .bss (word aligned by kernel.ld); a0 and a1 stay untouched. */
    la t0, bss_start
    la t1, bss_end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    addi t0, t0, 4
    j 1b
2:
    call pv_main
3:  j 3b
    .size _entry, . - _entry

    .section .bss.boot_stack, "aw", @nobits
    .balign 16
    .globl boot_stack_top
boot_stack:
    .space 16384
boot_stack_top:
