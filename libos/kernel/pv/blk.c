/* pv/blk.c - the disk of the PV kernel: the block front-end (libos/pv
 * blkfront) behind the synchronous disk_* interface bio.c uses. */
#include "defs.h"
#include "blkfront.h"
#include "pvkernel.h"

static struct blkfront bf;

/* Connects to the virtual block device if the store describes one: 1, or
 * 0 when there is none (the kernel then runs without a file system). */
int pv_disk_init(struct xs_client *xs)
{
    uint32_t sectors;
    int r = blkfront_probe(xs, &sectors);
    if (r == -(int)XEN_ENOENT) {
        return 0;
    }
    if (r < 0) {
        panic("disk_init: cannot read %s (error %d)", STORE_VBD_SECTORS, r);
    }
    struct blkfront_pages pages;
    pages.ring = kalloc();
    int ok = pages.ring != 0;
    for (uint32_t i = 0; i < BLKIF_MAX_SEGMENTS; i++) {
        pages.bounce[i] = kalloc();
        ok &= pages.bounce[i] != 0;
    }
    if (!ok) {
        panic("disk_init: out of memory");
    }
    pages.ring_mfn = virt_to_mfn(pages.ring);
    for (uint32_t i = 0; i < BLKIF_MAX_SEGMENTS; i++) {
        pages.bounce_mfn[i] = virt_to_mfn(pages.bounce[i]);
    }
    r = blkfront_connect(&bf, xs, &pages, pv_block);
    if (r < 0) {
        panic("disk_init: the block back-end did not connect (error %d)", r);
    }
    return 1;
}

/* Number of sectors on the disk. */
uint32_t disk_capacity(void)
{
    return bf.sectors;
}

/* Panics unless count sectors from lba lie on the disk. */
static void check_range(uint32_t lba, uint32_t count)
{
    if (count == 0 || lba > bf.sectors || count > bf.sectors - lba) {
        panic("disk_command: sectors %u+%u out of range", lba, count);
    }
}

/* Reads count sectors from lba into dst. */
void disk_read(uint32_t lba, uint32_t count, void *dst)
{
    check_range(lba, count);
    int status = blkfront_read(&bf, lba, count, dst);
    if (status != (int)BLKIF_RSP_OKAY) {
        panic("disk_read: sectors %u+%u failed, status %d", lba, count, status);
    }
}

/* Writes count sectors from src at lba. */
void disk_write(uint32_t lba, uint32_t count, const void *src)
{
    check_range(lba, count);
    int status = blkfront_write(&bf, lba, count, src);
    if (status != (int)BLKIF_RSP_OKAY) {
        panic("disk_write: sectors %u+%u failed, status %d", lba, count, status);
    }
}

/* Makes every written sector durable (BLKIF_OP_FLUSH_DISKCACHE). */
void disk_flush(void)
{
    int status = blkfront_flush(&bf);
    if (status != (int)BLKIF_RSP_OKAY) {
        panic("disk_flush: failed, status %d", status);
    }
}
