/* crt0.S - reset entry for bare-metal M-mode guests.
 *
 * Linked first in .text (at the RAM base), so it works whether the loader
 * jumps to the ELF entry or to the start of RAM. Register state at entry is
 * not relied upon.
 */

    .section .text.init.enter, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, __stack_top
    la tp, __tls_base

    /* Zero .tbss and .bss (word aligned by the linker script). */
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sw zero, 0(t0)
    addi t0, t0, 4
    j 1b
2:
    la t0, bare_default_trap
    csrw mtvec, t0

    call __libc_init_array
    li a0, 0
    li a1, 0
    call main
    call exit
3:  j 3b
    .size _start, . - _start

/* Default M-mode trap vector: reports mcause/mepc/mtval and exits with 99. */
    .section .text.bare_default_trap, "ax", @progbits
    .balign 4
    .globl bare_default_trap
    .type bare_default_trap, @function
bare_default_trap:
    la sp, __stack_top
    csrr a0, mcause
    csrr a1, mepc
    csrr a2, mtval
    call bare_unexpected_trap
4:  j 4b
    .size bare_default_trap, . - bare_default_trap
