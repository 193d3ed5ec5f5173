/* native/sbi.c - calls into the M-mode firmware (RISC-V SBI v2.0). */
#include "defs.h"
#include "exovisor/sbi.h"
#include "native.h"

struct sbiret {
    int32_t error;
    uint32_t value;
};

static int have_time_ext; /* the TIME extension exists; else legacy set_timer */

/* ecall with a7 = extension, a6 = function, a0..a2 = arguments (SBI 3: binary encoding). */
static struct sbiret sbi_call(uint32_t ext, uint32_t fid, uint32_t arg0, uint32_t arg1,
                              uint32_t arg2)
{
    register uint32_t a0 __asm__("a0") = arg0;
    register uint32_t a1 __asm__("a1") = arg1;
    register uint32_t a2 __asm__("a2") = arg2;
    register uint32_t a6 __asm__("a6") = fid;
    register uint32_t a7 __asm__("a7") = ext;
    __asm__ volatile("ecall" : "+r"(a0), "+r"(a1) : "r"(a2), "r"(a6), "r"(a7) : "memory");
    return (struct sbiret){ .error = (int32_t)a0, .value = a1 };
}

/* Finds out which optional extensions the firmware implements. */
void sbi_init(void)
{
    struct sbiret r = sbi_call(SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, SBI_EXT_TIME, 0, 0);
    have_time_ext = r.error == (int32_t)SBI_SUCCESS && r.value != 0;
}

/* Asks for a supervisor timer interrupt once time >= when; clears a pending one (SBI 6.1). */
void sbi_set_timer(uint64_t when)
{
    uint32_t lo = (uint32_t)when;
    uint32_t hi = (uint32_t)(when >> 32);
    if (have_time_ext) {
        sbi_call(SBI_EXT_TIME, SBI_TIME_SET_TIMER, lo, hi, 0);
    } else {
        sbi_call(SBI_EXT_LEGACY_SET_TIMER, 0, lo, hi, 0);
    }
}

/* Shuts the machine down with the given SRST reason (SBI 10.1); never returns. */
void sbi_shutdown(uint32_t reason)
{
    sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_SHUTDOWN, reason, 0);
    for (;;) {
        __asm__ volatile("wfi");
    }
}
