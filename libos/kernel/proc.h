/* proc.h - processes. */
#ifndef KERNEL_PROC_H
#define KERNEL_PROC_H

#include <stdint.h>

#include "param.h"
#include "riscv.h"
#include "trapframe.h"

/* Callee-saved registers, saved by swtch (the RISC-V calling convention). */
struct context {
    uint32_t ra, sp;
    uint32_t s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
};

enum proc_state { PROC_UNUSED, PROC_EMBRYO, PROC_RUNNABLE, PROC_RUNNING, PROC_SLEEPING, PROC_ZOMBIE };

/* One process. The kernel is not preemptible and runs on one hart with
 * interrupts off, so fields need no locks: only the running process and the
 * interrupt handlers (through wakeup) change them. */
struct proc {
    enum proc_state state;
    int pid;
    struct proc *parent;     /* NULL only for pid 1 */
    char name[PROC_NAME];    /* last path component of the program, for messages */
    int xstatus;             /* exit status, read by wait */
    void *chan;              /* what a SLEEPING process waits for */
    uint64_t wake_at;        /* time counter at which a SLEEPING process wakes anyway (0: never) */
    pagetable_t pagetable;   /* user mappings (native: plus the shared kernel mappings) */
    uint32_t heap_start;     /* first address after the program image */
    uint32_t brk;            /* current break: the heap is [heap_start, brk) */
    uint8_t *kstack;         /* KSTACK_SIZE bytes; the trap frame is at the top */
    struct trapframe *tf;    /* user registers while in the kernel */
    struct context context;  /* where swtch resumes this process */
    struct file *ofile[NOFILE];
};

#endif
