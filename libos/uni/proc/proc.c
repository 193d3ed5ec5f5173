/* proc.c - processes emulated on threads (see proc.h): the process table,
 * spawn, exit and wait_child, registered with posix. */
#include "proc/proc.h"

#include <stdlib.h>
#include <string.h>

#include "exo.h"
#include "module.h"
#include "posix/posix.h"
#include "runtime/runtime.h"
#include "threads/threads.h"

EXO_MODULE("proc", "posix,threads,libc", "",
           "processes on threads: spawn of the program itself runs main on a new thread with the new argv, exit or return from main ends that child only, wait_child reaps it; one address space, no isolation");

/* One child process (pid 0: a free slot). */
struct proc {
    int pid;
    int parent; /* the spawner's pid */
    int tid;    /* the thread running it */
    int ended;  /* its status is ready for wait_child */
    int status;
    char **argv; /* one allocation: the pointers, then the strings */
};

static struct proc procs[UNI_PROC_MAX];
static int last_pid = 1;
/* Broadcast whenever a child ends; waiters check their own children. */
static struct uni_event child_ended = UNI_EVENT_INIT;

int main(int argc, char **argv);

/* The running child (its thread's slot), or NULL in the boot process. */
static struct proc *current(void)
{
    int tid = uni_thread_self();
    for (int i = 0; i < UNI_PROC_MAX; i++) {
        if (procs[i].pid != 0 && !procs[i].ended && procs[i].tid == tid) {
            return &procs[i];
        }
    }
    return 0;
}

static int proc_getpid(void)
{
    struct proc *p = current();
    return p != 0 ? p->pid : 1;
}

/* The last path component of path. */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != 0 ? slash + 1 : path;
}

/* A copy of argv (or of { path } when argv is NULL) in one allocation; NULL
 * with *err set when it has too many words or memory is short. */
static char **copy_argv(const char *path, char *const argv[], int *err)
{
    const char *one[] = { path, 0 };
    const char *const *src = argv != 0 ? (const char *const *)argv : one;
    uint32_t n = 0, bytes = 0;
    while (src[n] != 0) {
        if (n == EXO_ARG_MAX) {
            *err = -(int)EXO_EINVAL;
            return 0;
        }
        bytes += (uint32_t)strlen(src[n++]) + 1;
    }
    char **copy = malloc((n + 1) * sizeof(char *) + bytes);
    if (copy == 0) {
        *err = -(int)EXO_ENOMEM;
        return 0;
    }
    char *text = (char *)(copy + n + 1);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = (uint32_t)strlen(src[i]) + 1;
        copy[i] = memcpy(text, src[i], len);
        text += len;
    }
    copy[n] = 0;
    return copy;
}

/* Ends child p with status: its own children go to the boot process, its
 * parent hears of it, and its thread ends. */
static _Noreturn void end_child(struct proc *p, int status)
{
    for (int i = 0; i < UNI_PROC_MAX; i++) {
        if (procs[i].pid != 0 && procs[i].parent == p->pid) {
            procs[i].parent = 1;
        }
    }
    p->status = status & 0xff;
    p->ended = 1;
    uni_event_broadcast(&child_ended);
    uni_thread_exit(p->status);
}

/* A child's thread: main with its argv, then the end of the child. */
static int child_thread(void *arg)
{
    struct proc *p = arg;
    int argc = 0;
    while (p->argv[argc] != 0) {
        argc++;
    }
    int status = main(argc, p->argv);
    ulib_flush_stdout();
    end_child(p, status);
}

static int proc_spawn(const char *path, char *const argv[])
{
    if (path == 0 || strcmp(base_name(path), base_name(uni_posix_argv0())) != 0) {
        return -(int)EXO_ENOENT;
    }
    struct proc *p = 0;
    for (int i = 0; i < UNI_PROC_MAX && p == 0; i++) {
        p = procs[i].pid == 0 ? &procs[i] : 0;
    }
    if (p == 0) {
        return -(int)EXO_EAGAIN;
    }
    int err = 0;
    char **copy = copy_argv(path, argv, &err);
    if (copy == 0) {
        return err;
    }
    *p = (struct proc){ .pid = last_pid + 1, .parent = proc_getpid(), .argv = copy };
    int tid = uni_thread_create(child_thread, p, UNI_PROC_STACK);
    if (tid < 0) {
        free(copy);
        p->pid = 0;
        return tid;
    }
    p->tid = tid;
    last_pid++;
    return p->pid;
}

/* exit in a child ends it; in the boot process (or a thread it started) it returns. */
static void proc_exit(int status)
{
    struct proc *p = current();
    if (p != 0) {
        end_child(p, status);
    }
}

/* Reaps ended child p: its status, its thread's slot and its argv. */
static int reap(struct proc *p, int *status)
{
    int pid = p->pid;
    if (status != 0) {
        *status = p->status;
    }
    uni_thread_join(p->tid, 0);
    free(p->argv);
    p->pid = 0;
    return pid;
}

static int proc_wait(int pid, int *status)
{
    int self = proc_getpid();
    for (;;) {
        int have = 0;
        for (int i = 0; i < UNI_PROC_MAX; i++) {
            struct proc *p = &procs[i];
            if (p->pid == 0 || p->parent != self || (pid != -1 && p->pid != pid)) {
                continue;
            }
            if (p->ended) {
                return reap(p, status);
            }
            have = 1;
        }
        if (!have) {
            return -(int)EXO_ECHILD;
        }
        uni_event_wait_until(&child_ended, UNI_FOREVER);
    }
}

static const struct uni_proc_ops ops = { proc_spawn, proc_wait, proc_getpid, proc_exit };

/* Puts the processes under posix's spawn, wait_child, getpid and _exit. */
static void proc_init(void) __attribute__((constructor(UNI_INIT_PROC)));
static void proc_init(void)
{
    uni_posix_proc(&ops);
}
