/* proc.c - the process table, the round-robin scheduler, sleep/wakeup, exit
 * and wait. The kernel runs with interrupts off except while it idles or
 * waits for a device (and then only interrupt handlers run, which change
 * nothing here but through wakeup), so none of this needs locks (one hart). */
#include "defs.h"
#include "file.h"
#include "proc.h"

static struct proc procs[NPROC];
static uint8_t kstacks[NPROC][KSTACK_SIZE] __attribute__((aligned(16)));
static struct proc *current;            /* the RUNNING process, NULL in the scheduler */
static struct context scheduler_context;
static int next_pid = 1;
struct proc *init_proc;                 /* pid 1: adopts orphans; its exit ends the system */

/* Gives each slot its kernel stack. */
void proc_init(void)
{
    for (int i = 0; i < NPROC; i++) {
        procs[i].kstack = kstacks[i];
    }
}

/* The process running on this hart (NULL in the scheduler). */
struct proc *myproc(void)
{
    return current;
}

/* First kernel code a new process runs (swtch "returns" here): into U-mode. */
static void proc_first_run(void)
{
    user_trap_return();
}

/* Takes a free slot: pid, empty page table, console on fds 0-2, a first
 * context that enters user mode. NULL when the table or memory is full. */
struct proc *proc_alloc(void)
{
    struct proc *p = 0;
    for (int i = 0; i < NPROC && p == 0; i++) {
        p = procs[i].state == PROC_UNUSED ? &procs[i] : 0;
    }
    if (p == 0) {
        return 0;
    }
    p->pagetable = uvm_create();
    if (p->pagetable == 0) {
        return 0;
    }
    p->state = PROC_EMBRYO;
    p->wake_at = 0;
    p->pid = next_pid++;
    if (p->pid == 1) {
        init_proc = p;
    }
    p->tf = (struct trapframe *)(void *)(p->kstack + KSTACK_SIZE - sizeof(struct trapframe));
    memset(p->tf, 0, sizeof *p->tf);
    memset(&p->context, 0, sizeof p->context);
    p->context.ra = (uint32_t)(uintptr_t)proc_first_run;
    p->context.sp = (uint32_t)(uintptr_t)p->tf;
    for (int fd = 0; fd < 3; fd++) {
        p->ofile[fd] = file_dup(file_console());
    }
    return p;
}

/* Closes every descriptor of p. */
static void close_files(struct proc *p)
{
    for (int fd = 0; fd < NOFILE; fd++) {
        if (p->ofile[fd] != 0) {
            file_close(p->ofile[fd]);
            p->ofile[fd] = 0;
        }
    }
}

/* Releases everything a slot holds (open files, memory) and marks it unused. */
void proc_free(struct proc *p)
{
    close_files(p);
    if (p->pagetable != 0) {
        uvm_free(p->pagetable);
    }
    uint8_t *kstack = p->kstack;
    memset(p, 0, sizeof *p);
    p->kstack = kstack;
    p->state = PROC_UNUSED;
}

/* Next RUNNABLE process after slot *next in round-robin order, or NULL. */
static struct proc *pick_next(int *next)
{
    for (int i = 0; i < NPROC; i++) {
        struct proc *p = &procs[(*next + i) % NPROC];
        if (p->state == PROC_RUNNABLE) {
            *next = (int)(p - procs + 1) % NPROC;
            return p;
        }
    }
    return 0;
}

/* Runs processes forever; powers off once pid 1 has exited. */
void scheduler(void)
{
    int next = 0;
    for (;;) {
        struct proc *p = pick_next(&next);
        if (p == 0) {
            arch_idle();
            continue;
        }
        current = p;
        p->state = PROC_RUNNING;
        vm_switch(p->pagetable);
        swtch(&scheduler_context, &p->context);
        current = 0; /* the address space stays until another process runs */
        if (init_proc != 0 && init_proc->state == PROC_ZOMBIE) {
            power_off(init_proc->xstatus);
        }
    }
}

/* Switches from the current process (no longer RUNNING) to the scheduler. */
static void sched(void)
{
    struct proc *p = current;
    if (p == 0 || p->state == PROC_RUNNING) {
        panic("sched: no process or still running");
    }
    swtch(&p->context, &scheduler_context);
}

/* Gives up the CPU for one round. */
void yield(void)
{
    current->state = PROC_RUNNABLE;
    sched();
}

/* Blocks the current process until wakeup(chan). Callers recheck their condition. */
void sleep_on(void *chan)
{
    current->chan = chan;
    current->state = PROC_SLEEPING;
    sched();
    current->chan = 0;
}

/* Blocks the current process until wakeup(chan) or until the time counter
 * reaches deadline (noticed at the next tick). Callers recheck both. */
void sleep_until(void *chan, uint64_t deadline)
{
    current->wake_at = deadline;
    sleep_on(chan);
    current->wake_at = 0;
}

/* Makes the processes whose sleep_until deadline has passed runnable (every tick). */
void wakeup_expired(uint64_t now)
{
    for (int i = 0; i < NPROC; i++) {
        if (procs[i].state == PROC_SLEEPING && procs[i].wake_at != 0 && now >= procs[i].wake_at) {
            procs[i].state = PROC_RUNNABLE;
        }
    }
}

/* Makes every process sleeping on chan runnable. */
void wakeup(void *chan)
{
    for (int i = 0; i < NPROC; i++) {
        if (procs[i].state == PROC_SLEEPING && procs[i].chan == chan) {
            procs[i].state = PROC_RUNNABLE;
        }
    }
}

/* Hands the children of p to pid 1, waking it if one of them already exited. */
static void reparent(struct proc *p)
{
    for (int i = 0; i < NPROC; i++) {
        struct proc *q = &procs[i];
        if (q->state != PROC_UNUSED && q->parent == p) {
            q->parent = init_proc;
            if (q->state == PROC_ZOMBIE) {
                wakeup(init_proc);
            }
        }
    }
}

/* Closes the files of every process (at shutdown: files unlinked while
 * open are freed before the disk is flushed, so none is left orphaned). */
void proc_close_all(void)
{
    for (int i = 0; i < NPROC; i++) {
        close_files(&procs[i]);
    }
}

/* Ends the current process: closes its files and becomes a zombie for its
 * parent to reap (memory is freed by wait, on another page table). */
void proc_exit(int status)
{
    struct proc *p = current;
    close_files(p);
    reparent(p);
    p->xstatus = status;
    p->state = PROC_ZOMBIE;
    if (p->parent != 0) {
        wakeup(p->parent);
    }
    sched();
    panic("proc_exit: zombie ran");
}

/* Reaps a zombie child (pid, or any when pid is -1), storing its exit status
 * at user address status_addr unless 0. Blocks while matching children run.
 * Returns its pid, -ECHILD when there is no such child, or -EFAULT. */
int proc_wait(int pid, uint32_t status_addr)
{
    struct proc *p = current;
    for (;;) {
        int have_child = 0;
        for (int i = 0; i < NPROC; i++) {
            struct proc *q = &procs[i];
            if (q->state == PROC_UNUSED || q->parent != p || (pid != -1 && q->pid != pid)) {
                continue;
            }
            have_child = 1;
            if (q->state != PROC_ZOMBIE) {
                continue;
            }
            if (status_addr != 0 &&
                copyout(p->pagetable, status_addr, &q->xstatus, sizeof q->xstatus) < 0) {
                return ERR(EXO_EFAULT);
            }
            int reaped = q->pid;
            proc_free(q);
            return reaped;
        }
        if (!have_child) {
            return ERR(EXO_ECHILD);
        }
        sleep_on(p);
    }
}

/* Installs f in the lowest free descriptor of the current process; the fd or -EMFILE. */
int fd_alloc(struct file *f)
{
    for (int fd = 0; fd < NOFILE; fd++) {
        if (current->ofile[fd] == 0) {
            current->ofile[fd] = f;
            return fd;
        }
    }
    return ERR(EXO_EMFILE);
}
