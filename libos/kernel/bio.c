/* bio.c - the block cache: NBUF blocks of FS_BLOCK_SIZE, least recently used
 * recycled first, write-back. bio_flush (on every file close and at
 * shutdown) writes dirty blocks and flushes the disk. */
#include "buf.h"
#include "defs.h"

static struct buf bufs[NBUF];
static struct buf lru;       /* list head: lru.next is the most recently used */
static int unflushed;        /* blocks were written since the last DISK_CMD_FLUSH */

/* Unlinks b from the LRU list. */
static void lru_remove(struct buf *b)
{
    b->prev->next = b->next;
    b->next->prev = b->prev;
}

/* Puts b at the most recently used end. */
static void lru_push_front(struct buf *b)
{
    b->next = lru.next;
    b->prev = &lru;
    lru.next->prev = b;
    lru.next = b;
}

/* Links every buffer into the LRU list. */
void bio_init(void)
{
    lru.next = lru.prev = &lru;
    for (int i = 0; i < NBUF; i++) {
        lru_push_front(&bufs[i]);
    }
}

/* Writes b's block to the disk. */
static void bwrite(struct buf *b)
{
    disk_write(b->blockno * FS_SECTORS_PER_BLOCK, FS_SECTORS_PER_BLOCK, b->data);
    b->dirty = 0;
    unflushed = 1;
}

/* The buffer of blockno, referenced: cached, or the least recently used
 * unreferenced one recycled (written back first if dirty). */
static struct buf *bget(uint32_t blockno)
{
    struct buf *b;
    for (b = lru.next; b != &lru; b = b->next) {
        if (b->valid && b->blockno == blockno) {
            b->ref++;
            return b;
        }
    }
    for (b = lru.prev; b != &lru; b = b->prev) {
        if (b->ref == 0) {
            if (b->valid && b->dirty) {
                bwrite(b);
            }
            b->valid = 0;
            b->blockno = blockno;
            b->ref = 1;
            return b;
        }
    }
    panic("bget: every buffer is in use");
}

/* The contents of block blockno; brelse it when done. */
struct buf *bread(uint32_t blockno)
{
    struct buf *b = bget(blockno);
    if (!b->valid) {
        disk_read(blockno * FS_SECTORS_PER_BLOCK, FS_SECTORS_PER_BLOCK, b->data);
        b->valid = 1;
    }
    return b;
}

/* A buffer for blockno filled with zeros and marked dirty, without reading the disk. */
struct buf *bclear(uint32_t blockno)
{
    struct buf *b = bget(blockno);
    memset(b->data, 0, FS_BLOCK_SIZE);
    b->valid = 1;
    b->dirty = 1;
    return b;
}

/* Marks b modified; it reaches the disk on eviction or bio_flush. */
void bdirty(struct buf *b)
{
    b->dirty = 1;
}

/* Releases a buffer from bread/bclear and makes it the most recently used. */
void brelse(struct buf *b)
{
    if (b->ref < 1) {
        panic("brelse: buffer not held");
    }
    b->ref--;
    lru_remove(b);
    lru_push_front(b);
}

/* Writes every dirty block in block order, then makes the disk durable. */
void bio_flush(void)
{
    for (;;) {
        struct buf *lowest = 0;
        for (int i = 0; i < NBUF; i++) {
            struct buf *b = &bufs[i];
            if (b->valid && b->dirty && (lowest == 0 || b->blockno < lowest->blockno)) {
                lowest = b;
            }
        }
        if (lowest == 0) {
            break;
        }
        bwrite(lowest);
    }
    if (unflushed) {
        disk_flush();
        unflushed = 0;
    }
}
