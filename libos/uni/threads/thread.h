/* thread.h - the threads module's own declarations, shared by threads.c
 * (the threads: stacks, TLS, creation, exit, join), sched.c (the run
 * queue, switching, waiting, events) and switch.S. They are hidden: the
 * module's object keeps them local (objcopy --localize-hidden), so only
 * the uni_thread_* and uni_event_* names of threads.h are exported.
 */
#ifndef UNI_THREADS_THREAD_H
#define UNI_THREADS_THREAD_H

#include <stdint.h>

#include "threads/threads.h"

#pragma GCC visibility push(hidden)

/* The callee-saved registers of a thread that is not running, as
 * threads_switch saves them (switch.S relies on this layout). */
struct thread_ctx {
    uint32_t ra, sp, tp;
    uint32_t s[12];
};

enum thread_state {
    T_FREE,     /* the slot is unused */
    T_RUNNABLE, /* in the run queue */
    T_RUNNING,  /* threads_current */
    T_SLEEPING, /* until its deadline only */
    T_WAITING,  /* in uni_wait_until: until any event or its deadline */
    T_EVENT,    /* in an event's waiters until a signal or its deadline */
    T_EXITED,   /* its status waits for uni_thread_join */
};

/* One thread. Every field belongs to the scheduler; handlers touch them
 * only through uni_event_signal, which runs while the queues are whole. */
struct uni_thread {
    struct thread_ctx ctx;   /* saved while not running */
    int id;                  /* -1 while the slot is free */
    uint8_t state;           /* enum thread_state */
    uint8_t signalled;       /* T_EVENT: ended by a signal (1) or the deadline (0) */
    int status;              /* T_EXITED: the exit status */
    uint64_t deadline;       /* T_SLEEPING, T_WAITING, T_EVENT: UNI_FOREVER for none */
    struct uni_thread *next; /* link in the run queue or in ev's waiters */
    struct uni_event *ev;    /* T_EVENT: the event waited on */
    struct uni_event exited; /* threads joining this one */
    uint8_t *stack;          /* lowest byte of the stack; NULL: the boot stack (thread 0) or freed */
    uint32_t stack_pages;
    uni_thread_fn fn;
    void *arg;
};

/* threads.c */
extern struct uni_thread threads_table[UNI_THREAD_MAX];
extern struct uni_thread *threads_current;
/* Panics when t's stack canary is overwritten. */
void threads_check_stack(const struct uni_thread *t);
/* Gives the stack of t, which has exited and is not running, back. */
void threads_free_stack(struct uni_thread *t);

/* sched.c */
extern struct uni_thread_stats threads_counters;
/* Makes t runnable, at the tail of the run queue. */
void threads_ready(struct uni_thread *t);
/* Runs the next runnable thread, the caller having set its own state
 * (runnable and queued, blocked or exited); returns when the caller runs
 * again (never for an exited one). */
void threads_schedule(void);
/* What a thread runs first once switched to: reclaims the stack of the
 * exited thread it was switched from, if any. */
void threads_finish_switch(void);
/* The runtime's waiter: parks the caller until any event or deadline. */
void threads_wait_until(uint64_t deadline);

/* switch.S: saves the callee-saved registers into *from and resumes the
 * thread *to describes (a new thread starts at to->ra). */
void threads_switch(struct thread_ctx *from, const struct thread_ctx *to);

#pragma GCC visibility pop

#endif
