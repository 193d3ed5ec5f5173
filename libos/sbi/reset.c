/* reset.c - system reset (SBI spec 10: SRST) through the SiFive test
 * finisher at VIRT_TEST. */
#include <exovisor/sbi.h>
#include <exovisor/virt.h>

#include "fw.h"

/* Mask of the reset_reason range for platform-specific reasons. */
#define SRST_REASON_CLASS_MASK 0xf0000000u
/* The exit status carried by an SBI_SRST_REASON_EXIT reason. */
#define SRST_REASON_EXIT_STATUS_MASK 0xffu

/* Writes cmd to the test finisher and waits for the machine to stop. */
static _Noreturn void finisher_write(uint32_t cmd)
{
    *(volatile uint32_t *)(uintptr_t)VIRT_TEST = cmd;
    for (;;) {
        __asm__ volatile("wfi");
    }
}

/* Powers off with exit status status: 0 is FINISHER_PASS, anything else
 * (status << 16) | FINISHER_FAIL. */
_Noreturn void finisher_exit(uint32_t status)
{
    finisher_write(status == 0 ? FINISHER_PASS : (status << 16) | FINISHER_FAIL);
}

/* Maps reset_reason to an exit status: NONE → 0, SYSFAIL → 1,
 * SBI_SRST_REASON_EXIT | code → code & 0xff; -1 for other reasons. */
static int32_t reason_status(uint32_t reason)
{
    if (reason == SBI_SRST_REASON_NONE) {
        return 0;
    }
    if (reason == SBI_SRST_REASON_SYSFAIL) {
        return 1;
    }
    if ((reason & SRST_REASON_CLASS_MASK) == SBI_SRST_REASON_EXIT) {
        return (int32_t)(reason & SRST_REASON_EXIT_STATUS_MASK);
    }
    return -1;
}

/* SRST system_reset(type, reason): shutdown exits with the reason's status,
 * cold and warm reboot reset the machine; neither returns. A reserved type
 * or reason gets SBI_ERR_INVALID_PARAM. */
struct sbiret sbi_srst(uint32_t fid, const uint32_t *args)
{
    uint32_t type = args[0];
    int32_t status = reason_status(args[1]);
    if (fid != SBI_SRST_SYSTEM_RESET) {
        return (struct sbiret){SBI_ERR_NOT_SUPPORTED, 0};
    }
    if (status < 0) {
        return (struct sbiret){SBI_ERR_INVALID_PARAM, 0};
    }
    switch (type) {
    case SBI_SRST_TYPE_SHUTDOWN:
        finisher_exit((uint32_t)status);
    case SBI_SRST_TYPE_COLD_REBOOT:
    case SBI_SRST_TYPE_WARM_REBOOT:
        finisher_write(FINISHER_RESET);
    default:
        return (struct sbiret){SBI_ERR_INVALID_PARAM, 0};
    }
}
