/* threads.c - a test unikernel of the threads module (libos/uni/threads).
 * Each check prints "threads: ok <what>" or "threads: FAIL <what>: <why>";
 * the last line is "threads: SUCCESS" or "threads: N failures", and the
 * exit status is the number of failures.
 *
 *   threads            every check: round-robin order, sleeps in deadline
 *                      order, event timeouts and signals, a signal from an
 *                      event-channel handler, errno per thread, join,
 *                      uni_wait_until beside a short sleep, 50 threads one
 *                      after another and 50 at once with their stacks reused
 *   threads overflow   a thread writes over the bottom of its stack: the
 *                      next switch panics (the domain crashes)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "evtchn.h"
#include "exovisor/syscall.h"
#include "exovisor/virt.h"
#include "memory/memory.h"
#include "riscv/time.h"
#include "runtime/runtime.h"
#include "threads/threads.h"

#define TICKS_PER_MS (TIMEBASE_HZ / 1000u)
#define PAGE 4096u
#define MANY 50

static int failures;
static uint32_t loop_local, loop_remote; /* a loopback event channel */
static struct uni_event loop_event;
static volatile uint32_t handler_calls;

/* Prints the check's line; counts a failure. */
static void check(int ok, const char *what, const char *why)
{
    if (ok) {
        printf("threads: ok %s\n", what);
    } else {
        printf("threads: FAIL %s: %s\n", what, why);
        failures++;
    }
}

/* Milliseconds of the time counter since start. */
static uint32_t ms_since(uint64_t start)
{
    return (uint32_t)((rdtime64() - start) / TICKS_PER_MS);
}

/* Thread ids: started, or a failure and -1. */
static int spawn(uni_thread_fn fn, void *arg, uint32_t stack)
{
    int id = uni_thread_create(fn, arg, stack);
    if (id <= 0) {
        printf("threads: FAIL uni_thread_create: %d\n", id);
        failures++;
    }
    return id;
}

/* Joins id: its status, or -1000 after a failure. */
static int join(int id)
{
    int status = -1000;
    int r = uni_thread_join(id, &status);
    if (r != 0) {
        printf("threads: FAIL uni_thread_join(%d): %d\n", id, r);
        failures++;
    }
    return status;
}

/* --- round robin ---------------------------------------------------------- */

static char rr_log[16];
static uint32_t rr_len;

/* Logs its letter (*arg) and yields, three times; its id is its status. */
static int rr_thread(void *arg)
{
    for (int i = 0; i < 3; i++) {
        rr_log[rr_len++] = *(const char *)arg;
        uni_thread_yield();
    }
    return uni_thread_self();
}

/* Three threads that yield in turn run in creation order, round after round. */
static void test_round_robin(void)
{
    static const char names[] = "ABC";
    int ids[3];
    for (int i = 0; i < 3; i++) {
        ids[i] = spawn(rr_thread, (void *)&names[i], 0);
    }
    int self_ok = 1;
    for (int i = 0; i < 3; i++) {
        self_ok &= join(ids[i]) == ids[i];
    }
    rr_log[rr_len] = '\0';
    check(ids[0] > 0 && ids[1] > ids[0] && ids[2] > ids[1] && self_ok, "creation: increasing ids, uni_thread_self",
          "ids or uni_thread_self wrong");
    check(strcmp(rr_log, "ABCABCABC") == 0, "round-robin yield order ABCABCABC", rr_log);
}

/* --- sleeps --------------------------------------------------------------- */

static uint32_t sleep_order[3], sleep_woke[3], sleep_n;
static uint64_t sleep_start;

/* Sleeps arg ms, then logs the sleep and when it woke. */
static int sleeper(void *arg)
{
    uint32_t ms = (uint32_t)(uintptr_t)arg;
    uni_thread_sleep_ms(ms);
    sleep_woke[sleep_n] = ms_since(sleep_start);
    sleep_order[sleep_n++] = ms;
    return 0;
}

/* Sleepers wake by deadline, not by creation order, and never early. */
static void test_sleep_order(void)
{
    static const uint32_t ms[3] = { 30, 10, 20 };
    int ids[3];
    sleep_start = rdtime64();
    for (int i = 0; i < 3; i++) {
        ids[i] = spawn(sleeper, (void *)(uintptr_t)ms[i], 0);
    }
    for (int i = 0; i < 3; i++) {
        join(ids[i]);
    }
    char why[96];
    snprintf(why, sizeof why, "woke %u,%u,%u at %u,%u,%u ms", (unsigned)sleep_order[0], (unsigned)sleep_order[1],
             (unsigned)sleep_order[2], (unsigned)sleep_woke[0], (unsigned)sleep_woke[1], (unsigned)sleep_woke[2]);
    int ok = sleep_n == 3 && sleep_order[0] == 10 && sleep_order[1] == 20 && sleep_order[2] == 30;
    for (uint32_t i = 0; ok && i < 3; i++) {
        ok = sleep_woke[i] >= sleep_order[i];
    }
    check(ok, "sleeps of 30, 10 and 20 ms wake in order 10, 20, 30, none early", why);
}

/* --- events --------------------------------------------------------------- */

struct waiter {
    struct uni_event *ev;
    uint32_t timeout_ms;
    uint32_t elapsed_ms;
};

/* Waits on w->ev: the wait's result is the exit status. */
static int event_waiter(void *arg)
{
    struct waiter *w = arg;
    uint64_t start = rdtime64();
    int r = uni_event_wait(w->ev, w->timeout_ms);
    w->elapsed_ms = ms_since(start);
    return r;
}

/* An event wait ends at its timeout unsignalled, or at once when signalled. */
static void test_event_timeout(void)
{
    static struct uni_event ev;
    struct waiter w = { &ev, 20, 0 };
    int r = join(spawn(event_waiter, &w, 0));
    check(r == 0 && w.elapsed_ms >= 20, "an unsignalled event wait times out after 20 ms", "signalled, or early");

    struct waiter s = { &ev, 1000, 0 };
    int id = spawn(event_waiter, &s, 0);
    uni_thread_sleep_ms(5);
    int woke = uni_event_signal(&ev);
    r = join(id);
    check(woke == 1 && r == 1 && s.elapsed_ms < 1000,
          "a wait signalled after 5 ms returns signalled before its timeout",
          "timed out, or the signal found no waiter");
    check(uni_event_signal(&ev) == 0, "a signal with no waiter wakes nobody", "it woke a thread");
}

/* A broadcast wakes every waiter, signalled. */
static void test_event_broadcast(void)
{
    static struct uni_event ev;
    struct waiter w[3];
    int ids[3];
    for (int i = 0; i < 3; i++) {
        w[i] = (struct waiter){ &ev, UNI_EVENT_FOREVER, 0 };
        ids[i] = spawn(event_waiter, &w[i], 0);
    }
    uni_thread_yield(); /* all three wait now */
    int n = uni_event_broadcast(&ev);
    int all = 1;
    for (int i = 0; i < 3; i++) {
        all &= join(ids[i]) == 1;
    }
    check(n == 3 && all, "a broadcast wakes all three waiters", "not all woke signalled");
}

/* The loopback channel's receiving end: runs in the event upcall. */
static void loop_handler(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
    handler_calls++;
    uni_event_signal(&loop_event);
}

/* A channel from this domain to itself: sending on loop_remote raises loop_local. */
static int make_loopback(void)
{
    if (evtchn_alloc_unbound(DOMID_SELF, &loop_local) < 0) {
        return -1;
    }
    struct evtchn_bind_interdomain op = {
        .remote_dom = DOMID_SELF, .pad = 0, .remote_port = loop_local, .local_port = 0
    };
    if (HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &op) < 0) {
        return -1;
    }
    loop_remote = op.local_port;
    return evtchn_bind(loop_local, loop_handler, 0);
}

/* An event signalled by an event-channel handler (in the upcall) wakes its waiter. */
static void test_event_from_handler(void)
{
    if (make_loopback() < 0) {
        check(0, "a loopback event channel", "EVTCHNOP_alloc_unbound or bind_interdomain refused");
        return;
    }
    struct waiter w = { &loop_event, 2000, 0 };
    int id = spawn(event_waiter, &w, 0);
    uni_thread_yield(); /* it waits now */
    int sent = evtchn_send(loop_remote);
    int r = join(id);
    check(sent == 0 && r == 1 && handler_calls == 1 && w.elapsed_ms < 2000,
          "a signal from an event-channel handler wakes the waiting thread", "not woken by the handler");
}

/* --- errno ---------------------------------------------------------------- */

static int *errno_at[2];

/* Makes a call fail with its own errno, lets the other thread do the same,
 * and checks its errno is still its own. */
static int errno_thread(void *arg)
{
    int which = (int)(uintptr_t)arg;
    errno = 0;
    if (which == 0) {
        open("/no/such/file", O_RDONLY);
    } else {
        write(99, "x", 1);
    }
    errno_at[which] = &errno;
    int mine = errno;
    uni_thread_yield();
    uni_thread_sleep_ms(1);
    return errno == mine ? mine : -1;
}

/* Two threads' failing calls set errno each for itself, main's stays. */
static void test_errno(void)
{
    errno = 1234;
    int a = spawn(errno_thread, (void *)0, 0);
    int b = spawn(errno_thread, (void *)1, 0);
    int ea = join(a), eb = join(b);
    char why[64];
    snprintf(why, sizeof why, "errno %d and %d, main's %d", ea, eb, errno);
    check(ea == ENOENT && eb == EBADF && errno == 1234 && errno_at[0] != errno_at[1] && errno_at[0] != &errno,
          "errno is per thread (ENOENT, EBADF, main's untouched)", why);
}

/* --- join ----------------------------------------------------------------- */

/* Returns 42 (its exit status). */
static int returns_42(void *arg)
{
    (void)arg;
    return 42;
}

/* Exits from a call below the thread's function. */
static __attribute__((noinline)) _Noreturn void exit_below(int status)
{
    uni_thread_exit(status);
}

/* Ends with uni_thread_exit(7) from a function it calls. */
static int exits_7(void *arg)
{
    (void)arg;
    exit_below(7);
}

/* join reports both ways of ending, and refuses what cannot be joined. */
static void test_join(void)
{
    int a = spawn(returns_42, 0, 0);
    int b = spawn(exits_7, 0, 0);
    uni_thread_sleep_ms(2); /* both have exited: join finds them done */
    int sa = join(a), sb = join(b);
    check(sa == 42 && sb == 7, "join returns the exit status (returned 42, uni_thread_exit(7))", "wrong status");
    int again = uni_thread_join(a, 0), self = uni_thread_join(uni_thread_self(), 0), boot = uni_thread_join(0, 0);
    check(again == -(int)EXO_ENOENT && self == -(int)EXO_EINVAL && boot == -(int)EXO_EINVAL,
          "a second join, a join of oneself and of thread 0 are refused", "accepted");
}

/* --- uni_wait_until beside a sleep ---------------------------------------- */

static volatile int wait_flag;
static uint32_t wait_returned_ms, sleep_woke_ms;
static uint64_t wait_start;

/* Waits (the runtime's wait, as a module would) for the flag, 2 s at most. */
static int long_waiter(void *arg)
{
    (void)arg;
    uint64_t deadline = wait_start + 2000u * TICKS_PER_MS;
    while (!wait_flag && rdtime64() < deadline) {
        uni_wait_until(deadline);
    }
    wait_returned_ms = ms_since(wait_start);
    return wait_flag;
}

/* Sleeps 10 ms, then sets the flag and raises the loopback event. */
static int short_sleeper(void *arg)
{
    (void)arg;
    uni_thread_sleep_ms(10);
    sleep_woke_ms = ms_since(wait_start);
    wait_flag = 1;
    evtchn_send(loop_remote); /* an event, so the waiter looks again */
    return 0;
}

/* A thread in uni_wait_until (2 s) neither delays a 10 ms sleeper nor misses the event after it. */
static void test_wait_beside_sleep(void)
{
    wait_start = rdtime64();
    int w = spawn(long_waiter, 0, 0);
    int s = spawn(short_sleeper, 0, 0);
    join(s);
    int flag = join(w);
    char why[64];
    snprintf(why, sizeof why, "sleeper woke at %u ms, waiter returned at %u ms", (unsigned)sleep_woke_ms,
             (unsigned)wait_returned_ms);
    check(sleep_woke_ms >= 10 && sleep_woke_ms < 500,
          "a 10 ms sleep is not delayed by a thread in uni_wait_until for 2 s", why);
    check(flag == 1 && wait_returned_ms < 1000, "the waiter returns on the next event, not at its deadline", why);
}

/* --- many threads --------------------------------------------------------- */

/* Pages taken from the allocator and held, so that at most keep stay free. */
static void *hold_pages(uint32_t keep)
{
    void *held = 0;
    while (uni_free_pages() > keep) {
        void **p = uni_page_alloc();
        if (p == 0) {
            break;
        }
        *p = held;
        held = p;
    }
    return held;
}

/* Gives the pages hold_pages took back. */
static void release_pages(void *held)
{
    while (held != 0) {
        void *next = *(void **)held;
        uni_page_free(held);
        held = next;
    }
}

/* Fills 1 KiB of its stack, yields twice; arg + 5 is its status. */
static int worker(void *arg)
{
    volatile uint8_t buf[1024]; /* touches the stack */
    for (uint32_t i = 0; i < sizeof buf; i++) {
        buf[i] = (uint8_t)i;
    }
    uni_thread_yield();
    uni_thread_yield();
    return (int)(uintptr_t)arg + buf[5];
}

/* MANY threads with stacks of 64 pages, one after the other: together they
 * need 3200 pages, with at most 1024 free. */
static void test_many_in_turn(void)
{
    void *held = hold_pages(1024);
    uint32_t before = uni_free_pages();
    int ok = 1;
    for (int i = 0; i < MANY && ok; i++) {
        int id = uni_thread_create(worker, (void *)(uintptr_t)i, 64 * PAGE);
        ok = id > 0 && join(id) == i + 5;
    }
    uint32_t after = uni_free_pages();
    release_pages(held);
    char why[64];
    snprintf(why, sizeof why, "%u pages free before, %u after", (unsigned)before, (unsigned)after);
    check(ok && before <= 1024 && after == before,
          "50 threads with 256 KiB stacks, one after another, in 1024 pages", why);
}

/* MANY threads alive at once, then joined. */
static void test_many_at_once(void)
{
    int ids[MANY];
    uint32_t before = uni_free_pages();
    int ok = 1;
    for (int i = 0; i < MANY; i++) {
        ids[i] = spawn(worker, (void *)(uintptr_t)i, 2 * PAGE);
        ok &= ids[i] > 0;
    }
    struct uni_thread_stats st;
    uni_thread_stats(&st);
    uint32_t live = st.live;
    for (int i = 0; i < MANY; i++) {
        ok &= ids[i] > 0 && join(ids[i]) == i + 5;
    }
    uni_thread_stats(&st);
    char why[80];
    snprintf(why, sizeof why, "%u live, then %u; %u pages free before, %u after", (unsigned)live, (unsigned)st.live,
             (unsigned)before, (unsigned)uni_free_pages());
    check(ok && live == MANY + 1 && st.live == 1 && uni_free_pages() == before,
          "50 threads at once, all joined, stacks given back", why);
}

/* --- stack overflow ------------------------------------------------------- */

/* Writes over the lowest bytes of its one-page stack, as a call chain too
 * deep for it would, and yields: the switch must notice. */
static int overflow(void *arg)
{
    (void)arg;
    uintptr_t bottom = (uintptr_t)__builtin_frame_address(0) & ~(uintptr_t)(PAGE - 1);
    memset((void *)bottom, 0xee, 64);
    printf("threads: overwrote the bottom of the stack\n");
    uni_thread_yield();
    printf("threads: FAIL the overflow went unnoticed\n");
    return 1;
}

/* Prints the module's counters and checks they add up. */
static void report_stats(void)
{
    struct uni_thread_stats st;
    uni_thread_stats(&st);
    printf("threads: stats: %u switches, %u created, %u exited, %u idle blocks, %u polls, %u live\n",
           (unsigned)st.switches, (unsigned)st.created, (unsigned)st.exited, (unsigned)st.idle_blocks,
           (unsigned)st.polls, (unsigned)st.live);
    check(st.created == st.exited && st.live == 1 && st.switches > st.created && st.idle_blocks > 0,
          "counters: every thread created exited, only thread 0 is left, idle blocks counted", "inconsistent");
}

/* Runs every check (or the overflow); the status is the number of failures. */
int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "overflow") == 0) {
        join(spawn(overflow, 0, PAGE));
        return 1;
    }
    check(uni_thread_self() == 0, "main is thread 0", "it is not");
    test_round_robin();
    test_sleep_order();
    test_event_timeout();
    test_event_broadcast();
    test_event_from_handler();
    test_errno();
    test_join();
    test_wait_beside_sleep();
    test_many_in_turn();
    test_many_at_once();
    report_stats();
    if (failures == 0) {
        printf("threads: SUCCESS\n");
    } else {
        printf("threads: %d failures\n", failures);
    }
    return failures;
}
