/* crt0.S - user program entry. The kernel enters _start in U-mode with
 * a0 = argc, a1 = argv and sp on the user stack (16-byte aligned); .bss is
 * already zero. Sets gp and tp, runs constructors, then exit(main(argc, argv)). */

    .section .text.init.enter, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la tp, __tls_base
    mv s0, a0
    mv s1, a1
    call __libc_init_array
    mv a0, s0
    mv a1, s1
    call main
    call exit
1:  j 1b
    .size _start, . - _start
