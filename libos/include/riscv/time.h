/* riscv/time.h - the time counter (Zicntr), readable from any privilege
 * level its counter-enable bits allow: TIMEBASE_HZ ticks since reset. */
#ifndef RISCV_TIME_H
#define RISCV_TIME_H

#include <stdint.h>

/* Reads the 64-bit time counter; rereads timeh so the halves match (unpriv. spec 10.1). */
static inline uint64_t rdtime64(void)
{
    uint32_t hi, lo, hi2;
    do {
        __asm__ volatile("rdtimeh %0" : "=r"(hi));
        __asm__ volatile("rdtime %0" : "=r"(lo));
        __asm__ volatile("rdtimeh %0" : "=r"(hi2));
    } while (hi != hi2);
    return ((uint64_t)hi << 32) | lo;
}

#endif
