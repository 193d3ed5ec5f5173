/* native/trap.c - S-mode traps: stvec, interrupt dispatch (timer, PLIC ->
 * UART, network), the way into U-mode (sret) and the idle wait (wfi). */
#include "defs.h"
#include "exovisor/virt.h"
#include "native.h"
#include "proc.h"

/* Points stvec at the vector (direct mode, spec 4.1.2), lets U-mode read
 * the cycle, time and instret counters (rdtime in apps, as under the pv-ops
 * kernel) and enables the timer and external interrupts in sie;
 * sstatus.SIE stays off in the kernel. */
void trap_init(void)
{
    csr_write(sscratch, 0);
    csr_write(scounteren, 7);
    csr_write(stvec, (uint32_t)(uintptr_t)trap_vector);
    csr_set(sie, SIE_STIE | SIE_SEIE);
}

/* Services an interrupt; nonzero when it was the timer (IRQ_S_TIMER). */
int arch_interrupt(uint32_t scause)
{
    uint32_t cause = scause & ~SCAUSE_INTERRUPT;
    if (cause == IRQ_S_TIMER) {
        timer_intr();
    } else if (cause == IRQ_S_EXTERNAL) {
        uint32_t irq = plic_claim();
        if (irq == UART0_IRQ) {
            uart_intr();
        } else if (irq == NET_IRQ) {
            net_intr();
        }
        if (irq != 0) {
            plic_complete(irq);
        }
    }
    return cause == IRQ_S_TIMER;
}

/* Enters U-mode with tf: SPP = 0 selects U-mode and SPIE = 1 turns
 * interrupts on there (priv. spec 4.1.1). */
void arch_user_return(struct trapframe *tf)
{
    csr_clear(sstatus, SSTATUS_SPP);
    csr_set(sstatus, SSTATUS_SPIE);
    user_return(tf);
}

/* Waits for an interrupt. wfi wakes on a pending enabled interrupt even
 * with sstatus.SIE clear (priv. spec 3.3.3), so none is missed between the
 * check for runnable processes and the wfi; SIE is opened just to take it. */
void arch_idle(void)
{
    __asm__ volatile("wfi");
    intr_on();
    intr_off();
}

/* The next timer interrupt, through the SBI. */
void arch_set_timer(uint64_t when)
{
    sbi_set_timer(when);
}
