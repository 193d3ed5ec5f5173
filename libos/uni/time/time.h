/* time.h - time of a unikernel: the time counter (rdtime, TIMEBASE_HZ
 * ticks), uptime since the module started, and sleeping until a deadline
 * (the runtime's uni_wait_until until the counter has passed it: other
 * events wake the sleeper early and it waits again; with the threads
 * module linked, other threads run meanwhile). */
#ifndef UNI_TIME_H
#define UNI_TIME_H

#include <stdint.h>

/* The time counter now (TIMEBASE_HZ ticks). */
uint64_t uni_time_now(void);
/* Milliseconds since boot (since the time module's constructor ran). */
uint32_t uni_uptime_ms(void);
/* Blocks until the time counter reaches when. */
void uni_sleep_until(uint64_t when);
/* Blocks for at least ms milliseconds. */
void uni_sleep_ms(uint32_t ms);

#endif
