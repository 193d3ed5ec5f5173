/* posix.c - the POSIX functions and exo.h of a unikernel, and uni_main
 * (see posix.h). */
#include "exo-posix.h"
#include "posix/posix.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <unistd.h>

#include "console/console.h"
#include "evtchn.h"
#include "libos/xoshiro128.h"
#include "exo.h"
#include "hypercall.h"
#include "memory/memory.h"
#include "module.h"
#include "runtime/runtime.h"
#include "time/time.h"

EXO_MODULE("posix", "runtime,console,time,memory,pv,libc", "sched_op",
           "POSIX and exo.h for the apps: console descriptors, files of a mounted file system, sbrk, sleep, tinystdio streams, and uni_main calling main(argc, argv)");

#define NOFILE 16 /* descriptors, as per process on the guest OS */

/* What a descriptor refers to. */
enum fd_kind { FD_FREE, FD_CONSOLE, FD_FILE };

static struct {
    enum fd_kind kind;
    int handle; /* FD_FILE: the file system's handle */
} fds[NOFILE] = { { FD_CONSOLE, 0 }, { FD_CONSOLE, 0 }, { FD_CONSOLE, 0 } };

static const struct uni_fs_ops *fs;

void uni_posix_mount(const struct uni_fs_ops *ops)
{
    fs = ops;
}

/* Nonzero when descriptor fd is open. */
static int fd_open(int fd)
{
    return fd >= 0 && fd < NOFILE && fds[fd].kind != FD_FREE;
}

ssize_t write(int fd, const void *buf, size_t n)
{
    if (!fd_open(fd)) {
        return posix_result(-(int)EXO_EBADF);
    }
    if (n > INT32_MAX) {
        return posix_result(-(int)EXO_EINVAL);
    }
    if (fds[fd].kind == FD_CONSOLE) {
        uni_console_write(buf, (uint32_t)n);
        return (ssize_t)n;
    }
    return posix_result(fs->write(fds[fd].handle, buf, (uint32_t)n));
}

ssize_t read(int fd, void *buf, size_t n)
{
    if (!fd_open(fd)) {
        return posix_result(-(int)EXO_EBADF);
    }
    if (n > INT32_MAX) {
        return posix_result(-(int)EXO_EINVAL);
    }
    if (fds[fd].kind == FD_CONSOLE) {
        return (ssize_t)uni_console_read(buf, (uint32_t)n);
    }
    return posix_result(fs->read(fds[fd].handle, buf, (uint32_t)n));
}

/* open(path, flags[, mode]): the mode is ignored (no permissions). */
int open(const char *path, int flags, ...)
{
    int32_t exo = exo_open_flags(flags);
    if (exo < 0) {
        return posix_result(-(int)EXO_EINVAL);
    }
    if (fs == 0) {
        return posix_result(-(int)EXO_ENOENT);
    }
    int fd = 0;
    while (fd < NOFILE && fds[fd].kind != FD_FREE) {
        fd++;
    }
    if (fd == NOFILE) {
        return posix_result(-(int)EXO_EMFILE);
    }
    int h = fs->open(path, (uint32_t)exo);
    if (h < 0) {
        return posix_result(h);
    }
    fds[fd].kind = FD_FILE;
    fds[fd].handle = h;
    return fd;
}

int close(int fd)
{
    if (!fd_open(fd)) {
        return posix_result(-(int)EXO_EBADF);
    }
    enum fd_kind kind = fds[fd].kind;
    fds[fd].kind = FD_FREE;
    return kind == FD_FILE ? posix_result(fs->close(fds[fd].handle)) : 0;
}

off_t lseek(int fd, off_t offset, int whence)
{
    if (!fd_open(fd)) {
        return posix_result(-(int)EXO_EBADF);
    }
    if (fds[fd].kind != FD_FILE) {
        return posix_result(-(int)EXO_EINVAL);
    }
    return posix_result(fs->lseek(fds[fd].handle, (int32_t)offset, (uint32_t)whence));
}

int unlink(const char *path)
{
    return posix_result(fs != 0 ? fs->unlink(path) : -(int)EXO_ENOENT);
}

/* Processes, once a process module registered with uni_posix_proc. */
static const struct uni_proc_ops *proc;

void uni_posix_proc(const struct uni_proc_ops *ops)
{
    proc = ops;
}

pid_t getpid(void)
{
    return proc != 0 ? proc->getpid() : 1;
}

/* sbrk(incr) for picolibc's malloc: the old break, or (void *)-1 with errno ENOMEM. */
void *sbrk(ptrdiff_t incr)
{
    void *old = uni_sbrk(incr);
    if (old == 0) {
        posix_result(-(int)EXO_ENOMEM);
        return (void *)-1;
    }
    return old;
}

/* Ends the program after writing out buffered stdout; called by exit(). */
void _exit(int status)
{
    ulib_flush_stdout();
    if (proc != 0) {
        proc->exit(status); /* ends a child process; returns in the boot process */
    }
    uni_poweroff(status);
}

/* ---- exo.h ---- */

int spawn(const char *path, char *const argv[])
{
    return proc != 0 ? proc->spawn(path, argv) : -(int)EXO_ENOSYS;
}

int wait_child(int pid, int *status)
{
    return proc != 0 ? proc->wait(pid, status) : -(int)EXO_ENOSYS;
}

int sleep_ms(unsigned ms)
{
    ulib_flush_stdout();
    uni_sleep_ms(ms);
    return 0;
}

unsigned uptime_ms(void)
{
    return uni_uptime_ms();
}

int list_file(unsigned index, char *name, unsigned len)
{
    return fs != 0 ? fs->list(index, name, len) : -(int)EXO_ENOENT;
}

void yield(void)
{
    HYPERVISOR_sched_op(SCHEDOP_yield, 0);
}

/* The network module's functions, once it has connected an interface. */
static const struct uni_net_ops *net;

void uni_posix_net(const struct uni_net_ops *ops)
{
    net = ops;
}

static struct xoshiro128 rng;
static uint32_t rng_generation; /* the VM generation rng was seeded in (0: never) */

/* getentropy(buf, len): at most 256 bytes from a generator seeded from the
 * VM generation ID in shared info, and seeded again when the generation
 * changes (a restored snapshot): 0, or -1 with errno EIO (len above 256)
 * or ENOSYS (no generation ID). */
int getentropy(void *buf, size_t len)
{
    uint32_t id[4], generation = pv_genid(id);
    if (len > 256 || generation == 0) {
        errno = len > 256 ? EIO : ENOSYS;
        return -1;
    }
    if (generation != rng_generation) {
        rng_generation = generation;
        xoshiro128_seed(&rng, id);
    }
    xoshiro128_fill(&rng, buf, len);
    return 0;
}

int net_info(unsigned char mac[NET_MAC_LEN])
{
    return net != 0 ? net->info(mac) : -(int)EXO_ENODEV;
}

int net_send(const void *frame, unsigned len)
{
    return net != 0 ? net->send(frame, len) : -(int)EXO_ENODEV;
}

int net_recv(void *buf, unsigned len, unsigned timeout_ms)
{
    if (net == 0) {
        return -(int)EXO_ENODEV;
    }
    ulib_flush_stdout();
    return net->recv(buf, len, timeout_ms);
}

/* ---- the program ---- */

int main(int argc, char **argv);

/* Splits args in place at spaces and tabs into argv[EXO_ARG_MAX + 1]: the
 * count, or -1 when there are more words than that. */
static int split_args(char *args, char **argv)
{
    int argc = 0;
    for (;;) {
        while (*args == ' ' || *args == '\t') {
            *args++ = '\0';
        }
        if (*args == '\0') {
            break;
        }
        if (argc == (int)EXO_ARG_MAX) {
            return -1;
        }
        argv[argc++] = args;
        while (*args != '\0' && *args != ' ' && *args != '\t') {
            args++;
        }
    }
    argv[argc] = 0;
    return argc;
}

/* The boot process's argv (uni_main's), for uni_posix_argv0. */
static char *boot_argv[EXO_ARG_MAX + 1];

const char *uni_posix_argv0(void)
{
    return boot_argv[0] != 0 ? boot_argv[0] : "";
}

int uni_main(char *cmdline)
{
    char **argv = boot_argv;
    int argc = split_args(cmdline, argv);
    if (argc < 0) {
        static const char msg[] = "uni: too many arguments\n";
        uni_console_write(msg, sizeof msg - 1);
        return 2;
    }
    int status = main(argc, argv);
    ulib_flush_stdout();
    return status;
}
