/* pv/trap.c - traps and events of the PV kernel: the set_callbacks entry,
 * event upcalls demultiplexed to their ports, the VIRQ_TIMER tick, the
 * return to a process through iret, and the idle wait (SCHEDOP_block). */
#include "defs.h"
#include "pvkernel.h"
#include "trapframe.h"

static uint32_t timer_port;
static int ticked; /* the current upcall included a timer event */

/* Makes pv_trap_entry the entry of every trap and upcall. */
void pv_trap_init(void)
{
    int r = HYPERVISOR_set_callbacks((uint32_t)(uintptr_t)pv_trap_entry);
    if (r < 0) {
        panic("set_callbacks: error %d", r);
    }
}

/* VIRQ_TIMER: the scheduler tick (timer_intr arms the next one). */
static void timer_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
    ticked = 1;
    timer_intr();
}

/* Binds VIRQ_TIMER to a port of its own. */
void pv_timer_init(void)
{
    int r = evtchn_bind_virq(VIRQ_TIMER, &timer_port);
    if (r == 0) {
        r = evtchn_bind(timer_port, timer_event, 0);
    }
    if (r < 0) {
        panic("pv_timer_init: cannot bind VIRQ_TIMER (error %d)", r);
    }
}

/* An event upcall: runs the handlers of every pending port; nonzero when
 * the timer's was one of them. */
int arch_interrupt(uint32_t scause)
{
    if (scause != PV_EVENT_CAUSE) {
        return 0;
    }
    ticked = 0;
    evtchn_do_upcall();
    return ticked;
}

/* Sleeps until an event (its upcall runs before SCHEDOP_block returns),
 * then masks events again. */
void arch_idle(void)
{
    pv_block();
}

/* A one-shot VIRQ_TIMER at time-counter value when. */
void arch_set_timer(uint64_t when)
{
    int r = HYPERVISOR_set_timer_op(when);
    if (r < 0) {
        panic("set_timer_op: error %d", r);
    }
}

/* Enters the process: the next entry from it lands at the top of this
 * kernel stack (tf is its last frame), and iret unmasks events there. */
void arch_user_return(struct trapframe *tf)
{
    PV_WRITE_ONCE(pv_shared_info->arch_kernel_sp, (uint32_t)(uintptr_t)(tf + 1));
    tf->sstatus = PV_SSTATUS_SPIE;
    pv_iret(tf);
}
