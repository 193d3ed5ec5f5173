/* trap.c - traps from user mode (system calls, interrupts, faults) and from
 * the kernel (interrupts while idle or waiting for a device; anything else
 * is fatal), portable part.
 * The platform's trap entry (native/trapvec.S, pv/trapvec.S) saves the
 * registers in a struct trapframe and calls user_trap or kernel_trap; the
 * way back to user mode is arch_user_return. */
#include "defs.h"
#include "proc.h"

/* The spec's name of an exception cause (priv. spec table 4.2). */
static const char *cause_name(uint32_t cause)
{
    static const char *const names[] = {
        [EXC_INST_MISALIGNED] = "instruction address misaligned",
        [EXC_INST_ACCESS_FAULT] = "instruction access fault",
        [EXC_ILLEGAL_INSTRUCTION] = "illegal instruction",
        [EXC_BREAKPOINT] = "breakpoint",
        [EXC_LOAD_MISALIGNED] = "load address misaligned",
        [EXC_LOAD_ACCESS_FAULT] = "load access fault",
        [EXC_STORE_MISALIGNED] = "store address misaligned",
        [EXC_STORE_ACCESS_FAULT] = "store access fault",
        [EXC_INST_PAGE_FAULT] = "instruction page fault",
        [EXC_LOAD_PAGE_FAULT] = "load page fault",
        [EXC_STORE_PAGE_FAULT] = "store page fault",
    };
    if (cause < sizeof names / sizeof names[0] && names[cause] != 0) {
        return names[cause];
    }
    return "unexpected exception";
}

/* Exit status of a process killed by cause: 128 + the matching signal
 * number (SIGILL 4, SIGTRAP 5, SIGSEGV 11 for every memory fault). */
static int fault_status(uint32_t cause)
{
    if (cause == EXC_ILLEGAL_INSTRUCTION) {
        return 128 + 4;
    }
    if (cause == EXC_BREAKPOINT) {
        return 128 + 5;
    }
    return 128 + 11;
}

/* Kills the current process for a fault it took in user mode. */
static void user_fault(struct proc *p, const struct trapframe *tf)
{
    kprintf("%s[%d]: killed: %s at pc 0x%08x addr 0x%08x\n", p->name, p->pid,
            cause_name(tf->scause), tf->sepc, tf->stval);
    proc_exit(fault_status(tf->scause));
}

/* Handles a trap from user mode (called by the trap entry on the process's
 * kernel stack with interrupts off), then returns to user mode. */
void user_trap(struct trapframe *tf)
{
    struct proc *p = myproc();
    if (tf->scause & SCAUSE_INTERRUPT) {
        if (arch_interrupt(tf->scause)) {
            yield(); /* preemptive round robin: one tick per turn */
        }
    } else if (tf->scause == EXC_ECALL_U) {
        tf->sepc += 4; /* resume after the ecall */
        syscall();
    } else {
        user_fault(p, tf);
    }
    user_trap_return();
}

/* Enters user mode with the current process's saved registers, interrupts
 * on there. */
void user_trap_return(void)
{
    struct proc *p = myproc();
    intr_off();
    arch_user_return(p->tf);
}

/* Handles a trap taken in the kernel: interrupts (only ever enabled while
 * the kernel idles or waits for a device); an exception here is a kernel bug. */
void kernel_trap(struct trapframe *tf)
{
    if ((tf->scause & SCAUSE_INTERRUPT) == 0) {
        panic("kernel_trap: %s (scause 0x%x) at sepc 0x%08x stval 0x%08x",
              cause_name(tf->scause), tf->scause, tf->sepc, tf->stval);
    }
    if ((tf->sstatus & ARCH_SSTATUS_FROM_KERNEL) == 0) {
        panic("kernel_trap: not from supervisor mode");
    }
    arch_interrupt(tf->scause);
}
