/* native/mmu.c - Sv32 paging in S-mode (priv. spec 4.3): the kernel page
 * table, satp, and the native page-table primitives of arch.h.
 *
 * One kernel page table maps RAM from KERNEL_BASE up, the PLIC, the UART
 * and the disk window, identity and without PTE_U. Every process page table
 * shares those first-level entries (they never change after boot) and adds
 * its own user pages below USER_TOP. PTEs are plain stores; sfence.vma
 * follows every change to the active table (arch_pt_commit).
 */
#include "defs.h"
#include "memlayout.h"
#include "native.h"

static pagetable_t kernel_pagetable;
static pagetable_t active_pagetable; /* what satp points at */

/* Maps [va, va + size) to pa in the kernel table, megapages where both are
 * 4 MiB aligned and a whole megapage remains (spec 4.3.2: megapages must be aligned). */
static void kvm_map(uint32_t va, uint32_t pa, uint32_t size, uint32_t perm)
{
    uint32_t end = va + size;
    while (va < end) {
        if (va % MEGAPAGE_SIZE == 0 && pa % MEGAPAGE_SIZE == 0 && end - va >= MEGAPAGE_SIZE) {
            pte_t *l1 = &kernel_pagetable[VPN1(va)];
            if (*l1 & PTE_V) {
                panic("kvm_map: %p mapped twice", (void *)(uintptr_t)va);
            }
            *l1 = PA2PTE(pa) | perm | PTE_V | PTE_A | PTE_D;
            va += MEGAPAGE_SIZE;
            pa += MEGAPAGE_SIZE;
            continue;
        }
        pte_t *pte = pt_walk(kernel_pagetable, va, 1);
        if (pte == 0 || (*pte & PTE_V)) {
            panic("kvm_map: cannot map %p", (void *)(uintptr_t)va);
        }
        *pte = PA2PTE(pa) | perm | PTE_V | PTE_A | PTE_D;
        va += PGSIZE;
        pa += PGSIZE;
    }
}

/* Maps a device's register window (page granular, never executable). */
static void kvm_map_device(uint32_t base, uint32_t size)
{
    uint32_t start = PGROUNDDOWN(base);
    kvm_map(start, start, PGROUNDUP(base + size) - start, PTE_R | PTE_W);
}

/* Builds the kernel page table and turns paging on. */
void kvm_init(const struct boot_info *bi)
{
    kernel_pagetable = kalloc();
    if (kernel_pagetable == 0) {
        panic("kvm_init: out of memory");
    }
    kvm_map(KERNEL_BASE, KERNEL_BASE, bi->ram_end - KERNEL_BASE, PTE_R | PTE_W | PTE_X);
    kvm_map_device(VIRT_PLIC, PLIC_SIZE);
    kvm_map_device(VIRT_UART0, PGSIZE);
    if (bi->has_disk) {
        kvm_map_device(bi->disk_base, DISK_WINDOW);
    }
    if (bi->genid_base != 0) {
        kvm_map_device(bi->genid_base, GENID_WINDOW);
    }
    if (bi->has_net) {
        kvm_map_device(bi->net_base, NET_WINDOW);
    }
    vm_switch(kernel_pagetable);
}

/* Points satp at pt (Sv32) and flushes stale translations; nothing to do
 * when pt is already active (its changes were fenced as they were made). */
void vm_switch(pagetable_t pt)
{
    if (pt == active_pagetable) {
        return;
    }
    csr_write(satp, SATP_MODE_SV32 | ((uint32_t)(uintptr_t)pt >> PGSHIFT));
    sfence_vma();
    active_pagetable = pt;
}

/* A new process page table: no user pages, the kernel's mappings shared. */
pagetable_t uvm_create(void)
{
    pagetable_t pt = kalloc();
    if (pt == 0) {
        return 0;
    }
    uint32_t first = VPN1(USER_TOP);
    memcpy(&pt[first], &kernel_pagetable[first], (PTE_PER_TABLE - first) * sizeof(pte_t));
    return pt;
}

/* A second-level table is an ordinary zeroed page. */
pagetable_t arch_pt_alloc(void)
{
    return kalloc();
}

/* Nothing to undo for a table, but the active one must never be freed. */
void arch_pt_unpin(pagetable_t t)
{
    if (t == active_pagetable) {
        panic("uvm_free: page table in use");
    }
}

/* Frees a table page. */
void arch_pt_free(pagetable_t t)
{
    kfree(t);
}

/* Points a root entry at a second-level table. */
void arch_pt_link(pte_t *slot, pagetable_t l0)
{
    *slot = PA2PTE(l0) | PTE_V;
}

/* Writes a leaf PTE in place. */
void arch_pt_set(pte_t *slot, pte_t val)
{
    *slot = val;
}

/* Fences the writes when pt is the table in use. */
void arch_pt_commit(pagetable_t pt)
{
    if (pt == active_pagetable) {
        sfence_vma();
    }
}
