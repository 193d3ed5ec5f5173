/* memory.h - the free RAM of a unikernel.
 *
 * The domain builder leaves two ranges free: from the end of its page
 * tables (start_info.pt_base + nr_pt_frames * 4096) to the end of RAM,
 * and from the start of RAM (VIRT_DRAM) up to the image (KERNEL_BASE).
 * The heap (uni_sbrk, what malloc grows) starts at the bottom of the
 * first range and grows up; pages (uni_page_alloc) come from the second
 * range first, then from the top of the first one down, so the two meet
 * only when memory is exhausted. Freed pages are reused first.
 */
#ifndef UNI_MEMORY_H
#define UNI_MEMORY_H

#include <stdint.h>

/* A zeroed, page-aligned 4 KiB page of the direct map (its machine frame:
 * uni_virt_to_mfn), or NULL when memory is exhausted. */
void *uni_page_alloc(void);
/* Gives a page from uni_page_alloc back. */
void uni_page_free(void *page);
/* Moves the heap's end by incr bytes: the old end, or NULL when the heap
 * would run into the pages or below its start. */
void *uni_sbrk(intptr_t incr);
/* Pages still available to uni_page_alloc (the heap may take some of them). */
uint32_t uni_free_pages(void);

#endif
