/* trap.c - traps from user mode (system calls, interrupts, faults) and from
 * the kernel (interrupts while idle; anything else is fatal). */
#include "defs.h"
#include "exovisor/virt.h"
#include "proc.h"

/* Points stvec at the vector (direct mode, spec 4.1.2) and enables the
 * timer and external interrupts in sie; sstatus.SIE stays off in the kernel. */
void trap_init(void)
{
    csr_write(sscratch, 0);
    csr_write(stvec, (uint32_t)(uintptr_t)trap_vector);
    csr_set(sie, SIE_STIE | SIE_SEIE);
}

/* Services an interrupt; returns its cause (IRQ_S_*). */
static uint32_t device_interrupt(uint32_t scause)
{
    uint32_t cause = scause & ~SCAUSE_INTERRUPT;
    if (cause == IRQ_S_TIMER) {
        timer_intr();
    } else if (cause == IRQ_S_EXTERNAL) {
        uint32_t irq = plic_claim();
        if (irq == UART0_IRQ) {
            uart_intr();
        }
        if (irq != 0) {
            plic_complete(irq);
        }
    }
    return cause;
}

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

/* Handles a trap from U-mode (called by trap_vector on the process's kernel
 * stack with interrupts off), then returns to U-mode. */
void user_trap(struct trapframe *tf)
{
    struct proc *p = myproc();
    if (tf->scause & SCAUSE_INTERRUPT) {
        if (device_interrupt(tf->scause) == IRQ_S_TIMER) {
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

/* Enters U-mode with the current process's saved registers: SPP = 0 selects
 * U-mode and SPIE = 1 turns interrupts on there (priv. spec 4.1.1). */
void user_trap_return(void)
{
    struct proc *p = myproc();
    intr_off();
    csr_clear(sstatus, SSTATUS_SPP);
    csr_set(sstatus, SSTATUS_SPIE);
    user_return(p->tf);
}

/* Handles a trap taken in S-mode: interrupts (only ever enabled while the
 * scheduler idles); an exception here is a kernel bug. */
void kernel_trap(struct trapframe *tf)
{
    if ((tf->scause & SCAUSE_INTERRUPT) == 0) {
        panic("kernel_trap: %s (scause 0x%x) at sepc 0x%08x stval 0x%08x",
              cause_name(tf->scause), tf->scause, tf->sepc, tf->stval);
    }
    if ((tf->sstatus & SSTATUS_SPP) == 0) {
        panic("kernel_trap: not from supervisor mode");
    }
    device_interrupt(tf->scause);
}
