/* file.c - open-file objects: the console and files on the disk. */
#include "defs.h"
#include "file.h"

#define FILE_OFF_MAX 0x7fffffffu /* offsets must fit lseek's int result */

static struct file files[NFILE];
static struct file console_file = { .type = FD_CONSOLE, .ref = 1, .readable = 1, .writable = 1 };

/* The console's open file, shared by every process's descriptors 0-2. */
struct file *file_console(void)
{
    return &console_file;
}

/* A free file object with ref 1, or NULL when all NFILE are open. */
struct file *file_alloc(void)
{
    for (int i = 0; i < NFILE; i++) {
        if (files[i].ref == 0) {
            memset(&files[i], 0, sizeof files[i]);
            files[i].ref = 1;
            return &files[i];
        }
    }
    return 0;
}

/* Adds a reference to f. */
struct file *file_dup(struct file *f)
{
    f->ref++;
    return f;
}

/* Drops a reference; the last one releases the inode and writes the disk
 * cache back, so data is on the disk once a file is closed. */
void file_close(struct file *f)
{
    if (f->ref < 1) {
        panic("file_close: not open");
    }
    if (--f->ref > 0 || f == &console_file) {
        return;
    }
    if (f->type == FD_INODE) {
        iput(f->ip);
        bio_flush();
    }
    f->type = FD_NONE;
}

/* Reads up to n bytes into user address dst: the count, 0 at end of file, or an error. */
int file_read(struct file *f, uint32_t dst, uint32_t n)
{
    if (!f->readable) {
        return ERR(EXO_EBADF);
    }
    if (f->type == FD_CONSOLE) {
        return console_read(dst, n);
    }
    int r = readi(f->ip, 1, dst, f->off, n);
    if (r > 0) {
        f->off += (uint32_t)r;
    }
    return r;
}

/* Writes n bytes from user address src: the count or an error. */
int file_write(struct file *f, uint32_t src, uint32_t n)
{
    if (!f->writable) {
        return ERR(EXO_EBADF);
    }
    if (f->type == FD_CONSOLE) {
        return console_write(src, n);
    }
    if (f->append) {
        f->off = f->ip->d.size;
    }
    int r = writei(f->ip, 1, src, f->off, n);
    if (r > 0) {
        f->off += (uint32_t)r;
    }
    return r;
}

/* Moves the offset of a disk file (whence EXO_SEEK_*); the new offset or -EINVAL.
 * Seeking past the end is allowed: a later write leaves a hole. */
int file_seek(struct file *f, int32_t offset, uint32_t whence)
{
    int64_t base;
    if (f->type != FD_INODE) {
        return ERR(EXO_EINVAL);
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
