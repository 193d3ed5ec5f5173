/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/fs.ts
 * (npm run guests regenerates it).
 *
 * EXFS on-disk format (little-endian):
 *
 *   block 0                  superblock
 *   blocks 1..               free-block bitmap (bit set = in use)
 *   blocks inode_start..     inode table (FS_INODES_PER_BLOCK per block)
 *   blocks data_start..      file and directory data
 *
 * One flat root directory (inode FS_ROOT_INO) holds every file.
 */
#ifndef EXOVISOR_FS_H
#define EXOVISOR_FS_H

/* Unsigned in C, plain in assembly (where a u suffix does not parse). */
#ifndef EXO_U
#ifdef __ASSEMBLER__
#define EXO_U(x) x
#else
#define EXO_U(x) x##u
#endif
#endif

/* Geometry. */
#define FS_MAGIC             EXO_U(0x53465845) /* superblock magic ("EXFS") */
#define FS_VERSION           EXO_U(1) /* format version */
#define FS_BLOCK_SIZE        EXO_U(4096) /* bytes per block */
#define FS_SECTORS_PER_BLOCK EXO_U(8) /* disk sectors per block */
#define FS_NDIRECT           EXO_U(12) /* direct block pointers per inode */
#define FS_NINDIRECT         EXO_U(1024) /* block numbers per indirect block */
#define FS_MAX_FILE_BLOCKS   EXO_U(1049612) /* largest file, in blocks */
#define FS_ROOT_INO          EXO_U(1) /* inode of the root directory */
#define FS_NAME_MAX          EXO_U(27) /* longest file name */
#define FS_INODE_SIZE        EXO_U(64) /* bytes per inode */
#define FS_INODES_PER_BLOCK  EXO_U(64) /* inodes per inode-table block */
#define FS_DIRENT_SIZE       EXO_U(32) /* bytes per directory entry */

/* Inode types. */
#define FS_T_FREE EXO_U(0) /* unused inode */
#define FS_T_FILE EXO_U(1) /* regular file */
#define FS_T_DIR  EXO_U(2) /* directory */

#ifndef __ASSEMBLER__
#include <stdint.h>

/* Block 0 of an EXFS disk. */
struct exfs_superblock {
    uint32_t magic; /* +0: FS_MAGIC */
    uint32_t version; /* +4: FS_VERSION */
    uint32_t nblocks; /* +8: blocks in the file system */
    uint32_t ninodes; /* +12: inodes in the inode table (inode 0 is never used) */
    uint32_t bitmap_start; /* +16: first bitmap block */
    uint32_t nbitmap; /* +20: bitmap blocks */
    uint32_t inode_start; /* +24: first inode-table block */
    uint32_t ninode_blocks; /* +28: inode-table blocks */
    uint32_t data_start; /* +32: first data block */
};
_Static_assert(__builtin_offsetof(struct exfs_superblock, magic) == 0, "exfs_superblock.magic");
_Static_assert(__builtin_offsetof(struct exfs_superblock, version) == 4, "exfs_superblock.version");
_Static_assert(__builtin_offsetof(struct exfs_superblock, nblocks) == 8, "exfs_superblock.nblocks");
_Static_assert(__builtin_offsetof(struct exfs_superblock, ninodes) == 12, "exfs_superblock.ninodes");
_Static_assert(__builtin_offsetof(struct exfs_superblock, bitmap_start) == 16, "exfs_superblock.bitmap_start");
_Static_assert(__builtin_offsetof(struct exfs_superblock, nbitmap) == 20, "exfs_superblock.nbitmap");
_Static_assert(__builtin_offsetof(struct exfs_superblock, inode_start) == 24, "exfs_superblock.inode_start");
_Static_assert(__builtin_offsetof(struct exfs_superblock, ninode_blocks) == 28, "exfs_superblock.ninode_blocks");
_Static_assert(__builtin_offsetof(struct exfs_superblock, data_start) == 32, "exfs_superblock.data_start");
_Static_assert(sizeof(struct exfs_superblock) == 36, "sizeof exfs_superblock");

/* An inode; block pointers of 0 mean a hole (reads as zeros). */
struct exfs_inode {
    uint16_t type; /* +0: FS_T_FREE, FS_T_FILE or FS_T_DIR */
    uint16_t nlink; /* +2: directory entries naming this inode */
    uint32_t size; /* +4: size in bytes */
    uint32_t direct[12]; /* +8: first FS_NDIRECT data blocks */
    uint32_t indirect; /* +56: block of FS_NINDIRECT further block numbers */
    uint32_t dindirect; /* +60: block of FS_NINDIRECT indirect blocks */
};
_Static_assert(__builtin_offsetof(struct exfs_inode, type) == 0, "exfs_inode.type");
_Static_assert(__builtin_offsetof(struct exfs_inode, nlink) == 2, "exfs_inode.nlink");
_Static_assert(__builtin_offsetof(struct exfs_inode, size) == 4, "exfs_inode.size");
_Static_assert(__builtin_offsetof(struct exfs_inode, direct) == 8, "exfs_inode.direct");
_Static_assert(__builtin_offsetof(struct exfs_inode, indirect) == 56, "exfs_inode.indirect");
_Static_assert(__builtin_offsetof(struct exfs_inode, dindirect) == 60, "exfs_inode.dindirect");
_Static_assert(sizeof(struct exfs_inode) == 64, "sizeof exfs_inode");

/* A directory entry; inum 0 marks a free slot. */
struct exfs_dirent {
    uint32_t inum; /* +0: inode number */
    char name[28]; /* +4: NUL-terminated name */
};
_Static_assert(__builtin_offsetof(struct exfs_dirent, inum) == 0, "exfs_dirent.inum");
_Static_assert(__builtin_offsetof(struct exfs_dirent, name) == 4, "exfs_dirent.name");
_Static_assert(sizeof(struct exfs_dirent) == 32, "sizeof exfs_dirent");

#endif /* __ASSEMBLER__ */

#endif
