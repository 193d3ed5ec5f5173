/* smode - PMP, exception delegation, Sv32 paging, S-mode and U-mode traps. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>

#include "bare.h"
#include "trap.h"

#define MSTATUS_MPP_MASK (3u << 11)
#define MSTATUS_MPP_S (1u << 11)
#define SSTATUS_SPP (1u << 8)
#define SSTATUS_SUM (1u << 18)
#define SATP_MODE_SV32 (1u << 31)

#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_U (1u << 4)
#define PTE_G (1u << 5)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)

#define CAUSE_USER_ECALL 8u
#define CAUSE_SUPERVISOR_ECALL 9u
#define CAUSE_FETCH_PAGE_FAULT 12u
#define CAUSE_LOAD_PAGE_FAULT 13u
#define CAUSE_STORE_PAGE_FAULT 15u

/* Virtual layout of the 4 MiB window at 0x40000000 (second-level table). */
#define VA_WINDOW 0x40000000u
#define VA_SHARED (VA_WINDOW + 0x0000u)   /* RW, A/D clear: hardware sets them */
#define VA_UNMAPPED (VA_WINDOW + 0x1000u) /* invalid PTE */
#define VA_READONLY (VA_WINDOW + 0x2000u) /* R only */
#define VA_USER_DATA (VA_WINDOW + 0x3000u) /* U, RW */
#define VA_USER_CODE (VA_WINDOW + 0x10000u) /* U, RX */

#define PAGE_WORDS 1024u
#define MEGAPAGE 0x00400000u

extern char __stack_top[]; /* end of the image's RAM region (bare.ld) */

static uint32_t root_table[PAGE_WORDS] __attribute__((aligned(4096)));
static uint32_t window_table[PAGE_WORDS] __attribute__((aligned(4096)));
static volatile uint32_t shared_page[PAGE_WORDS] __attribute__((aligned(4096)));
static volatile uint32_t readonly_page[PAGE_WORDS] __attribute__((aligned(4096)));
static volatile uint32_t user_data_page[PAGE_WORDS] __attribute__((aligned(4096)));
static uint8_t m_trap_stack[1024] __attribute__((aligned(16)));
static uint8_t s_trap_stack[2048] __attribute__((aligned(16)));

static jmp_buf m_context;
static jmp_buf s_context;
static volatile uint32_t last_cause;
static volatile uint32_t last_tval;
static volatile uint32_t fault_count;
static volatile uint32_t ad_fixups;
static int failures;

/* User-mode code: position independent, placed in its own 4 KiB page. */
extern const char smode_user_page[];
__asm__(".section .text.smode_user, \"ax\", @progbits\n"
        ".balign 4096\n"
        "smode_user_page:\n"
        ".option push\n"
        ".option norvc\n"
        "    li a7, 1\n"
        "    li a0, 0x1234\n"
        "    ecall\n"              /* print a0 */
        "    li t0, 0x80000000\n"
        "    lw a0, 0(t0)\n"       /* supervisor-only page: load page fault */
        "    li t0, 0x40003000\n"
        "    lw a0, 0(t0)\n"       /* user data page */
        "    li a7, 1\n"
        "    ecall\n"              /* print a0 */
        "    li a7, 0\n"
        "    ecall\n"              /* return to S */
        "1:  j 1b\n"
        ".option pop\n"
        ".balign 4096\n"
        ".previous\n");

/* Records a failed check. */
static void check(int ok, const char *what)
{
    if (!ok) {
        printf("BAD %s\n", what);
        failures++;
    }
}

/* Builds a Sv32 PTE pointing at physical address pa. */
static uint32_t make_pte(uint32_t pa, uint32_t flags)
{
    return ((pa >> 12) << 10) | flags;
}

/* Physical address of a statically allocated object (identity mapped). */
static uint32_t pa_of(const volatile void *p)
{
    return (uint32_t)(uintptr_t)p;
}

/* Returns the window PTE mapping va. */
static volatile uint32_t *window_pte(uint32_t va)
{
    return &window_table[(va >> 12) & 0x3ffu];
}

/* Builds the page tables: RAM and UART identity megapages plus the window. */
static void build_page_tables(void)
{
    uint32_t kernel = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D | PTE_G;
    /* Identity megapages over the image's RAM region, stack included. */
    for (uint32_t mega = VIRT_DRAM; mega < pa_of(__stack_top); mega += MEGAPAGE) {
        root_table[mega >> 22] = make_pte(mega, kernel);
    }
    root_table[VIRT_UART0 >> 22] =
        make_pte(VIRT_UART0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D | PTE_G);
    root_table[VA_WINDOW >> 22] = make_pte(pa_of(window_table), PTE_V);

    *window_pte(VA_SHARED) = make_pte(pa_of(shared_page), PTE_V | PTE_R | PTE_W);
    *window_pte(VA_READONLY) = make_pte(pa_of(readonly_page), PTE_V | PTE_R | PTE_A);
    *window_pte(VA_USER_DATA) =
        make_pte(pa_of(user_data_page), PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    *window_pte(VA_USER_CODE) =
        make_pte(pa_of(smode_user_page), PTE_V | PTE_R | PTE_X | PTE_U | PTE_A);
}

/* Software A/D update for harts that fault instead of setting the bits. */
static int fix_accessed_dirty(uint32_t va, uint32_t cause)
{
    if ((va >> 22) != (VA_WINDOW >> 22) || cause == CAUSE_FETCH_PAGE_FAULT) {
        return 0;
    }
    volatile uint32_t *pte = window_pte(va);
    uint32_t need = cause == CAUSE_STORE_PAGE_FAULT ? (PTE_W | PTE_R) : PTE_R;
    uint32_t set = cause == CAUSE_STORE_PAGE_FAULT ? (PTE_A | PTE_D) : PTE_A;
    if ((*pte & PTE_V) == 0 || (*pte & need) != need || (*pte & PTE_U) != 0 ||
        (*pte & set) == set) {
        return 0;
    }
    *pte |= set;
    __asm__ volatile("sfence.vma" ::: "memory");
    ad_fixups++;
    return 1;
}

/* Returns the length of the instruction at virtual address pc (SUM for U pages). */
static uint32_t insn_len_at(uint32_t pc)
{
    uint32_t saved = BARE_CSR_READ(sstatus) & SSTATUS_SUM;
    BARE_CSR_SET(sstatus, SSTATUS_SUM);
    uint32_t len = trap_insn_len(pc);
    if (saved == 0) {
        BARE_CSR_CLEAR(sstatus, SSTATUS_SUM);
    }
    return len;
}

/* S-mode handler: U ecalls (a7=1 print a0, a7=0 return to S) and page faults. */
void trap_s_handler(struct trap_frame *frame)
{
    uint32_t cause = BARE_CSR_READ(scause);
    uint32_t tval = BARE_CSR_READ(stval);
    uint32_t epc = BARE_CSR_READ(sepc);
    int from_user = (BARE_CSR_READ(sstatus) & SSTATUS_SPP) == 0;

    if (cause == CAUSE_USER_ECALL) {
        if (frame->regs[17] == 0) {
            printf("S: U ecall exit scause=%" PRIu32 " stval=%08" PRIx32 "\n", cause, tval);
            longjmp(s_context, 1);
        }
        printf("S: U ecall scause=%" PRIu32 " a0=%08" PRIx32 "\n", cause, frame->regs[10]);
        BARE_CSR_WRITE(sepc, epc + 4);
        return;
    }
    if (cause == CAUSE_FETCH_PAGE_FAULT || cause == CAUSE_LOAD_PAGE_FAULT ||
        cause == CAUSE_STORE_PAGE_FAULT) {
        if (!from_user && fix_accessed_dirty(tval, cause)) {
            return;
        }
        last_cause = cause;
        last_tval = tval;
        fault_count++;
        printf("S: page fault from %s scause=%" PRIu32 " stval=%08" PRIx32 "\n",
               from_user ? "U" : "S", cause, tval);
        if (cause == CAUSE_FETCH_PAGE_FAULT) {
            check(epc == tval, "fetch fault sepc == stval");
            BARE_CSR_WRITE(sepc, frame->regs[1]); /* return to the caller */
        } else {
            BARE_CSR_WRITE(sepc, epc + insn_len_at(epc));
        }
        return;
    }
    printf("S: unexpected scause=%08" PRIx32 " stval=%08" PRIx32 "\n", cause, tval);
    bare_exit(98);
}

/* M-mode handler: an ecall from S ends the supervisor run. */
void trap_m_handler(struct trap_frame *frame)
{
    (void)frame;
    uint32_t cause = BARE_CSR_READ(mcause);
    if (cause == CAUSE_SUPERVISOR_ECALL) {
        printf("M: ecall from S mcause=%" PRIu32 "\n", cause);
        longjmp(m_context, 1);
    }
    bare_unexpected_trap(cause, BARE_CSR_READ(mepc), BARE_CSR_READ(mtval));
}

/* Expects exactly one recorded page fault with the given cause and address. */
static void expect_fault(uint32_t before, uint32_t cause, uint32_t tval)
{
    check(fault_count == before + 1 && last_cause == cause && last_tval == tval, "page fault");
}

/* Prints the A and D bits of the shared page's PTE. */
static void print_ad(const char *when)
{
    uint32_t pte = *window_pte(VA_SHARED);
    printf("S: after %s: A=%" PRIu32 " D=%" PRIu32 "\n", when, (pte >> 6) & 1u, (pte >> 7) & 1u);
}

/* Accesses through the virtual window and checks the alias and A/D bits. */
static void test_mapping(void)
{
    volatile uint32_t *va = (volatile uint32_t *)(uintptr_t)VA_SHARED;
    shared_page[5] = 0x11112222u;
    print_ad("setup");
    uint32_t v = va[5];
    printf("S: read via VA: %08" PRIx32 "\n", v);
    check(v == 0x11112222u, "VA read");
    print_ad("read");
    check((*window_pte(VA_SHARED) & (PTE_A | PTE_D)) == PTE_A, "A set by read");
    va[6] = 0xcafef00du;
    printf("S: wrote via VA, read via PA: %08" PRIx32 "\n", shared_page[6]);
    check(shared_page[6] == 0xcafef00du, "PA alias");
    print_ad("write");
    check((*window_pte(VA_SHARED) & (PTE_A | PTE_D)) == (PTE_A | PTE_D), "D set by write");
}

/* Provokes load, store and fetch page faults handled in S. */
static void test_page_faults(void)
{
    uint32_t before = fault_count;
    uint32_t value;
    __asm__ volatile("lw %0, 0(%1)" : "=r"(value) : "r"(VA_UNMAPPED) : "memory");
    expect_fault(before, CAUSE_LOAD_PAGE_FAULT, VA_UNMAPPED);

    before = fault_count;
    __asm__ volatile("sw %0, 4(%1)" ::"r"(0u), "r"(VA_UNMAPPED) : "memory");
    expect_fault(before, CAUSE_STORE_PAGE_FAULT, VA_UNMAPPED + 4);

    before = fault_count;
    readonly_page[0] = 77;
    __asm__ volatile("lw %0, 0(%1)" : "=r"(value) : "r"(VA_READONLY) : "memory");
    printf("S: read-only page reads %" PRIu32 "\n", value);
    check(value == 77 && fault_count == before, "read-only read");
    __asm__ volatile("sw %0, 8(%1)" ::"r"(1u), "r"(VA_READONLY) : "memory");
    expect_fault(before, CAUSE_STORE_PAGE_FAULT, VA_READONLY + 8);

    before = fault_count;
    __asm__ volatile("jalr ra, 0(%0)" ::"r"(VA_SHARED) : "ra", "memory");
    expect_fault(before, CAUSE_FETCH_PAGE_FAULT, VA_SHARED);
}

/* S access to a U page faults unless sstatus.SUM is set. */
static void test_sum(void)
{
    user_data_page[0] = 0x00c0ffeeu;
    uint32_t before = fault_count;
    uint32_t value = 0;
    __asm__ volatile("lw %0, 0(%1)" : "+r"(value) : "r"(VA_USER_DATA) : "memory");
    expect_fault(before, CAUSE_LOAD_PAGE_FAULT, VA_USER_DATA);
    BARE_CSR_SET(sstatus, SSTATUS_SUM);
    __asm__ volatile("lw %0, 0(%1)" : "=r"(value) : "r"(VA_USER_DATA) : "memory");
    BARE_CSR_CLEAR(sstatus, SSTATUS_SUM);
    printf("S: with SUM, U page reads %08" PRIx32 "\n", value);
    check(value == 0x00c0ffeeu && fault_count == before + 1, "SUM read");
}

/* Runs the user page in U-mode until it exits with ecall a7=0. */
static void test_user(void)
{
    uint32_t before = fault_count;
    if (setjmp(s_context) == 0) {
        BARE_CSR_CLEAR(sstatus, SSTATUS_SPP);
        BARE_CSR_WRITE(sepc, VA_USER_CODE);
        __asm__ volatile("sret" ::: "memory");
    }
    BARE_CSR_WRITE(sscratch, (uint32_t)(uintptr_t)(s_trap_stack + sizeof s_trap_stack));
    printf("S: back from U\n");
    expect_fault(before, CAUSE_LOAD_PAGE_FAULT, VIRT_DRAM);
}

/* Supervisor program: enables paging, runs the tests, returns to M via ecall. */
static void supervisor_main(void)
{
    printf("S: running in S-mode\n");
    BARE_CSR_WRITE(sscratch, (uint32_t)(uintptr_t)(s_trap_stack + sizeof s_trap_stack));
    BARE_CSR_WRITE(stvec, (uint32_t)(uintptr_t)trap_s_entry);
    BARE_CSR_WRITE(satp, SATP_MODE_SV32 | (pa_of(root_table) >> 12));
    __asm__ volatile("sfence.vma" ::: "memory");
    printf("S: paging on, satp.MODE=%" PRIu32 "\n", BARE_CSR_READ(satp) >> 31);
    test_mapping();
    test_page_faults();
    test_sum();
    test_user();
    printf("S: %" PRIu32 " page faults\n", fault_count);
    __asm__ volatile("ecall" ::: "memory");
    for (;;) {
    }
}

/* Opens all memory to S/U with one NAPOT PMP entry (RWX). */
static void setup_pmp(void)
{
    BARE_CSR_WRITE(pmpaddr0, 0xffffffffu);
    BARE_CSR_WRITE(pmpcfg0, 0x1fu); /* A=NAPOT, X, W, R */
    printf("M: pmpcfg0[7:0]=%02" PRIx32 "\n", BARE_CSR_READ(pmpcfg0) & 0xffu);
}

/* Delegates U ecalls and page faults to S. */
static void setup_delegation(void)
{
    uint32_t mask = (1u << CAUSE_USER_ECALL) | (1u << CAUSE_FETCH_PAGE_FAULT) |
                    (1u << CAUSE_LOAD_PAGE_FAULT) | (1u << CAUSE_STORE_PAGE_FAULT);
    BARE_CSR_WRITE(medeleg, mask);
    printf("M: medeleg=%08" PRIx32 "\n", BARE_CSR_READ(medeleg) & mask);
}

int main(void)
{
    printf("smode\n");
    BARE_CSR_WRITE(mscratch, (uint32_t)(uintptr_t)(m_trap_stack + sizeof m_trap_stack));
    BARE_CSR_WRITE(mtvec, (uint32_t)(uintptr_t)trap_m_entry);
    setup_pmp();
    setup_delegation();
    build_page_tables();
    if (setjmp(m_context) == 0) {
        BARE_CSR_CLEAR(mstatus, MSTATUS_MPP_MASK);
        BARE_CSR_SET(mstatus, MSTATUS_MPP_S);
        BARE_CSR_WRITE(mepc, (uint32_t)(uintptr_t)supervisor_main);
        __asm__ volatile("mret" ::: "memory");
    }
    BARE_CSR_WRITE(mscratch, (uint32_t)(uintptr_t)(m_trap_stack + sizeof m_trap_stack));
    BARE_CSR_WRITE(satp, 0);
    printf("M: back in M-mode\n");
    check(fault_count == 6, "fault count");
    if (failures != 0) {
        printf("FAILED %d checks\n", failures);
        return 1;
    }
    printf("SUCCESS\n");
    return 0;
}
