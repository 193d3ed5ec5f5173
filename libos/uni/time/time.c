/* time.c - time of a unikernel (see time.h). */
#include "time/time.h"

#include "evtchn.h"
#include "exovisor/virt.h"
#include "hypercall.h"
#include "module.h"
#include "riscv/time.h"
#include "runtime/runtime.h"

EXO_MODULE("time", "runtime,pv,libc", "set_timer_op",
           "VIRQ_TIMER, uptime in milliseconds, sleeping until a deadline (set_timer_op, SCHEDOP_block)");

#define TICKS_PER_MS (TIMEBASE_HZ / 1000u)

static uint64_t boot_time;
static uint32_t timer_port;

/* VIRQ_TIMER: the sleeper looks at the counter itself. */
static void timer_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
}

static void time_init(void) __attribute__((constructor(UNI_INIT_TIME)));
static void time_init(void)
{
    boot_time = rdtime64();
    if (evtchn_bind_virq(VIRQ_TIMER, &timer_port) < 0 ||
        evtchn_bind(timer_port, timer_event, 0) < 0) {
        uni_panic("time: cannot bind VIRQ_TIMER");
    }
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
    if (rdtime64() >= when) {
        return;
    }
    if (HYPERVISOR_set_timer_op(when) < 0) {
        uni_panic("time: set_timer_op refused the deadline");
    }
    while (rdtime64() < when) {
        pv_block();
    }
}

void uni_sleep_ms(uint32_t ms)
{
    uni_sleep_until(rdtime64() + (uint64_t)ms * TICKS_PER_MS);
}
