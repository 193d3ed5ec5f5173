/* vm.c - process page tables (Sv32, priv. spec 4.3), portable part.
 *
 * A process page table holds the process's user pages below USER_TOP:
 * a root and second-level tables made by arch_pt_alloc. This file decides
 * what to map; how a table is written is the platform's (arch.h): the
 * native kernel stores PTEs and fences, the PV kernel sends batched
 * mmu_update hypercalls. Reads are plain loads on both. The kernel reaches
 * user memory only through copyin/copyout, which walk the process page
 * table in software and use the kernel's own mapping of each page.
 */
#include "defs.h"
#include "memlayout.h"
#include "proc.h"

/* Pages uvm_dealloc unmaps before it frees them (their PTEs must be gone first). */
#define DEALLOC_BATCH 64

/* Returns the leaf PTE slot of va, making the second-level table when alloc;
 * NULL when absent, out of memory, or va lies in a megapage. */
pte_t *pt_walk(pagetable_t pt, uint32_t va, int alloc)
{
    pte_t *l1 = &pt[VPN1(va)];
    if (*l1 & PTE_V) {
        if (PTE_LEAF(*l1)) {
            return 0;
        }
        return (pte_t *)arch_pte_page(*l1) + VPN0(va);
    }
    if (!alloc) {
        return 0;
    }
    pagetable_t l0 = arch_pt_alloc();
    if (l0 == 0) {
        return 0;
    }
    arch_pt_link(l1, l0); /* non-leaf: R = W = X = 0 */
    return &l0[VPN0(va)];
}

/* Frees every user page, the user second-level tables and the table itself
 * (the tables go back to the allocator at the commit). */
void uvm_free(pagetable_t pt)
{
    arch_pt_unpin(pt);
    for (uint32_t i = 0; i < VPN1(USER_TOP); i++) {
        if ((pt[i] & PTE_V) == 0) {
            continue;
        }
        pagetable_t l0 = arch_pte_page(pt[i]);
        arch_pt_unpin(l0);
        for (uint32_t j = 0; j < PTE_PER_TABLE; j++) {
            if (l0[j] & PTE_V) {
                kfree(arch_pte_page(l0[j]));
            }
        }
        arch_pt_free(l0);
    }
    arch_pt_free(pt);
    arch_pt_commit(pt);
}

/* Makes [va, va + size) (page aligned, below USER_TOP) accessible to user mode with
 * perm: fresh zeroed pages where nothing is mapped, perm added where a page is.
 * Returns 0 or -ENOMEM (pages mapped so far stay mapped; the caller undoes them). */
int uvm_alloc(pagetable_t pt, uint32_t va, uint32_t size, uint32_t perm)
{
    int err = 0;
    for (uint32_t a = va; a < va + size; a += PGSIZE) {
        pte_t *pte = pt_walk(pt, a, 1);
        void *page = 0;
        if (pte != 0 && (*pte & PTE_V)) {
            arch_pt_set(pte, *pte | perm);
            continue;
        }
        if (pte == 0 || (page = kalloc()) == 0) {
            err = ERR(EXO_ENOMEM);
            break;
        }
        arch_pt_set(pte, arch_pte_leaf(page, perm | PTE_U | PTE_V | PTE_A | PTE_D));
    }
    arch_pt_commit(pt);
    return err;
}

/* Completes the unmapping of pages[0..n) from pt, then frees them. */
static void free_unmapped(pagetable_t pt, void **pages, uint32_t n)
{
    arch_pt_commit(pt);
    for (uint32_t i = 0; i < n; i++) {
        kfree(pages[i]);
    }
}

/* Unmaps and frees the user pages in [va, va + size) (page aligned). A page
 * is freed only once its unmapping has taken effect. */
void uvm_dealloc(pagetable_t pt, uint32_t va, uint32_t size)
{
    void *pages[DEALLOC_BATCH];
    uint32_t n = 0;
    for (uint32_t a = va; a < va + size; a += PGSIZE) {
        pte_t *pte = pt_walk(pt, a, 0);
        if (pte != 0 && (*pte & PTE_V)) {
            pages[n++] = arch_pte_page(*pte);
            arch_pt_set(pte, 0);
        }
        if (n == DEALLOC_BATCH) {
            free_unmapped(pt, pages, n);
            n = 0;
        }
    }
    free_unmapped(pt, pages, n);
}

/* Kernel address of user address va if user mode may access it with perm, else 0. */
uint32_t uvm_kva(pagetable_t pt, uint32_t va, uint32_t perm)
{
    if (va >= USER_TOP) {
        return 0;
    }
    pte_t *pte = pt_walk(pt, va, 0);
    uint32_t need = PTE_V | PTE_U | perm;
    if (pte == 0 || (*pte & need) != need) {
        return 0;
    }
    return (uint32_t)(uintptr_t)arch_pte_page(*pte) | (va & (PGSIZE - 1));
}

/* Copies n bytes from user address src; 0 or -EFAULT if any byte is not readable. */
int copyin(pagetable_t pt, void *dst, uint32_t src, uint32_t n)
{
    uint8_t *d = dst;
    while (n > 0) {
        uint32_t ka = uvm_kva(pt, src, PTE_R);
        if (ka == 0) {
            return ERR(EXO_EFAULT);
        }
        uint32_t chunk = PGSIZE - (src & (PGSIZE - 1));
        chunk = chunk < n ? chunk : n;
        memcpy(d, (const void *)(uintptr_t)ka, chunk);
        d += chunk;
        src += chunk;
        n -= chunk;
    }
    return 0;
}

/* Copies n bytes to user address dst; 0 or -EFAULT if any byte is not writable. */
int copyout(pagetable_t pt, uint32_t dst, const void *src, uint32_t n)
{
    const uint8_t *s = src;
    while (n > 0) {
        uint32_t ka = uvm_kva(pt, dst, PTE_W);
        if (ka == 0) {
            return ERR(EXO_EFAULT);
        }
        uint32_t chunk = PGSIZE - (dst & (PGSIZE - 1));
        chunk = chunk < n ? chunk : n;
        memcpy((void *)(uintptr_t)ka, s, chunk);
        s += chunk;
        dst += chunk;
        n -= chunk;
    }
    return 0;
}

/* Copies a NUL-terminated user string into dst[max]; its length, -EFAULT,
 * or -ENAMETOOLONG when no NUL comes within max bytes. */
int copyinstr(pagetable_t pt, char *dst, uint32_t src, uint32_t max)
{
    for (uint32_t i = 0; i < max; i++) {
        uint32_t ka = uvm_kva(pt, src + i, PTE_R);
        if (ka == 0) {
            return ERR(EXO_EFAULT);
        }
        dst[i] = *(const char *)(uintptr_t)ka;
        if (dst[i] == '\0') {
            return (int)i;
        }
    }
    return ERR(EXO_ENAMETOOLONG);
}

/* copyin from the current process when user, else from kernel address src. */
int either_copyin(int user, void *dst, uint32_t src, uint32_t n)
{
    if (user) {
        return copyin(myproc()->pagetable, dst, src, n);
    }
    memcpy(dst, (const void *)(uintptr_t)src, n);
    return 0;
}

/* copyout to the current process when user, else to kernel address dst. */
int either_copyout(int user, uint32_t dst, const void *src, uint32_t n)
{
    if (user) {
        return copyout(myproc()->pagetable, dst, src, n);
    }
    memcpy((void *)(uintptr_t)dst, src, n);
    return 0;
}
