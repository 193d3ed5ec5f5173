/* wait.c - waiting for an event or a deadline (see runtime.h): the one
 * place that binds VIRQ_TIMER and arms the one-shot timer, unless a
 * scheduler registered its own waiter. */
#include "evtchn.h"
#include "hypercall.h"
#include "riscv/time.h"
#include "runtime/runtime.h"

static uint32_t timer_port;
static uni_waiter_t waiter; /* NULL: uni_block_until */

/* VIRQ_TIMER: a waiter looks at the counter itself. */
static void timer_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
}

void uni_wait_init(void)
{
    if (evtchn_bind_virq(VIRQ_TIMER, &timer_port) < 0 || evtchn_bind(timer_port, timer_event, 0) < 0) {
        uni_panic("uni_wait_init: cannot bind VIRQ_TIMER");
    }
}

void uni_runtime_set_waiter(uni_waiter_t fn)
{
    waiter = fn;
}

void uni_block_until(uint64_t deadline)
{
    if (deadline != UNI_FOREVER) {
        if (rdtime64() >= deadline) {
            return;
        }
        /* One shot: it replaces an earlier deadline, which a loop on its
         * condition does not need any more. */
        if (HYPERVISOR_set_timer_op(deadline) < 0) {
            uni_panic("uni_block_until: set_timer_op refused the deadline");
        }
    }
    pv_block();
}

void uni_wait_until(uint64_t deadline)
{
    if (waiter != 0) {
        waiter(deadline);
    } else {
        uni_block_until(deadline);
    }
}

void uni_wait(void)
{
    uni_wait_until(UNI_FOREVER);
}
