/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/syscall.ts
 * (npm run guests regenerates it).
 *
 * System calls of the guest OS kernel: ecall from U-mode with a7 = SYS_*,
 * a0..a5 = arguments; a0 = result, or a negative EXO_E* error.
 */
#ifndef EXOVISOR_SYSCALL_H
#define EXOVISOR_SYSCALL_H

/* System-call numbers (a7). */
#define SYS_exit    1u /* exit(status): ends the process; never returns */
#define SYS_write   2u /* write(fd, buf, len): bytes written */
#define SYS_read    3u /* read(fd, buf, len): bytes read, 0 at end of file (console: Ctrl-D) */
#define SYS_getpid  4u /* getpid(): process id */
#define SYS_yield   5u /* yield(): gives the CPU to the next runnable process */
#define SYS_sleep   6u /* sleep(ms): blocks for at least ms milliseconds */
#define SYS_sbrk    7u /* sbrk(increment): old break, or -ENOMEM */
#define SYS_spawn   8u /* spawn(path, argv): pid of a new process running the ELF at path */
#define SYS_wait    9u /* wait(pid or -1, &status): pid of a reaped child */
#define SYS_open    10u /* open(path, flags): file descriptor */
#define SYS_close   11u /* close(fd) */
#define SYS_lseek   12u /* lseek(fd, offset, whence): new offset */
#define SYS_unlink  13u /* unlink(path) */
#define SYS_readdir 14u /* readdir(index, name, len): size of the index-th file, its name in name; -ENOENT past the end */
#define SYS_uptime  15u /* uptime(): milliseconds since boot */

/* Limits (valid system-call numbers are 1..SYS_COUNT). */
#define SYS_COUNT   15u /* highest system-call number */
#define EXO_ARG_MAX 32u /* most argv entries, argv[0] included, for spawn and the boot command line */

/* open() flags and lseek() whence (Linux values). */
#define EXO_O_RDONLY 0x00000000u /* read only */
#define EXO_O_WRONLY 0x00000001u /* write only */
#define EXO_O_RDWR   0x00000002u /* read and write */
#define EXO_O_CREAT  0x00000040u /* create when missing */
#define EXO_O_TRUNC  0x00000200u /* truncate to zero length */
#define EXO_O_APPEND 0x00000400u /* every write goes to the end */
#define EXO_SEEK_SET 0u /* offset from the start */
#define EXO_SEEK_CUR 1u /* offset from the current position */
#define EXO_SEEK_END 2u /* offset from the end */

/* Errors (returned negated). */
#define EXO_EPERM        1u /* operation not permitted */
#define EXO_ENOENT       2u /* no such file or process */
#define EXO_EIO          5u /* I/O error */
#define EXO_ENOEXEC      8u /* not an executable this kernel can load */
#define EXO_EBADF        9u /* bad file descriptor */
#define EXO_ECHILD       10u /* no child to wait for */
#define EXO_EAGAIN       11u /* no process slot free */
#define EXO_ENOMEM       12u /* out of memory */
#define EXO_EFAULT       14u /* bad user address */
#define EXO_EEXIST       17u /* file exists */
#define EXO_EISDIR       21u /* is a directory */
#define EXO_EINVAL       22u /* invalid argument */
#define EXO_EMFILE       24u /* too many open files */
#define EXO_EFBIG        27u /* file too large */
#define EXO_ENOSPC       28u /* no space left on disk */
#define EXO_ENAMETOOLONG 36u /* name too long */
#define EXO_ENOSYS       38u /* no such system call */

#endif
