/* sv32.h - building Sv32 page tables (privileged spec 4.3).
 *
 * A root table maps 4 MiB regions (VPN[1] = va[31:22]) either to a megapage
 * leaf or to a second-level table of 4 KiB pages (VPN[0] = va[21:12]). The
 * probes keep every table and page in their own image, which the root maps
 * with one identity megapage (KERNEL_BASE is 4 MiB aligned), so S-mode runs
 * on the same addresses with paging on or off.
 */
#ifndef SV32_H
#define SV32_H

#include <stdint.h>

/* PTE bits (privileged spec 4.3.1, figure 4.18). */
#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_U (1u << 4)
#define PTE_G (1u << 5)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)
#define PTE_PPN_SHIFT 10

#define PAGE_SIZE 4096u
#define MEGAPAGE_SIZE (1u << 22)
#define PTES_PER_TABLE 1024u
#define SATP_MODE_SV32 (1u << 31)

#define VPN1(va) ((uint32_t)(va) >> 22)
#define VPN0(va) (((uint32_t)(va) >> 12) & 0x3ffu)

typedef uint32_t pte_t;

/* One page-table page, or any other page-aligned page of the image. */
struct page {
    uint32_t words[PAGE_SIZE / 4];
} __attribute__((aligned(PAGE_SIZE)));

pte_t pte_leaf(const void *pa, uint32_t flags);
pte_t pte_leaf_at(uint32_t pa, uint32_t flags);
pte_t pte_table(const struct page *table);
uint32_t pte_pa(pte_t pte);
void sv32_clear(struct page *table);
void sv32_map_image(struct page *root);
void sv32_map_region(struct page *root, uint32_t va, const struct page *table);
pte_t *sv32_pte(struct page *table, uint32_t va);
uint32_t sv32_satp(const struct page *root);
void sv32_enable(const struct page *root);
void sv32_disable(void);
void sfence_vma(void);
void sfence_vma_addr(uint32_t va);

#endif
