/* sysfile.c - file system calls: read, write, open, close, lseek, unlink, readdir. */
#include "defs.h"
#include "file.h"
#include "proc.h"

#define IO_MAX 0x7fffffffu /* a transfer's count must fit the int result */

/* The open file of descriptor argument n and the descriptor; NULL if not open. */
static struct file *arg_file(int n, uint32_t *fdp)
{
    uint32_t fd = arg_raw(n);
    *fdp = fd;
    return fd < NOFILE ? myproc()->ofile[fd] : 0;
}

/* read(fd, buf, len): bytes read, 0 at end of file. */
int sys_read(void)
{
    uint32_t fd;
    struct file *f = arg_file(0, &fd);
    if (f == 0) {
        return ERR(EXO_EBADF);
    }
    return arg_raw(2) > IO_MAX ? ERR(EXO_EINVAL) : file_read(f, arg_raw(1), arg_raw(2));
}

/* write(fd, buf, len): bytes written. */
int sys_write(void)
{
    uint32_t fd;
    struct file *f = arg_file(0, &fd);
    if (f == 0) {
        return ERR(EXO_EBADF);
    }
    return arg_raw(2) > IO_MAX ? ERR(EXO_EINVAL) : file_write(f, arg_raw(1), arg_raw(2));
}

/* open(path, flags): a descriptor for a file on the disk (EXO_O_* flags). */
int sys_open(void)
{
    char path[MAXPATH];
    struct inode *ip;
    uint32_t flags = arg_raw(1);
    uint32_t access = flags & (EXO_O_WRONLY | EXO_O_RDWR);
    int r = arg_str(0, path, sizeof path);
    if (r < 0 || access == (EXO_O_WRONLY | EXO_O_RDWR)) {
        return r < 0 ? r : ERR(EXO_EINVAL);
    }
    r = fs_open(path, flags, &ip);
    if (r < 0) {
        return r;
    }
    struct file *f = file_alloc();
    if (f == 0) {
        iput(ip);
        return ERR(EXO_EMFILE);
    }
    f->type = FD_INODE;
    f->ip = ip;
    f->readable = access != EXO_O_WRONLY;
    f->writable = access != EXO_O_RDONLY;
    f->append = (flags & EXO_O_APPEND) != 0;
    int fd = fd_alloc(f);
    if (fd < 0) {
        file_close(f);
    }
    return fd;
}

/* close(fd). */
int sys_close(void)
{
    uint32_t fd;
    struct file *f = arg_file(0, &fd);
    if (f == 0) {
        return ERR(EXO_EBADF);
    }
    myproc()->ofile[fd] = 0;
    file_close(f);
    return 0;
}

/* lseek(fd, offset, whence): the new offset (disk files only). */
int sys_lseek(void)
{
    uint32_t fd;
    struct file *f = arg_file(0, &fd);
    if (f == 0) {
        return ERR(EXO_EBADF);
    }
    return file_seek(f, (int32_t)arg_raw(1), arg_raw(2));
}

/* unlink(path). */
int sys_unlink(void)
{
    char path[MAXPATH];
    int r = arg_str(0, path, sizeof path);
    return r < 0 ? r : fs_unlink(path);
}

/* readdir(index, name, len): the size of the index-th file and its name
 * (NUL-terminated) in name; -ENOENT past the last, -ENAMETOOLONG if len is short. */
int sys_readdir(void)
{
    char name[FS_NAME_MAX + 1];
    uint32_t size;
    int r = fs_readdir(arg_raw(0), name, &size);
    if (r < 0) {
        return r;
    }
    uint32_t n = (uint32_t)strlen(name) + 1;
    if (n > arg_raw(2)) {
        return ERR(EXO_ENAMETOOLONG);
    }
    if (copyout(myproc()->pagetable, arg_raw(1), name, n) < 0) {
        return ERR(EXO_EFAULT);
    }
    return size > IO_MAX ? (int)IO_MAX : (int)size;
}
