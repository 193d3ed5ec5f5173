/* pv/mmu.c - direct paging (XENFEAT_direct_paging): page tables hold
 * machine frames and are written only by the hypervisor, on request.
 *
 * The kernel runs on the builder's root (start_info.pt_base), which maps
 * the domain's RAM at VIRT_DRAM + (pfn << 12); it never changes but for
 * the grant-table page (pv_map_frame) and the write permission of pages
 * that become page tables. Each process has a root of its own holding only
 * its user pages; the hypervisor runs processes on the root named by
 * MMUEXT_NEW_USER_BASEPTR (vm_switch).
 *
 * A table page is taken from kalloc (zeroed), its direct-map PTE made
 * read-only, then pinned (MMUEXT_PIN_L1_TABLE or _L2_TABLE); freeing
 * unpins it (roots first), makes it writable again and kfrees it. Leaf
 * writes are queued as mmu_update requests and sent in batches of up to
 * MMU_UPDATE_MAX_BATCH (arch_pt_commit, or when the batch is full); root
 * entries and kernel mappings are sent at once. Tearing a process down is
 * batched too: its unpins are queued as one mmuext_op batch, which always
 * goes out before the queued PTE writes (a table must be unpinned before
 * its page is made writable), and the table pages are kfreed only after
 * that (arch_pt_commit). The hypervisor flushes the TLB after each call.
 * A refused request is a kernel bug: panic.
 *
 * PTEs name machine frames: the P2M list (start_info.mfn_list) maps a
 * pseudo-physical frame to its machine frame; the reverse lookup is a
 * table of pfns sorted by machine frame, built at boot (binary search).
 */
#include "defs.h"
#include "memlayout.h"
#include "pvkernel.h"

static const uint32_t *p2m;        /* start_info.mfn_list: pfn -> mfn */
static uint32_t nr_pages;          /* pfns [0, nr_pages) are RAM */
static uint32_t *m2p;              /* pfns, ordered by their mfn */
static const pte_t *boot_root;     /* the kernel's root (mapped read-only); its frame is
                                    * looked up in the P2M each time, never kept, so a
                                    * domain restored into other frames needs no refresh */
static pagetable_t active_user;    /* the root given to MMUEXT_NEW_USER_BASEPTR */

static struct mmu_update batch[MMU_UPDATE_MAX_BATCH];
static uint32_t batched;
static struct mmuext_op unpins[MMU_UPDATE_MAX_BATCH];
static uint32_t unpinned;
#define FREE_BATCH 64
static pagetable_t freed[FREE_BATCH]; /* table pages to kfree once writable */
static uint32_t nfreed;

/* The machine frame of the RAM page at kernel address va. */
uint32_t virt_to_mfn(const void *va)
{
    uint32_t a = (uint32_t)(uintptr_t)va;
    uint32_t pfn = (a - VIRT_DRAM) >> PGSHIFT;
    if (a < VIRT_DRAM || pfn >= nr_pages) {
        panic("virt_to_mfn: %p is not RAM", va);
    }
    return p2m[pfn];
}

/* The kernel address of machine frame mfn (one of the domain's RAM frames). */
void *mfn_to_virt(uint32_t mfn)
{
    uint32_t lo = 0, hi = nr_pages;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (p2m[m2p[mid]] < mfn) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == nr_pages || p2m[m2p[lo]] != mfn) {
        panic("mfn_to_virt: frame 0x%x is not the domain's RAM", mfn);
    }
    return (void *)(uintptr_t)(VIRT_DRAM + (m2p[lo] << PGSHIFT));
}

/* Restores the heap order of m2p[root..n) below root (keys: p2m). */
static void sift_down(uint32_t root, uint32_t n)
{
    for (;;) {
        uint32_t child = 2 * root + 1;
        if (child >= n) {
            return;
        }
        if (child + 1 < n && p2m[m2p[child + 1]] > p2m[m2p[child]]) {
            child++;
        }
        if (p2m[m2p[root]] >= p2m[m2p[child]]) {
            return;
        }
        uint32_t t = m2p[root];
        m2p[root] = m2p[child];
        m2p[child] = t;
        root = child;
    }
}

/* Fills m2p with every pfn and sorts it by machine frame (heapsort, in place;
 * the usual contiguous P2M list is recognized as sorted already). */
static void m2p_build(void)
{
    int sorted = 1;
    for (uint32_t i = 0; i < nr_pages; i++) {
        m2p[i] = i;
        sorted &= i == 0 || p2m[i - 1] < p2m[i];
    }
    if (sorted) {
        return;
    }
    for (uint32_t i = nr_pages / 2; i > 0; i--) {
        sift_down(i - 1, nr_pages);
    }
    for (uint32_t n = nr_pages; n > 1; n--) {
        uint32_t t = m2p[0];
        m2p[0] = m2p[n - 1];
        m2p[n - 1] = t;
        sift_down(0, n - 1);
    }
    for (uint32_t i = 1; i < nr_pages; i++) {
        if (p2m[m2p[i - 1]] == p2m[m2p[i]]) {
            panic("pv_mmu_init: frame 0x%x is in the P2M list twice", p2m[m2p[i]]);
        }
    }
}

/* The machine address of the PTE at kernel address slot (in a table page). */
static uint32_t pte_maddr(const pte_t *slot)
{
    return (virt_to_mfn(slot) << PGSHIFT) | ((uint32_t)(uintptr_t)slot & (PGSIZE - 1));
}

/* Sends the queued unpins. */
static void flush_unpins(void)
{
    if (unpinned == 0) {
        return;
    }
    uint32_t done = 0;
    int r = HYPERVISOR_mmuext_op(unpins, unpinned, &done, DOMID_SELF);
    if (r < 0) {
        uint32_t i = done < unpinned ? done : 0;
        panic("mmuext_op: error %d at unpin %u of %u (frame 0x%x)", r, done, unpinned,
              unpins[i].arg1);
    }
    unpinned = 0;
}

/* Sends the queued unpins, then the queued PTE writes. */
static void flush(void)
{
    flush_unpins();
    if (batched == 0) {
        return;
    }
    uint32_t done = 0;
    int r = HYPERVISOR_mmu_update(batch, batched, &done, DOMID_SELF);
    if (r < 0) {
        uint32_t i = done < batched ? done : 0;
        panic("mmu_update: error %d at request %u of %u (ptr 0x%x val 0x%x)", r, done, batched,
              batch[i].ptr, batch[i].val);
    }
    batched = 0;
}

/* Queues the write of val into the PTE at machine address maddr. */
static void queue(uint32_t maddr, pte_t val)
{
    if (batched == MMU_UPDATE_MAX_BATCH) {
        flush();
    }
    batch[batched].ptr = maddr | MMU_NORMAL_PT_UPDATE;
    batch[batched].val = val;
    batched++;
}

/* Writes one PTE now (after anything queued, in program order). */
static void update_now(uint32_t maddr, pte_t val)
{
    queue(maddr, val);
    flush();
}

/* One extended MMU operation, now. */
static void mmuext(uint32_t cmd, uint32_t arg1)
{
    struct mmuext_op op = { .cmd = cmd, .arg1 = arg1 };
    uint32_t done = 0;
    flush();
    int r = HYPERVISOR_mmuext_op(&op, 1, &done, DOMID_SELF);
    if (r < 0) {
        panic("mmuext_op: command %u on 0x%x: error %d", cmd, arg1, r);
    }
}

/* Machine frame of the second-level table under root entry e, which must be a table pointer. */
static uint32_t table_mfn(pte_t e, uint32_t va)
{
    if ((e & PTE_V) == 0 || PTE_LEAF(e)) {
        panic("pv_mmu: no second-level table maps %p", (void *)(uintptr_t)va);
    }
    return e >> PTE_PPN_SHIFT;
}

/* Queues giving the kernel's own mapping of the RAM page at page write
 * permission or not. */
static void kmap_set_writable(const void *page, int writable)
{
    uint32_t va = (uint32_t)(uintptr_t)page;
    uint32_t l1_mfn = table_mfn(boot_root[VPN1(va)], va);
    const pte_t *l1 = mfn_to_virt(l1_mfn);
    pte_t old = l1[VPN0(va)];
    pte_t val = writable ? old | PTE_W : old & ~PTE_W;
    queue((l1_mfn << PGSHIFT) | (VPN0(va) * (uint32_t)sizeof(pte_t)), val);
}

/* A zeroed page made a page table of the kind pin_cmd pins; NULL when out of memory. */
static pagetable_t table_alloc(uint32_t pin_cmd)
{
    pagetable_t t = kalloc();
    if (t == 0) {
        return 0;
    }
    kmap_set_writable(t, 0);
    mmuext(pin_cmd, virt_to_mfn(t)); /* sends the read-only mapping first */
    return t;
}

/* Takes the builder's tables and the P2M list from start_info, builds the
 * reverse lookup in the free pages at free_start and returns the first
 * free address after it. */
uint32_t pv_mmu_init(const struct start_info *si, uint32_t free_start)
{
    p2m = (const uint32_t *)(uintptr_t)si->mfn_list;
    nr_pages = si->nr_pages;
    boot_root = (const pte_t *)(uintptr_t)si->pt_base;
    m2p = (uint32_t *)(uintptr_t)free_start;
    m2p_build();
    return PGROUNDUP(free_start + nr_pages * (uint32_t)sizeof(uint32_t));
}

/* Maps machine frame mfn (RAM of the domain, or a frame the hypervisor lets
 * it map, like the grant table) at kernel address va, above RAM, making the
 * second-level table when the root has none there. */
void pv_map_frame(uint32_t va, uint32_t mfn, uint32_t perm)
{
    pte_t e = boot_root[VPN1(va)];
    if ((e & PTE_V) == 0) {
        pagetable_t l1 = table_alloc(MMUEXT_PIN_L1_TABLE);
        if (l1 == 0) {
            panic("pv_map_frame: out of memory");
        }
        update_now((virt_to_mfn(boot_root) << PGSHIFT) | (VPN1(va) * (uint32_t)sizeof(pte_t)),
                   (virt_to_mfn(l1) << PTE_PPN_SHIFT) | PTE_V);
        e = boot_root[VPN1(va)];
    }
    uint32_t l1_mfn = table_mfn(e, va);
    update_now((l1_mfn << PGSHIFT) | (VPN0(va) * (uint32_t)sizeof(pte_t)),
               (mfn << PTE_PPN_SHIFT) | perm | PTE_U | PTE_V | PTE_A | PTE_D);
}

/* Runs processes on pt (its pinned root). */
void vm_switch(pagetable_t pt)
{
    if (pt == active_user) {
        return;
    }
    mmuext(MMUEXT_NEW_USER_BASEPTR, virt_to_mfn(pt));
    active_user = pt;
}

/* A new, empty, pinned root. */
pagetable_t uvm_create(void)
{
    return table_alloc(MMUEXT_PIN_L2_TABLE);
}

/* A new, empty, pinned second-level table. */
pagetable_t arch_pt_alloc(void)
{
    return table_alloc(MMUEXT_PIN_L1_TABLE);
}

/* Sends everything queued, then frees the table pages made writable. */
static void sync(void)
{
    flush();
    for (uint32_t i = 0; i < nfreed; i++) {
        kfree(freed[i]);
    }
    nfreed = 0;
}

/* Queues the unpinning of a table (never the root processes run on). */
void arch_pt_unpin(pagetable_t t)
{
    if (t == active_user) {
        panic("uvm_free: page table in use");
    }
    if (unpinned == MMU_UPDATE_MAX_BATCH) {
        flush_unpins();
    }
    unpins[unpinned].cmd = MMUEXT_UNPIN_TABLE;
    unpins[unpinned].arg1 = virt_to_mfn(t);
    unpinned++;
}

/* Queues making an unpinned table page writable again; it goes back to the
 * allocator at the next arch_pt_commit. */
void arch_pt_free(pagetable_t t)
{
    if (nfreed == FREE_BATCH) {
        sync();
    }
    kmap_set_writable(t, 1);
    freed[nfreed++] = t;
}

/* Points a root entry at a pinned second-level table, now. */
void arch_pt_link(pte_t *slot, pagetable_t l0)
{
    update_now(pte_maddr(slot), (virt_to_mfn(l0) << PTE_PPN_SHIFT) | PTE_V);
}

/* Queues a leaf PTE write. */
void arch_pt_set(pte_t *slot, pte_t val)
{
    queue(pte_maddr(slot), val);
}

/* Sends the queued requests (the hypervisor flushes the TLB) and frees
 * the table pages they released. */
void arch_pt_commit(pagetable_t pt)
{
    (void)pt;
    sync();
}

pte_t arch_pte_leaf(void *page, uint32_t flags)
{
    return (virt_to_mfn(page) << PTE_PPN_SHIFT) | flags;
}

void *arch_pte_page(pte_t pte)
{
    return mfn_to_virt(pte >> PTE_PPN_SHIFT);
}
