/* param.h - kernel table sizes and tunables. */
#ifndef KERNEL_PARAM_H
#define KERNEL_PARAM_H

#define NPROC        64   /* process table slots */
#define NOFILE       16   /* open files per process */
#define NFILE        128  /* open-file objects in the system */
#define NINODE       64   /* in-memory inodes */
#define NBUF         64   /* block-cache buffers of FS_BLOCK_SIZE */
#define MAXARG       ((int)EXO_ARG_MAX) /* argv entries for spawn, including argv[0] */
#define MAXPATH      128  /* longest path accepted from user space, with its NUL */
#define KSTACK_SIZE  8192 /* per-process kernel stack, trap frame at its top */
#define TICK_HZ      100  /* scheduler ticks per second (10 ms) */
#define CONSOLE_BUF  512  /* console input ring buffer */
#define PROC_NAME    16   /* process name, with its NUL */

#endif
