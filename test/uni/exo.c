/* exo.c - a test unikernel of the exokernel interface (exo_op), through the
 * memory and blk modules of libos/uni. argv[1] picks the test:
 *
 *   coop    binds NPAGES bound pages, fills them with patterns, says "ready",
 *           and waits for a revocation request; the memory module gives
 *           pages back (the hook records which), then the rest are checked.
 *   uncoop  the same, but the module does not cooperate: it waits until the
 *           hypervisor enforced the request, prints the report in
 *           shared_info and the pages it lost, checks the others, then
 *           reads a lost page (a load page fault: the domain crashes).
 *   refuse  every refusal of exo_op: ok/FAIL lines, exit status = failures.
 *   blk     binds one disk extent and checks that only requests inside it
 *           are served.
 */
#include <stdio.h>
#include <string.h>

#include "blk/blk.h"
#include "evtchn.h"
#include "exovisor/ring.h"
#include "hypercall.h"
#include "memory/memory.h"
#include "runtime/runtime.h"
#include "time/time.h"

#include "expect.h"

#define NPAGES 8u
#define WORDS (4096u / 4u)

static uint32_t *pages[NPAGES];
static struct {
    void *page;
    uint32_t mfn;
    int forced;
} lost[EXO_REVOKE_MAX];
static volatile uint32_t nlost;

static void hook(void *page, uint32_t mfn, int forced)
{
    if (nlost < EXO_REVOKE_MAX) {
        lost[nlost].page = page;
        lost[nlost].mfn = mfn;
        lost[nlost].forced = forced;
        nlost++;
    }
}

static uint32_t pattern(uint32_t i, uint32_t w)
{
    return 0x5a000000u | (i << 16) | w;
}

static int was_lost(const void *page)
{
    for (uint32_t k = 0; k < nlost; k++) {
        if (lost[k].page == page) {
            return 1;
        }
    }
    return 0;
}

static int bind_pages(void)
{
    for (uint32_t i = 0; i < NPAGES; i++) {
        pages[i] = uni_bound_page_alloc();
        if (pages[i] == 0) {
            printf("exo: cannot bind page %u\n", (unsigned)i);
            return -1;
        }
        for (uint32_t w = 0; w < WORDS; w++) {
            pages[i][w] = pattern(i, w);
        }
        printf("exo: page %u at 0x%08x mfn 0x%x\n", (unsigned)i, (unsigned)(uintptr_t)pages[i],
               (unsigned)uni_bound_mfn(pages[i]));
    }
    printf("exo: bound %u pages (shared_info says %u)\n", (unsigned)uni_bound_pages(),
           (unsigned)pv_shared_info->exo_bound_frames);
    return 0;
}

/* Checks the patterns of every page not lost; prints and returns how many are intact. */
static uint32_t check_kept(void)
{
    uint32_t intact = 0, kept = 0;
    for (uint32_t i = 0; i < NPAGES; i++) {
        if (was_lost(pages[i])) {
            continue;
        }
        kept++;
        uint32_t w = 0;
        while (w < WORDS && pages[i][w] == pattern(i, w)) {
            w++;
        }
        intact += w == WORDS;
    }
    printf("exo: kept %u pages, %u intact\n", (unsigned)kept, (unsigned)intact);
    return intact;
}

static void print_lost(const char *what)
{
    for (uint32_t k = 0; k < nlost; k++) {
        printf("exo: %s 0x%08x mfn 0x%x\n", what, (unsigned)(uintptr_t)lost[k].page, (unsigned)lost[k].mfn);
    }
}

static int coop(void)
{
    uni_set_revoke_hook(hook);
    if (bind_pages() < 0) {
        return 1;
    }
    printf("exo: ready\n");
    while (uni_revoke_stats()->requests == 0) {
        uni_sleep_ms(5);
    }
    const struct uni_revoke_stats *st = uni_revoke_stats();
    print_lost("gave back");
    printf("exo: requests %u voluntary %u forced %u given %u taken %u\n", (unsigned)st->requests,
           (unsigned)st->voluntary, (unsigned)st->forced, (unsigned)st->pages_given, (unsigned)st->pages_taken);
    printf("exo: bound now %u (shared_info says %u)\n", (unsigned)uni_bound_pages(),
           (unsigned)pv_shared_info->exo_bound_frames);
    check_kept();
    return 0;
}

static int uncoop(void)
{
    uni_revoke_cooperate(0);
    uni_set_revoke_hook(hook);
    if (bind_pages() < 0) {
        return 1;
    }
    printf("exo: ready\n");
    while (uni_revoke_stats()->forced == 0) {
        uni_sleep_ms(5);
    }
    const struct shared_info *s = pv_shared_info;
    printf("exo: report seq %u count %u:", (unsigned)s->exo_revoked_seq, (unsigned)s->exo_revoked_count);
    for (uint32_t i = 0; i < s->exo_revoked_count && i < EXO_REVOKE_MAX; i++) {
        printf(" 0x%x", (unsigned)s->exo_revoked_mfns[i]);
    }
    printf("\n");
    print_lost("lost");
    printf("exo: bound now %u (shared_info says %u)\n", (unsigned)uni_bound_pages(), (unsigned)s->exo_bound_frames);
    check_kept();
    if (nlost == 0) {
        return 1;
    }
    volatile uint32_t *gone = lost[0].page;
    printf("exo: reading 0x%08x\n", (unsigned)(uintptr_t)gone);
    uint32_t v = *gone; /* unmapped: a load page fault */
    printf("exo: read 0x%08x from a page taken away\n", (unsigned)v);
    return 2;
}

static uint32_t frames[2048];

static int refuse(void)
{
    uint32_t max = uni_start_info->nr_pages;
    if (max > sizeof frames / sizeof frames[0]) {
        printf("refuse: give the domain at most 8 MiB of RAM\n");
        return 1;
    }
    expect("refuse a batch larger than EXO_FRAMES_MAX_BATCH", uni_bind_frames(EXO_FRAMES_MAX_BATCH + 1, frames), -(int)XEN_E2BIG);
    uint32_t n = 0;
    int r = 0;
    while (n < max && r == 0) {
        uint32_t k = max - n < EXO_FRAMES_MAX_BATCH ? max - n : EXO_FRAMES_MAX_BATCH;
        r = uni_bind_frames(k, frames + n);
        n += r == 0 ? k : 0;
    }
    expect("bind as many frames as the domain has RAM pages", (int)n, (int)max);
    expect("shared_info counts them", (int)pv_shared_info->exo_bound_frames, (int)max);
    uint32_t extra;
    expect("refuse binding beyond the maximum", uni_bind_frames(1, &extra), -(int)XEN_ENOMEM);
    int own = 1;
    for (uint32_t i = 0; i < n; i++) {
        own &= uni_mfn_to_virt(frames[i]) == 0; /* none is a RAM frame */
    }
    expect("bound frames are no RAM frames", own, 1);
    r = 0;
    expect("refuse unbinding the same frame twice in one call", uni_unbind_frames(2, (uint32_t[]){ frames[0], frames[0] }), -(int)XEN_EINVAL);
    for (uint32_t i = 0; i < n; i += EXO_FRAMES_MAX_BATCH) {
        uint32_t k = n - i < EXO_FRAMES_MAX_BATCH ? n - i : EXO_FRAMES_MAX_BATCH;
        r |= uni_unbind_frames(k, frames + i);
    }
    expect("unbind them all", r, 0);
    expect("shared_info counts none", (int)pv_shared_info->exo_bound_frames, 0);
    expect("refuse unbinding a frame no longer bound", uni_unbind_frames(1, frames), -(int)XEN_EINVAL);
    uint32_t ram = uni_virt_to_mfn((void *)(uintptr_t)uni_start_info->pt_base);
    expect("refuse unbinding a RAM frame", uni_unbind_frames(1, &ram), -(int)XEN_EINVAL);
    uint32_t zero = 0;
    expect("refuse unbinding frame 0 (the frame table)", uni_unbind_frames(1, &zero), -(int)XEN_EINVAL);

    void *p = uni_bound_page_alloc();
    expect("bind and map a page", p != 0, 1);
    uint32_t mfn = uni_bound_mfn(p);
    expect("refuse unbinding a frame still mapped", uni_unbind_frames(1, &mfn), -(int)XEN_EBUSY);
    expect("unmap and unbind it", uni_bound_page_free(p), 0);
    expect("refuse unbinding it again", uni_unbind_frames(1, &mfn), -(int)XEN_EINVAL);

    uint32_t t;
    expect("bind a frame for a table", uni_bind_frames(1, &t), 0);
    struct mmuext_op pin = { .cmd = MMUEXT_PIN_L1_TABLE, .arg1 = t };
    expect("pin it as a leaf table", HYPERVISOR_mmuext_op(&pin, 1, 0, DOMID_SELF), 0);
    expect("refuse unbinding a page table", uni_unbind_frames(1, &t), -(int)XEN_EBUSY);
    struct mmuext_op unpin = { .cmd = MMUEXT_UNPIN_TABLE, .arg1 = t };
    expect("unpin it", HYPERVISOR_mmuext_op(&unpin, 1, 0, DOMID_SELF), 0);
    expect("unbind it", uni_unbind_frames(1, &t), 0);

    expect("refuse acknowledging a revocation nobody asked for", HYPERVISOR_exo_op(EXO_revoke_done, 1), -(int)XEN_EINVAL);
    expect("refuse an unknown exo_op command", HYPERVISOR_exo_op(99, 0), -(int)XEN_ENOSYS);
    expect("refuse a bad struct address", HYPERVISOR_exo_op(EXO_bind_frames, 0x10), -(int)XEN_EFAULT);
    struct exo_extent ex = { .first_sector = 0, .nr_sectors = 1 };
    expect("refuse an extent without a disk", HYPERVISOR_exo_op(EXO_bind_extent, (uint32_t)(uintptr_t)&ex), -(int)XEN_EINVAL);
    printf("refuse: %d failures\n", failures);
    return failures;
}

static uint8_t buf[8 * 512];

static int blk(void)
{
    uint32_t sectors = uni_blk_sectors();
    expect("a disk of 64 sectors", (int)sectors, 64);
    expect("refuse an extent off the disk", uni_blk_bind_extent(60, 8), -(int)XEN_EINVAL);
    expect("refuse an empty extent", uni_blk_bind_extent(8, 0), -(int)XEN_EINVAL);
    expect("bind sectors 8-15", uni_blk_bind_extent(8, 8), 0);
    expect("read sectors 8-15", uni_blk_read(8, 8, buf), 0);
    int marked = 1;
    for (uint32_t s = 0; s < 8; s++) {
        marked &= buf[s * 512] == 8 + s;
    }
    expect("they hold what the disk has", marked, 1);
    memset(buf, 0xee, sizeof buf);
    expect("write sector 12", uni_blk_write(12, 1, buf), 0);
    expect("refuse reading sector 0", uni_blk_read(0, 1, buf), (int)BLKIF_RSP_ERROR);
    expect("refuse a read straddling the extent's end", uni_blk_read(15, 2, buf), (int)BLKIF_RSP_ERROR);
    expect("refuse writing sector 20", uni_blk_write(20, 1, buf), (int)BLKIF_RSP_ERROR);
    expect("bind sectors 32-33 too", uni_blk_bind_extent(32, 2), 0);
    expect("read sector 33", uni_blk_read(33, 1, buf), 0);
    expect("it holds what the disk has", buf[0], 33);
    printf("blk: %d failures\n", failures);
    return failures;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (strcmp(mode, "coop") == 0) {
        return coop();
    }
    if (strcmp(mode, "uncoop") == 0) {
        return uncoop();
    }
    if (strcmp(mode, "refuse") == 0) {
        return refuse();
    }
    if (strcmp(mode, "blk") == 0) {
        return blk();
    }
    printf("usage: exo coop|uncoop|refuse|blk\n");
    return 1;
}
