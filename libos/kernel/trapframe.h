/* trapframe.h - registers saved on a trap, shared by trapvec.S and C.
 *
 * Slot n holds register xn (slot 0, for x0, is unused), then the trap CSRs.
 * A process's frame sits at the top of its kernel stack; while the process
 * runs in U-mode, sscratch points at it (and is 0 while in the kernel).
 */
#ifndef KERNEL_TRAPFRAME_H
#define KERNEL_TRAPFRAME_H

#define TF_SEPC    128
#define TF_SSTATUS 132
#define TF_SCAUSE  136
#define TF_STVAL   140
#define TF_SIZE    144 /* a multiple of 16: the stack stays aligned below a frame */

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

struct trapframe {
    uint32_t zero; /* x0 slot, unused */
    uint32_t ra, sp, gp, tp;
    uint32_t t0, t1, t2;
    uint32_t s0, s1;
    uint32_t a0, a1, a2, a3, a4, a5, a6, a7;
    uint32_t s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
    uint32_t t3, t4, t5, t6;
    uint32_t sepc;
    uint32_t sstatus;
    uint32_t scause;
    uint32_t stval;
};
_Static_assert(offsetof(struct trapframe, a0) == 10 * 4, "trapframe.a0");
_Static_assert(offsetof(struct trapframe, t6) == 31 * 4, "trapframe.t6");
_Static_assert(offsetof(struct trapframe, sepc) == TF_SEPC, "trapframe.sepc");
_Static_assert(offsetof(struct trapframe, sstatus) == TF_SSTATUS, "trapframe.sstatus");
_Static_assert(offsetof(struct trapframe, scause) == TF_SCAUSE, "trapframe.scause");
_Static_assert(offsetof(struct trapframe, stval) == TF_STVAL, "trapframe.stval");
_Static_assert(sizeof(struct trapframe) == TF_SIZE, "sizeof trapframe");

#endif /* __ASSEMBLER__ */

#endif
