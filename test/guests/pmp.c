/* pmp - TOR and NAPOT PMP regions checked from U-, S- and M-mode. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>

#include "bare.h"
#include "trap.h"

#define MSTATUS_MPP_MASK (3u << 11)
#define MSTATUS_MPP_S (1u << 11)
#define MSTATUS_MPRV (1u << 17)

#define PMP_R 0x01u
#define PMP_W 0x02u
#define PMP_X 0x04u
#define PMP_TOR 0x08u
#define PMP_NAPOT 0x18u
#define PMP_L 0x80u

#define MODE_U 0u
#define MODE_S 1u

enum probe_kind { PROBE_LOAD, PROBE_STORE, PROBE_FETCH };

static uint32_t tor_page[1024] __attribute__((aligned(4096)));
static uint32_t napot_page[1024] __attribute__((aligned(4096)));
static uint32_t noaccess_page[1024] __attribute__((aligned(4096)));
static uint8_t trap_stack[1024] __attribute__((aligned(16)));

static jmp_buf lower_context;
static volatile uint32_t probe_kind;
static volatile uint32_t probe_addr;
static volatile uint32_t probe_value;
static volatile uint32_t fault_cause;
static volatile uint32_t fault_tval;
static volatile uint32_t fault_count;
static int failures;

/* Resets mscratch to the top of the M-mode trap stack. */
static void reset_trap_stack(void)
{
    BARE_CSR_WRITE(mscratch, (uint32_t)(uintptr_t)(trap_stack + sizeof trap_stack));
}

/* Access faults are recorded and skipped; an ecall ends the lower-mode run. */
void trap_m_handler(struct trap_frame *frame)
{
    uint32_t cause = BARE_CSR_READ(mcause);
    uint32_t epc = BARE_CSR_READ(mepc);
    if (cause == 8 || cause == 9) {
        longjmp(lower_context, 1);
    }
    if (cause == 1 || cause == 5 || cause == 7) {
        fault_cause = cause;
        fault_tval = BARE_CSR_READ(mtval);
        fault_count++;
        BARE_CSR_WRITE(mepc, cause == 1 ? frame->regs[1] : epc + trap_insn_len(epc));
        return;
    }
    bare_unexpected_trap(cause, epc, BARE_CSR_READ(mtval));
}

/* Runs in U- or S-mode: performs one probe access, then ecalls back to M. */
static void lower_entry(void)
{
    uint32_t addr = probe_addr;
    uint32_t value = 0;
    if (probe_kind == PROBE_LOAD) {
        __asm__ volatile("lw %0, 0(%1)" : "=r"(value) : "r"(addr) : "memory");
    } else if (probe_kind == PROBE_STORE) {
        __asm__ volatile("sw %0, 0(%1)" ::"r"(0x5a5a5a5au), "r"(addr) : "memory");
    } else {
        __asm__ volatile("jalr ra, 0(%0)" ::"r"(addr) : "ra", "memory");
    }
    probe_value = value;
    __asm__ volatile("ecall" ::: "memory");
}

/* Names an address relative to the test pages, for address-free output. */
static void print_addr(uint32_t addr)
{
    static const struct {
        const char *name;
        const uint32_t *base;
    } pages[] = {{"tor", tor_page}, {"napot", napot_page}, {"noaccess", noaccess_page}};
    for (unsigned i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        uint32_t base = (uint32_t)(uintptr_t)pages[i].base;
        if (addr - base < 4096u) {
            printf("%s+%" PRIu32, pages[i].name, addr - base);
            return;
        }
    }
    printf("%08" PRIx32, addr);
}

/* Runs one probe in the given mode and checks the fault cause (0 = none). */
static void probe(uint32_t mode, uint32_t kind, uint32_t addr, uint32_t want_cause)
{
    static const char *const kinds[] = {"load", "store", "fetch"};
    uint32_t before = fault_count;
    probe_kind = kind;
    probe_addr = addr;
    probe_value = 0;
    if (setjmp(lower_context) == 0) {
        BARE_CSR_CLEAR(mstatus, MSTATUS_MPP_MASK);
        BARE_CSR_SET(mstatus, mode == MODE_S ? MSTATUS_MPP_S : 0u);
        BARE_CSR_WRITE(mepc, (uint32_t)(uintptr_t)lower_entry);
        __asm__ volatile("mret" ::: "memory");
    }
    reset_trap_stack();
    printf("%c %-5s ", mode == MODE_S ? 'S' : 'U', kinds[kind]);
    print_addr(addr);
    uint32_t cause = fault_count != before ? fault_cause : 0;
    if (cause == 0) {
        printf(": ok");
        if (kind == PROBE_LOAD) {
            printf(" value=%08" PRIx32, probe_value);
        }
    } else {
        printf(": fault mcause=%" PRIu32 " mtval=", cause);
        print_addr(fault_tval);
    }
    printf("\n");
    if (cause != want_cause || (cause != 0 && fault_tval != addr) ||
        fault_count - before > 1) {
        printf("BAD want mcause=%" PRIu32 "\n", want_cause);
        failures++;
    }
}

/* Returns the NAPOT pmpaddr value for a naturally aligned power-of-two region. */
static uint32_t napot(const void *base, uint32_t size)
{
    return ((uint32_t)(uintptr_t)base >> 2) | ((size >> 3) - 1u);
}

/* Entries 0-1 TOR tor_page (R), 2 NAPOT napot_page (RW), 3 NAPOT noaccess_page
 * (none), 4 NAPOT all RAM (RWX). The UART matches no entry. */
static void setup_pmp(void)
{
    BARE_CSR_WRITE(pmpaddr0, (uint32_t)(uintptr_t)tor_page >> 2);
    BARE_CSR_WRITE(pmpaddr1, ((uint32_t)(uintptr_t)tor_page + 4096u) >> 2);
    BARE_CSR_WRITE(pmpaddr2, napot(napot_page, 4096));
    BARE_CSR_WRITE(pmpaddr3, napot(noaccess_page, 4096));
    BARE_CSR_WRITE(pmpaddr4, napot((const void *)VIRT_DRAM, 0x08000000u));
    BARE_CSR_WRITE(pmpcfg0, ((PMP_TOR | PMP_R) << 8) | ((PMP_NAPOT | PMP_R | PMP_W) << 16) |
                                (PMP_NAPOT << 24));
    BARE_CSR_WRITE(pmpcfg1, PMP_NAPOT | PMP_R | PMP_W | PMP_X);
    printf("pmpcfg0=%08" PRIx32 " pmpcfg1=%08" PRIx32 "\n", BARE_CSR_READ(pmpcfg0),
           BARE_CSR_READ(pmpcfg1));
    uint32_t top = (uint32_t)BARE_CSR_READ(pmpaddr4);
    printf("pmpaddr4 (all RAM) ok: %d\n", top == 0x20ffffffu);
    failures += top != 0x20ffffffu;
}

/* M-mode: unaffected by unlocked entries, restricted with MPRV and by locking. */
static void test_machine(void)
{
    noaccess_page[1] = 0x600dda7au;
    uint32_t before = fault_count;
    uint32_t value = noaccess_page[1];
    printf("M load noaccess+4 (unlocked): value=%08" PRIx32 " faults=%" PRIu32 "\n", value,
           fault_count - before);
    failures += value != 0x600dda7au || fault_count != before;

    /* MPRV with MPP=U: loads use U permissions. Trap entry sets MPP=M and
     * mret back to M leaves MPRV set, so clear it right after. */
    BARE_CSR_CLEAR(mstatus, MSTATUS_MPP_MASK);
    value = 0;
    __asm__ volatile("csrs mstatus, %1\n"
                     "lw %0, 4(%2)\n"
                     "csrc mstatus, %1\n"
                     : "+r"(value)
                     : "r"(MSTATUS_MPRV), "r"(noaccess_page)
                     : "memory");
    printf("M+MPRV(U) load noaccess+4: mcause=%" PRIu32 " mtval=",
           fault_count != before ? fault_cause : 0);
    print_addr(fault_tval);
    printf("\n");
    failures += fault_count != before + 1 || fault_cause != 5;

    before = fault_count;
    BARE_CSR_SET(pmpcfg0, PMP_L << 24);
    value = 0;
    __asm__ volatile("lw %0, 4(%1)" : "+r"(value) : "r"(noaccess_page) : "memory");
    printf("M load noaccess+4 (locked): mcause=%" PRIu32 " mtval=",
           fault_count != before ? fault_cause : 0);
    print_addr(fault_tval);
    printf("\n");
    failures += fault_count != before + 1 || fault_cause != 5;
    BARE_CSR_CLEAR(pmpcfg0, 0xffu << 24);
    printf("locked pmpcfg0[31:24] after clear attempt=%02" PRIx32 "\n",
           BARE_CSR_READ(pmpcfg0) >> 24);
    failures += (BARE_CSR_READ(pmpcfg0) >> 24) != (PMP_L | PMP_NAPOT);
}

int main(void)
{
    uint32_t tor = (uint32_t)(uintptr_t)tor_page;
    uint32_t nap = (uint32_t)(uintptr_t)napot_page;
    uint32_t none = (uint32_t)(uintptr_t)noaccess_page;

    printf("pmp\n");
    reset_trap_stack();
    BARE_CSR_WRITE(mtvec, (uint32_t)(uintptr_t)trap_m_entry);
    tor_page[0] = 0x70770000u;
    tor_page[1023] = 0x707703ffu;
    napot_page[2] = 0x7a7a0002u;
    setup_pmp();

    probe(MODE_U, PROBE_LOAD, tor, 0);
    probe(MODE_U, PROBE_LOAD, tor + 4092, 0);
    probe(MODE_U, PROBE_STORE, tor + 16, 7);
    probe(MODE_U, PROBE_FETCH, tor + 32, 1);
    probe(MODE_U, PROBE_LOAD, nap + 8, 0);
    probe(MODE_U, PROBE_STORE, nap + 12, 0);
    probe(MODE_U, PROBE_FETCH, nap + 64, 1);
    probe(MODE_U, PROBE_LOAD, none, 5);
    probe(MODE_U, PROBE_STORE, none + 8, 7);
    probe(MODE_U, PROBE_LOAD, VIRT_UART0 + 5, 5);
    probe(MODE_U, PROBE_STORE, VIRT_UART0 + 7, 7);
    probe(MODE_S, PROBE_LOAD, tor + 4, 0);
    probe(MODE_S, PROBE_STORE, tor + 4, 7);
    probe(MODE_S, PROBE_LOAD, none + 12, 5);
    probe(MODE_S, PROBE_STORE, nap + 20, 0);
    printf("napot+12 after U store: %08" PRIx32 ", tor+16 unchanged: %08" PRIx32 "\n",
           napot_page[3], tor_page[4]);
    failures += napot_page[3] != 0x5a5a5a5au || tor_page[4] != 0;

    test_machine();
    if (failures != 0) {
        printf("FAILED %d checks\n", failures);
        return 1;
    }
    printf("SUCCESS\n");
    return 0;
}
