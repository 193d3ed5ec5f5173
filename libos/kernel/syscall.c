/* syscall.c - system-call dispatch: ecall from U-mode with a7 = SYS_*,
 * arguments in a0..a5, the result (or a negative EXO_E* error) in a0. */
#include "defs.h"
#include "proc.h"

static int (*const syscalls[SYS_COUNT + 1])(void) = {
    [SYS_exit] = sys_exit,       [SYS_write] = sys_write,   [SYS_read] = sys_read,
    [SYS_getpid] = sys_getpid,   [SYS_yield] = sys_yield,   [SYS_sleep] = sys_sleep,
    [SYS_sbrk] = sys_sbrk,       [SYS_spawn] = sys_spawn,   [SYS_wait] = sys_wait,
    [SYS_open] = sys_open,       [SYS_close] = sys_close,   [SYS_lseek] = sys_lseek,
    [SYS_unlink] = sys_unlink,   [SYS_readdir] = sys_readdir, [SYS_uptime] = sys_uptime,
    [SYS_netinfo] = sys_netinfo, [SYS_netsend] = sys_netsend, [SYS_netrecv] = sys_netrecv,
    [SYS_getrandom] = sys_getrandom,
};

/* Runs the system call the current process asked for; -ENOSYS for unknown numbers. */
void syscall(void)
{
    struct trapframe *tf = myproc()->tf;
    uint32_t num = tf->a7;
    int r = ERR(EXO_ENOSYS);
    if (num >= 1 && num <= SYS_COUNT && syscalls[num] != 0) {
        r = syscalls[num]();
    }
    tf->a0 = (uint32_t)r;
}

/* Argument n (0..5) of the current system call, unchecked. */
uint32_t arg_raw(int n)
{
    const struct trapframe *tf = myproc()->tf;
    const uint32_t args[6] = { tf->a0, tf->a1, tf->a2, tf->a3, tf->a4, tf->a5 };
    return n >= 0 && n < 6 ? args[n] : 0;
}

/* Copies the string argument n into buf[max]: its length, -EFAULT or -ENAMETOOLONG. */
int arg_str(int n, char *buf, uint32_t max)
{
    return copyinstr(myproc()->pagetable, buf, arg_raw(n), max);
}
