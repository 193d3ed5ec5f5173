/* threads.h - cooperative threads of a unikernel, with sleeps and events.
 *
 * Threads run one at a time on the one vCPU and switch only when the
 * running one yields, sleeps, waits or exits: there is no preemption, so
 * code between two such calls needs no lock. The boot thread, which runs
 * the constructors and uni_main, is thread 0; when main returns (or any
 * thread calls _exit) the unikernel powers off as it always does, whatever
 * other threads exist: they are not run again.
 *
 * Linking the module is all it takes: its constructor registers its
 * scheduler as the runtime's waiter, so every module's wait (uni_wait_until:
 * the disk, the network, the configuration store, sleeping, console input)
 * parks the calling thread until an event comes or its deadline passes,
 * and the others run meanwhile. The scheduler is round-robin. When no
 * thread can run it arms the timer at the earliest deadline of a sleeper
 * or waiter and blocks (uni_block_until); after an event every thread in
 * uni_wait_until becomes runnable again to check its condition, and every
 * thread whose deadline has passed wakes up (earliest first). Pending
 * events are also taken between two threads when there is one, so a busy
 * thread that yields does not keep the waiting ones from their events.
 *
 * Each thread has its own stack (whole pages from the memory module,
 * returned when the thread has exited and switched away) with a canary at
 * its bottom, checked at each switch (a panic names an overflow), and its
 * own TLS block at the top of the stack, so errno is per thread. Event
 * upcalls run on the stack of the thread that blocked.
 *
 * Events (struct uni_event) are wait queues, as condition variables are:
 * a thread checks its condition and, when it is not met, waits; with no
 * preemption nothing can happen in between. A signal wakes the first
 * waiter, a broadcast all of them; a signal with no waiter is not kept.
 * Signalling only marks threads runnable, so event-channel handlers (the
 * upcall) may signal.
 *
 * Devices and the file system are not locked: one thread at a time may
 * use each of them.
 */
#ifndef UNI_THREADS_H
#define UNI_THREADS_H

#include <stdint.h>

#include "runtime/runtime.h" /* UNI_FOREVER */

/* Threads alive at once, thread 0 and exited threads not yet joined included. */
#define UNI_THREAD_MAX 64
/* The stack a thread gets when uni_thread_create is asked for 0 bytes, and
 * the largest it may ask for (both include the thread's TLS block). */
#define UNI_THREAD_STACK_DEFAULT 16384u
#define UNI_THREAD_STACK_MAX (1024u * 1024u)
/* uni_event_wait's timeout for no timeout. */
#define UNI_EVENT_FOREVER 0xffffffffu

struct uni_thread;

/* A FIFO of threads (the run queue, an event's waiters). */
struct uni_thread_queue {
    struct uni_thread *head, *tail;
};

/* A wait queue; zero-initialized (UNI_EVENT_INIT) it has no waiter. */
struct uni_event {
    struct uni_thread_queue waiters;
};
#define UNI_EVENT_INIT { { 0, 0 } }

/* What a thread runs; its result is the thread's exit status. */
typedef int (*uni_thread_fn)(void *arg);

/* Starts fn(arg) on a new thread with a stack of stack_bytes (rounded up to
 * whole pages; 0: UNI_THREAD_STACK_DEFAULT); it runs after the threads
 * already runnable. Its id (> 0), or -EXO_EAGAIN (UNI_THREAD_MAX threads),
 * -EXO_EINVAL (no fn, or a stack above UNI_THREAD_STACK_MAX), -EXO_ENOMEM. */
int uni_thread_create(uni_thread_fn fn, void *arg, uint32_t stack_bytes);
/* The running thread's id (0 for the boot thread). */
int uni_thread_self(void);
/* Lets every other runnable thread run once before the caller goes on. */
void uni_thread_yield(void);
/* Sleeps until the time counter (TIMEBASE_HZ ticks) reaches deadline. */
void uni_thread_sleep_until(uint64_t deadline);
/* Sleeps for at least ms milliseconds. */
void uni_thread_sleep_ms(uint32_t ms);
/* Ends the calling thread with status, which uni_thread_join reports; in
 * thread 0 it is _exit(status): stdout is written out and the unikernel
 * powers off. */
_Noreturn void uni_thread_exit(int status);
/* Waits until thread id has exited, stores its status (unless status is
 * NULL) and frees its slot: 0, -EXO_ENOENT (no such thread, or already
 * joined) or -EXO_EINVAL (the caller itself, or thread 0). */
int uni_thread_join(int id, int *status);

/* Waits on ev until a signal or the time counter reaches deadline
 * (UNI_FOREVER: none): 1 when signalled, 0 when the deadline passed. */
int uni_event_wait_until(struct uni_event *ev, uint64_t deadline);
/* Waits on ev for at most timeout_ms (UNI_EVENT_FOREVER: no timeout): 1
 * when signalled, 0 on timeout. */
int uni_event_wait(struct uni_event *ev, uint32_t timeout_ms);
/* Wakes ev's first waiter: 1, or 0 when none waits. Safe in an event handler. */
int uni_event_signal(struct uni_event *ev);
/* Wakes every waiter of ev: how many. Safe in an event handler. */
int uni_event_broadcast(struct uni_event *ev);

/* Counters since boot, and threads alive now. */
struct uni_thread_stats {
    uint32_t switches;    /* context switches */
    uint32_t created;     /* threads created (thread 0 not counted) */
    uint32_t exited;      /* threads that exited */
    uint32_t idle_blocks; /* blocks with no thread runnable */
    uint32_t polls;       /* pending events taken between two threads */
    uint32_t live;        /* threads not yet joined, thread 0 included */
};
void uni_thread_stats(struct uni_thread_stats *out);

#endif
