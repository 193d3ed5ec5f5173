/* memory.c - the page allocator and the heap of a unikernel (see memory.h). */
#include "memory/memory.h"

#include <string.h>

#include "evtchn.h"
#include "exovisor/virt.h"
#include "hypercall.h"
#include "module.h"
#include "runtime/runtime.h"

EXO_MODULE("memory", "runtime,pv,libc", "mmu_update,mmuext_op,exo_op",
           "page allocator over the free RAM the domain builder left, the heap for malloc (sbrk), "
           "and machine frames bound beyond RAM (exo_op) given back cooperatively when the hypervisor revokes them");

/* Sv32 PTE bits (priv. spec 4.3.1). */
#define PTE_V 0x01u
#define PTE_R 0x02u
#define PTE_W 0x04u
#define PTE_U 0x10u
#define PTE_A 0x40u
#define PTE_D 0x80u
#define PAGE_SHIFT 12u

#define PAGE 4096u

struct free_page {
    struct free_page *next;
};

static struct free_page *free_list;
static uint32_t low_next, low_end; /* [VIRT_DRAM, KERNEL_BASE): handed out upwards */
static uint32_t heap_start, brk;   /* the heap, growing up */
static uint32_t top;               /* pages below the end of RAM are handed out downwards */

/* Bound pages: the window's leaf table (machine frame, 0 until made), the
 * frame in each slot (0: free), and the revocation state. */
static uint32_t window_l1;
static uint32_t slot_mfn[UNI_BOUND_PAGES];
static uint32_t slots_used;
static int cooperate = 1;
static uni_revoke_hook_t revoke_hook;
static struct uni_revoke_stats revoke_stats;
static uint32_t revoke_port, revoke_seen, revoked_seen;

static void revoke_event(uint32_t port, void *arg);

static void memory_init(void) __attribute__((constructor(UNI_INIT_MEMORY)));
static void memory_init(void)
{
    const struct start_info *si = uni_start_info;
    low_next = VIRT_DRAM;
    low_end = KERNEL_BASE;
    heap_start = brk = (si->pt_base + si->nr_pt_frames * PAGE + PAGE - 1) & ~(PAGE - 1);
    top = VIRT_DRAM + si->nr_pages * PAGE;
    /* Requests before this one are not ours to answer. */
    revoke_seen = PV_READ_ONCE(pv_shared_info->exo_revoke_seq);
    revoked_seen = PV_READ_ONCE(pv_shared_info->exo_revoked_seq);
    if (evtchn_bind_virq(VIRQ_EXO_REVOKE, &revoke_port) < 0 ||
        evtchn_bind(revoke_port, revoke_event, 0) < 0) {
        uni_panic("memory: cannot bind VIRQ_EXO_REVOKE");
    }
}

void *uni_page_alloc(void)
{
    void *page;
    if (free_list != 0) {
        page = free_list;
        free_list = free_list->next;
    } else if (low_next < low_end) {
        page = (void *)(uintptr_t)low_next;
        low_next += PAGE;
    } else if (top - brk >= PAGE) {
        top -= PAGE;
        page = (void *)(uintptr_t)top;
    } else {
        return 0;
    }
    memset(page, 0, PAGE);
    return page;
}

void uni_page_free(void *page)
{
    struct free_page *p = page;
    p->next = free_list;
    free_list = p;
}

void *uni_sbrk(intptr_t incr)
{
    uint32_t old = brk;
    if (incr >= 0 ? (uint32_t)incr > top - brk : (uint32_t)-incr > brk - heap_start) {
        return 0;
    }
    brk += (uint32_t)incr;
    return (void *)(uintptr_t)old;
}

uint32_t uni_free_pages(void)
{
    uint32_t n = (low_end - low_next) / PAGE + (top - brk) / PAGE;
    for (struct free_page *p = free_list; p != 0; p = p->next) {
        n++;
    }
    return n;
}

/* One PTE write: 0 or -XEN_E*. */
static int set_pte(uint32_t table_mfn, uint32_t index, uint32_t val)
{
    struct mmu_update req = {
        .ptr = (table_mfn << PAGE_SHIFT) | (index * 4u) | MMU_NORMAL_PT_UPDATE,
        .val = val,
    };
    return HYPERVISOR_mmu_update(&req, 1, 0, DOMID_SELF);
}

/* The builder's leaf table mapping va (a page of the direct map). */
static uint32_t direct_l1(uint32_t va)
{
    const uint32_t *root = (const uint32_t *)(uintptr_t)uni_start_info->pt_base;
    return root[va >> 22] >> 10;
}

/* Makes the bound window's leaf table: a page of RAM mapped read-only in
 * the direct map, pinned, and entered in the root. 0 or -XEN_E*. */
static int make_window(void)
{
    const struct start_info *si = uni_start_info;
    if (VIRT_DRAM + si->nr_pages * PAGE > UNI_BOUND_BASE) {
        return -(int)XEN_ENOMEM; /* RAM reaches the window */
    }
    void *page = uni_page_alloc();
    if (page == 0) {
        return -(int)XEN_ENOMEM;
    }
    uint32_t va = (uint32_t)(uintptr_t)page, mfn = uni_virt_to_mfn(page);
    int r = set_pte(direct_l1(va), (va >> PAGE_SHIFT) & 0x3ffu, (mfn << 10) | PTE_R | PTE_U | PTE_V | PTE_A);
    if (r < 0) {
        return r;
    }
    struct mmuext_op pin = { .cmd = MMUEXT_PIN_L1_TABLE, .arg1 = mfn };
    r = HYPERVISOR_mmuext_op(&pin, 1, 0, DOMID_SELF);
    if (r < 0) {
        return r;
    }
    r = set_pte(uni_virt_to_mfn((const void *)(uintptr_t)si->pt_base), UNI_BOUND_BASE >> 22, (mfn << 10) | PTE_V);
    if (r < 0) {
        return r;
    }
    window_l1 = mfn;
    return 0;
}

int uni_bind_frames(uint32_t n, uint32_t *mfns)
{
    struct exo_frames op = { .nr_frames = n, .frame_list = (uint32_t)(uintptr_t)mfns, .nr_done = 0 };
    return HYPERVISOR_exo_op(EXO_bind_frames, (uint32_t)(uintptr_t)&op);
}

int uni_unbind_frames(uint32_t n, const uint32_t *mfns)
{
    struct exo_frames op = { .nr_frames = n, .frame_list = (uint32_t)(uintptr_t)mfns, .nr_done = 0 };
    return HYPERVISOR_exo_op(EXO_unbind_frames, (uint32_t)(uintptr_t)&op);
}

static void *slot_page(uint32_t slot)
{
    return (void *)(uintptr_t)(UNI_BOUND_BASE + slot * PAGE);
}

/* The slot of a bound page's address, or UNI_BOUND_PAGES. */
static uint32_t slot_of(const void *page)
{
    uint32_t a = (uint32_t)(uintptr_t)page;
    if (a < UNI_BOUND_BASE || (a & (PAGE - 1)) != 0 || (a - UNI_BOUND_BASE) / PAGE >= UNI_BOUND_PAGES) {
        return UNI_BOUND_PAGES;
    }
    uint32_t slot = (a - UNI_BOUND_BASE) / PAGE;
    return slot_mfn[slot] != 0 ? slot : UNI_BOUND_PAGES;
}

void *uni_bound_page_alloc(void)
{
    if (window_l1 == 0 && make_window() < 0) {
        return 0;
    }
    uint32_t slot = 0;
    while (slot < UNI_BOUND_PAGES && slot_mfn[slot] != 0) {
        slot++;
    }
    uint32_t mfn;
    if (slot == UNI_BOUND_PAGES || uni_bind_frames(1, &mfn) < 0) {
        return 0;
    }
    if (set_pte(window_l1, slot, (mfn << 10) | PTE_R | PTE_W | PTE_U | PTE_V | PTE_A | PTE_D) < 0) {
        uni_unbind_frames(1, &mfn);
        return 0;
    }
    slot_mfn[slot] = mfn;
    slots_used++;
    return slot_page(slot); /* a frame the hypervisor scrubbed when it was last freed */
}

/* Unmaps a slot's page (the frame stays bound). */
static int unmap_slot(uint32_t slot)
{
    int r = set_pte(window_l1, slot, 0);
    if (r == 0) {
        slot_mfn[slot] = 0;
        slots_used--;
    }
    return r;
}

int uni_bound_page_free(void *page)
{
    uint32_t slot = slot_of(page);
    if (slot == UNI_BOUND_PAGES) {
        return -(int)XEN_EINVAL;
    }
    uint32_t mfn = slot_mfn[slot];
    int r = unmap_slot(slot);
    return r < 0 ? r : uni_unbind_frames(1, &mfn);
}

uint32_t uni_bound_pages(void)
{
    return slots_used;
}

uint32_t uni_bound_mfn(const void *page)
{
    uint32_t slot = slot_of(page);
    return slot == UNI_BOUND_PAGES ? 0 : slot_mfn[slot];
}

void uni_revoke_cooperate(int on)
{
    cooperate = on;
}

void uni_set_revoke_hook(uni_revoke_hook_t fn)
{
    revoke_hook = fn;
}

const struct uni_revoke_stats *uni_revoke_stats(void)
{
    return &revoke_stats;
}

/* Gives count bound pages back for request seq: the most recently placed
 * (highest slots) first, each announced to the hook, unmapped, then all
 * unbound in one call and the request acknowledged. */
static void give_back(uint32_t seq, uint32_t count)
{
    uint32_t mfns[EXO_REVOKE_MAX];
    uint32_t n = 0;
    for (uint32_t slot = UNI_BOUND_PAGES; slot-- > 0 && n < count && n < EXO_REVOKE_MAX;) {
        uint32_t mfn = slot_mfn[slot];
        if (mfn == 0) {
            continue;
        }
        if (revoke_hook != 0) {
            revoke_hook(slot_page(slot), mfn, 0);
        }
        if (unmap_slot(slot) == 0) {
            mfns[n++] = mfn;
        }
    }
    if (n > 0 && uni_unbind_frames(n, mfns) == 0) {
        revoke_stats.pages_given += n;
    }
    if (HYPERVISOR_exo_op(EXO_revoke_done, seq) == 0) {
        revoke_stats.voluntary++;
    }
}

/* VIRQ_EXO_REVOKE: a new request (answered when cooperating), or the report
 * of frames the hypervisor took at a deadline (their slots are forgotten). */
static void revoke_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
    struct shared_info *s = pv_shared_info;
    uint32_t seq = PV_READ_ONCE(s->exo_revoke_seq);
    pv_rmb();
    uint32_t count = PV_READ_ONCE(s->exo_revoke_count);
    if (seq != revoke_seen) {
        revoke_seen = seq;
        revoke_stats.requests++;
        if (cooperate && count > 0) {
            give_back(seq, count);
        }
    }
    uint32_t taken_seq = PV_READ_ONCE(s->exo_revoked_seq);
    if (taken_seq != revoked_seen) {
        revoked_seen = taken_seq;
        revoke_stats.forced++;
        pv_rmb();
        uint32_t n = PV_READ_ONCE(s->exo_revoked_count);
        for (uint32_t i = 0; i < n && i < EXO_REVOKE_MAX; i++) {
            uint32_t mfn = s->exo_revoked_mfns[i];
            for (uint32_t slot = 0; slot < UNI_BOUND_PAGES; slot++) {
                if (slot_mfn[slot] == mfn) {
                    slot_mfn[slot] = 0; /* the hypervisor cleared its PTE */
                    slots_used--;
                    revoke_stats.pages_taken++;
                    if (revoke_hook != 0) {
                        revoke_hook(slot_page(slot), mfn, 1);
                    }
                }
            }
        }
    }
}

/* uni_map_over(va, mfn, what): see memory.h. */
void uni_map_over(void *va, uint32_t mfn, const char *what)
{
    uint32_t a = (uint32_t)(uintptr_t)va;
    if (set_pte(direct_l1(a), (a >> PAGE_SHIFT) & 0x3ffu, (mfn << 10) | PTE_R | PTE_W | PTE_U | PTE_V | PTE_A | PTE_D) < 0) {
        uni_panic(what);
    }
}
