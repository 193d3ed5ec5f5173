/* fs/files.c - EXFS for a unikernel: the guest OS kernel's file-system code
 * (libos/kernel fs.c, dir.c, bio.c: the same on-disk format, block cache
 * and directory, with the kernel's string.c) on the blk module's disk, and open files behind the posix
 * module's descriptors (uni_posix_mount). Only this file's constructor is
 * reachable from outside: the module object keeps every other symbol local.
 *
 * As on the guest OS, the disk is mounted at boot when there is one (a disk
 * that is not EXFS is fatal), a file's data is written back and the disk
 * flushed when it is closed, and everything at shutdown. */
#include <stdarg.h>
#include <stdio.h>

#include "blk/blk.h"
#include "defs.h"
#include "file.h"
#include "module.h"
#include "posix/posix.h"
#include "runtime/runtime.h"

EXO_MODULE("fs", "runtime,posix,blk,libc", "",
           "EXFS (the guest OS kernel's file system code) on the blk disk, mounted under the posix descriptors");

#define FILE_OFF_MAX 0x7fffffffu /* offsets must fit lseek's int result */
#define IO_MAX 0x7fffffffu

/* ---- what the kernel's file-system code needs from the kernel ---- */

void panic(const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    uni_panic(msg);
}

/* One address space: "user" addresses are plain pointers. */
int either_copyout(int user, uint32_t dst, const void *src, uint32_t n)
{
    (void)user;
    memcpy((void *)(uintptr_t)dst, src, n);
    return 0;
}

int either_copyin(int user, void *dst, uint32_t src, uint32_t n)
{
    (void)user;
    memcpy(dst, (const void *)(uintptr_t)src, n);
    return 0;
}

uint32_t disk_capacity(void)
{
    return uni_blk_sectors();
}

void disk_read(uint32_t lba, uint32_t count, void *dst)
{
    if (uni_blk_read(lba, count, dst) != 0) {
        panic("disk_read: sectors %u+%u failed", lba, count);
    }
}

void disk_write(uint32_t lba, uint32_t count, const void *src)
{
    if (uni_blk_write(lba, count, src) != 0) {
        panic("disk_write: sectors %u+%u failed", lba, count);
    }
}

void disk_flush(void)
{
    if (uni_blk_flush() != 0) {
        panic("disk_flush: failed");
    }
}

/* ---- open files ---- */

static struct file files[NFILE];

/* The open file of handle h, or NULL. */
static struct file *file_of(int h)
{
    return h >= 0 && h < NFILE && files[h].ref > 0 ? &files[h] : 0;
}

static int fs_ops_open(const char *path, uint32_t flags)
{
    uint32_t access = flags & (EXO_O_WRONLY | EXO_O_RDWR);
    if (access == (EXO_O_WRONLY | EXO_O_RDWR)) {
        return ERR(EXO_EINVAL);
    }
    int h = 0;
    while (h < NFILE && files[h].ref > 0) {
        h++;
    }
    if (h == NFILE) {
        return ERR(EXO_EMFILE);
    }
    struct inode *ip;
    int r = fs_open(path, flags, &ip);
    if (r < 0) {
        return r;
    }
    struct file *f = &files[h];
    memset(f, 0, sizeof *f);
    f->type = FD_INODE;
    f->ref = 1;
    f->ip = ip;
    f->readable = access != EXO_O_WRONLY;
    f->writable = access != EXO_O_RDONLY;
    f->append = (flags & EXO_O_APPEND) != 0;
    return h;
}

static int fs_ops_close(int h)
{
    struct file *f = file_of(h);
    if (f == 0) {
        return ERR(EXO_EBADF);
    }
    iput(f->ip);
    bio_flush();
    f->ref = 0;
    f->type = FD_NONE;
    return 0;
}

static int fs_ops_read(int h, void *buf, uint32_t n)
{
    struct file *f = file_of(h);
    if (f == 0 || !f->readable) {
        return ERR(EXO_EBADF);
    }
    if (n > IO_MAX) {
        return ERR(EXO_EINVAL);
    }
    int r = readi(f->ip, 0, (uint32_t)(uintptr_t)buf, f->off, n);
    if (r > 0) {
        f->off += (uint32_t)r;
    }
    return r;
}

static int fs_ops_write(int h, const void *buf, uint32_t n)
{
    struct file *f = file_of(h);
    if (f == 0 || !f->writable) {
        return ERR(EXO_EBADF);
    }
    if (n > IO_MAX) {
        return ERR(EXO_EINVAL);
    }
    if (f->append) {
        f->off = f->ip->d.size;
    }
    int r = writei(f->ip, 0, (uint32_t)(uintptr_t)buf, f->off, n);
    if (r > 0) {
        f->off += (uint32_t)r;
    }
    return r;
}

/* Seeking past the end is allowed: a later write leaves a hole. */
static int fs_ops_lseek(int h, int32_t offset, uint32_t whence)
{
    struct file *f = file_of(h);
    int64_t base;
    if (f == 0) {
        return ERR(EXO_EBADF);
    }
    if (whence == EXO_SEEK_SET) {
        base = 0;
    } else if (whence == EXO_SEEK_CUR) {
        base = f->off;
    } else if (whence == EXO_SEEK_END) {
        base = f->ip->d.size;
    } else {
        return ERR(EXO_EINVAL);
    }
    int64_t pos = base + offset;
    if (pos < 0 || pos > FILE_OFF_MAX) {
        return ERR(EXO_EINVAL);
    }
    f->off = (uint32_t)pos;
    return (int)pos;
}

static int fs_ops_unlink(const char *path)
{
    return fs_unlink(path);
}

static int fs_ops_list(uint32_t index, char *name, uint32_t len)
{
    char entry[FS_NAME_MAX + 1];
    uint32_t size;
    int r = fs_readdir(index, entry, &size);
    if (r < 0) {
        return r;
    }
    uint32_t n = (uint32_t)strlen(entry) + 1;
    if (n > len) {
        return ERR(EXO_ENAMETOOLONG);
    }
    memcpy(name, entry, n);
    return size > IO_MAX ? (int)IO_MAX : (int)size;
}

static const struct uni_fs_ops exfs_ops = {
    .open = fs_ops_open,
    .close = fs_ops_close,
    .read = fs_ops_read,
    .write = fs_ops_write,
    .lseek = fs_ops_lseek,
    .unlink = fs_ops_unlink,
    .list = fs_ops_list,
};

/* Writes back every open file's blocks before the domain powers off. */
static void fs_shutdown(void)
{
    bio_flush();
}

static void fs_mount(void) __attribute__((constructor(UNI_INIT_FS)));
static void fs_mount(void)
{
    bio_init();
    if (!uni_blk_present()) {
        return; /* no disk: open and unlink give ENOENT, as on the guest OS */
    }
    fs_init();
    uni_at_shutdown(fs_shutdown);
    uni_posix_mount(&exfs_ops);
}
