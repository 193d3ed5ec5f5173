/* open-flags.h - picolibc's open() flags as Exovisor's EXO_O_* values,
 * shared by the user library and the unikernels' POSIX layer. */
#ifndef ULIB_OPEN_FLAGS_H
#define ULIB_OPEN_FLAGS_H

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

#endif
