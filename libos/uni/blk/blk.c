/* blk.c - the virtual disk of a unikernel (see blk.h). */
#include "blk/blk.h"

#include "blkfront.h"
#include "evtchn.h"
#include "exovisor/syscall.h"
#include "gnttab.h"
#include "hypercall.h"
#include "memory/memory.h"
#include "module.h"
#include "runtime/runtime.h"
#include "xenstore.h"

EXO_MODULE("blk", "runtime,pv,memory", "exo_op",
           "the PV block device (libos/pv blkfront) connected through the configuration store, confined to the disk extents it binds (exo_op); synchronous sector I/O");


static struct xs_client store;
static struct blkfront bf;
static int present;
static int extent_bound;

/* The store port only wakes the client waiting for an answer. */
static void store_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
}

/* A zeroed page of the direct map, or a panic. */
static void *page(void)
{
    void *p = uni_page_alloc();
    if (p == 0) {
        uni_panic("blk: out of memory");
    }
    return p;
}

static void blk_init(void) __attribute__((constructor(UNI_INIT_BLK)));
static void blk_init(void)
{
    const struct start_info *si = uni_start_info;
    void *store_page = uni_mfn_to_virt(si->store_mfn);
    if (store_page == 0 || evtchn_bind(si->store_evtchn, store_event, 0) < 0) {
        uni_panic("blk: bad configuration-store page or port");
    }
    xs_init(&store, store_page, si->store_evtchn, uni_wait);
    uint32_t sectors;
    int r = blkfront_probe(&store, &sectors);
    if (r == -(int)XEN_ENOENT) {
        return; /* no disk */
    }
    if (r < 0) {
        uni_panic("blk: cannot read " STORE_VBD_SECTORS " from the store");
    }

    uint32_t gframe;
    if (gnttab_setup_frame(&gframe) < 0) {
        uni_panic("blk: GNTTABOP_setup_table failed");
    }
    void *table = page();
    uni_map_over(table, gframe, "blk: mmu_update refused to map the grant table");
    gnttab_init(table);

    struct blkfront_pages pages;
    pages.ring = page();
    pages.ring_mfn = uni_virt_to_mfn(pages.ring);
    for (uint32_t i = 0; i < BLKIF_MAX_SEGMENTS; i++) {
        pages.bounce[i] = page();
        pages.bounce_mfn[i] = uni_virt_to_mfn(pages.bounce[i]);
    }
    if (blkfront_connect(&bf, &store, &pages, uni_wait) < 0) {
        uni_panic("blk: the block back-end did not connect");
    }
    present = 1;
}

int uni_blk_present(void)
{
    return present;
}

uint32_t uni_blk_sectors(void)
{
    return present ? bf.sectors : 0;
}

/* Whether count sectors from sector lie on the disk. */
static int in_range(uint32_t sector, uint32_t count)
{
    return present && count > 0 && sector <= bf.sectors && count <= bf.sectors - sector;
}

int uni_blk_bind_extent(uint32_t first, uint32_t count)
{
    if (!present) {
        return -(int)EXO_EINVAL;
    }
    struct exo_extent ex = { .first_sector = first, .nr_sectors = count };
    int r = HYPERVISOR_exo_op(EXO_bind_extent, (uint32_t)(uintptr_t)&ex);
    if (r == 0) {
        extent_bound = 1;
    }
    return r;
}

/* Before the first I/O: the whole disk, unless the app bound extents itself. */
static void bind_default_extent(void)
{
    if (!extent_bound && uni_blk_bind_extent(0, bf.sectors) < 0) {
        uni_panic("blk: the hypervisor refused to bind the disk's extent");
    }
}

int uni_blk_read(uint32_t sector, uint32_t count, void *dst)
{
    if (!in_range(sector, count)) {
        return -(int)EXO_EINVAL;
    }
    bind_default_extent();
    return blkfront_read(&bf, sector, count, dst);
}

int uni_blk_write(uint32_t sector, uint32_t count, const void *src)
{
    if (!in_range(sector, count)) {
        return -(int)EXO_EINVAL;
    }
    bind_default_extent();
    return blkfront_write(&bf, sector, count, src);
}

int uni_blk_flush(void)
{
    return present ? blkfront_flush(&bf) : -(int)EXO_EINVAL;
}
