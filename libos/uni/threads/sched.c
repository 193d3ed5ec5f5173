/* sched.c - the scheduler of the threads module (see threads.h): the run
 * queue, switching, sleeping and waiting, events. */
#include "evtchn.h"
#include "exovisor/virt.h"
#include "riscv/time.h"
#include "runtime/runtime.h"
#include "threads/thread.h"

#define TICKS_PER_MS (TIMEBASE_HZ / 1000u)

struct uni_thread_stats threads_counters;

static struct uni_thread_queue runq;
static struct uni_thread *reap;  /* exited, switched away from, stack not yet given back */
static uint32_t upcalls_seen;    /* uni_upcall_count when waiters last woke */

/* Appends t to q. */
static void q_push(struct uni_thread_queue *q, struct uni_thread *t)
{
    t->next = 0;
    if (q->tail != 0) {
        q->tail->next = t;
    } else {
        q->head = t;
    }
    q->tail = t;
}

/* Takes q's first thread, or NULL. */
static struct uni_thread *q_pop(struct uni_thread_queue *q)
{
    struct uni_thread *t = q->head;
    if (t != 0) {
        q->head = t->next;
        if (q->head == 0) {
            q->tail = 0;
        }
        t->next = 0;
    }
    return t;
}

/* Takes t out of q, wherever it is (a waiter whose deadline passed). */
static void q_remove(struct uni_thread_queue *q, struct uni_thread *t)
{
    struct uni_thread *prev = 0;
    for (struct uni_thread *p = q->head; p != 0; prev = p, p = p->next) {
        if (p == t) {
            if (prev != 0) {
                prev->next = t->next;
            } else {
                q->head = t->next;
            }
            if (q->tail == t) {
                q->tail = prev;
            }
            t->next = 0;
            return;
        }
    }
}

void threads_ready(struct uni_thread *t)
{
    t->state = T_RUNNABLE;
    q_push(&runq, t);
}

/* Whether t waits for a deadline or an event. */
static int blocked(const struct uni_thread *t)
{
    return t->state == T_SLEEPING || t->state == T_WAITING || t->state == T_EVENT;
}

/* The blocked thread with the earliest deadline, or NULL when none has one. */
static struct uni_thread *earliest(void)
{
    struct uni_thread *first = 0;
    for (uint32_t i = 0; i < UNI_THREAD_MAX; i++) {
        struct uni_thread *t = &threads_table[i];
        if (blocked(t) && t->deadline != UNI_FOREVER && (first == 0 || t->deadline < first->deadline)) {
            first = t;
        }
    }
    return first;
}

/* Makes every blocked thread whose deadline has passed runnable, earliest
 * first; one waiting on an event leaves its waiters, not signalled. */
static void wake_expired(void)
{
    uint64_t now = rdtime64();
    struct uni_thread *t;
    while ((t = earliest()) != 0 && t->deadline <= now) {
        if (t->state == T_EVENT) {
            q_remove(&t->ev->waiters, t);
            t->ev = 0;
            t->signalled = 0;
        }
        threads_ready(t);
    }
}

/* After event upcalls (here or wherever something blocked), every thread
 * in uni_wait_until becomes runnable to check its condition again. */
static void wake_waiters(void)
{
    uint32_t n = uni_upcall_count();
    if (n == upcalls_seen) {
        return;
    }
    upcalls_seen = n;
    for (uint32_t i = 0; i < UNI_THREAD_MAX; i++) {
        if (threads_table[i].state == T_WAITING) {
            threads_ready(&threads_table[i]);
        }
    }
}

/* Takes the events pending now, if any: their handlers run here, on the
 * caller's stack, as in pv_block, and may make threads runnable. */
static void poll_events(void)
{
    if (PV_READ_ONCE(pv_shared_info->evtchn_upcall_pending)) {
        threads_counters.polls++;
        pv_events_unmask();
        pv_events_mask();
    }
}

/* Nothing is runnable: blocks until an event, or the earliest deadline. */
static void idle(void)
{
    struct uni_thread *t = earliest();
    threads_counters.idle_blocks++;
    uni_block_until(t != 0 ? t->deadline : UNI_FOREVER);
}

void threads_finish_switch(void)
{
    if (reap != 0) {
        threads_free_stack(reap);
        reap = 0;
    }
}

/* Runs next instead of the current thread (which may be next itself). */
static void switch_to(struct uni_thread *next)
{
    struct uni_thread *prev = threads_current;
    threads_check_stack(prev);
    next->state = T_RUNNING;
    if (next == prev) {
        return;
    }
    if (prev->state == T_EXITED) {
        reap = prev; /* its stack is in use until the switch */
    }
    threads_current = next;
    threads_counters.switches++;
    threads_switch(&prev->ctx, &next->ctx);
    threads_finish_switch();
}

void threads_schedule(void)
{
    for (;;) {
        poll_events();
        wake_waiters();
        wake_expired();
        struct uni_thread *next = q_pop(&runq);
        if (next != 0) {
            switch_to(next);
            return;
        }
        idle();
    }
}

/* The current thread, or a panic before the module's constructor ran. */
static struct uni_thread *self(void)
{
    if (threads_current == 0) {
        uni_panic("threads: used before the module started");
    }
    return threads_current;
}

/* Parks the caller in state (T_SLEEPING or T_WAITING) until deadline. */
static void block(uint8_t state, uint64_t deadline)
{
    struct uni_thread *t = self();
    t->state = state;
    t->deadline = deadline;
    threads_schedule();
}

void threads_wait_until(uint64_t deadline)
{
    if (deadline == UNI_FOREVER || rdtime64() < deadline) {
        block(T_WAITING, deadline);
    }
}

void uni_thread_yield(void)
{
    threads_ready(self());
    threads_schedule();
}

void uni_thread_sleep_until(uint64_t deadline)
{
    while (rdtime64() < deadline) {
        block(T_SLEEPING, deadline);
    }
}

void uni_thread_sleep_ms(uint32_t ms)
{
    uni_thread_sleep_until(rdtime64() + (uint64_t)ms * TICKS_PER_MS);
}

int uni_event_wait_until(struct uni_event *ev, uint64_t deadline)
{
    struct uni_thread *t = self();
    if (deadline != UNI_FOREVER && rdtime64() >= deadline) {
        return 0;
    }
    t->state = T_EVENT;
    t->deadline = deadline;
    t->ev = ev;
    t->signalled = 0;
    q_push(&ev->waiters, t);
    threads_schedule();
    return t->signalled;
}

int uni_event_wait(struct uni_event *ev, uint32_t timeout_ms)
{
    uint64_t deadline = timeout_ms == UNI_EVENT_FOREVER ? UNI_FOREVER
                                                        : rdtime64() + (uint64_t)timeout_ms * TICKS_PER_MS;
    return uni_event_wait_until(ev, deadline);
}

int uni_event_signal(struct uni_event *ev)
{
    struct uni_thread *t = q_pop(&ev->waiters);
    if (t == 0) {
        return 0;
    }
    t->ev = 0;
    t->signalled = 1;
    threads_ready(t);
    return 1;
}

int uni_event_broadcast(struct uni_event *ev)
{
    int n = 0;
    while (uni_event_signal(ev)) {
        n++;
    }
    return n;
}
