/* time.c - time of a unikernel (see time.h). */
#include "time/time.h"

#include "exovisor/virt.h"
#include "module.h"
#include "riscv/time.h"
#include "runtime/runtime.h"

EXO_MODULE("time", "runtime,libc", "",
           "uptime in milliseconds, sleeping until a deadline (the runtime's uni_wait_until)");

#define TICKS_PER_MS (TIMEBASE_HZ / 1000u)

static uint64_t boot_time;

static void time_init(void) __attribute__((constructor(UNI_INIT_TIME)));
static void time_init(void)
{
    boot_time = rdtime64();
}

uint64_t uni_time_now(void)
{
    return rdtime64();
}

uint32_t uni_uptime_ms(void)
{
    return (uint32_t)((rdtime64() - boot_time) / TICKS_PER_MS);
}

void uni_sleep_until(uint64_t when)
{
    while (rdtime64() < when) {
        uni_wait_until(when);
    }
}

void uni_sleep_ms(uint32_t ms)
{
    uni_sleep_until(rdtime64() + (uint64_t)ms * TICKS_PER_MS);
}
