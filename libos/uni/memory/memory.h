/* memory.h - the free RAM of a unikernel, and machine frames bound beyond it.
 *
 * The domain builder leaves two ranges free: from the end of its page
 * tables (start_info.pt_base + nr_pt_frames * 4096) to the end of RAM,
 * and from the start of RAM (VIRT_DRAM) up to the image (KERNEL_BASE).
 * The heap (uni_sbrk, what malloc grows) starts at the bottom of the
 * first range and grows up; pages (uni_page_alloc) come from the second
 * range first, then from the top of the first one down, so the two meet
 * only when memory is exhausted. Freed pages are reused first.
 *
 * Bound pages (the exokernel interface, exo_op): machine frames the
 * domain binds beyond its RAM (at most as many again), mapped writable
 * in a window of their own at UNI_BOUND_BASE (one leaf table, made on
 * first use). The hypervisor may ask some back (VIRQ_EXO_REVOKE, with a
 * count and a deadline in shared_info). Cooperating (the default), the
 * module gives back the most recently allocated bound pages at once —
 * the revoke hook hears of each first, then it unmaps them, unbinds them
 * and acknowledges (EXO_revoke_done). Not cooperating, it does nothing,
 * and at the deadline the hypervisor takes the pages itself: they are
 * unmapped (a later access faults), and the hook hears of each page the
 * report in shared_info lists. Events arrive only while the unikernel
 * blocks (pv_block), so that is when either happens.
 */
#ifndef UNI_MEMORY_H
#define UNI_MEMORY_H

#include <stdint.h>

/* A zeroed, page-aligned 4 KiB page of the direct map (its machine frame:
 * uni_virt_to_mfn), or NULL when memory is exhausted. */
/* Maps machine frame mfn writable at va, a page of the direct map (its own
 * frame is no longer used), by rewriting the builder's leaf PTE; panics with
 * what when the hypervisor refuses (the grant-table pages of blk and net). */
void uni_map_over(void *va, uint32_t mfn, const char *what);

void *uni_page_alloc(void);
/* Gives a page from uni_page_alloc back. */
void uni_page_free(void *page);
/* Moves the heap's end by incr bytes: the old end, or NULL when the heap
 * would run into the pages or below its start. */
void *uni_sbrk(intptr_t incr);
/* Pages still available to uni_page_alloc (the heap may take some of them). */
uint32_t uni_free_pages(void);

/* The window bound pages are mapped in: UNI_BOUND_PAGES pages from UNI_BOUND_BASE. */
#define UNI_BOUND_BASE  0xf0000000u
#define UNI_BOUND_PAGES 1024u

/* EXO_bind_frames: n (at most EXO_FRAMES_MAX_BATCH) new machine frames
 * into mfns, not mapped. 0 or -XEN_E* (-XEN_ENOMEM beyond the maximum). */
int uni_bind_frames(uint32_t n, uint32_t *mfns);
/* EXO_unbind_frames: gives n bound, unmapped frames back. 0 or -XEN_E*
 * (-XEN_EINVAL: one is not bound; -XEN_EBUSY: one is mapped or a table). */
int uni_unbind_frames(uint32_t n, const uint32_t *mfns);
/* Binds a frame and maps it writable in the bound window: its (zeroed)
 * page, or NULL (no frame, or the window is full). */
void *uni_bound_page_alloc(void);
/* Unmaps a page of uni_bound_page_alloc and unbinds its frame: 0 or -XEN_E*. */
int uni_bound_page_free(void *page);
/* Bound pages mapped now; the machine frame of one (0: not a bound page). */
uint32_t uni_bound_pages(void);
uint32_t uni_bound_mfn(const void *page);

/* Whether the module gives pages back when asked (default 1). */
void uni_revoke_cooperate(int on);
/* Called for each bound page the domain loses: given back when asked
 * (forced 0, before it is unmapped) or taken at the deadline (forced 1,
 * already unmapped). */
typedef void (*uni_revoke_hook_t)(void *page, uint32_t mfn, int forced);
void uni_set_revoke_hook(uni_revoke_hook_t fn);
/* What the module saw: requests, requests settled by giving pages back,
 * requests the hypervisor enforced, pages given back and pages taken. */
struct uni_revoke_stats {
    uint32_t requests, voluntary, forced, pages_given, pages_taken;
};
const struct uni_revoke_stats *uni_revoke_stats(void);

#endif
