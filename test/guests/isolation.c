/* isolation - a guest reaches nothing but its own RAM.
 *
 * Run with 16 MiB of RAM (0x80000000-0x81000000). Every load and store to
 * a physical address outside that RAM and outside the devices must raise an
 * access fault, whether the address comes straight from M-mode or out of
 * an Sv32 translation (mstatus.MPRV with MPP = S); a page walk whose
 * table lies outside RAM must fault too. The host checks, from outside,
 * that other domains' frames and its own memory did not change.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "bare.h"
#include "trap.h"

#define RAM_END 0x81000000u
#define CAUSE_LOAD_ACCESS 5u
#define CAUSE_STORE_ACCESS 7u
#define MSTATUS_MPP_MASK (3u << 11)
#define MSTATUS_MPP_S (1u << 11)
#define MSTATUS_MPRV (1u << 17)
#define SATP_SV32 (1u << 31)
#define PTE_V 0x01u
#define PTE_R 0x02u
#define PTE_W 0x04u
#define PTE_A 0x40u
#define PTE_D 0x80u

static uint32_t root_table[1024] __attribute__((aligned(4096)));
static uint32_t leaf_table[1024] __attribute__((aligned(4096)));
static uint32_t data_page[1024] __attribute__((aligned(4096)));
static uint8_t trap_stack[1024] __attribute__((aligned(16)));
static volatile uint32_t fault_cause;
static int failures;

/* Records the fault and skips the faulting instruction. */
void trap_m_handler(struct trap_frame *frame)
{
    (void)frame;
    uint32_t epc = BARE_CSR_READ(mepc);
    fault_cause = BARE_CSR_READ(mcause);
    BARE_CSR_WRITE(mepc, epc + trap_insn_len(epc));
}

/* Loads from addr; returns the trap cause (0 when the load completed). */
static uint32_t try_load(uint32_t addr)
{
    fault_cause = 0;
    __asm__ volatile("lw t0, 0(%0)" ::"r"(addr) : "t0", "memory");
    return fault_cause;
}

/* Stores a marker to addr; returns the trap cause (0 when the store completed). */
static uint32_t try_store(uint32_t addr)
{
    fault_cause = 0;
    __asm__ volatile("sw %1, 0(%0)" ::"r"(addr), "r"(0x5a5a5a5au) : "memory");
    return fault_cause;
}

/* Checks that a load and a store at addr both raise access faults. */
static void expect_blocked(const char *what, uint32_t addr)
{
    uint32_t l = try_load(addr);
    uint32_t s = try_store(addr);
    int ok = l == CAUSE_LOAD_ACCESS && s == CAUSE_STORE_ACCESS;
    printf("%-24s 0x%08" PRIx32 " load=%" PRIu32 " store=%" PRIu32 "%s\n", what, addr, l, s, ok ? "" : " BAD");
    failures += !ok;
}

/* Loads from va translated by Sv32 at S privilege (MPRV with MPP = S around that one load); returns the cause. */
static uint32_t try_load_translated(uint32_t va)
{
    fault_cause = 0;
    __asm__ volatile("li t1, %1\n"
                     "csrc mstatus, t1\n"
                     "li t1, %2\n"
                     "csrs mstatus, t1\n"
                     "li t1, %3\n"
                     "csrs mstatus, t1\n"
                     "lw t0, 0(%0)\n"
                     "csrc mstatus, t1\n" ::"r"(va),
                     "i"(MSTATUS_MPP_MASK), "i"(MSTATUS_MPP_S), "i"(MSTATUS_MPRV)
                     : "t0", "t1", "memory");
    return fault_cause;
}

/* Stores a marker to va translated by Sv32 at S privilege; returns the cause. */
static uint32_t try_store_translated(uint32_t va)
{
    fault_cause = 0;
    __asm__ volatile("li t1, %1\n"
                     "csrc mstatus, t1\n"
                     "li t1, %2\n"
                     "csrs mstatus, t1\n"
                     "li t1, %3\n"
                     "csrs mstatus, t1\n"
                     "sw %4, 0(%0)\n"
                     "csrc mstatus, t1\n" ::"r"(va),
                     "i"(MSTATUS_MPP_MASK), "i"(MSTATUS_MPP_S), "i"(MSTATUS_MPRV), "r"(0x5a5a5a5au)
                     : "t1", "memory");
    return fault_cause;
}

/* Same as expect_blocked, with the addresses coming out of an Sv32 translation. */
static void expect_blocked_translated(const char *what, uint32_t va)
{
    uint32_t l = try_load_translated(va);
    uint32_t s = try_store_translated(va);
    int ok = l == CAUSE_LOAD_ACCESS && s == CAUSE_STORE_ACCESS;
    printf("%-24s va 0x%08" PRIx32 " load=%" PRIu32 " store=%" PRIu32 "%s\n", what, va, l, s, ok ? "" : " BAD");
    failures += !ok;
}

/* Fills the upper half of RAM with a pattern, as a guest that uses all it has would. */
static void fill_own_ram(void)
{
    for (uint32_t a = 0x80800000u; a < 0x80f00000u; a += 4) {
        *(volatile uint32_t *)a = a ^ 0xa5a5a5a5u;
    }
    uint32_t bad = 0;
    for (uint32_t a = 0x80800000u; a < 0x80f00000u; a += 4) {
        bad += *(volatile uint32_t *)a != (a ^ 0xa5a5a5a5u);
    }
    printf("own RAM written and read back: %s\n", bad == 0 ? "ok" : "BAD");
    failures += bad != 0;
}

/* Sv32 tables: VA 0x40000000 -> PA just past RAM (megapage), VA 0x40400000 -> PA near 16 GiB,
 * VA 0x40800000 -> a valid 4 KiB page of our own, VA 0x40c00000 -> a leaf table outside RAM. */
static void build_tables(void)
{
    root_table[0x40000000u >> 22] = ((RAM_END >> 12) << 10) | PTE_V | PTE_R | PTE_W | PTE_A | PTE_D;
    root_table[0x40400000u >> 22] = (0xffc00u << 10) | PTE_V | PTE_R | PTE_W | PTE_A | PTE_D;
    root_table[0x40800000u >> 22] = (((uint32_t)leaf_table >> 12) << 10) | PTE_V;
    leaf_table[0] = (((uint32_t)data_page >> 12) << 10) | PTE_V | PTE_R | PTE_W | PTE_A | PTE_D;
    root_table[0x40c00000u >> 22] = ((RAM_END >> 12) << 10) | PTE_V;
    BARE_CSR_WRITE(pmpaddr0, 0xffffffffu);
    BARE_CSR_WRITE(pmpcfg0, 0x1fu); /* NAPOT, RWX: S-mode may use all of physical memory PMP-wise */
    BARE_CSR_WRITE(satp, SATP_SV32 | ((uint32_t)root_table >> 12));
}

int main(void)
{
    BARE_CSR_WRITE(mscratch, (uint32_t)(trap_stack + sizeof trap_stack));
    BARE_CSR_WRITE(mtvec, (uint32_t)trap_m_entry);
    puts("isolation");
    expect_blocked("just past RAM", RAM_END);
    expect_blocked("far past RAM", 0x8ffffffcu);
    expect_blocked("just below RAM", 0x7ffffffcu);
    expect_blocked("top of memory", 0xfffffffcu);
    expect_blocked("address zero", 0x00000000u);
    expect_blocked("hole between devices", 0x20000000u);
    fill_own_ram();
    build_tables();
    data_page[0] = 0;
    uint32_t own = try_store_translated(0x40800000u) | try_load_translated(0x40800000u);
    printf("translated own page: %s\n", own == 0 && data_page[0] == 0x5a5a5a5au ? "ok" : "BAD");
    failures += !(own == 0 && data_page[0] == 0x5a5a5a5au);
    expect_blocked_translated("megapage past RAM", 0x40000000u);
    expect_blocked_translated("megapage at 16 GiB", 0x40400000u);
    expect_blocked_translated("page table past RAM", 0x40c00000u);
    BARE_CSR_WRITE(satp, 0);
    puts(failures == 0 ? "SUCCESS" : "FAILURE");
    return failures == 0 ? 0 : 1;
}
