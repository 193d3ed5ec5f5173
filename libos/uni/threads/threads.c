/* threads.c - the threads of the threads module (see threads.h): their
 * slots, stacks and TLS blocks, creation, exit and join. */
#include "threads/threads.h"

#include <string.h>
#include <unistd.h>

#include "exovisor/syscall.h"
#include "memory/memory.h"
#include "module.h"
#include "threads/thread.h"

EXO_MODULE("threads", "runtime,pv,memory,posix,libc", "xen_version",
           "cooperative threads: round-robin scheduling, sleeps, events (wait queues signalled from threads or event handlers), join; the runtime's waiter, so every module's wait lets the other threads run");

#define PAGE 4096u
#define CANARY 0x5afe57acu
#define CANARY_WORDS 4u

/* uni.ld: the TLS template (.tdata, then .tbss up to __tbss_end). */
extern char __tdata_start[], __tdata_end[], __tbss_end[];

struct uni_thread threads_table[UNI_THREAD_MAX];
struct uni_thread *threads_current;
static int last_id;

/* A page run's chain of pages set aside while looking for a longer run. */
struct spare_page {
    struct spare_page *next;
};

/* Puts the n pages from lo on the spare chain. */
static void set_aside(struct spare_page **spare, uint8_t *lo, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        struct spare_page *p = (struct spare_page *)(void *)(lo + i * PAGE);
        p->next = *spare;
        *spare = p;
    }
}

/* Gives every page of the spare chain back. */
static void give_back(struct spare_page *spare)
{
    while (spare != 0) {
        struct spare_page *next = spare->next;
        uni_page_free(spare);
        spare = next;
    }
}

/* n contiguous pages from the memory module (which hands out single pages:
 * fresh ones in address order, freed ones last freed first), or NULL.
 * Pages that do not extend the run are set aside and given back after. */
static uint8_t *alloc_run(uint32_t n)
{
    struct spare_page *spare = 0;
    uint8_t *lo = 0;
    uint32_t run = 0;
    while (run < n) {
        uint8_t *p = uni_page_alloc();
        if (p == 0) {
            set_aside(&spare, lo, run);
            give_back(spare);
            return 0;
        }
        if (run > 0 && p == lo + run * PAGE) {
            run++;
        } else if (run > 0 && p + PAGE == lo) {
            lo = p;
            run++;
        } else {
            set_aside(&spare, lo, run);
            lo = p;
            run = 1;
        }
    }
    give_back(spare);
    return lo;
}

void threads_free_stack(struct uni_thread *t)
{
    threads_check_stack(t);
    /* Lowest first, so that the allocator hands them out again as one run. */
    for (uint32_t i = 0; i < t->stack_pages; i++) {
        uni_page_free(t->stack + i * PAGE);
    }
    t->stack = 0;
    t->stack_pages = 0;
}

void threads_check_stack(const struct uni_thread *t)
{
    if (t->stack == 0) {
        return;
    }
    const uint32_t *w = (const uint32_t *)(const void *)t->stack;
    for (uint32_t i = 0; i < CANARY_WORDS; i++) {
        if (w[i] != CANARY) {
            uni_panic("threads: a thread overflowed its stack (the canary at its bottom is overwritten)");
        }
    }
}

/* Bytes of a TLS block: the template and .tbss, rounded up to 16. */
static uint32_t tls_size(void)
{
    return ((uint32_t)(uintptr_t)__tbss_end - (uint32_t)(uintptr_t)__tdata_start + 15u) & ~15u;
}

/* The first code of a new thread: fn(arg), whose result is its exit status. */
static _Noreturn void thread_start(void)
{
    threads_finish_switch();
    struct uni_thread *t = threads_current;
    uni_thread_exit(t->fn(t->arg));
}

/* Lays out t's stack: the canary at the bottom, the TLS block (a copy of
 * .tdata, zeroed .tbss) at the top, and below it the first frame, which
 * switch.S enters at thread_start. */
static void prepare(struct uni_thread *t)
{
    uint32_t *w = (uint32_t *)(void *)t->stack;
    for (uint32_t i = 0; i < CANARY_WORDS; i++) {
        w[i] = CANARY;
    }
    uint8_t *tls = t->stack + t->stack_pages * PAGE - tls_size();
    memset(tls, 0, tls_size());
    memcpy(tls, __tdata_start, (uint32_t)(uintptr_t)__tdata_end - (uint32_t)(uintptr_t)__tdata_start);
    memset(&t->ctx, 0, sizeof t->ctx);
    t->ctx.ra = (uint32_t)(uintptr_t)thread_start;
    t->ctx.sp = (uint32_t)(uintptr_t)tls;
    t->ctx.tp = (uint32_t)(uintptr_t)tls;
}

/* A free slot, or NULL. */
static struct uni_thread *free_slot(void)
{
    for (uint32_t i = 1; i < UNI_THREAD_MAX; i++) {
        if (threads_table[i].state == T_FREE) {
            return &threads_table[i];
        }
    }
    return 0;
}

/* The next thread id: positive, not in use. */
static int next_id(void)
{
    for (;;) {
        last_id = last_id == 0x7fffffff ? 1 : last_id + 1;
        uint32_t i = 0;
        while (i < UNI_THREAD_MAX && threads_table[i].id != last_id) {
            i++;
        }
        if (i == UNI_THREAD_MAX) {
            return last_id;
        }
    }
}

int uni_thread_create(uni_thread_fn fn, void *arg, uint32_t stack_bytes)
{
    if (fn == 0 || stack_bytes > UNI_THREAD_STACK_MAX) {
        return -(int)EXO_EINVAL;
    }
    uint32_t bytes = stack_bytes == 0 ? UNI_THREAD_STACK_DEFAULT : stack_bytes;
    uint32_t pages = (bytes + PAGE - 1) / PAGE;
    struct uni_thread *t = free_slot();
    if (t == 0) {
        return -(int)EXO_EAGAIN;
    }
    if (pages * PAGE < tls_size() + PAGE / 2) {
        pages++; /* room for the TLS block and a frame or two */
    }
    t->stack = alloc_run(pages);
    if (t->stack == 0) {
        return -(int)EXO_ENOMEM;
    }
    t->stack_pages = pages;
    t->fn = fn;
    t->arg = arg;
    t->id = next_id();
    t->exited = (struct uni_event)UNI_EVENT_INIT;
    prepare(t);
    threads_counters.created++;
    threads_ready(t);
    return t->id;
}

int uni_thread_self(void)
{
    return threads_current != 0 ? threads_current->id : 0;
}

void uni_thread_exit(int status)
{
    struct uni_thread *t = threads_current;
    if (t == 0 || t == &threads_table[0]) {
        _exit(status);
    }
    t->status = status;
    t->state = T_EXITED;
    threads_counters.exited++;
    uni_event_broadcast(&t->exited);
    threads_schedule();
    uni_panic("uni_thread_exit: an exited thread ran again");
}

/* The slot of thread id (not free), or NULL. */
static struct uni_thread *find(int id)
{
    for (uint32_t i = 0; i < UNI_THREAD_MAX; i++) {
        if (threads_table[i].state != T_FREE && threads_table[i].id == id) {
            return &threads_table[i];
        }
    }
    return 0;
}

int uni_thread_join(int id, int *status)
{
    if (id == 0 || id == uni_thread_self()) {
        return -(int)EXO_EINVAL;
    }
    for (;;) {
        struct uni_thread *t = find(id);
        if (t == 0) {
            return -(int)EXO_ENOENT; /* never was, or joined by another thread */
        }
        if (t->state == T_EXITED) {
            if (status != 0) {
                *status = t->status;
            }
            t->state = T_FREE;
            t->id = -1;
            return 0;
        }
        uni_event_wait_until(&t->exited, UNI_FOREVER);
    }
}

void uni_thread_stats(struct uni_thread_stats *out)
{
    *out = threads_counters;
    out->live = 0;
    for (uint32_t i = 0; i < UNI_THREAD_MAX; i++) {
        out->live += threads_table[i].state != T_FREE ? 1u : 0u;
    }
}

/* Thread 0 is the boot thread, running; every other slot is free. The
 * runtime's waits go through the scheduler from now on. */
static void threads_init(void) __attribute__((constructor(UNI_INIT_THREADS)));
static void threads_init(void)
{
    for (uint32_t i = 1; i < UNI_THREAD_MAX; i++) {
        threads_table[i].state = T_FREE;
        threads_table[i].id = -1;
    }
    threads_table[0].id = 0;
    threads_table[0].state = T_RUNNING;
    threads_current = &threads_table[0];
    uni_runtime_set_waiter(threads_wait_until);
}
