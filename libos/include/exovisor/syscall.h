/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/syscall.ts
 * (npm run guests regenerates it).
 *
 * System calls of the guest OS kernel: ecall from U-mode with a7 = SYS_*,
 * a0..a5 = arguments; a0 = result, or a negative EXO_E* error.
 */
#ifndef EXOVISOR_SYSCALL_H
#define EXOVISOR_SYSCALL_H

/* Unsigned in C, plain in assembly (where a u suffix does not parse). */
#ifndef EXO_U
#ifdef __ASSEMBLER__
#define EXO_U(x) x
#else
#define EXO_U(x) x##u
#endif
#endif

/* System-call numbers (a7). */
#define SYS_exit      EXO_U(1) /* exit(status): ends the process; never returns */
#define SYS_write     EXO_U(2) /* write(fd, buf, len): bytes written */
#define SYS_read      EXO_U(3) /* read(fd, buf, len): bytes read, 0 at end of file (console: Ctrl-D) */
#define SYS_getpid    EXO_U(4) /* getpid(): process id */
#define SYS_yield     EXO_U(5) /* yield(): gives the CPU to the next runnable process */
#define SYS_sleep     EXO_U(6) /* sleep(ms): blocks for at least ms milliseconds */
#define SYS_sbrk      EXO_U(7) /* sbrk(increment): old break, or -ENOMEM */
#define SYS_spawn     EXO_U(8) /* spawn(path, argv): pid of a new process running the ELF at path */
#define SYS_wait      EXO_U(9) /* wait(pid or -1, &status): pid of a reaped child */
#define SYS_open      EXO_U(10) /* open(path, flags): file descriptor */
#define SYS_close     EXO_U(11) /* close(fd) */
#define SYS_lseek     EXO_U(12) /* lseek(fd, offset, whence): new offset */
#define SYS_unlink    EXO_U(13) /* unlink(path) */
#define SYS_readdir   EXO_U(14) /* readdir(index, name, len): size of the index-th file, its name in name; -ENOENT past the end */
#define SYS_uptime    EXO_U(15) /* uptime(): milliseconds since boot */
#define SYS_netinfo   EXO_U(16) /* netinfo(mac): the network interface's 6-byte MAC address into mac; -ENODEV without one */
#define SYS_netsend   EXO_U(17) /* netsend(frame, len): sends one Ethernet frame (14..1514 bytes, no FCS); len, or -ENODEV, -EINVAL */
#define SYS_netrecv   EXO_U(18) /* netrecv(buf, len, timeout_ms): waits up to timeout_ms for a frame; its length (truncated to len), 0 on timeout, -ENODEV */
#define SYS_getrandom EXO_U(19) /* getrandom(buf, len): len (at most 256) bytes from the kernel's generator, seeded from the VM generation ID; len, or -EINVAL, -EFAULT, -ENODEV (no generation ID) */

/* Limits (valid system-call numbers are 1..SYS_COUNT). */
#define SYS_COUNT   EXO_U(19) /* highest system-call number */
#define EXO_ARG_MAX EXO_U(32) /* most argv entries, argv[0] included, for spawn and the boot command line */

/* open() flags and lseek() whence (Linux values). */
#define EXO_O_RDONLY EXO_U(0x00000000) /* read only */
#define EXO_O_WRONLY EXO_U(0x00000001) /* write only */
#define EXO_O_RDWR   EXO_U(0x00000002) /* read and write */
#define EXO_O_CREAT  EXO_U(0x00000040) /* create when missing */
#define EXO_O_TRUNC  EXO_U(0x00000200) /* truncate to zero length */
#define EXO_O_APPEND EXO_U(0x00000400) /* every write goes to the end */
#define EXO_SEEK_SET EXO_U(0) /* offset from the start */
#define EXO_SEEK_CUR EXO_U(1) /* offset from the current position */
#define EXO_SEEK_END EXO_U(2) /* offset from the end */

/* Errors (returned negated). */
#define EXO_EPERM        EXO_U(1) /* operation not permitted */
#define EXO_ENOENT       EXO_U(2) /* no such file or process */
#define EXO_EIO          EXO_U(5) /* I/O error */
#define EXO_ENOEXEC      EXO_U(8) /* not an executable this kernel can load */
#define EXO_EBADF        EXO_U(9) /* bad file descriptor */
#define EXO_ECHILD       EXO_U(10) /* no child to wait for */
#define EXO_EAGAIN       EXO_U(11) /* no process slot free */
#define EXO_ENOMEM       EXO_U(12) /* out of memory */
#define EXO_EFAULT       EXO_U(14) /* bad user address */
#define EXO_EEXIST       EXO_U(17) /* file exists */
#define EXO_ENODEV       EXO_U(19) /* no such device (no network interface) */
#define EXO_EISDIR       EXO_U(21) /* is a directory */
#define EXO_EINVAL       EXO_U(22) /* invalid argument */
#define EXO_EMFILE       EXO_U(24) /* too many open files */
#define EXO_EFBIG        EXO_U(27) /* file too large */
#define EXO_ENOSPC       EXO_U(28) /* no space left on disk */
#define EXO_ENAMETOOLONG EXO_U(36) /* name too long */
#define EXO_ENOSYS       EXO_U(38) /* no such system call */

#endif
