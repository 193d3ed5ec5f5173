/* pagetables.c - the life of Sv32 page tables, checked after every step.
 *
 * These are the transitions shadow paging must follow: a mapping made,
 * pointed elsewhere, removed, made read-only and writable again; A and D
 * set by the hardware; two roots with different views of one address; a
 * second-level table freed and its page reused as data; another table in
 * its place; a megapage; and a PTE written through a mapping of its own
 * table. Every change is followed by the sfence.vma the spec requires.
 */
#include "probe.h"
#include "sv32.h"

/* Test addresses: region A (0x40000000) and region B (0x40400000) use
 * second-level tables; MEGA is a megapage alias of the image. */
#define VA_A 0x40000000u
#define VA_AD (VA_A + PAGE_SIZE)
#define VA_B 0x40400000u
#define VA_WINDOW (VA_B + PAGE_SIZE)
#define VA_MEGA 0xc0000000u

#define PTE_RW (PTE_R | PTE_W | PTE_A | PTE_D)
#define PTE_RO (PTE_R | PTE_A)

/* Page contents: word i of page n is PATTERN(n, i). */
#define PATTERN(n, i) (0x50000000u | ((uint32_t)(n) << 16) | (uint32_t)(i))
#define REUSED_PATTERN(i) (0xdead0000u | (uint32_t)(i))

static struct page root0, root1;
static struct page table_a, table_a1, table_b, table_new;
static struct page p1, p2, p3;

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

/* Fills page with its pattern. */
static void fill(struct page *page, uint32_t n)
{
    for (uint32_t i = 0; i < PAGE_SIZE / 4; i++) {
        page->words[i] = PATTERN(n, i);
    }
}

/* Checks that va shows page n (its first and last words). */
static void check_shows(uint32_t va, uint32_t n, const char *what)
{
    check_eq(load_word(va), PATTERN(n, 0), what);
    check_eq(load_word(va + PAGE_SIZE - 4), PATTERN(n, PAGE_SIZE / 4 - 1), what);
}

/* Checks that a load from va raises a load page fault with stval = va. */
static void check_unmapped(uint32_t va, const char *what)
{
    expect_trap();
    load_word(va);
    check_trap(CAUSE_LOAD_PAGE_FAULT, va, what);
}

/* Sets A's PTE in table_a and flushes that one address. */
static void set_a(pte_t pte)
{
    *sv32_pte(&table_a, VA_A) = pte;
    sfence_vma_addr(VA_A);
}

/* Root 0: the image megapage and region A through table_a; paging on. */
static void step_paging_on(void)
{
    fill(&p1, 1);
    fill(&p2, 2);
    fill(&p3, 3);
    sv32_clear(&root0);
    sv32_clear(&table_a);
    sv32_map_image(&root0);
    sv32_map_region(&root0, VA_A, &table_a);
    sv32_enable(&root0);
    check_unmapped(VA_A, "empty table: A");
    print("paging on: image megapage, empty L0 table for 0x40000000\n");
}

/* Map, remap, unmap, read-only, writable. */
static void step_map_remap_unmap(void)
{
    set_a(pte_leaf(&p1, PTE_RW));
    check_shows(VA_A, 1, "A -> P1");
    print("A -> P1: reads P1\n");
    set_a(pte_leaf(&p2, PTE_RW));
    check_shows(VA_A, 2, "A -> P2");
    print("A -> P2 after sfence.vma A: reads P2\n");
    set_a(0);
    check_unmapped(VA_A, "A unmapped");
    print_value("A unmapped: load page fault at", last_trap.tval);
    set_a(pte_leaf(&p1, PTE_RO));
    check_shows(VA_A, 1, "A -> P1 read-only");
    expect_trap();
    store_word(VA_A, 0);
    check_trap(CAUSE_STORE_PAGE_FAULT, VA_A, "store to read-only A");
    check_eq(p1.words[0], PATTERN(1, 0), "P1 after the refused store");
    print_value("A read-only: reads P1, store page fault at", last_trap.tval);
    set_a(pte_leaf(&p1, PTE_RW));
    store_word(VA_A, 0x57524954u);
    check_eq(p1.words[0], 0x57524954u, "store through writable A");
    p1.words[0] = PATTERN(1, 0);
    print("A writable: the store reaches P1\n");
}

/* Prints "<what>: A=<a> D=<d>" for a PTE. */
static void print_ad(const char *what, pte_t pte)
{
    print(what);
    print((pte & PTE_A) ? ": A=1" : ": A=0");
    print((pte & PTE_D) ? " D=1\n" : " D=0\n");
}

/* A fresh PTE with A = D = 0: a read sets A, a write sets D. */
static void step_accessed_dirty(void)
{
    volatile pte_t *pte = sv32_pte(&table_a, VA_AD);
    *pte = pte_leaf(&p3, PTE_R | PTE_W);
    sfence_vma_addr(VA_AD);
    print_ad("fresh PTE", *pte);
    check_shows(VA_AD, 3, "read through the fresh PTE");
    print_ad("after a read", *pte);
    store_word(VA_AD, PATTERN(3, 0));
    print_ad("after a write", *pte);
    check_eq(*pte & (PTE_A | PTE_D), PTE_A | PTE_D, "A and D after a write");
}

/* Root 1 maps A to P2 while root 0 maps it to P1; satp switches between them. */
static void step_two_roots(void)
{
    sv32_clear(&root1);
    sv32_clear(&table_a1);
    sv32_map_image(&root1);
    sv32_map_region(&root1, VA_A, &table_a1);
    *sv32_pte(&table_a1, VA_A) = pte_leaf(&p2, PTE_RW);
    for (int i = 0; i < 3; i++) {
        sv32_enable(&root1);
        check_shows(VA_A, 2, "A under root 1");
        sv32_enable(&root0);
        check_shows(VA_A, 1, "A under root 0");
    }
    print("two roots: A reads P2 under root 1 and P1 under root 0, switched 3 times\n");
}

/* table_a leaves root 0; its page becomes data, written through region B. */
static void step_free_table(void)
{
    root0.words[VPN1(VA_A)] = 0;
    sfence_vma();
    check_unmapped(VA_A, "A after its table was freed");
    sv32_clear(&table_b);
    sv32_map_region(&root0, VA_B, &table_b);
    *sv32_pte(&table_b, VA_B) = pte_leaf(&table_a, PTE_RW);
    sfence_vma();
    for (uint32_t i = 0; i < PAGE_SIZE / 4; i++) {
        store_word(VA_B + 4 * i, REUSED_PATTERN(i));
    }
    for (uint32_t i = 0; i < PAGE_SIZE / 4; i++) {
        check_eq(load_word(VA_B + 4 * i), REUSED_PATTERN(i), "freed table page through B");
    }
    check_eq(table_a.words[VPN0(VA_A)], REUSED_PATTERN(VPN0(VA_A)), "freed table page");
    check_unmapped(VA_A, "A while its old table holds data");
    check_unmapped(VA_AD, "A+0x1000 while its old table holds data");
    print("freed L0 table: A faults; its page holds data written through 0x40400000\n");
}

/* A new table takes region A: A -> P3. */
static void step_new_table(void)
{
    sv32_clear(&table_new);
    *sv32_pte(&table_new, VA_A) = pte_leaf(&p3, PTE_RW);
    sv32_map_region(&root0, VA_A, &table_new);
    sfence_vma();
    check_shows(VA_A, 3, "A through the new table");
    check_unmapped(VA_AD, "A+0x1000 through the new table");
    print("new L0 table for 0x40000000: A reads P3\n");
}

/* A read-only megapage alias of the image beside A's 4 KiB page. */
static void step_megapage(void)
{
    uint32_t p1_alias = VA_MEGA + ((uint32_t)(uintptr_t)&p1 - KERNEL_BASE);
    root0.words[VPN1(VA_MEGA)] = pte_leaf_at(KERNEL_BASE, PTE_RO);
    sfence_vma();
    check_shows(p1_alias, 1, "P1 through the megapage");
    check_shows(VA_A, 3, "A beside the megapage");
    expect_trap();
    store_word(p1_alias, 0);
    check_trap(CAUSE_STORE_PAGE_FAULT, p1_alias, "store to the read-only megapage");
    print("megapage 0xc0000000 -> image, read-only: reads P1; 4 KiB page A reads P3\n");
}

/* PTEs written through a mapping of their own table change translations. */
static void step_table_through_mapping(void)
{
    uint32_t slot = VA_WINDOW + 4 * VPN0(VA_A);
    *sv32_pte(&table_b, VA_WINDOW) = pte_leaf(&table_new, PTE_RW);
    sfence_vma_addr(VA_WINDOW);
    check_eq(load_word(slot), pte_leaf(&p3, PTE_RW), "A's PTE through the window");
    store_word(slot, pte_leaf(&p2, PTE_RW));
    sfence_vma_addr(VA_A);
    check_shows(VA_A, 2, "A after a PTE write through the window");
    store_word(slot, pte_leaf(&p1, PTE_RW));
    sfence_vma_addr(VA_A);
    check_shows(VA_A, 1, "A after a second PTE write through the window");
    print("PTE written through a mapping of its L0 table at 0x40401000: A -> P2, then P1\n");
}

void probe_main(void)
{
    step_paging_on();
    step_map_remap_unmap();
    step_accessed_dirty();
    step_two_roots();
    step_free_table();
    step_new_table();
    step_megapage();
    step_table_through_mapping();
    sv32_disable();
    print("paging off\n");
}
