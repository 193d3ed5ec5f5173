/* unistd.c - the POSIX functions picolibc and the apps call, as system
 * calls: -1 with errno set on failure. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <unistd.h>

#include "exo-posix.h"
#include "ecall.h"

ssize_t write(int fd, const void *buf, size_t n)
{
    return posix_result(exo_ecall(SYS_write, (uint32_t)fd, (uint32_t)(uintptr_t)buf, n));
}

/* getentropy(buf, len): at most 256 bytes from the kernel's generator, which
 * the VM generation ID seeds (and seeds again after a restore): 0, or -1
 * with errno EIO (len above 256), EFAULT, or ENOSYS (no generation ID). */
int getentropy(void *buf, size_t len)
{
    if (len > 256) {
        errno = EIO;
        return -1;
    }
    int32_t r = exo_ecall(SYS_getrandom, (uint32_t)(uintptr_t)buf, len, 0);
    if (r == -(int32_t)EXO_ENODEV) {
        errno = ENOSYS;
        return -1;
    }
    return posix_result(r) < 0 ? -1 : 0;
}

ssize_t read(int fd, void *buf, size_t n)
{
    return posix_result(exo_ecall(SYS_read, (uint32_t)fd, (uint32_t)(uintptr_t)buf, n));
}

/* open(path, flags[, mode]): files are on the disk; the mode is ignored (no permissions). */
int open(const char *path, int flags, ...)
{
    int32_t exo = exo_open_flags(flags);
    if (exo < 0) {
        errno = EINVAL;
        return -1;
    }
    return posix_result(exo_ecall(SYS_open, (uint32_t)(uintptr_t)path, (uint32_t)exo, 0));
}

int close(int fd)
{
    return posix_result(exo_ecall(SYS_close, (uint32_t)fd, 0, 0));
}

off_t lseek(int fd, off_t offset, int whence)
{
    return posix_result(exo_ecall(SYS_lseek, (uint32_t)fd, (uint32_t)offset, (uint32_t)whence));
}

int unlink(const char *path)
{
    return posix_result(exo_ecall(SYS_unlink, (uint32_t)(uintptr_t)path, 0, 0));
}

pid_t getpid(void)
{
    return exo_ecall(SYS_getpid, 0, 0, 0);
}

/* sbrk(incr) for picolibc's malloc: the old break, or (void *)-1 with errno ENOMEM. */
void *sbrk(ptrdiff_t incr)
{
    int r = exo_ecall(SYS_sbrk, (uint32_t)incr, 0, 0);
    if (r < 0) {
        posix_result(r);
        return (void *)-1;
    }
    return (void *)(uintptr_t)r;
}

/* Ends the process after writing out buffered stdout; called by exit(). */
void _exit(int status)
{
    ulib_flush_stdout();
    exo_ecall(SYS_exit, (uint32_t)status, 0, 0);
    for (;;) {
    }
}
