/* swtch.S - swtch(old, new): saves the callee-saved registers (the only
 * ones a call must preserve under the RISC-V calling convention) into *old
 * and resumes the context in *new. Layout: struct context in proc.h. */

    .section .text.swtch, "ax", @progbits
    .globl swtch
    .type swtch, @function
swtch:
    sw ra, 0*4(a0)
    sw sp, 1*4(a0)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    sw s\n, (\n+2)*4(a0)
    .endr

    lw ra, 0*4(a1)
    lw sp, 1*4(a1)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    lw s\n, (\n+2)*4(a1)
    .endr
    ret
    .size swtch, . - swtch
