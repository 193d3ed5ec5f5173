/* exo-posix.h - between Exovisor's EXO_* values and picolibc's POSIX ones:
 * open() flags, errno values and the -1/errno result convention. Shared by
 * the user library and the unikernels' POSIX layer. */
#ifndef ULIB_EXO_POSIX_H
#define ULIB_EXO_POSIX_H

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>

#include "exovisor/syscall.h"

/* The EXO_O_* flags for flags; -1 for flags that cannot be honoured (O_EXCL). */
static inline int32_t exo_open_flags(int flags)
{
    int32_t exo = 0;
    if (flags & O_EXCL) {
        return -1;
    }
    switch (flags & O_ACCMODE) {
    case O_RDONLY: exo = EXO_O_RDONLY; break;
    case O_WRONLY: exo = EXO_O_WRONLY; break;
    case O_RDWR: exo = EXO_O_RDWR; break;
    default: return -1;
    }
    exo |= (flags & O_CREAT) ? EXO_O_CREAT : 0;
    exo |= (flags & O_TRUNC) ? EXO_O_TRUNC : 0;
    exo |= (flags & O_APPEND) ? EXO_O_APPEND : 0;
    return exo;
}

/* picolibc's errno value for an EXO_E* number (the kernel uses Linux's
 * numbers; picolibc's differ for some, e.g. ENAMETOOLONG and ENOSYS). */
static inline int errno_from_exo(uint32_t e)
{
    switch (e) {
    case EXO_EPERM: return EPERM;
    case EXO_ENOENT: return ENOENT;
    case EXO_EIO: return EIO;
    case EXO_ENOEXEC: return ENOEXEC;
    case EXO_EBADF: return EBADF;
    case EXO_ECHILD: return ECHILD;
    case EXO_EAGAIN: return EAGAIN;
    case EXO_ENOMEM: return ENOMEM;
    case EXO_EFAULT: return EFAULT;
    case EXO_EEXIST: return EEXIST;
    case EXO_ENODEV: return ENODEV;
    case EXO_EISDIR: return EISDIR;
    case EXO_EINVAL: return EINVAL;
    case EXO_EMFILE: return EMFILE;
    case EXO_EFBIG: return EFBIG;
    case EXO_ENOSPC: return ENOSPC;
    case EXO_ENAMETOOLONG: return ENAMETOOLONG;
    case EXO_ENOSYS: return ENOSYS;
    default: return EIO;
    }
}

/* A result the POSIX way: a negative EXO_E* sets errno and gives -1. */
static inline int posix_result(int r)
{
    if (r < 0) {
        errno = errno_from_exo((uint32_t)-r);
        return -1;
    }
    return r;
}

#endif
