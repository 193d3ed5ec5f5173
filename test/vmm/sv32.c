/* sv32.c - building Sv32 page tables and turning translation on and off. */
#include <exovisor/virt.h>
#include <riscv/csr.h>

#include "sv32.h"

/* A leaf PTE for the page (or megapage) at physical address pa. */
pte_t pte_leaf_at(uint32_t pa, uint32_t flags)
{
    return ((pa >> 12) << PTE_PPN_SHIFT) | flags | PTE_V;
}

/* A leaf PTE for the page of the image at p. */
pte_t pte_leaf(const void *p, uint32_t flags)
{
    return pte_leaf_at((uint32_t)(uintptr_t)p, flags);
}

/* A non-leaf PTE (R = W = X = 0) pointing at a second-level table. */
pte_t pte_table(const struct page *table)
{
    return pte_leaf(table, 0);
}

/* The physical address a PTE points at. */
uint32_t pte_pa(pte_t pte)
{
    return (pte >> PTE_PPN_SHIFT) << 12;
}

/* Makes every entry of table invalid. */
void sv32_clear(struct page *table)
{
    for (uint32_t i = 0; i < PTES_PER_TABLE; i++) {
        table->words[i] = 0;
    }
}

/* Maps the image's megapage to itself, readable, writable and executable by S. */
void sv32_map_image(struct page *root)
{
    root->words[VPN1(KERNEL_BASE)] = pte_leaf_at(KERNEL_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
}

/* Points the root entry of va's 4 MiB region at a second-level table. */
void sv32_map_region(struct page *root, uint32_t va, const struct page *table)
{
    root->words[VPN1(va)] = pte_table(table);
}

/* The entry for va in a second-level table. */
pte_t *sv32_pte(struct page *table, uint32_t va)
{
    return &table->words[VPN0(va)];
}

/* The satp value selecting Sv32 with this root (ASID 0). */
uint32_t sv32_satp(const struct page *root)
{
    return SATP_MODE_SV32 | ((uint32_t)(uintptr_t)root >> 12);
}

/* Switches translation to root and drops every cached translation. */
void sv32_enable(const struct page *root)
{
    csr_write(satp, sv32_satp(root));
    sfence_vma();
}

/* Back to Bare: virtual addresses are physical. */
void sv32_disable(void)
{
    csr_write(satp, 0);
    sfence_vma();
}

/* Orders page-table writes before later translations, for every address. */
void sfence_vma(void)
{
    __asm__ volatile("sfence.vma" ::: "memory");
}

/* The same for one virtual address. */
void sfence_vma_addr(uint32_t va)
{
    __asm__ volatile("sfence.vma %0" ::"r"(va) : "memory");
}
