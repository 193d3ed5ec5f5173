/* timer - CLINT machine timer and software interrupts, with WFI. */
#include <inttypes.h>
#include <stdio.h>

#include "bare.h"
#include "trap.h"

#define MSTATUS_MIE (1u << 3)
#define MIP_MSIP (1u << 3)
#define MIP_MTIP (1u << 7)
#define CAUSE_MSI 0x80000003u
#define CAUSE_MTI 0x80000007u
#define TICK_INTERVAL (TIMEBASE_HZ / 1000u) /* 1 ms */
#define NEVER UINT64_MAX

static uint8_t trap_stack[1024] __attribute__((aligned(16)));
static volatile uint32_t timer_irqs;
static volatile uint32_t soft_irqs;
static volatile uint32_t cause_log[8];
static volatile uint32_t cause_count;
static int failures;

/* Writes the CLINT msip register of hart 0. */
static void set_msip(uint32_t value)
{
    *(volatile uint32_t *)(uintptr_t)(VIRT_CLINT + CLINT_MSIP) = value;
}

/* Handles MTI (disarms the timer) and MSI (clears msip); logs every cause. */
void trap_m_handler(struct trap_frame *frame)
{
    (void)frame;
    uint32_t cause = BARE_CSR_READ(mcause);
    if (cause_count < sizeof cause_log / sizeof cause_log[0]) {
        cause_log[cause_count] = cause;
    }
    cause_count++;
    if (cause == CAUSE_MTI) {
        bare_set_mtimecmp(NEVER);
        timer_irqs++;
    } else if (cause == CAUSE_MSI) {
        set_msip(0);
        soft_irqs++;
    } else {
        bare_unexpected_trap(cause, BARE_CSR_READ(mepc), BARE_CSR_READ(mtval));
    }
}

/* Records a failed check. */
static void check(int ok, const char *what)
{
    if (!ok) {
        printf("BAD %s\n", what);
        failures++;
    }
}

/* Sleeps with WFI until *counter differs from seen; race-free (MIE off around the test). */
static void wait_for_change(volatile uint32_t *counter, uint32_t seen)
{
    for (;;) {
        BARE_CSR_CLEAR(mstatus, MSTATUS_MIE);
        if (*counter != seen) {
            BARE_CSR_SET(mstatus, MSTATUS_MIE);
            return;
        }
        __asm__ volatile("wfi");
        BARE_CSR_SET(mstatus, MSTATUS_MIE);
    }
}

/* mtime advances and mip.MTIP follows mtimecmp (interrupts disabled). */
static void test_mtip_level(void)
{
    uint64_t t0 = bare_mtime();
    while (bare_mtime() == t0) {
    }
    printf("mtime advances\n");
    bare_set_mtimecmp(NEVER);
    uint32_t mtip_never = (BARE_CSR_READ(mip) & MIP_MTIP) != 0;
    bare_set_mtimecmp(0);
    uint32_t mtip_zero = (BARE_CSR_READ(mip) & MIP_MTIP) != 0;
    bare_set_mtimecmp(NEVER);
    printf("mip.MTIP with mtimecmp=max: %" PRIu32 ", with mtimecmp=0: %" PRIu32 "\n",
           mtip_never, mtip_zero);
    check(mtip_never == 0 && mtip_zero == 1, "MTIP level");
}

/* Three timer interrupts, each armed 1 ms ahead and awaited with WFI. */
static void test_ticks(void)
{
    BARE_CSR_SET(mie, MIP_MTIP);
    BARE_CSR_SET(mstatus, MSTATUS_MIE);
    for (uint32_t i = 1; i <= 3; i++) {
        uint32_t seen = timer_irqs;
        bare_set_mtimecmp(bare_mtime() + TICK_INTERVAL);
        wait_for_change(&timer_irqs, seen);
        printf("tick %" PRIu32 "\n", timer_irqs);
        check(timer_irqs == i, "tick count");
    }
    BARE_CSR_CLEAR(mstatus, MSTATUS_MIE);
    BARE_CSR_CLEAR(mie, MIP_MTIP);
}

/* A software interrupt via msip: pending bit, then delivery as cause 0x80000003. */
static void test_msip(void)
{
    set_msip(1);
    uint32_t pending = (BARE_CSR_READ(mip) & MIP_MSIP) != 0;
    printf("msip=1 -> mip.MSIP=%" PRIu32 "\n", pending);
    check(pending == 1, "MSIP pending");
    uint32_t first = cause_count;
    BARE_CSR_SET(mie, MIP_MSIP);
    BARE_CSR_SET(mstatus, MSTATUS_MIE);
    wait_for_change(&soft_irqs, 0);
    BARE_CSR_CLEAR(mstatus, MSTATUS_MIE);
    printf("software interrupt mcause=%08" PRIx32 " mip.MSIP after=%" PRIu32 "\n",
           cause_log[first], (uint32_t)((BARE_CSR_READ(mip) & MIP_MSIP) != 0));
    check(cause_log[first] == CAUSE_MSI && soft_irqs == 1, "MSI cause");
}

/* MSI and MTI pending together are taken in priority order: MSI, then MTI. */
static void test_priority(void)
{
    uint32_t first = cause_count;
    BARE_CSR_SET(mie, MIP_MSIP | MIP_MTIP);
    set_msip(1);
    bare_set_mtimecmp(0);
    BARE_CSR_SET(mstatus, MSTATUS_MIE);
    wait_for_change(&timer_irqs, 3);
    BARE_CSR_CLEAR(mstatus, MSTATUS_MIE);
    BARE_CSR_CLEAR(mie, MIP_MSIP | MIP_MTIP);
    printf("both pending -> %08" PRIx32 " then %08" PRIx32 " (%" PRIu32 " traps)\n",
           cause_log[first], cause_log[first + 1], cause_count - first);
    check(cause_count - first == 2 && cause_log[first] == CAUSE_MSI &&
              cause_log[first + 1] == CAUSE_MTI,
          "priority");
}

int main(void)
{
    printf("timer\n");
    BARE_CSR_WRITE(mscratch, (uint32_t)(uintptr_t)(trap_stack + sizeof trap_stack));
    BARE_CSR_WRITE(mtvec, (uint32_t)(uintptr_t)trap_m_entry);
    test_mtip_level();
    test_ticks();
    test_msip();
    test_priority();
    if (failures != 0) {
        printf("FAILED %d checks\n", failures);
        return 1;
    }
    printf("SUCCESS\n");
    return 0;
}
