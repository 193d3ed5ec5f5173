/* threads/switch.S - the context switch between two threads.
 *
 * threads_switch(from, to): saves ra, sp, tp and s0-s11 (the registers a
 * call preserves, RISC-V psABI; tp is the thread's TLS block) into *from
 * and loads them from *to, then returns on to's stack to to's ra: where
 * that thread called threads_switch, or the start of a new thread. The
 * caller-saved registers are the compiler's business, gp is the same for
 * all threads, and events are masked on both sides, so nothing else moves.
 * The layout is struct thread_ctx (thread.h).
 */

    .section .text.threads_switch, "ax", @progbits
    .balign 4
    .globl threads_switch
    .hidden threads_switch
    .type threads_switch, @function
threads_switch:
    sw ra, 0(a0)
    sw sp, 4(a0)
    sw tp, 8(a0)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    sw s\n, (12 + 4 * \n)(a0)
    .endr
    lw ra, 0(a1)
    lw sp, 4(a1)
    lw tp, 8(a1)
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11
    lw s\n, (12 + 4 * \n)(a1)
    .endr
    ret
    .size threads_switch, . - threads_switch
