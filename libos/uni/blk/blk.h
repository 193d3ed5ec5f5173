/* blk.h - the virtual disk of a unikernel: the block front-end of libos/pv
 * (blkfront), connected through the configuration store at boot as the
 * pv-ops kernel does it. The module's constructor sets up the store
 * client, and when the store describes a disk (STORE_VBD_SECTORS) the
 * grant table (GNTTABOP_setup_table, its frame mapped over a page of the
 * direct map with mmu_update) and the front-end with its ring and bounce
 * pages. I/O is synchronous: the caller waits (uni_wait: with the threads
 * module, other threads run meanwhile) until the back-end answers. The
 * device is not locked: one thread at a time may use it. Sectors are
 * BLKIF_SECTOR_SIZE (512) bytes.
 *
 * The disk is reached only through bound extents (exo_op EXO_bind_extent):
 * before the first read or write the module binds the whole disk, unless
 * the app bound extents of its own with uni_blk_bind_extent first; the
 * back-end then refuses (BLKIF_RSP_ERROR) any request not wholly inside one.
 */
#ifndef UNI_BLK_H
#define UNI_BLK_H

#include <stdint.h>

/* Nonzero when a disk is connected. */
int uni_blk_present(void);
/* The disk's size in sectors (0 without a disk). */
uint32_t uni_blk_sectors(void);
/* Binds sectors [first, first + count) (at most EXO_EXTENTS_MAX extents):
 * 0, -XEN_EINVAL (empty or off the disk), -XEN_ENOSPC (too many), or
 * -EXO_EINVAL without a disk. */
int uni_blk_bind_extent(uint32_t first, uint32_t count);
/* Reads count sectors at sector into dst: 0 (BLKIF_RSP_OKAY), a failing
 * BLKIF_RSP_* status, or -EXO_EINVAL for a range off the disk. */
int uni_blk_read(uint32_t sector, uint32_t count, void *dst);
/* Writes count sectors from src at sector; results as uni_blk_read. */
int uni_blk_write(uint32_t sector, uint32_t count, const void *src);
/* Makes every written sector durable (BLKIF_OP_FLUSH_DISKCACHE): 0 or a status. */
int uni_blk_flush(void);

#endif
