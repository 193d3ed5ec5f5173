/* file.h - open files and in-memory inodes. */
#ifndef KERNEL_FILE_H
#define KERNEL_FILE_H

#include <stdint.h>

#include "exovisor/fs.h"

/* An inode in memory: the on-disk inode plus a reference count. */
struct inode {
    uint32_t inum;         /* 0 when the slot is free */
    int ref;               /* open files and kernel users holding it */
    struct exfs_inode d;   /* authoritative copy; iupdate writes it back */
};

enum file_type { FD_NONE, FD_CONSOLE, FD_INODE };

/* An open file, shared by every descriptor that refers to it. */
struct file {
    enum file_type type;
    int ref;               /* descriptors pointing here */
    int readable;
    int writable;
    int append;            /* every write goes to the end (EXO_O_APPEND) */
    struct inode *ip;      /* FD_INODE only */
    uint32_t off;          /* FD_INODE only: next byte to read or write */
};

#endif
