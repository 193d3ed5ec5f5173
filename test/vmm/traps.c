/* traps.c - exceptions from U-mode reflected into S-mode exactly, and
 * S-mode's own page faults.
 *
 * Paging is on throughout: the image maps to itself for S-mode, a U-mode
 * alias of it at USER_ALIAS holds the code U-mode runs, and one 4 MiB test
 * region holds a U page, an S page, an execute-only S page and a hole.
 * Every U-mode trap must arrive with its cause, stval, sepc and SPP = 0;
 * S-mode must fault on U pages unless SUM is set (and never fetch from
 * them), and may read execute-only pages only with MXR.
 */
#include "probe.h"
#include "sv32.h"

/* Where U-mode sees the image (a megapage alias with U = 1). */
#define USER_ALIAS 0x00400000u
/* The test region and its pages. */
#define TEST_REGION 0x40000000u
#define VA_UPAGE (TEST_REGION + 0x0000u) /* U, R, W */
#define VA_SPAGE (TEST_REGION + 0x1000u) /* S only: R, W, X */
#define VA_XPAGE (TEST_REGION + 0x2000u) /* S only, execute-only */
#define VA_HOLE (TEST_REGION + 0x3000u)  /* not mapped */
#define USER_SP (VA_UPAGE + PAGE_SIZE)
#define XPAGE_WORD 0x584f4e4cu

/* Encodings the U-mode routines fault on (user.S). */
#define INSN_CSRR_T0_SSTATUS 0x100022f3u
#define INSN_SRET 0x10200073u
#define INSN_SFENCE_VMA 0x12000073u
#define INSN_CUSTOM0 0x0000000bu
#define INSN_RDCYCLE_T0 0xc00022f3u

static struct page root;
static struct page table;
static struct page upage;
static struct page spage;
static struct page xpage;

/* The U-mode alias of a user.S routine. */
static uint32_t user_pc(const char *routine)
{
    return (uint32_t)(uintptr_t)routine - KERNEL_BASE + USER_ALIAS;
}

/* Loads a word from va (one instruction the trap handler can skip). */
static uint32_t load_word(uint32_t va)
{
    uint32_t v = 0;
    __asm__ volatile("lw %0, 0(%1)" : "+r"(v) : "r"(va) : "memory");
    return v;
}

/* Stores v at va. */
static void store_word(uint32_t va, uint32_t v)
{
    __asm__ volatile("sw %0, 0(%1)" ::"r"(v), "r"(va) : "memory");
}

/* Builds the address space described at the top of this file and turns it on. */
static void setup_paging(void)
{
    sv32_clear(&root);
    sv32_clear(&table);
    sv32_map_image(&root);
    root.words[VPN1(USER_ALIAS)] = pte_leaf_at(KERNEL_BASE, PTE_U | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
    sv32_map_region(&root, TEST_REGION, &table);
    *sv32_pte(&table, VA_UPAGE) = pte_leaf(&upage, PTE_U | PTE_R | PTE_W | PTE_A | PTE_D);
    *sv32_pte(&table, VA_SPAGE) = pte_leaf(&spage, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
    *sv32_pte(&table, VA_XPAGE) = pte_leaf(&xpage, PTE_X | PTE_A);
    xpage.words[0] = XPAGE_WORD;
    sv32_enable(&root);
    print("paging on: image, U alias, U page, S page, execute-only page, hole\n");
}

/* Runs a routine in U-mode and checks the trap it ends with. */
static void check_user(const char *what, const char *routine, uint32_t arg,
                       uint32_t cause, uint32_t tval, uint32_t epc)
{
    check_eq(run_user_at(user_pc(routine), USER_SP, arg), cause, what);
    check_eq(last_trap.tval, tval, what);
    check_eq(last_trap.epc, epc, what);
    check_eq(last_trap.status & SSTATUS_SPP, 0, what);
    print(what);
    print(": scause ");
    print_hex(cause);
    print(" stval ");
    print_hex(tval);
    print("\n");
}

/* ecall, illegal instructions and counters hidden by scounteren. */
static void check_user_instructions(void)
{
    check_user("U ecall", user_ecall, 0, CAUSE_USER_ECALL, 0, user_pc(user_ecall));
    check_user("U csrr sstatus", user_read_sstatus, 0, CAUSE_ILLEGAL_INSTRUCTION,
               INSN_CSRR_T0_SSTATUS, user_pc(user_read_sstatus));
    check_user("U sret", user_sret, 0, CAUSE_ILLEGAL_INSTRUCTION, INSN_SRET, user_pc(user_sret));
    check_user("U sfence.vma", user_sfence, 0, CAUSE_ILLEGAL_INSTRUCTION, INSN_SFENCE_VMA,
               user_pc(user_sfence));
    check_user("U custom-0 opcode", user_custom0, 0, CAUSE_ILLEGAL_INSTRUCTION, INSN_CUSTOM0,
               user_pc(user_custom0));
    csr_write(scounteren, 0);
    check_user("U rdcycle, scounteren.CY clear", user_rdcycle, 0, CAUSE_ILLEGAL_INSTRUCTION,
               INSN_RDCYCLE_T0, user_pc(user_rdcycle));
    csr_write(scounteren, SCOUNTEREN_CY);
    check_user("U rdcycle, scounteren.CY set", user_rdcycle, 0, CAUSE_USER_ECALL, 0,
               user_pc(user_rdcycle) + 4);
    csr_write(scounteren, 0);
}

/* ebreak: cause 3 at the ebreak; stval may be 0 or its address (privileged
 * spec 3.1.16), so the line says which one this machine gives. */
static void check_user_ebreak(void)
{
    uint32_t pc = user_pc(user_ebreak);
    check_eq(run_user_at(pc, USER_SP, 0), CAUSE_BREAKPOINT, "U ebreak scause");
    check_eq(last_trap.epc, pc, "U ebreak sepc");
    check_eq(last_trap.status & SSTATUS_SPP, 0, "U ebreak SPP");
    if (last_trap.tval == pc) {
        print("U ebreak: scause 0x00000003 stval = sepc\n");
    } else {
        check_eq(last_trap.tval, 0, "U ebreak stval");
        print("U ebreak: scause 0x00000003 stval 0x00000000\n");
    }
}

/* Loads, stores and fetches from U-mode: allowed on the U page, page
 * faults with stval = the address on the hole and on the S page. */
static void check_user_memory(void)
{
    check_user("U load from the U page", user_load, VA_UPAGE, CAUSE_USER_ECALL, 0, user_pc(user_load) + 4);
    check_user("U store to the U page", user_store, VA_UPAGE, CAUSE_USER_ECALL, 0, user_pc(user_store) + 4);
    check_eq(upage.words[0], VA_UPAGE, "U store result");
    check_user("U load from the hole", user_load, VA_HOLE, CAUSE_LOAD_PAGE_FAULT, VA_HOLE, user_pc(user_load));
    check_user("U store to the hole", user_store, VA_HOLE, CAUSE_STORE_PAGE_FAULT, VA_HOLE, user_pc(user_store));
    check_user("U fetch from the hole", user_jump, VA_HOLE, CAUSE_FETCH_PAGE_FAULT, VA_HOLE, VA_HOLE);
    check_user("U load from the S page", user_load, VA_SPAGE, CAUSE_LOAD_PAGE_FAULT, VA_SPAGE, user_pc(user_load));
    check_user("U store to the S page", user_store, VA_SPAGE, CAUSE_STORE_PAGE_FAULT, VA_SPAGE, user_pc(user_store));
    check_user("U fetch from the S page", user_jump, VA_SPAGE, CAUSE_FETCH_PAGE_FAULT, VA_SPAGE, VA_SPAGE);
}

/* S-mode on a U page: faults without SUM, loads and stores with it, and
 * never fetches from it. */
static void check_sum(void)
{
    csr_clear(sstatus, SSTATUS_SUM);
    expect_trap();
    load_word(VA_UPAGE);
    check_trap(CAUSE_LOAD_PAGE_FAULT, VA_UPAGE, "S load from a U page without SUM");
    expect_trap();
    store_word(VA_UPAGE, 1);
    check_trap(CAUSE_STORE_PAGE_FAULT, VA_UPAGE, "S store to a U page without SUM");
    print("S load/store on a U page without SUM: scause 13/15, stval the address\n");
    csr_set(sstatus, SSTATUS_SUM);
    check_eq(load_word(VA_UPAGE), VA_UPAGE, "S load from a U page with SUM");
    store_word(VA_UPAGE, 0x53554d31u);
    check_eq(upage.words[0], 0x53554d31u, "S store to a U page with SUM");
    print("S load/store on a U page with SUM: allowed\n");
    expect_trap();
    ((void (*)(void))(uintptr_t)VA_UPAGE)();
    check_trap(CAUSE_FETCH_PAGE_FAULT, VA_UPAGE, "S fetch from a U page with SUM");
    csr_clear(sstatus, SSTATUS_SUM);
    print("S fetch from a U page with SUM: scause 12, stval the address\n");
}

/* S-mode loads from an execute-only page fault unless MXR is set; the hole
 * faults either way. */
static void check_mxr(void)
{
    expect_trap();
    load_word(VA_XPAGE);
    check_trap(CAUSE_LOAD_PAGE_FAULT, VA_XPAGE, "S load from an execute-only page without MXR");
    csr_set(sstatus, SSTATUS_MXR);
    check_eq(load_word(VA_XPAGE), XPAGE_WORD, "S load from an execute-only page with MXR");
    expect_trap();
    store_word(VA_XPAGE, 0);
    check_trap(CAUSE_STORE_PAGE_FAULT, VA_XPAGE, "S store to an execute-only page with MXR");
    csr_clear(sstatus, SSTATUS_MXR);
    print("S load from an execute-only page: faults without MXR, reads with it\n");
    expect_trap();
    load_word(VA_HOLE);
    check_trap(CAUSE_LOAD_PAGE_FAULT, VA_HOLE, "S load from the hole");
    expect_trap();
    store_word(VA_HOLE, 0);
    check_trap(CAUSE_STORE_PAGE_FAULT, VA_HOLE, "S store to the hole");
    print("S load/store on the hole: scause 13/15, stval the address\n");
}

void probe_main(void)
{
    setup_paging();
    check_user_instructions();
    check_user_ebreak();
    check_user_memory();
    check_sum();
    check_mxr();
    sv32_disable();
}
