/**
 * EXFS, the on-disk format of the guest OS kernel's file system (and, later,
 * of the library OS's fs module, so one disk image serves every guest kind).
 * The host builds disks in this format (image/mkfs.ts); the kernel reads and
 * writes them through the PIO disk. Little-endian throughout.
 *
 *   block 0                  superblock
 *   blocks 1..               free-block bitmap (bit set = in use)
 *   blocks inode_start..     inode table (FS_INODES_PER_BLOCK per block)
 *   blocks data_start..      file and directory data
 *
 * One flat root directory (inode FS_ROOT_INO) holds every file.
 */
import { layout, type AbiHeader, type AbiStruct } from './constant.js';

export const FS_MAGIC = 0x5346_5845; // "EXFS" little-endian
export const FS_VERSION = 1;
export const FS_BLOCK_SIZE = 4096;
export const FS_SECTORS_PER_BLOCK = 8;
export const FS_NDIRECT = 12;
export const FS_NINDIRECT = FS_BLOCK_SIZE / 4;
export const FS_ROOT_INO = 1;
export const FS_NAME_MAX = 27;
export const FS_T_FREE = 0;
export const FS_T_FILE = 1;
export const FS_T_DIR = 2;
/** Largest file: direct, single-indirect and double-indirect blocks. */
export const FS_MAX_FILE_BLOCKS = FS_NDIRECT + FS_NINDIRECT + FS_NINDIRECT * FS_NINDIRECT;

/** Block 0. */
export const FS_SUPERBLOCK: AbiStruct = {
  name: 'exfs_superblock',
  doc: 'Block 0 of an EXFS disk',
  fields: [
    { name: 'magic', type: 'uint32_t', doc: 'FS_MAGIC' },
    { name: 'version', type: 'uint32_t', doc: 'FS_VERSION' },
    { name: 'nblocks', type: 'uint32_t', doc: 'blocks in the file system' },
    { name: 'ninodes', type: 'uint32_t', doc: 'inodes in the inode table (inode 0 is never used)' },
    { name: 'bitmap_start', type: 'uint32_t', doc: 'first bitmap block' },
    { name: 'nbitmap', type: 'uint32_t', doc: 'bitmap blocks' },
    { name: 'inode_start', type: 'uint32_t', doc: 'first inode-table block' },
    { name: 'ninode_blocks', type: 'uint32_t', doc: 'inode-table blocks' },
    { name: 'data_start', type: 'uint32_t', doc: 'first data block' },
  ],
};

/** One inode. */
export const FS_INODE: AbiStruct = {
  name: 'exfs_inode',
  doc: 'An inode; block pointers of 0 mean a hole (reads as zeros)',
  fields: [
    { name: 'type', type: 'uint16_t', doc: 'FS_T_FREE, FS_T_FILE or FS_T_DIR' },
    { name: 'nlink', type: 'uint16_t', doc: 'directory entries naming this inode' },
    { name: 'size', type: 'uint32_t', doc: 'size in bytes' },
    { name: 'direct', type: 'uint32_t', count: FS_NDIRECT, doc: 'first FS_NDIRECT data blocks' },
    { name: 'indirect', type: 'uint32_t', doc: 'block of FS_NINDIRECT further block numbers' },
    { name: 'dindirect', type: 'uint32_t', doc: 'block of FS_NINDIRECT indirect blocks' },
  ],
};

/** One directory entry. */
export const FS_DIRENT: AbiStruct = {
  name: 'exfs_dirent',
  doc: 'A directory entry; inum 0 marks a free slot',
  fields: [
    { name: 'inum', type: 'uint32_t', doc: 'inode number' },
    { name: 'name', type: 'char', count: FS_NAME_MAX + 1, doc: 'NUL-terminated name' },
  ],
};

export const FS_INODE_SIZE = layout(FS_INODE).size;
export const FS_DIRENT_SIZE = layout(FS_DIRENT).size;
export const FS_INODES_PER_BLOCK = FS_BLOCK_SIZE / FS_INODE_SIZE;

/** The format as the C header lays it out. */
export const FS_HEADER: AbiHeader = {
  path: 'libos/include/exovisor/fs.h',
  guard: 'EXOVISOR_FS_H',
  source: 'hypervisor/abi/fs.ts',
  intro: [
    'EXFS on-disk format (little-endian):',
    '',
    '  block 0                  superblock',
    '  blocks 1..               free-block bitmap (bit set = in use)',
    '  blocks inode_start..     inode table (FS_INODES_PER_BLOCK per block)',
    '  blocks data_start..      file and directory data',
    '',
    'One flat root directory (inode FS_ROOT_INO) holds every file.',
  ],
  sections: [
    {
      section: 'Geometry',
      constants: [
        { name: 'FS_MAGIC', value: FS_MAGIC, doc: 'superblock magic ("EXFS")' },
        { name: 'FS_VERSION', value: FS_VERSION, doc: 'format version', decimal: true },
        { name: 'FS_BLOCK_SIZE', value: FS_BLOCK_SIZE, doc: 'bytes per block', decimal: true },
        { name: 'FS_SECTORS_PER_BLOCK', value: FS_SECTORS_PER_BLOCK, doc: 'disk sectors per block', decimal: true },
        { name: 'FS_NDIRECT', value: FS_NDIRECT, doc: 'direct block pointers per inode', decimal: true },
        { name: 'FS_NINDIRECT', value: FS_NINDIRECT, doc: 'block numbers per indirect block', decimal: true },
        { name: 'FS_MAX_FILE_BLOCKS', value: FS_MAX_FILE_BLOCKS, doc: 'largest file, in blocks', decimal: true },
        { name: 'FS_ROOT_INO', value: FS_ROOT_INO, doc: 'inode of the root directory', decimal: true },
        { name: 'FS_NAME_MAX', value: FS_NAME_MAX, doc: 'longest file name', decimal: true },
        { name: 'FS_INODE_SIZE', value: FS_INODE_SIZE, doc: 'bytes per inode', decimal: true },
        { name: 'FS_INODES_PER_BLOCK', value: FS_INODES_PER_BLOCK, doc: 'inodes per inode-table block', decimal: true },
        { name: 'FS_DIRENT_SIZE', value: FS_DIRENT_SIZE, doc: 'bytes per directory entry', decimal: true },
      ],
    },
    {
      section: 'Inode types',
      constants: [
        { name: 'FS_T_FREE', value: FS_T_FREE, doc: 'unused inode', decimal: true },
        { name: 'FS_T_FILE', value: FS_T_FILE, doc: 'regular file', decimal: true },
        { name: 'FS_T_DIR', value: FS_T_DIR, doc: 'directory', decimal: true },
      ],
    },
  ],
  structs: [FS_SUPERBLOCK, FS_INODE, FS_DIRENT],
};
