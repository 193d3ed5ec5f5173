/* memory.c - the page allocator and the heap of a unikernel (see memory.h). */
#include "memory/memory.h"

#include <string.h>

#include "exovisor/virt.h"
#include "module.h"
#include "runtime/runtime.h"

EXO_MODULE("memory", "runtime,libc", "",
           "page allocator over the free RAM the domain builder left, and the heap for malloc (sbrk)");

#define PAGE 4096u

struct free_page {
    struct free_page *next;
};

static struct free_page *free_list;
static uint32_t low_next, low_end; /* [VIRT_DRAM, KERNEL_BASE): handed out upwards */
static uint32_t heap_start, brk;   /* the heap, growing up */
static uint32_t top;               /* pages below the end of RAM are handed out downwards */

static void memory_init(void) __attribute__((constructor(UNI_INIT_MEMORY)));
static void memory_init(void)
{
    const struct start_info *si = uni_start_info;
    low_next = VIRT_DRAM;
    low_end = KERNEL_BASE;
    heap_start = brk = (si->pt_base + si->nr_pt_frames * PAGE + PAGE - 1) & ~(PAGE - 1);
    top = VIRT_DRAM + si->nr_pages * PAGE;
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
