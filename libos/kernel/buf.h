/* buf.h - block-cache buffers. */
#ifndef KERNEL_BUF_H
#define KERNEL_BUF_H

#include <stdint.h>

#include "exovisor/fs.h"

/* One cached file-system block. */
struct buf {
    int valid;             /* data holds the block's contents */
    int dirty;             /* data is newer than the disk (write-back) */
    uint32_t blockno;
    int ref;               /* holders; only unreferenced buffers are recycled */
    struct buf *prev;      /* LRU list: head.next is the most recently used */
    struct buf *next;
    uint8_t data[FS_BLOCK_SIZE] __attribute__((aligned(4)));
};

#endif
