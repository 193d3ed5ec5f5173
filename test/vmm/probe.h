/* probe.h - what the S-mode probe kernels share: SBI calls, console output,
 * checks that end the run on the first failure, the trap record and U-mode
 * excursions.
 *
 * A probe is entered like the guest OS kernel (S-mode, a0 = hart id,
 * a1 = device tree, at KERNEL_BASE) and defines probe_main(), which prints
 * one line per check; probe.c then prints SUCCESS and shuts down with exit
 * status 0. A failed check prints "FAIL: <what>" and exits with status 1.
 */
#ifndef PROBE_H
#define PROBE_H

#include <stdint.h>

#include <exovisor/sbi.h>
#include <exovisor/virt.h>
#include <riscv/csr.h>

/* sstatus fields (privileged spec 4.1.1). */
#define SSTATUS_SIE (1u << 1)
#define SSTATUS_SPIE (1u << 5)
#define SSTATUS_SPP (1u << 8)
#define SSTATUS_SUM (1u << 18)
#define SSTATUS_MXR (1u << 19)

/* sie / sip bits and interrupt numbers (privileged spec 4.1.3). */
#define IRQ_S_SOFT 1u
#define IRQ_S_TIMER 5u
#define IRQ_S_EXT 9u
#define SIE_SSIE (1u << IRQ_S_SOFT)
#define SIE_STIE (1u << IRQ_S_TIMER)
#define SIE_SEIE (1u << IRQ_S_EXT)
#define SIP_SSIP SIE_SSIE
#define SIP_STIP SIE_STIE

/* scause (privileged spec 4.1.9, table 4.2). */
#define SCAUSE_INTERRUPT (1u << 31)
#define CAUSE_FETCH_ACCESS 1u
#define CAUSE_ILLEGAL_INSTRUCTION 2u
#define CAUSE_BREAKPOINT 3u
#define CAUSE_USER_ECALL 8u
#define CAUSE_FETCH_PAGE_FAULT 12u
#define CAUSE_LOAD_PAGE_FAULT 13u
#define CAUSE_STORE_PAGE_FAULT 15u

/* stvec MODE (privileged spec 4.1.2). */
#define STVEC_DIRECT 0u
#define STVEC_VECTORED 1u

/* scounteren bits (privileged spec 4.1.5). */
#define SCOUNTEREN_CY (1u << 0)
#define SCOUNTEREN_TM (1u << 1)
#define SCOUNTEREN_IR (1u << 2)

/* trap_frame.regs[0] of a trap that came through s_trap_entry (direct mode). */
#define TRAP_DIRECT 0xffffffffu

/* mtime ticks per millisecond. */
#define TICKS_PER_MS (TIMEBASE_HZ / 1000u)

struct sbiret {
    int32_t error;
    uint32_t value;
};

/* Saved by entry.S: regs[i] = xi, regs[2] = the interrupted sp, and regs[0]
 * the vector the trap came through (TRAP_DIRECT or the stvec slot). */
struct trap_frame {
    uint32_t regs[32];
};

enum { REG_VECTOR = 0, REG_RA = 1, REG_A0 = 10 };

/* The last exception the trap handler saw (interrupts go to irq_handler). */
struct trap_record {
    uint32_t cause;
    uint32_t epc;
    uint32_t tval;
    uint32_t status; /* sstatus on entry to the handler */
    uint32_t vector; /* trap_frame.regs[0] */
};

/* entry.S */
uint32_t enter_user(uint32_t pc, uint32_t user_sp, uint32_t arg);
extern char s_trap_entry[];
extern char s_trap_vectors[];
extern char user_return[];

/* user.S: U-mode routines (see there) and the S-mode wait loop. */
extern char user_ecall[], user_ebreak[], user_read_sstatus[], user_sret[];
extern char user_sfence[], user_custom0[], user_rdcycle[], user_load[];
extern char user_store[], user_jump[], user_wait[], user_wait_end[];
extern char spin_until_end[];
void spin_until(const volatile uint32_t *count, uint32_t target, uint32_t time_limit);

/* Defined by each probe: its checks, one printed line each. */
void probe_main(void);

/* probe.c */
extern volatile struct trap_record last_trap;
extern void (*volatile irq_handler)(struct trap_frame *tf, uint32_t cause);

struct sbiret sbi_call(uint32_t eid, uint32_t fid, uint32_t arg0, uint32_t arg1, uint32_t arg2);
void print(const char *s);
void print_hex(uint32_t v);
void print_value(const char *label, uint32_t v);
void check(int ok, const char *what);
void check_eq(uint32_t got, uint32_t want, const char *what);
_Noreturn void fail(const char *what);
_Noreturn void probe_exit(uint32_t code);
uint64_t time_now(void);
struct sbiret set_timer(uint64_t when);
void expect_trap(void);
void check_trap(uint32_t cause, uint32_t tval, const char *what);
uint32_t run_user(const char *routine, uint32_t arg);
uint32_t run_user_at(uint32_t pc, uint32_t sp, uint32_t arg);

#endif
