/* posix.h - the POSIX and exo.h interface of a unikernel, so that the apps
 * of apps/ build unchanged: what libos/ulib offers a user program of the
 * guest OS, without a kernel underneath.
 *
 *   descriptors 0-2    the console (uni_console_*); read and write
 *   read, write, open, close, lseek, unlink
 *                      on a file system a file-system module mounted with
 *                      uni_posix_mount (otherwise open and unlink give
 *                      ENOENT); -1 and errno on failure
 *   getpid             1, the only process (without a process module:
 *                      see uni_posix_proc)
 *   sbrk               the memory module's heap (for malloc)
 *   _exit              writes out stdout and powers off with the status
 *   sleep_ms, uptime_ms, yield (SCHEDOP_yield)
 *   spawn, wait_child  the process module's (uni_posix_proc); without one
 *                      -EXO_ENOSYS: a unikernel is one program
 *   list_file          the mounted file system, or -EXO_ENOENT
 *   getentropy         bytes from a generator seeded from the VM generation
 *                      ID in shared info (again after a restore)
 *   net_info, net_send, net_recv  the network module's interface, once it
 *                      registered with uni_posix_net; otherwise -EXO_ENODEV
 *   stdin, stdout, stderr   picolibc tinystdio streams on descriptors 0-2:
 *                      stdout is buffered and written at each newline, when
 *                      512 bytes are pending, before reading stdin, before
 *                      sleep_ms and net_recv, and at exit; stderr is unbuffered
 *
 * uni_main (called by the runtime) splits the command line at spaces and
 * tabs into argv (at most EXO_ARG_MAX words), calls the app's
 * main(argc, argv), writes out stdout and returns main's result.
 */
#ifndef UNI_POSIX_H
#define UNI_POSIX_H

#include <stdint.h>

/* A file system under descriptors 3 and up. Handles are the file system's
 * own (>= 0); results are >= 0 or a negative EXO_E* error. */
struct uni_fs_ops {
    /* Opens path with EXO_O_* flags: a handle. */
    int (*open)(const char *path, uint32_t flags);
    /* Closes a handle (the file's data is on the disk afterwards). */
    int (*close)(int handle);
    /* Reads up to n bytes at the handle's offset: the count, 0 at the end. */
    int (*read)(int handle, void *buf, uint32_t n);
    /* Writes n bytes at the handle's offset (the end with EXO_O_APPEND): the count. */
    int (*write)(int handle, const void *buf, uint32_t n);
    /* Moves the offset (EXO_SEEK_*): the new offset. */
    int (*lseek)(int handle, int32_t offset, uint32_t whence);
    /* Removes the name path. */
    int (*unlink)(const char *path);
    /* list_file (exo.h): the index-th file's size and its name in name[len]. */
    int (*list)(uint32_t index, char *name, uint32_t len);
};

/* Puts a file system under descriptors 3 and up (a file-system module's
 * constructor calls it; the last one mounted is used). */
void uni_posix_mount(const struct uni_fs_ops *ops);

/* A network interface under exo.h's net_info, net_send and net_recv (same
 * arguments and results). */
struct uni_net_ops {
    int (*info)(uint8_t mac[6]);
    int (*send)(const void *frame, uint32_t len);
    int (*recv)(void *buf, uint32_t len, uint32_t timeout_ms);
};

/* Puts a network interface under net_info, net_send and net_recv (the net
 * module's constructor calls it once connected). posix does not require
 * net: without it they answer -EXO_ENODEV. */
void uni_posix_net(const struct uni_net_ops *ops);

/* Processes under spawn, wait_child, getpid and _exit (same arguments and
 * results as exo.h's; exit returns only when the caller is not a child
 * process, and _exit then powers off). posix does not require a process
 * module: without one spawn and wait_child answer -EXO_ENOSYS and getpid 1. */
struct uni_proc_ops {
    int (*spawn)(const char *path, char *const argv[]);
    int (*wait)(int pid, int *status);
    int (*getpid)(void);
    void (*exit)(int status);
};

/* Puts a process module under spawn, wait_child, getpid and _exit (its
 * constructor calls it). */
void uni_posix_proc(const struct uni_proc_ops *ops);

/* argv[0] of the boot process (the program's name as the command line gave
 * it; "" before uni_main ran). */
const char *uni_posix_argv0(void);

/* Writes out what stdout buffers. */
void ulib_flush_stdout(void);

#endif
