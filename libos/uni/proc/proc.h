/* proc.h - processes of a unikernel, emulated on threads.
 *
 * A unikernel holds one program, so the only program a process can run is
 * that program itself. Linking this module gives exo.h's spawn, wait_child,
 * getpid and exit their guest-OS meaning as far as one address space
 * allows:
 *
 *   spawn(path, argv)   path must name the program (its last component
 *                       equal to that of the boot process's argv[0]; else
 *                       -EXO_ENOENT). Starts a thread (the threads module,
 *                       UNI_PROC_STACK bytes of stack) that runs main with
 *                       a copy of argv (NULL: { path, NULL }; more than
 *                       EXO_ARG_MAX words: -EXO_EINVAL) and returns the
 *                       child's pid (2, 3, ...; the boot process is 1), or
 *                       -EXO_EAGAIN when UNI_PROC_MAX children live or no
 *                       thread slot is free, -EXO_ENOMEM.
 *   exit(status) or _exit(status), or returning status from main, in a child
 *                       writes out stdout and ends that child only, with
 *                       status & 0xff; in the boot process it powers off
 *                       as always, whatever children still run.
 *   wait_child(pid, st) waits until the caller's child pid (-1: any) has
 *                       ended, reaps it and stores its status; the pid, or
 *                       -EXO_ECHILD when the caller has no such child.
 *   getpid()            the calling process's pid (1 in the boot process
 *                       and in threads a process started itself).
 *
 * There is no isolation: parent and children share the address space, the
 * globals, the heap, the descriptors and stdout's buffer; a child that
 * corrupts memory or faults takes the whole unikernel down. Children are
 * cooperative threads: one runs until it waits, sleeps, yields or ends.
 * A child whose parent ends first is handed to the boot process.
 */
#ifndef UNI_PROC_H
#define UNI_PROC_H

/* Children alive or not yet reaped at once (every one needs a thread). */
#define UNI_PROC_MAX 48
/* Stack of a child's thread (the threads module's default). */
#define UNI_PROC_STACK (16u * 1024u)

#endif
