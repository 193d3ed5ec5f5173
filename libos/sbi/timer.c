/* timer.c - the S-mode timer: set_timer (SBI spec 6, legacy 5.1) on top of
 * the CLINT's hart-0 mtimecmp and the machine timer interrupt. */
#include <exovisor/sbi.h>
#include <exovisor/virt.h>

#include "fw.h"
#include "riscv.h"

/* Accesses a 32-bit CLINT register. */
static volatile uint32_t *clint_reg(uint32_t offset)
{
    return (volatile uint32_t *)(uintptr_t)(VIRT_CLINT + offset);
}

/* Programs hart 0's mtimecmp with no transient early match: the high word
 * goes to all ones before the low word changes. */
static void set_mtimecmp(uint64_t when)
{
    *clint_reg(CLINT_MTIMECMP + 4u) = 0xffffffffu;
    *clint_reg(CLINT_MTIMECMP) = (uint32_t)when;
    *clint_reg(CLINT_MTIMECMP + 4u) = (uint32_t)(when >> 32);
}

/* Arms the S-mode timer for time when: clears a pending S timer interrupt
 * (SBI spec 6.1) and enables the machine timer interrupt that raises it. */
static void timer_set(uint64_t when)
{
    set_mtimecmp(when);
    csr_clear(mip, MIP_STIP);
    csr_set(mie, MIE_MTIE);
}

/* Machine timer interrupt: passes it on to S-mode as a pending STIP (which
 * M-mode may write) and masks MTIP until the next set_timer. */
void timer_interrupt(void)
{
    csr_set(mip, MIP_STIP);
    csr_clear(mie, MIE_MTIE);
}

/* Returns the 64-bit time value held in args[0] (low) and args[1] (high). */
static uint64_t time_arg(const uint32_t *args)
{
    return ((uint64_t)args[1] << 32) | args[0];
}

/* Legacy set_timer(stime_value): as TIME set_timer; returns 0. */
struct sbiret sbi_legacy_set_timer(uint32_t fid, const uint32_t *args)
{
    (void)fid;
    timer_set(time_arg(args));
    return (struct sbiret){SBI_SUCCESS, 0};
}

/* TIME extension: set_timer(lo, hi). */
struct sbiret sbi_time(uint32_t fid, const uint32_t *args)
{
    if (fid != SBI_TIME_SET_TIMER) {
        return (struct sbiret){SBI_ERR_NOT_SUPPORTED, 0};
    }
    timer_set(time_arg(args));
    return (struct sbiret){SBI_SUCCESS, 0};
}
