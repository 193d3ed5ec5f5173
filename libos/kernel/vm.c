/* vm.c - Sv32 page tables (priv. spec 4.3).
 *
 * One kernel page table maps RAM from KERNEL_BASE up, the PLIC, the UART
 * and the disk window, identity and without PTE_U. Every process page table
 * shares those first-level entries (they never change after boot) and adds
 * its own user pages below USER_TOP. The kernel reaches user memory only
 * through copyin/copyout, which walk the process page table in software.
 */
#include "defs.h"
#include "memlayout.h"
#include "proc.h"

static pagetable_t kernel_pagetable;
static pagetable_t active_pagetable; /* what satp points at */

/* Returns the leaf PTE slot of va, making the second-level table when alloc;
 * NULL when absent, out of memory, or va lies in a megapage. */
static pte_t *walk(pagetable_t pt, uint32_t va, int alloc)
{
    pte_t *l1 = &pt[VPN1(va)];
    if (*l1 & PTE_V) {
        if (PTE_LEAF(*l1)) {
            return 0;
        }
        return (pte_t *)(uintptr_t)PTE2PA(*l1) + VPN0(va);
    }
    if (!alloc) {
        return 0;
    }
    pagetable_t l0 = kalloc();
    if (l0 == 0) {
        return 0;
    }
    *l1 = PA2PTE(l0) | PTE_V; /* non-leaf: R = W = X = 0 */
    return &l0[VPN0(va)];
}

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
        pte_t *pte = walk(kernel_pagetable, va, 1);
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

/* Frees every user page, the user second-level tables and the table itself. */
void uvm_free(pagetable_t pt)
{
    if (pt == active_pagetable) {
        panic("uvm_free: page table in use");
    }
    for (uint32_t i = 0; i < VPN1(USER_TOP); i++) {
        if ((pt[i] & PTE_V) == 0) {
            continue;
        }
        pagetable_t l0 = (pagetable_t)(uintptr_t)PTE2PA(pt[i]);
        for (uint32_t j = 0; j < PTE_PER_TABLE; j++) {
            if (l0[j] & PTE_V) {
                kfree((void *)(uintptr_t)PTE2PA(l0[j]));
            }
        }
        kfree(l0);
    }
    kfree(pt);
}

/* Makes [va, va + size) (page aligned, below USER_TOP) accessible to user mode with
 * perm: fresh zeroed pages where nothing is mapped, perm added where a page is.
 * Returns 0 or -ENOMEM (pages mapped so far stay mapped; the caller undoes them). */
int uvm_alloc(pagetable_t pt, uint32_t va, uint32_t size, uint32_t perm)
{
    int err = 0;
    for (uint32_t a = va; a < va + size; a += PGSIZE) {
        pte_t *pte = walk(pt, a, 1);
        void *page = 0;
        if (pte != 0 && (*pte & PTE_V)) {
            *pte |= perm;
            continue;
        }
        if (pte == 0 || (page = kalloc()) == 0) {
            err = ERR(EXO_ENOMEM);
            break;
        }
        *pte = PA2PTE(page) | perm | PTE_U | PTE_V | PTE_A | PTE_D;
    }
    if (pt == active_pagetable) {
        sfence_vma();
    }
    return err;
}

/* Unmaps and frees the user pages in [va, va + size) (page aligned). */
void uvm_dealloc(pagetable_t pt, uint32_t va, uint32_t size)
{
    for (uint32_t a = va; a < va + size; a += PGSIZE) {
        pte_t *pte = walk(pt, a, 0);
        if (pte != 0 && (*pte & PTE_V)) {
            kfree((void *)(uintptr_t)PTE2PA(*pte));
            *pte = 0;
        }
    }
    if (pt == active_pagetable) {
        sfence_vma();
    }
}

/* Physical address of user address va if user mode may access it with perm, else 0. */
uint32_t uvm_pa(pagetable_t pt, uint32_t va, uint32_t perm)
{
    if (va >= USER_TOP) {
        return 0;
    }
    pte_t *pte = walk(pt, va, 0);
    uint32_t need = PTE_V | PTE_U | perm;
    if (pte == 0 || (*pte & need) != need) {
        return 0;
    }
    return PTE2PA(*pte) | (va & (PGSIZE - 1));
}

/* Copies n bytes from user address src; 0 or -EFAULT if any byte is not readable. */
int copyin(pagetable_t pt, void *dst, uint32_t src, uint32_t n)
{
    uint8_t *d = dst;
    while (n > 0) {
        uint32_t pa = uvm_pa(pt, src, PTE_R);
        if (pa == 0) {
            return ERR(EXO_EFAULT);
        }
        uint32_t chunk = PGSIZE - (src & (PGSIZE - 1));
        chunk = chunk < n ? chunk : n;
        memcpy(d, (const void *)(uintptr_t)pa, chunk);
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
        uint32_t pa = uvm_pa(pt, dst, PTE_W);
        if (pa == 0) {
            return ERR(EXO_EFAULT);
        }
        uint32_t chunk = PGSIZE - (dst & (PGSIZE - 1));
        chunk = chunk < n ? chunk : n;
        memcpy((void *)(uintptr_t)pa, s, chunk);
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
        uint32_t pa = uvm_pa(pt, src + i, PTE_R);
        if (pa == 0) {
            return ERR(EXO_EFAULT);
        }
        dst[i] = *(const char *)(uintptr_t)pa;
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
