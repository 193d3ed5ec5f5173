/* native/entry.S - kernel entry from the SBI firmware.
 *
 * The firmware enters here in S-mode with paging off, a0 = hart id and
 * a1 = the flattened device tree (physical). Runs on boot_stack, zeroes
 * .bss and calls main(hartid, fdt), which never returns.
 */

    .section .text.entry, "ax", @progbits
    .globl _entry
    .type _entry, @function
_entry:
    csrw sie, zero
    csrw sscratch, zero
    la sp, boot_stack_top

    /* Zero .bss (word aligned by kernel.ld); a0 and a1 stay untouched. */
    la t0, bss_start
    la t1, bss_end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    addi t0, t0, 4
    j 1b
2:
    call main
3:  wfi
    j 3b
    .size _entry, . - _entry

    .section .bss.boot_stack, "aw", @nobits
    .balign 16
    .globl boot_stack_top
boot_stack:
    .space 16384
boot_stack_top:
