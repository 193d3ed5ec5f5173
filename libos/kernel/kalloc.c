/* kalloc.c - the page allocator: a free list of 4 KiB pages covering the
 * RAM ranges the platform hands to kinit (native: the end of the kernel to
 * the end of RAM; pv: what the domain builder left free). */
#include "defs.h"

#define KALLOC_RANGES 2

struct free_page {
    struct free_page *next;
};

static struct free_page *free_list;
static struct {
    uint32_t start, end; /* pages kfree accepts */
} ranges[KALLOC_RANGES];
static int nranges;

/* Puts every whole page in [start, end) on the free list. */
void kinit(uint32_t start, uint32_t end)
{
    if (nranges == KALLOC_RANGES) {
        panic("kinit: too many ranges");
    }
    uint32_t first = PGROUNDUP(start);
    uint32_t last = PGROUNDDOWN(end);
    ranges[nranges].start = first;
    ranges[nranges].end = last;
    nranges++;
    for (uint32_t pa = last; pa > first; pa -= PGSIZE) {
        kfree((void *)(uintptr_t)(pa - PGSIZE));
    }
}

/* Returns a zeroed page, or NULL when memory is exhausted. */
void *kalloc(void)
{
    struct free_page *p = free_list;
    if (p == 0) {
        return 0;
    }
    free_list = p->next;
    memset(p, 0, PGSIZE);
    return p;
}

/* Gives a page from kalloc back. */
void kfree(void *page)
{
    uint32_t pa = (uint32_t)(uintptr_t)page;
    int ok = (pa & (PGSIZE - 1)) == 0;
    int in_range = 0;
    for (int i = 0; i < nranges; i++) {
        in_range |= pa >= ranges[i].start && pa < ranges[i].end;
    }
    if (!ok || !in_range) {
        panic("kfree: bad page %p", page);
    }
    struct free_page *p = page;
    p->next = free_list;
    free_list = p;
}
