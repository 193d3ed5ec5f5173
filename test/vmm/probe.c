/* probe.c - the runtime every probe shares: SBI calls, console output,
 * checks, the S-mode trap handler and U-mode excursions.
 *
 * Exceptions from U-mode end the excursion that raised them (enter_user
 * returns the cause); an S-mode exception is survived only when the probe
 * announced it with expect_trap(); interrupts go to irq_handler. Anything
 * else ends the run with "FAIL: unexpected trap".
 */
#include "probe.h"

/* last_trap.cause before any trap was recorded. */
#define NO_TRAP 0xffffffffu

volatile struct trap_record last_trap;
void (*volatile irq_handler)(struct trap_frame *tf, uint32_t cause);

static volatile int s_trap_expected;
static uint8_t user_stack[1024] __attribute__((aligned(16)));

/* Called by entry.S. */
_Noreturn void probe_start(uint32_t hartid, uint32_t fdt);
void s_trap(struct trap_frame *tf);

/* Makes an SBI call: a7 = eid, a6 = fid, a0..a2 = args; returns a0, a1. */
struct sbiret sbi_call(uint32_t eid, uint32_t fid, uint32_t arg0, uint32_t arg1, uint32_t arg2)
{
    register uint32_t a0 __asm__("a0") = arg0;
    register uint32_t a1 __asm__("a1") = arg1;
    register uint32_t a2 __asm__("a2") = arg2;
    register uint32_t a6 __asm__("a6") = fid;
    register uint32_t a7 __asm__("a7") = eid;
    __asm__ volatile("ecall" : "+r"(a0), "+r"(a1) : "r"(a2), "r"(a6), "r"(a7) : "memory");
    return (struct sbiret){(int32_t)a0, a1};
}

/* Prints s with DBCN write (s is in the image, whose virtual and physical
 * addresses are the same whether paging is on or off). */
void print(const char *s)
{
    uint32_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    sbi_call(SBI_EXT_DBCN, SBI_DBCN_WRITE, n, (uint32_t)(uintptr_t)s, 0);
}

/* Prints v as 0x followed by 8 hex digits. */
void print_hex(uint32_t v)
{
    char buf[11];
    buf[0] = '0';
    buf[1] = 'x';
    for (int i = 0; i < 8; i++) {
        buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xfu];
    }
    buf[10] = '\0';
    print(buf);
}

/* Prints "<label> 0x<v>\n". */
void print_value(const char *label, uint32_t v)
{
    print(label);
    print(" ");
    print_hex(v);
    print("\n");
}

/* Shuts down through SRST with exit status code; never returns. */
_Noreturn void probe_exit(uint32_t code)
{
    sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_SHUTDOWN, SBI_SRST_REASON_EXIT | code, 0);
    print("FAIL: srst shutdown returned\n");
    for (;;) {
        __asm__ volatile("wfi");
    }
}

/* Prints "FAIL: what" and exits with status 1. */
_Noreturn void fail(const char *what)
{
    print("FAIL: ");
    print(what);
    print("\n");
    probe_exit(1);
}

/* Fails the run unless ok. */
void check(int ok, const char *what)
{
    if (!ok) {
        fail(what);
    }
}

/* Fails the run, showing both values, unless got == want. */
void check_eq(uint32_t got, uint32_t want, const char *what)
{
    if (got != want) {
        print("FAIL: ");
        print(what);
        print(": got ");
        print_hex(got);
        print(", expected ");
        print_hex(want);
        print("\n");
        probe_exit(1);
    }
}

/* Reads the 64-bit time CSR (consistent across its halves). */
uint64_t time_now(void)
{
    uint32_t hi;
    uint32_t lo;
    do {
        hi = csr_read(timeh);
        lo = csr_read(time);
    } while (hi != csr_read(timeh));
    return ((uint64_t)hi << 32) | lo;
}

/* Programs the next S timer interrupt with TIME set_timer. */
struct sbiret set_timer(uint64_t when)
{
    return sbi_call(SBI_EXT_TIME, SBI_TIME_SET_TIMER, (uint32_t)when, (uint32_t)(when >> 32), 0);
}

/* Lets the next S-mode exception be survived and recorded in last_trap. */
void expect_trap(void)
{
    last_trap.cause = NO_TRAP;
    s_trap_expected = 1;
}

/* Fails the run unless the last exception had this cause and stval. */
void check_trap(uint32_t cause, uint32_t tval, const char *what)
{
    s_trap_expected = 0;
    check(last_trap.cause != NO_TRAP, what);
    check_eq(last_trap.cause, cause, what);
    check_eq(last_trap.tval, tval, what);
}

/* Runs pc in U-mode with a0 = arg on sp until it traps; returns scause. */
uint32_t run_user_at(uint32_t pc, uint32_t sp, uint32_t arg)
{
    last_trap.cause = NO_TRAP;
    return enter_user(pc, sp, arg);
}

/* Runs a user.S routine from its link address (satp Bare) on a stack in the image. */
uint32_t run_user(const char *routine, uint32_t arg)
{
    return run_user_at((uint32_t)(uintptr_t)routine,
                       (uint32_t)(uintptr_t)(user_stack + sizeof user_stack), arg);
}

/* Returns the length (2 or 4) of the instruction at pc. */
static uint32_t insn_len(uint32_t pc)
{
    return (*(const volatile uint16_t *)(uintptr_t)pc & 3u) == 3u ? 4u : 2u;
}

/* Reports a trap nobody expected and exits with status 1. */
static _Noreturn void unexpected_trap(uint32_t cause, uint32_t epc, uint32_t tval)
{
    print("FAIL: unexpected trap scause=");
    print_hex(cause);
    print(" sepc=");
    print_hex(epc);
    print(" stval=");
    print_hex(tval);
    print("\n");
    probe_exit(1);
}

/* Resumes after an expected S-mode exception: a fetch fault returns to the
 * caller of the bad address (ra), anything else skips the instruction. */
static void resume_s_mode(struct trap_frame *tf, uint32_t cause, uint32_t epc)
{
    if (cause == CAUSE_FETCH_PAGE_FAULT || cause == CAUSE_FETCH_ACCESS) {
        csr_write(sepc, tf->regs[REG_RA]);
    } else {
        csr_write(sepc, epc + insn_len(epc));
    }
}

/* S-mode trap handler (called by entry.S; see the top of this file). */
void s_trap(struct trap_frame *tf)
{
    uint32_t cause = csr_read(scause);
    uint32_t epc = csr_read(sepc);
    uint32_t tval = csr_read(stval);
    uint32_t status = csr_read(sstatus);
    if (cause & SCAUSE_INTERRUPT) {
        if (irq_handler == 0) {
            unexpected_trap(cause, epc, tval);
        }
        irq_handler(tf, cause);
        return;
    }
    last_trap = (struct trap_record){cause, epc, tval, status, tf->regs[REG_VECTOR]};
    if ((status & SSTATUS_SPP) == 0) {
        tf->regs[REG_A0] = cause;
        csr_set(sstatus, SSTATUS_SPP);
        csr_write(sepc, (uint32_t)(uintptr_t)user_return);
    } else if (s_trap_expected) {
        s_trap_expected = 0;
        resume_s_mode(tf, cause, epc);
    } else {
        unexpected_trap(cause, epc, tval);
    }
}

/* Runs the probe; a failed check exits from inside it. */
_Noreturn void probe_start(uint32_t hartid, uint32_t fdt)
{
    (void)fdt;
    check_eq(hartid, 0, "boot hart id");
    probe_main();
    print("SUCCESS\n");
    probe_exit(0);
}
