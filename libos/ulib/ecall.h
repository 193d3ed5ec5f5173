/* ecall.h - the system-call instruction, shared by the ulib sources. */
#ifndef ULIB_ECALL_H
#define ULIB_ECALL_H

#include <stdint.h>

#include "exovisor/syscall.h"

/* ecall with a7 = num and arguments a0..a2; returns a0 (a negative EXO_E* on failure). */
static inline int exo_ecall(uint32_t num, uint32_t arg0, uint32_t arg1, uint32_t arg2)
{
    register uint32_t a0 __asm__("a0") = arg0;
    register uint32_t a1 __asm__("a1") = arg1;
    register uint32_t a2 __asm__("a2") = arg2;
    register uint32_t a7 __asm__("a7") = num;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return (int)a0;
}

/* Flushes stdout's buffer (stdio.c); _exit calls it. */
void ulib_flush_stdout(void);

#endif
