/* timer.c - virtual timer interrupts.
 *
 * set_timer (TIME extension, then legacy) is armed again from each
 * interrupt until five have arrived, each at stvec with scause 0x80000005,
 * at or after its deadline and with sepc inside the wait loop; the last one
 * sets a far deadline, which must clear STIP. Then the same with stvec in
 * vectored mode (the interrupt enters at base + 4 * 5, exceptions at the
 * base), and one interrupt taken in U-mode with sstatus.SIE off (S-level
 * interrupts are always enabled below S), which must record SPP = 0.
 * Counts are printed only as "ticks >= 5: yes".
 */
#include "probe.h"

#define TICK TICKS_PER_MS
#define TICKS_WANTED 5u
#define WAIT_LIMIT (2u * TIMEBASE_HZ)
#define INSN_CSRR_T0_MSTATUS 0x300022f3u

/* What the U-mode wait loop reads (user.S user_wait). */
struct user_wait_args {
    uint32_t done;
    uint32_t time_limit;
};

static volatile uint32_t ticks;
static volatile int legacy;
static volatile uint32_t want_vector;
static volatile uint64_t deadline;
static volatile struct user_wait_args user_args;

/* Arms the timer at when, with the legacy call or the TIME extension. */
static void arm(uint64_t when)
{
    struct sbiret r;
    deadline = when;
    if (legacy) {
        r = sbi_call(SBI_EXT_LEGACY_SET_TIMER, 0, (uint32_t)when, (uint32_t)(when >> 32), 0);
    } else {
        r = set_timer(when);
    }
    check_eq((uint32_t)r.error, SBI_SUCCESS, "set_timer");
}

/* True when pc lies in [start, end). */
static int inside(uint32_t pc, const char *start, const char *end)
{
    return pc >= (uint32_t)(uintptr_t)start && pc < (uint32_t)(uintptr_t)end;
}

/* An S-mode tick: checks how it arrived, then arms the next or a far deadline. */
static void s_tick(struct trap_frame *tf, uint32_t cause)
{
    check_eq(cause, SCAUSE_INTERRUPT | IRQ_S_TIMER, "timer scause");
    check_eq(tf->regs[REG_VECTOR], want_vector, "timer vector");
    check_eq(csr_read(sstatus) & SSTATUS_SPP, SSTATUS_SPP, "timer SPP in S-mode");
    check(inside(csr_read(sepc), (const char *)spin_until, spin_until_end), "timer sepc in the wait loop");
    check(time_now() >= deadline, "timer interrupt before its deadline");
    ticks++;
    arm(ticks < TICKS_WANTED ? time_now() + TICK : UINT64_MAX);
}

/* Takes TICKS_WANTED ticks through stvec = entry (vector: the slot it must use). */
static void take_ticks(const char *what, int use_legacy, uint32_t entry, uint32_t vector)
{
    ticks = 0;
    legacy = use_legacy;
    want_vector = vector;
    csr_write(stvec, entry);
    irq_handler = s_tick;
    csr_set(sie, SIE_STIE);
    arm(time_now() + TICK);
    spin_until(&ticks, TICKS_WANTED, (uint32_t)time_now() + WAIT_LIMIT);
    csr_clear(sie, SIE_STIE);
    irq_handler = 0;
    csr_write(stvec, (uint32_t)(uintptr_t)s_trap_entry);
    check_eq(ticks >= TICKS_WANTED, 1, what);
    check_eq(csr_read(sip) & SIP_STIP, 0, "STIP after the far deadline");
    print(what);
    print(": ticks >= 5: yes\n");
}

/* In vectored mode an exception still enters at the base. */
static void check_vectored_exception(void)
{
    csr_write(stvec, (uint32_t)(uintptr_t)s_trap_vectors | STVEC_VECTORED);
    expect_trap();
    __asm__ volatile(".option push\n.option norvc\ncsrr t0, mstatus\n.option pop" ::: "t0", "memory");
    csr_write(stvec, (uint32_t)(uintptr_t)s_trap_entry);
    check_trap(CAUSE_ILLEGAL_INSTRUCTION, INSN_CSRR_T0_MSTATUS, "exception in vectored mode");
    check_eq(last_trap.vector, 0, "exception vector");
    print("vectored stvec: exceptions enter at the base\n");
}

/* A tick taken in U-mode: SPP = 0, sepc in the U loop; ends the wait. */
static void u_tick(struct trap_frame *tf, uint32_t cause)
{
    check_eq(cause, SCAUSE_INTERRUPT | IRQ_S_TIMER, "U-mode timer scause");
    check_eq(tf->regs[REG_VECTOR], TRAP_DIRECT, "U-mode timer vector");
    check_eq(csr_read(sstatus) & SSTATUS_SPP, 0, "U-mode timer SPP");
    check(inside(csr_read(sepc), user_wait, user_wait_end), "U-mode timer sepc in the U loop");
    check(time_now() >= deadline, "U-mode timer interrupt before its deadline");
    ticks++;
    user_args.done = 1;
    arm(UINT64_MAX);
}

/* U-mode runs with sstatus.SIE off and still takes the S timer interrupt. */
static void check_user_tick(void)
{
    ticks = 0;
    legacy = 0;
    user_args.done = 0;
    user_args.time_limit = (uint32_t)time_now() + WAIT_LIMIT;
    irq_handler = u_tick;
    csr_write(scounteren, SCOUNTEREN_TM);
    csr_clear(sstatus, SSTATUS_SIE | SSTATUS_SPIE);
    csr_set(sie, SIE_STIE);
    arm(time_now() + TICK);
    uint32_t cause = run_user(user_wait, (uint32_t)(uintptr_t)&user_args);
    csr_clear(sie, SIE_STIE);
    csr_write(scounteren, 0);
    irq_handler = 0;
    check_eq(cause, CAUSE_USER_ECALL, "end of the U-mode wait");
    check_eq(ticks, 1, "U-mode timer interrupts");
    check_eq(csr_read(sip) & SIP_STIP, 0, "STIP after the far deadline");
    print("interrupt in U-mode with sstatus.SIE off: scause 0x80000005, SPP 0, sepc in the U loop\n");
}

void probe_main(void)
{
    uint32_t direct = (uint32_t)(uintptr_t)s_trap_entry | STVEC_DIRECT;
    uint32_t vectored = (uint32_t)(uintptr_t)s_trap_vectors | STVEC_VECTORED;
    take_ticks("TIME set_timer", 0, direct, TRAP_DIRECT);
    take_ticks("legacy set_timer", 1, direct, TRAP_DIRECT);
    take_ticks("vectored stvec, base + 4 * 5", 0, vectored, IRQ_S_TIMER);
    check_vectored_exception();
    check_user_tick();
}
