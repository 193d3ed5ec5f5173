/* exo.h - what Exovisor's guest OS offers user programs beyond POSIX.
 *
 * Programs use <stdio.h>, <stdlib.h>, <string.h>, <unistd.h>, <fcntl.h>
 * and this header. The POSIX functions (read, write, open, close, lseek,
 * unlink, getpid, sbrk, _exit) return -1 and set errno on failure; the
 * functions below return a negative EXO_E* error code instead.
 */
#ifndef EXO_H
#define EXO_H

#include "exovisor/fs.h"
#include "exovisor/ring.h"
#include "exovisor/syscall.h"

/* Longest file name list_file can return, without its NUL. */
#define EXO_NAME_MAX FS_NAME_MAX

/* Starts the program at path as a child process. path names a file on the
 * disk or, failing that, a program built into the kernel. argv is
 * NULL-terminated and becomes the child's main(argc, argv); NULL means
 * { path, NULL }. Returns the child's pid, or -EXO_ENOENT, -EXO_ENOEXEC,
 * -EXO_EAGAIN (process table full), -EXO_ENOMEM, -EXO_EINVAL, -EXO_EFAULT. */
int spawn(const char *path, char *const argv[]);

/* Waits until the child pid (or any child, for pid -1) has exited and reaps
 * it; stores its exit status (0-255; 128 + a signal number when it was
 * killed by a fault) in *status unless status is NULL. Returns the child's
 * pid, or -EXO_ECHILD when there is no such child. */
int wait_child(int pid, int *status);

/* Blocks for at least ms milliseconds (the clock ticks every 10 ms). Returns 0. */
int sleep_ms(unsigned ms);

/* Milliseconds since the system booted. */
unsigned uptime_ms(void);

/* Stores the NUL-terminated name of the index-th file on the disk (0 first)
 * in name[len] and returns the file's size in bytes. Returns -EXO_ENOENT
 * past the last file (always, when there is no disk) and
 * -EXO_ENAMETOOLONG when len cannot hold the name (EXO_NAME_MAX + 1 always can). */
int list_file(unsigned index, char *name, unsigned len);

/* Lets every other runnable process run before this one continues. */
void yield(void);

/* Network (a PV guest's interface on the virtual switch; none elsewhere). */
#define NET_MAC_LEN 6
#define NET_FRAME_MIN 14   /* an Ethernet header */
#define NET_FRAME_MAX NETIF_MTU_FRAME /* without the frame check sequence */

/* Stores the interface's MAC address in mac[NET_MAC_LEN]: 0, or -EXO_ENODEV
 * when there is no interface. */
int net_info(unsigned char mac[NET_MAC_LEN]);
/* Sends one Ethernet frame of len bytes (NET_FRAME_MIN..NET_FRAME_MAX):
 * len, or -EXO_ENODEV, -EXO_EINVAL, -EXO_EFAULT. */
int net_send(const void *frame, unsigned len);
/* Waits up to timeout_ms for a frame and copies at most len bytes of it
 * into buf: the frame's length, 0 on timeout, or -EXO_ENODEV, -EXO_EFAULT. */
int net_recv(void *buf, unsigned len, unsigned timeout_ms);

#endif
