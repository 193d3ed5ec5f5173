/* kalloc.c - the physical page allocator: a free list of 4 KiB pages
 * covering RAM from the end of the kernel image to the end of RAM. */
#include "defs.h"

struct free_page {
    struct free_page *next;
};

static struct free_page *free_list;
static uint32_t range_start, range_end; /* pages kfree accepts */

/* Puts every whole page in [start, end) on the free list. */
void kinit(uint32_t start, uint32_t end)
{
    range_start = PGROUNDUP(start);
    range_end = PGROUNDDOWN(end);
    for (uint32_t pa = range_end; pa > range_start; pa -= PGSIZE) {
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
    if ((pa & (PGSIZE - 1)) != 0 || pa < range_start || pa >= range_end) {
        panic("kfree: bad page %p", page);
    }
    struct free_page *p = page;
    p->next = free_list;
    free_list = p;
}
