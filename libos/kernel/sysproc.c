/* sysproc.c - process system calls: exit, getpid, yield, sleep, sbrk, spawn,
 * wait, uptime. */
#include "defs.h"
#include "memlayout.h"
#include "proc.h"

/* exit(status): ends the process; its parent's wait sees status & 0xff. */
int sys_exit(void)
{
    proc_exit((int)(arg_raw(0) & 0xff));
}

/* getpid(): the caller's process id. */
int sys_getpid(void)
{
    return myproc()->pid;
}

/* yield(): lets every other runnable process run first. */
int sys_yield(void)
{
    yield();
    return 0;
}

/* sleep(ms): blocks for at least ms milliseconds (10 ms resolution). */
int sys_sleep(void)
{
    timer_sleep_ms(arg_raw(0));
    return 0;
}

/* uptime(): milliseconds since boot. */
int sys_uptime(void)
{
    return (int)uptime_ms();
}

/* sbrk(increment): moves the break by a signed increment; the old break,
 * -ENOMEM when the heap would reach the stack or memory runs out, or
 * -EINVAL when it would shrink below the program's end. */
int sys_sbrk(void)
{
    struct proc *p = myproc();
    int32_t incr = (int32_t)arg_raw(0);
    uint32_t old = p->brk;
    if (incr > 0) {
        uint32_t from = PGROUNDUP(old);
        if ((uint32_t)incr > USER_HEAP_LIMIT - old) {
            return ERR(EXO_ENOMEM);
        }
        uint32_t to = PGROUNDUP(old + (uint32_t)incr);
        if (to > from && uvm_alloc(p->pagetable, from, to - from, PTE_R | PTE_W) < 0) {
            uvm_dealloc(p->pagetable, from, to - from);
            return ERR(EXO_ENOMEM);
        }
    } else if (incr < 0) {
        uint32_t dec = 0u - (uint32_t)incr;
        if (dec > old - p->heap_start) {
            return ERR(EXO_EINVAL);
        }
        uint32_t to = PGROUNDUP(old - dec);
        uvm_dealloc(p->pagetable, to, PGROUNDUP(old) - to);
    }
    p->brk = old + (uint32_t)incr;
    return (int)old;
}

/* Copies the user argv array at uargv (NULL-terminated) into argv[], its
 * strings into page. The count, or -EFAULT, or -EINVAL (too many or too long). */
static int fetch_argv(uint32_t uargv, char **argv, char *page)
{
    pagetable_t pt = myproc()->pagetable;
    uint32_t used = 0;
    for (int i = 0; i <= MAXARG; i++) {
        uint32_t uarg;
        if (copyin(pt, &uarg, uargv + 4 * (uint32_t)i, sizeof uarg) < 0) {
            return ERR(EXO_EFAULT);
        }
        if (uarg == 0) {
            argv[i] = 0;
            return i;
        }
        int n = i < MAXARG ? copyinstr(pt, page + used, uarg, PGSIZE - used) : ERR(EXO_EINVAL);
        if (n < 0) {
            return n == ERR(EXO_ENAMETOOLONG) ? ERR(EXO_EINVAL) : n;
        }
        argv[i] = page + used;
        used += (uint32_t)n + 1;
    }
    return ERR(EXO_EINVAL);
}

/* spawn(path, argv): starts a child running path with argv (argv NULL means
 * { path, NULL }); the child's pid or an error. */
int sys_spawn(void)
{
    char path[MAXPATH];
    char *argv[MAXARG + 1];
    int r = arg_str(0, path, sizeof path);
    if (r < 0) {
        return r;
    }
    char *page = kalloc();
    if (page == 0) {
        return ERR(EXO_ENOMEM);
    }
    if (arg_raw(1) == 0) {
        argv[0] = path;
        argv[1] = 0;
    } else {
        r = fetch_argv(arg_raw(1), argv, page);
    }
    if (r >= 0) {
        r = proc_spawn(path, argv, myproc());
    }
    kfree(page);
    return r;
}

/* wait(pid or -1, &status): reaps a child; its pid, or -ECHILD / -EFAULT. */
int sys_wait(void)
{
    return proc_wait((int)arg_raw(0), arg_raw(1));
}
