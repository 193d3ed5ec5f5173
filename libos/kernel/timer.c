/* timer.c - the scheduler tick (a one-shot platform timer re-armed every
 * 10 ms: SBI set_timer, or set_timer_op in a PV guest), uptime and sleep. */
#include "defs.h"
#include "exovisor/virt.h"

#define TICK_CYCLES (TIMEBASE_HZ / TICK_HZ)    /* time-counter ticks per scheduler tick */
#define CYCLES_PER_MS (TIMEBASE_HZ / 1000u)

static uint64_t boot_time;  /* time counter at timer_init */
static uint64_t next_tick;  /* when the next timer interrupt is due */
static uint32_t ticks;      /* timer interrupts so far; sleepers wait on it */

/* Arms the first tick. */
void timer_init(void)
{
    boot_time = rdtime64();
    next_tick = boot_time + TICK_CYCLES;
    arch_set_timer(next_tick);
}

/* Handles the timer interrupt: arms the next tick (on native this clears STIP) and wakes
 * sleepers, those of timer_sleep_ms and those whose sleep_until deadline has passed. */
void timer_intr(void)
{
    uint64_t now = rdtime64();
    next_tick += TICK_CYCLES;
    if (next_tick <= now) {
        next_tick = now + TICK_CYCLES; /* fell behind: skip the missed ticks */
    }
    arch_set_timer(next_tick);
    ticks++;
    wakeup(&ticks);
    wakeup_expired(now);
}

/* Milliseconds since the kernel started its timer. */
uint32_t uptime_ms(void)
{
    return (uint32_t)((rdtime64() - boot_time) / CYCLES_PER_MS);
}

/* Blocks the current process for at least ms milliseconds. */
void timer_sleep_ms(uint32_t ms)
{
    uint64_t deadline = rdtime64() + (uint64_t)ms * CYCLES_PER_MS;
    while (rdtime64() < deadline) {
        sleep_on(&ticks);
    }
}
