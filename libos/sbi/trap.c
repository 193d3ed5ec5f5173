/* trap.c - M-mode trap dispatch. */
#include "fw.h"
#include "riscv.h"

/* Resumes a guarded access (guard.S) that faulted in M-mode at guard_fault;
 * returns nonzero when the trap was one. */
static int guard_fixup(struct trap_frame *tf, uint32_t cause)
{
    uint32_t epc = tf->mepc;
    if ((tf->mstatus & MSTATUS_MPP_MASK) != MSTATUS_MPP_M) {
        return 0;
    }
    if (cause != CAUSE_LOAD_ACCESS && cause != CAUSE_STORE_ACCESS &&
        cause != CAUSE_MISALIGNED_LOAD && cause != CAUSE_MISALIGNED_STORE) {
        return 0;
    }
    if (epc < (uint32_t)(uintptr_t)__guard_start || epc >= (uint32_t)(uintptr_t)__guard_end) {
        return 0;
    }
    tf->mepc = (uint32_t)(uintptr_t)guard_fault;
    return 1;
}

/* Reports a trap the firmware cannot handle on the UART and stops the
 * machine with exit status 1: it never resumes the trapped code. */
static _Noreturn void unexpected_trap(uint32_t cause, uint32_t epc, uint32_t tval)
{
    uart_puts("sbi: unexpected trap mcause=");
    uart_put_hex(cause);
    uart_puts(" mepc=");
    uart_put_hex(epc);
    uart_puts(" mtval=");
    uart_put_hex(tval);
    uart_putc('\n');
    finisher_exit(1);
}

/* Handles one trap into M-mode (called by sbi_trap_entry): SBI calls from
 * S-mode, the machine timer interrupt and faulting guarded accesses; any
 * other trap is fatal. Everything else is delegated to S-mode (boot.c). */
void sbi_trap(struct trap_frame *tf)
{
    uint32_t cause = csr_read(mcause);
    if (cause == CAUSE_SUPERVISOR_ECALL) {
        sbi_ecall(tf);
    } else if (cause == (MCAUSE_INTERRUPT | IRQ_M_TIMER)) {
        timer_interrupt();
    } else if (!guard_fixup(tf, cause)) {
        unexpected_trap(cause, tf->mepc, csr_read(mtval));
    }
}
