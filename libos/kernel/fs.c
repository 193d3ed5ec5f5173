/* fs.c - EXFS (exovisor/fs.h): the superblock, the block bitmap, inodes and
 * their direct, indirect and double-indirect blocks, and file data. Names
 * and the root directory live in dir.c. Every change goes through the block
 * cache; nothing here sleeps, so with a non-preemptible kernel no locks. */
#include "buf.h"
#include "defs.h"
#include "file.h"

#define BITS_PER_BLOCK (FS_BLOCK_SIZE * 8)
#define FILE_SIZE_MAX  0x7fffffffu /* offsets must fit lseek's int result */

static struct exfs_superblock sb;
static int mounted;
static struct inode *root;            /* FS_ROOT_INO, held while mounted */
static uint32_t alloc_hint;           /* where the next block search starts */
static struct inode inodes[NINODE];
static uint8_t zero_block[FS_BLOCK_SIZE]; /* hole contents */

/* Reads and checks the superblock (a disk that is not EXFS is fatal). */
void fs_init(void)
{
    struct buf *b = bread(0);
    memcpy(&sb, b->data, sizeof sb);
    brelse(b);
    uint32_t blocks_on_disk = disk_capacity() / FS_SECTORS_PER_BLOCK;
    if (sb.magic != FS_MAGIC || sb.version != FS_VERSION || sb.nblocks > blocks_on_disk ||
        sb.bitmap_start == 0 || sb.nbitmap * BITS_PER_BLOCK < sb.nblocks ||
        sb.inode_start < sb.bitmap_start + sb.nbitmap ||
        sb.ninode_blocks * FS_INODES_PER_BLOCK < sb.ninodes || sb.ninodes <= FS_ROOT_INO ||
        sb.data_start < sb.inode_start + sb.ninode_blocks || sb.data_start > sb.nblocks) {
        panic("fs_init: not an EXFS disk, or bad geometry");
    }
    alloc_hint = sb.data_start;
    root = iget(FS_ROOT_INO);
    if (root == 0 || root->d.type != FS_T_DIR) {
        panic("fs_init: root inode is not a directory");
    }
    mounted = 1;
}

/* True when a disk with a file system is present. */
int fs_mounted(void)
{
    return mounted;
}

/* The root directory's inode (only while mounted); callers do not iput it. */
struct inode *fs_root(void)
{
    return root;
}

/* Bitmap block and bit mask of block bno (bit set = in use, LSB first). */
static struct buf *bitmap_bit(uint32_t bno, uint32_t *byte, uint8_t *mask)
{
    *byte = (bno % BITS_PER_BLOCK) / 8;
    *mask = (uint8_t)(1u << (bno % 8));
    return bread(sb.bitmap_start + bno / BITS_PER_BLOCK);
}

/* Allocates a zeroed data block; its number, or 0 when the disk is full. */
static uint32_t balloc(void)
{
    uint32_t span = sb.nblocks - sb.data_start;
    for (uint32_t i = 0; i < span; i++) {
        uint32_t bno = sb.data_start + (alloc_hint - sb.data_start + i) % span;
        uint32_t byte;
        uint8_t mask;
        struct buf *b = bitmap_bit(bno, &byte, &mask);
        if ((b->data[byte] & mask) == 0) {
            b->data[byte] |= mask;
            bdirty(b);
            brelse(b);
            brelse(bclear(bno));
            alloc_hint = bno + 1 < sb.nblocks ? bno + 1 : sb.data_start;
            return bno;
        }
        brelse(b);
    }
    return 0;
}

/* Returns data block bno to the free pool. */
static void bfree(uint32_t bno)
{
    if (bno < sb.data_start || bno >= sb.nblocks) {
        panic("bfree: block %u outside the data area", bno);
    }
    uint32_t byte;
    uint8_t mask;
    struct buf *b = bitmap_bit(bno, &byte, &mask);
    if ((b->data[byte] & mask) == 0) {
        panic("bfree: block %u already free", bno);
    }
    b->data[byte] &= (uint8_t)~mask;
    bdirty(b);
    brelse(b);
}

/* Inode-table buffer holding inum, and the inode's position in it. */
static struct buf *inode_block(uint32_t inum, struct exfs_inode **dip)
{
    struct buf *b = bread(sb.inode_start + inum / FS_INODES_PER_BLOCK);
    *dip = (struct exfs_inode *)(void *)b->data + inum % FS_INODES_PER_BLOCK;
    return b;
}

/* Writes the in-memory inode back to its inode-table block. */
void iupdate(struct inode *ip)
{
    struct exfs_inode *dip;
    struct buf *b = inode_block(ip->inum, &dip);
    *dip = ip->d;
    bdirty(b);
    brelse(b);
}

/* True when inum names an inode of the table (directory entries are not trusted). */
int inum_valid(uint32_t inum)
{
    return inum != 0 && inum < sb.ninodes;
}

/* The in-memory inode inum, referenced (read from the disk if not cached);
 * NULL when all NINODE in-memory inodes are in use. */
struct inode *iget(uint32_t inum)
{
    struct inode *empty = 0;
    if (!inum_valid(inum)) {
        panic("iget: bad inode number %u", inum);
    }
    for (int i = 0; i < NINODE; i++) {
        if (inodes[i].ref > 0 && inodes[i].inum == inum) {
            inodes[i].ref++;
            return &inodes[i];
        }
        if (empty == 0 && inodes[i].ref == 0) {
            empty = &inodes[i];
        }
    }
    if (empty == 0) {
        return 0;
    }
    struct exfs_inode *dip;
    struct buf *b = inode_block(inum, &dip);
    empty->d = *dip;
    brelse(b);
    empty->inum = inum;
    empty->ref = 1;
    return empty;
}

/* Adds a reference to ip. */
struct inode *idup(struct inode *ip)
{
    ip->ref++;
    return ip;
}

/* Type and size of inode inum without taking an in-memory inode (the cached
 * copy when there is one, which may be newer than the disk's). */
void istat(uint32_t inum, uint16_t *type, uint32_t *size)
{
    for (int i = 0; i < NINODE; i++) {
        if (inodes[i].ref > 0 && inodes[i].inum == inum) {
            *type = inodes[i].d.type;
            *size = inodes[i].d.size;
            return;
        }
    }
    struct exfs_inode *dip;
    struct buf *b = inode_block(inum, &dip);
    *type = dip->type;
    *size = dip->size;
    brelse(b);
}

/* Allocates a free inode of type (nlink 1, empty) into *ipp: 0, -ENOSPC when
 * the inode table is full, -EMFILE when the in-memory inodes are. */
int ialloc(uint16_t type, struct inode **ipp)
{
    for (uint32_t inum = FS_ROOT_INO + 1; inum < sb.ninodes; inum++) {
        uint16_t itype;
        uint32_t size;
        istat(inum, &itype, &size);
        if (itype != FS_T_FREE) {
            continue;
        }
        struct inode *ip = iget(inum);
        if (ip == 0) {
            return ERR(EXO_EMFILE);
        }
        memset(&ip->d, 0, sizeof ip->d);
        ip->d.type = type;
        ip->d.nlink = 1;
        iupdate(ip);
        *ipp = ip;
        return 0;
    }
    return ERR(EXO_ENOSPC);
}

/* Drops a reference; the last one of an unlinked inode frees its blocks and the inode. */
void iput(struct inode *ip)
{
    if (ip->ref < 1) {
        panic("iput: inode %u not held", ip->inum);
    }
    if (ip->ref == 1 && ip->d.nlink == 0) {
        itrunc(ip);
        memset(&ip->d, 0, sizeof ip->d); /* type FS_T_FREE */
        iupdate(ip);
    }
    ip->ref--;
}

/* Entry index of indirect block blk; with alloc, a missing target is
 * allocated. 0 means a hole (or, with alloc, a full disk). */
static uint32_t indirect_entry(uint32_t blk, uint32_t index, int alloc)
{
    struct buf *b = bread(blk);
    uint32_t *entries = (uint32_t *)(void *)b->data;
    uint32_t bno = entries[index];
    if (bno == 0 && alloc) {
        bno = balloc();
        if (bno != 0) {
            entries[index] = bno;
            bdirty(b);
        }
    }
    brelse(b);
    return bno;
}

/* The block in an inode slot, allocated into it when missing and alloc. */
static uint32_t slot_block(uint32_t *slot, int alloc)
{
    if (*slot == 0 && alloc) {
        *slot = balloc();
    }
    return *slot;
}

/* Disk block of file block bn: direct, then indirect, then double indirect.
 * 0 is a hole, or with alloc a full disk. The caller iupdates ip after alloc. */
static uint32_t bmap(struct inode *ip, uint32_t bn, int alloc)
{
    if (bn < FS_NDIRECT) {
        return slot_block(&ip->d.direct[bn], alloc);
    }
    bn -= FS_NDIRECT;
    if (bn < FS_NINDIRECT) {
        uint32_t ind = slot_block(&ip->d.indirect, alloc);
        return ind != 0 ? indirect_entry(ind, bn, alloc) : 0;
    }
    bn -= FS_NINDIRECT;
    if (bn >= FS_NINDIRECT * FS_NINDIRECT) {
        panic("bmap: file block beyond FS_MAX_FILE_BLOCKS");
    }
    uint32_t dind = slot_block(&ip->d.dindirect, alloc);
    uint32_t ind = dind != 0 ? indirect_entry(dind, bn / FS_NINDIRECT, alloc) : 0;
    return ind != 0 ? indirect_entry(ind, bn % FS_NINDIRECT, alloc) : 0;
}

/* Frees what indirect block blk maps at or past logical block keep. blk maps
 * logical blocks from first on: data blocks at level 1, indirect blocks
 * (FS_NINDIRECT data blocks each) at level 2. blk itself is freed when none
 * of it is kept (first >= keep); the caller then clears its pointer. */
static void trim_indirect(uint32_t blk, uint32_t first, int level, uint32_t keep)
{
    uint32_t per = level > 1 ? FS_NINDIRECT : 1;
    struct buf *b = bread(blk);
    uint32_t *entries = (uint32_t *)(void *)b->data;
    for (uint32_t i = 0; i < FS_NINDIRECT; i++) {
        uint32_t start = first + i * per;
        if (entries[i] == 0 || start + per <= keep) {
            continue;
        }
        if (level > 1) {
            trim_indirect(entries[i], start, level - 1, keep);
        } else {
            bfree(entries[i]);
        }
        if (start >= keep) {
            entries[i] = 0;
            bdirty(b);
        }
    }
    brelse(b);
    if (first >= keep) {
        bfree(blk);
    }
}

/* Frees every block of ip from logical block keep on, indirect blocks that
 * map nothing below keep included, and writes the inode back. */
static void trim_blocks(struct inode *ip, uint32_t keep)
{
    for (uint32_t i = keep; i < FS_NDIRECT; i++) {
        if (ip->d.direct[i] != 0) {
            bfree(ip->d.direct[i]);
            ip->d.direct[i] = 0;
        }
    }
    if (ip->d.indirect != 0) {
        trim_indirect(ip->d.indirect, FS_NDIRECT, 1, keep);
        ip->d.indirect = keep <= FS_NDIRECT ? 0 : ip->d.indirect;
    }
    if (ip->d.dindirect != 0) {
        trim_indirect(ip->d.dindirect, FS_NDIRECT + FS_NINDIRECT, 2, keep);
        ip->d.dindirect = keep <= FS_NDIRECT + FS_NINDIRECT ? 0 : ip->d.dindirect;
    }
    iupdate(ip);
}

/* Frees every block of ip and makes it empty. */
void itrunc(struct inode *ip)
{
    ip->d.size = 0;
    trim_blocks(ip, 0);
}

/* Reads up to n bytes at off into dst (user or kernel address); holes read
 * as zeros. The count (0 at or past the end), or -EFAULT. */
int readi(struct inode *ip, int user, uint32_t dst, uint32_t off, uint32_t n)
{
    if (off >= ip->d.size) {
        return 0;
    }
    n = n < ip->d.size - off ? n : ip->d.size - off;
    for (uint32_t done = 0; done < n;) {
        uint32_t boff = (off + done) % FS_BLOCK_SIZE;
        uint32_t m = FS_BLOCK_SIZE - boff < n - done ? FS_BLOCK_SIZE - boff : n - done;
        uint32_t bno = bmap(ip, (off + done) / FS_BLOCK_SIZE, 0);
        int err;
        if (bno == 0) {
            err = either_copyout(user, dst + done, zero_block, m);
        } else {
            struct buf *b = bread(bno);
            err = either_copyout(user, dst + done, b->data + boff, m);
            brelse(b);
        }
        if (err < 0) {
            return done > 0 ? (int)done : err;
        }
        done += m;
    }
    return (int)n;
}

/* Zeroes the bytes after the end of file in its last block, so that growing
 * the file past them (a write after a seek beyond the end) reads zeros there. */
static void zero_tail(struct inode *ip)
{
    uint32_t boff = ip->d.size % FS_BLOCK_SIZE;
    uint32_t bno = boff != 0 ? bmap(ip, ip->d.size / FS_BLOCK_SIZE, 0) : 0;
    if (bno != 0) {
        struct buf *b = bread(bno);
        memset(b->data + boff, 0, FS_BLOCK_SIZE - boff);
        bdirty(b);
        brelse(b);
    }
}

/* Writes n bytes from src (user or kernel address) at off, growing the file.
 * The count written, or -EFBIG, -ENOSPC, -EFAULT when nothing was. */
int writei(struct inode *ip, int user, uint32_t src, uint32_t off, uint32_t n)
{
    int err = 0;
    uint32_t done = 0;
    if (off > FILE_SIZE_MAX || n > FILE_SIZE_MAX - off) {
        return ERR(EXO_EFBIG);
    }
    if (off > ip->d.size) {
        zero_tail(ip);
    }
    while (done < n) {
        uint32_t boff = (off + done) % FS_BLOCK_SIZE;
        uint32_t m = FS_BLOCK_SIZE - boff < n - done ? FS_BLOCK_SIZE - boff : n - done;
        uint32_t bno = bmap(ip, (off + done) / FS_BLOCK_SIZE, 1);
        if (bno == 0) {
            err = ERR(EXO_ENOSPC);
            break;
        }
        struct buf *b = bread(bno);
        err = either_copyin(user, b->data + boff, src + done, m);
        bdirty(b);
        brelse(b);
        if (err < 0) {
            break;
        }
        done += m;
    }
    if (off + done > ip->d.size) {
        ip->d.size = off + done;
    }
    if (err < 0) {
        /* Drop blocks a failed step allocated past the end (EXFS maps none there). */
        trim_blocks(ip, (ip->d.size + FS_BLOCK_SIZE - 1) / FS_BLOCK_SIZE);
    } else {
        iupdate(ip);
    }
    return done > 0 || n == 0 ? (int)done : err;
}
