/* payload - S-mode test payload for the SBI firmware (libos/sbi).
 *
 * The firmware enters it in S-mode at KERNEL_BASE. It exercises every SBI
 * call the firmware implements and the machine setup the firmware promises
 * (trap delegation, PMP, counters), printing one "sbi: ... ok" line per
 * check ("BAD ..." lines when something is wrong), then SUCCESS or FAILED.
 *
 * Console input selects the ending: the payload reads one byte with the
 * legacy getchar, then a mode byte with DBCN read (waiting up to 10 s for
 * each), and expects no more input after them:
 *   '3'  SRST shutdown, reason SBI_SRST_REASON_EXIT | 3: exit status 3
 *   '0'  SRST shutdown, reason SBI_SRST_REASON_NONE: exit status 0
 *   '1'  SRST shutdown, reason SBI_SRST_REASON_SYSFAIL: exit status 1
 *   'r'  SRST cold reboot: the payload boots again, prints "sbi: reboot ok"
 *        and exits with status 4
 * A failed check exits with status 2. For example:
 *   printf 's3' | qemu-system-riscv32 -machine virt -bios libos/sbi/build/sbi.elf \
 *       -kernel test/firmware/build/payload.elf -nographic -monitor none -serial stdio
 */
#include <stdint.h>

#include <exovisor/sbi.h>
#include <exovisor/virt.h>
#include <riscv/csr.h>

#define SSTATUS_SIE (1u << 1)
#define SSTATUS_SPP (1u << 8)
#define SIE_STIE (1u << 5)
#define SIP_STIP (1u << 5)
#define SCAUSE_INTERRUPT (1u << 31)
#define IRQ_S_TIMER 5u
#define CAUSE_FETCH_ACCESS 1u
#define CAUSE_LOAD_ACCESS 5u
#define CAUSE_STORE_ACCESS 7u
#define CAUSE_USER_ECALL 8u

/* An extension the SBI spec defines but the firmware does not implement. */
#define SBI_EXT_HSM 0x0048534du
/* An address with no memory or device behind it on QEMU's virt board. */
#define UNBACKED_ADDR 0x00000000u
/* The device-tree header magic 0xd00dfeed (big-endian) read as a little-endian word. */
#define FDT_MAGIC_LE 0xedfe0dd0u

#define TIMER_DELAY (TIMEBASE_HZ / 100u) /* 10 ms */
#define TIMER_SLACK TIMEBASE_HZ          /* give up 1 s after the deadline */
#define INPUT_WAIT (10ull * TIMEBASE_HZ) /* wait up to 10 s for a console byte */
#define USER_MAGIC 0x55534552u           /* a0 of the U-mode ecall ('USER') */
#define USER_DONE 0x444f4e45u            /* enter_user's result after that ecall */
#define REBOOT_MAGIC 0x52424f54u         /* .noinit marker of a requested reboot */
#define EXIT_FAILED 2u                   /* exit status when a check failed */
#define EXIT_REBOOTED 4u                 /* exit status after the reboot test */


struct sbiret {
    int32_t error;
    uint32_t value;
};

struct trap_frame {
    uint32_t regs[32]; /* regs[i] = xi; regs[2] = interrupted sp */
};

enum { REG_RA = 1, REG_A0 = 10, REG_A7 = 17 };

/* entry.S */
uint32_t enter_user(void (*fn)(void), uint32_t user_sp);
extern char user_return[];
extern char _start[];

/* Called by entry.S. */
void payload_main(uint32_t hartid, uint32_t fdt);
void s_trap(struct trap_frame *tf);

static int failures;
static volatile uint32_t timer_irqs;
static volatile uint64_t timer_irq_time;
static volatile uint32_t fault_cause;
static volatile uint32_t fault_tval;
static volatile uint32_t user_ecalls;
static uint8_t user_stack[1024] __attribute__((aligned(16)));
static uint32_t reboot_marker __attribute__((section(".noinit")));

/* Makes an SBI call: a7 = eid, a6 = fid, a0..a2 = args; returns a0, a1. */
static struct sbiret sbi_call(uint32_t eid, uint32_t fid, uint32_t arg0,
                              uint32_t arg1, uint32_t arg2)
{
    register uint32_t a0 __asm__("a0") = arg0;
    register uint32_t a1 __asm__("a1") = arg1;
    register uint32_t a2 __asm__("a2") = arg2;
    register uint32_t a6 __asm__("a6") = fid;
    register uint32_t a7 __asm__("a7") = eid;
    __asm__ volatile("ecall"
                     : "+r"(a0), "+r"(a1)
                     : "r"(a2), "r"(a6), "r"(a7)
                     : "memory");
    return (struct sbiret){(int32_t)a0, a1};
}

/* Returns the length of the NUL-terminated string s. */
static uint32_t str_len(const char *s)
{
    uint32_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

/* Prints s with DBCN write. */
static void print(const char *s)
{
    sbi_call(SBI_EXT_DBCN, SBI_DBCN_WRITE, str_len(s), (uint32_t)(uintptr_t)s, 0);
}

/* Prints v as 0x followed by 8 hex digits, with DBCN write_byte. */
static void print_hex(uint32_t v)
{
    print("0x");
    for (int shift = 28; shift >= 0; shift -= 4) {
        sbi_call(SBI_EXT_DBCN, SBI_DBCN_WRITE_BYTE, "0123456789abcdef"[(v >> shift) & 0xfu], 0, 0);
    }
}

/* Records a failed check unless ok; value helps diagnose it. */
static void check(int ok, const char *what, uint32_t value)
{
    if (!ok) {
        print("BAD ");
        print(what);
        print(" ");
        print_hex(value);
        print("\n");
        failures++;
    }
}

/* Prints line when no check failed since failures was before. */
static void passed(int before, const char *line)
{
    if (failures == before) {
        print(line);
    }
}

/* Shuts down through SRST; if that returns, stops through the test finisher. */
static _Noreturn void shutdown(uint32_t reason)
{
    sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_SHUTDOWN, reason, 0);
    print("BAD srst shutdown returned\n");
    *(volatile uint32_t *)(uintptr_t)VIRT_TEST = (EXIT_FAILED << 16) | FINISHER_FAIL;
    for (;;) {
    }
}

/* Reads the 64-bit time CSR (consistent across its halves). */
static uint64_t time_now(void)
{
    uint32_t hi;
    uint32_t lo;
    do {
        hi = csr_read(timeh);
        lo = csr_read(time);
    } while (hi != csr_read(timeh));
    return ((uint64_t)hi << 32) | lo;
}

/* Programs the next timer interrupt with TIME set_timer. */
static struct sbiret set_timer(uint64_t when)
{
    return sbi_call(SBI_EXT_TIME, SBI_TIME_SET_TIMER, (uint32_t)when, (uint32_t)(when >> 32), 0);
}

/* Returns the length (2 or 4) of the instruction at pc. */
static uint32_t insn_len(uint32_t pc)
{
    return (*(const volatile uint16_t *)(uintptr_t)pc & 3u) == 3u ? 4u : 2u;
}

/* S-mode trap handler: the timer interrupt, expected access faults (load and
 * store skip the instruction, fetch returns to the caller) and the U-mode
 * ecall (resumes S-mode at user_return). Anything else fails the run. */
void s_trap(struct trap_frame *tf)
{
    uint32_t cause = csr_read(scause);
    uint32_t epc = csr_read(sepc);
    if (cause == (SCAUSE_INTERRUPT | IRQ_S_TIMER)) {
        timer_irq_time = time_now();
        timer_irqs++;
        set_timer(UINT64_MAX);
    } else if (cause == CAUSE_LOAD_ACCESS || cause == CAUSE_STORE_ACCESS) {
        fault_cause = cause;
        fault_tval = csr_read(stval);
        __asm__ volatile("csrw sepc, %0" ::"r"(epc + insn_len(epc)));
    } else if (cause == CAUSE_FETCH_ACCESS) {
        fault_cause = cause;
        fault_tval = csr_read(stval);
        __asm__ volatile("csrw sepc, %0" ::"r"(tf->regs[REG_RA]));
    } else if (cause == CAUSE_USER_ECALL && (csr_read(sstatus) & SSTATUS_SPP) == 0) {
        if (tf->regs[REG_A7] == SBI_EXT_BASE && tf->regs[REG_A0] == USER_MAGIC) {
            user_ecalls++;
        }
        tf->regs[REG_A0] = USER_DONE;
        csr_set(sstatus, SSTATUS_SPP);
        __asm__ volatile("csrw sepc, %0" ::"r"((uint32_t)(uintptr_t)user_return));
    } else {
        print("BAD unexpected S-mode trap scause=");
        print_hex(cause);
        print(" sepc=");
        print_hex(epc);
        print("\n");
        shutdown(SBI_SRST_REASON_EXIT | EXIT_FAILED);
    }
}

/* Legacy console_putchar prints a line and returns 0. */
static void check_legacy_putchar(void)
{
    uint32_t result = 0;
    for (const char *s = "sbi: legacy putchar ok\n"; *s != '\0'; s++) {
        result |= (uint32_t)sbi_call(SBI_EXT_LEGACY_CONSOLE_PUTCHAR, 0, (uint8_t)*s, 0, 0).error;
    }
    check(result == 0, "legacy putchar", result);
}

/* DBCN write prints a line and returns its length; write_byte prints one. */
static void check_dbcn_write(void)
{
    static const char line[] = "sbi: dbcn write ok\n";
    struct sbiret r = sbi_call(SBI_EXT_DBCN, SBI_DBCN_WRITE, sizeof line - 1,
                               (uint32_t)(uintptr_t)line, 0);
    check(r.error == SBI_SUCCESS && r.value == sizeof line - 1, "dbcn write", r.value);
    uint32_t errors = 0;
    for (const char *s = "sbi: dbcn write_byte ok\n"; *s != '\0'; s++) {
        errors |= (uint32_t)sbi_call(SBI_EXT_DBCN, SBI_DBCN_WRITE_BYTE, (uint8_t)*s, 0, 0).error;
    }
    check(errors == 0, "dbcn write_byte", errors);
}

/* The kernel is entered with a0 = hart 0 and a1 = the device tree. */
static void check_boot_args(uint32_t hartid, uint32_t fdt)
{
    int before = failures;
    check(hartid == 0, "hart id", hartid);
    check(fdt != 0 && *(const volatile uint32_t *)(uintptr_t)fdt == FDT_MAGIC_LE, "device tree", fdt);
    passed(before, "sbi: boot args ok\n");
}

/* Returns the value of a base-extension call, checking that it succeeded. */
static uint32_t base_call(uint32_t fid, uint32_t arg)
{
    struct sbiret r = sbi_call(SBI_EXT_BASE, fid, arg, 0, 0);
    check(r.error == SBI_SUCCESS, "base call error", fid);
    return r.value;
}

/* Base: versions, implementation id and the machine id CSRs. */
static void check_base(void)
{
    int before = failures;
    uint32_t v = base_call(SBI_BASE_GET_SPEC_VERSION, 0);
    check(v == SBI_SPEC_VERSION, "spec version", v);
    v = base_call(SBI_BASE_GET_IMPL_ID, 0);
    check(v == SBI_IMPL_ID_EXOVISOR, "impl id", v);
    v = base_call(SBI_BASE_GET_IMPL_VERSION, 0);
    check(v == 1, "impl version", v);
    base_call(SBI_BASE_GET_MVENDORID, 0);
    base_call(SBI_BASE_GET_MARCHID, 0);
    base_call(SBI_BASE_GET_MIMPID, 0);
    passed(before, "sbi: base ok\n");
}

/* probe_extension: 1 for every implemented extension, 0 for HSM. */
static void check_probe(void)
{
    static const uint32_t implemented[] = {
        SBI_EXT_LEGACY_SET_TIMER, SBI_EXT_LEGACY_CONSOLE_PUTCHAR,
        SBI_EXT_LEGACY_CONSOLE_GETCHAR, SBI_EXT_BASE, SBI_EXT_TIME,
        SBI_EXT_SRST, SBI_EXT_DBCN,
    };
    int before = failures;
    for (uint32_t i = 0; i < sizeof implemented / sizeof implemented[0]; i++) {
        check(base_call(SBI_BASE_PROBE_EXTENSION, implemented[i]) == 1, "probe", implemented[i]);
    }
    check(base_call(SBI_BASE_PROBE_EXTENSION, SBI_EXT_HSM) == 0, "probe HSM", SBI_EXT_HSM);
    passed(before, "sbi: probe ok\n");
}

/* Unknown extensions and function ids get SBI_ERR_NOT_SUPPORTED. */
static void check_not_supported(void)
{
    int before = failures;
    check(sbi_call(SBI_EXT_HSM, 0, 0, 0, 0).error == SBI_ERR_NOT_SUPPORTED, "HSM", SBI_EXT_HSM);
    check(sbi_call(SBI_EXT_BASE, 0x7f, 0, 0, 0).error == SBI_ERR_NOT_SUPPORTED, "base fid", 0x7f);
    check(sbi_call(SBI_EXT_TIME, 1, 0, 0, 0).error == SBI_ERR_NOT_SUPPORTED, "time fid", 1);
    check(sbi_call(SBI_EXT_SRST, 1, 0, 0, 0).error == SBI_ERR_NOT_SUPPORTED, "srst fid", 1);
    check(sbi_call(SBI_EXT_DBCN, 3, 0, 0, 0).error == SBI_ERR_NOT_SUPPORTED, "dbcn fid", 3);
    passed(before, "sbi: not supported ok\n");
}

/* cycle, time and instret are readable from S-mode (mcounteren) and count. */
static void check_counters(void)
{
    int before = failures;
    uint32_t cycle = csr_read(cycle);
    uint32_t instret = csr_read(instret);
    uint64_t time = time_now();
    check(csr_read(instret) != instret, "instret", instret);
    check(csr_read(cycle) != cycle || time_now() != time, "cycle or time", cycle);
    passed(before, "sbi: counters ok\n");
}

/* set_timer (TIME, or legacy when legacy is set) raises exactly one S timer
 * interrupt at or after the deadline; a new set_timer clears STIP. */
static void check_timer(int legacy, const char *line)
{
    int before = failures;
    uint64_t deadline = time_now() + TIMER_DELAY;
    struct sbiret r;
    timer_irqs = 0;
    csr_set(sie, SIE_STIE);
    if (legacy) {
        r = sbi_call(SBI_EXT_LEGACY_SET_TIMER, 0, (uint32_t)deadline, (uint32_t)(deadline >> 32), 0);
    } else {
        r = set_timer(deadline);
    }
    check(r.error == SBI_SUCCESS, "set_timer", (uint32_t)r.error);
    check((csr_read(sip) & SIP_STIP) == 0, "STIP before the deadline", csr_read(sip));
    csr_set(sstatus, SSTATUS_SIE);
    while (timer_irqs == 0 && time_now() < deadline + TIMER_SLACK) {
    }
    csr_clear(sstatus, SSTATUS_SIE);
    check(timer_irqs == 1, "timer interrupts", timer_irqs);
    check(timer_irq_time >= deadline, "timer interrupt before the deadline", (uint32_t)timer_irq_time);
    check((csr_read(sip) & SIP_STIP) == 0, "STIP after set_timer", csr_read(sip));
    csr_clear(sie, SIE_STIE);
    passed(before, line);
}

/* Loads a word from addr. */
static uint32_t load_word(uint32_t addr)
{
    uint32_t v;
    __asm__ volatile("lw %0, 0(%1)" : "=r"(v) : "r"(addr) : "memory");
    return v;
}

/* Stores v at addr. */
static void store_word(uint32_t addr, uint32_t v)
{
    __asm__ volatile("sw %0, 0(%1)" ::"r"(v), "r"(addr) : "memory");
}

/* Firmware memory: S-mode loads, stores and fetches raise access faults,
 * delegated to S-mode, with stval = the address. */
static void check_firmware_protected(void)
{
    int before = failures;
    fault_cause = 0;
    load_word(VIRT_DRAM);
    check(fault_cause == CAUSE_LOAD_ACCESS && fault_tval == VIRT_DRAM, "load fault", fault_cause);
    fault_cause = 0;
    store_word(VIRT_DRAM, 0);
    check(fault_cause == CAUSE_STORE_ACCESS && fault_tval == VIRT_DRAM, "store fault", fault_cause);
    fault_cause = 0;
    ((void (*)(void))(uintptr_t)VIRT_DRAM)();
    check(fault_cause == CAUSE_FETCH_ACCESS && fault_tval == VIRT_DRAM, "fetch fault", fault_cause);
    passed(before, "sbi: firmware memory protected\n");
}

/* Returns the error of DBCN fid on (len, lo, hi). */
static int32_t dbcn_error(uint32_t fid, uint32_t len, uint32_t lo, uint32_t hi)
{
    return sbi_call(SBI_EXT_DBCN, fid, len, lo, hi).error;
}

/* DBCN refuses buffers in firmware memory, above 4 GiB, wrapping around or
 * without memory behind them (where an S-mode load faults too). */
static void check_dbcn_refusals(void)
{
    static const char text[] = "never printed\n";
    uint32_t buf = (uint32_t)(uintptr_t)text;
    int before = failures;
    fault_cause = 0;
    load_word(UNBACKED_ADDR);
    check(fault_cause == CAUSE_LOAD_ACCESS, "unbacked load fault", fault_cause);
    check(dbcn_error(SBI_DBCN_WRITE, 4, UNBACKED_ADDR, 0) == SBI_ERR_INVALID_PARAM, "write unbacked", UNBACKED_ADDR);
    check(dbcn_error(SBI_DBCN_WRITE, 4, VIRT_DRAM, 0) == SBI_ERR_INVALID_PARAM, "write firmware", VIRT_DRAM);
    check(dbcn_error(SBI_DBCN_WRITE, 16, VIRT_DRAM - 8, 0) == SBI_ERR_INVALID_PARAM, "write into firmware", VIRT_DRAM - 8);
    check(dbcn_error(SBI_DBCN_READ, 4, VIRT_DRAM + 16, 0) == SBI_ERR_INVALID_PARAM, "read firmware", VIRT_DRAM + 16);
    check(dbcn_error(SBI_DBCN_WRITE, sizeof text - 1, buf, 1) == SBI_ERR_INVALID_PARAM, "write high", buf);
    check(dbcn_error(SBI_DBCN_WRITE, 0x20, 0xfffffff0u, 0) == SBI_ERR_INVALID_PARAM, "write wrapping", 0xfffffff0u);
    passed(before, "sbi: dbcn bad buffers refused\n");
}

/* Runs in U-mode: an ecall that looks like an SBI call. */
static void user_main(void)
{
    register uint32_t a0 __asm__("a0") = USER_MAGIC;
    register uint32_t a6 __asm__("a6") = SBI_BASE_GET_SPEC_VERSION;
    register uint32_t a7 __asm__("a7") = SBI_EXT_BASE;
    for (;;) {
        __asm__ volatile("ecall" ::"r"(a0), "r"(a6), "r"(a7) : "memory");
    }
}

/* An ecall from U-mode is delegated to S-mode, not answered by the firmware. */
static void check_user_ecall(void)
{
    int before = failures;
    user_ecalls = 0;
    uint32_t r = enter_user(user_main, (uint32_t)(uintptr_t)(user_stack + sizeof user_stack));
    csr_clear(sstatus, SSTATUS_SIE);
    check(r == USER_DONE && user_ecalls == 1, "user ecall", r);
    passed(before, "sbi: user ecall delegated\n");
}

/* system_reset refuses reserved types and reasons. */
static void check_srst_refusals(void)
{
    int before = failures;
    check(sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, 3, SBI_SRST_REASON_NONE, 0).error ==
              SBI_ERR_INVALID_PARAM, "srst type", 3);
    check(sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_SHUTDOWN, 2, 0).error ==
              SBI_ERR_INVALID_PARAM, "srst reason", 2);
    check(sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_COLD_REBOOT, 0xe0000000u, 0).error ==
              SBI_ERR_INVALID_PARAM, "srst reason", 0xe0000000u);
    passed(before, "sbi: srst bad params refused\n");
}

/* Reads the two input bytes (legacy getchar, then DBCN read) and checks that
 * no more input is ready afterwards; returns the mode byte, or 0. */
static uint8_t read_input(void)
{
    int before = failures;
    uint64_t limit = time_now() + INPUT_WAIT;
    uint8_t buf[8];
    struct sbiret r;
    r = sbi_call(SBI_EXT_DBCN, SBI_DBCN_READ, 0, (uint32_t)(uintptr_t)buf, 0);
    check(r.error == SBI_SUCCESS && r.value == 0, "dbcn read of 0 bytes", r.value);
    do {
        r = sbi_call(SBI_EXT_LEGACY_CONSOLE_GETCHAR, 0, 0, 0, 0);
    } while (r.error == -1 && time_now() < limit);
    check(r.error >= 0 && r.error <= 0xff, "getchar", (uint32_t)r.error);
    do {
        r = sbi_call(SBI_EXT_DBCN, SBI_DBCN_READ, sizeof buf, (uint32_t)(uintptr_t)buf, 0);
    } while (r.error == SBI_SUCCESS && r.value == 0 && time_now() < limit);
    check(r.error == SBI_SUCCESS && r.value == 1, "dbcn read", r.value);
    r = sbi_call(SBI_EXT_LEGACY_CONSOLE_GETCHAR, 0, 0, 0, 0);
    check(r.error == -1, "getchar without input", (uint32_t)r.error);
    r = sbi_call(SBI_EXT_DBCN, SBI_DBCN_READ, sizeof buf, (uint32_t)(uintptr_t)buf + 1, 0);
    check(r.error == SBI_SUCCESS && r.value == 0, "dbcn read without input", r.value);
    passed(before, "sbi: console input ok\n");
    return failures == before ? buf[0] : 0;
}

/* Ends the run as the mode byte says (see the top of this file). */
static _Noreturn void finish(uint8_t mode)
{
    switch (mode) {
    case '3':
        shutdown(SBI_SRST_REASON_EXIT | 3u);
    case '0':
        shutdown(SBI_SRST_REASON_NONE);
    case '1':
        shutdown(SBI_SRST_REASON_SYSFAIL);
    case 'r':
        reboot_marker = REBOOT_MAGIC;
        sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_COLD_REBOOT, SBI_SRST_REASON_NONE, 0);
        print("BAD srst reboot returned\n");
        break;
    default:
        print("BAD mode byte ");
        print_hex(mode);
        print("\n");
        break;
    }
    shutdown(SBI_SRST_REASON_EXIT | EXIT_FAILED);
}

/* Runs every check, then ends as the console input says. */
void payload_main(uint32_t hartid, uint32_t fdt)
{
    if (reboot_marker == REBOOT_MAGIC) {
        reboot_marker = 0;
        print("sbi: reboot ok\n");
        shutdown(SBI_SRST_REASON_EXIT | EXIT_REBOOTED);
    }
    check_legacy_putchar();
    check_dbcn_write();
    check_boot_args(hartid, fdt);
    if ((uint32_t)(uintptr_t)_start != KERNEL_BASE) {
        print("sbi: entered at next_addr\n");
    }
    check_base();
    check_probe();
    check_not_supported();
    check_counters();
    check_timer(0, "sbi: timer ok\n");
    check_timer(1, "sbi: legacy timer ok\n");
    check_firmware_protected();
    check_dbcn_refusals();
    check_user_ecall();
    check_srst_refusals();
    uint8_t mode = read_input();
    if (failures != 0) {
        print("FAILED\n");
        shutdown(SBI_SRST_REASON_EXIT | EXIT_FAILED);
    }
    print("SUCCESS\n");
    finish(mode);
}
