/* runtime.h - the unikernel runtime: boot from start_info, the trap and
 * event entry, the machine-frame lookups, shutdown.
 *
 * _start (entry.S, the first instruction of the image) sets gp, the boot
 * stack and the TLS block (tp), zeroes .bss and calls uni_runtime_start,
 * which checks start_info, starts the event channels (libos/pv evtchn),
 * registers uni_trap_entry with set_callbacks, runs the constructors of
 * the linked modules (.init_array, in priority order: see UNI_INIT_*),
 * calls uni_main(cmdline) and powers off with its result.
 *
 * Events stay masked except while the unikernel blocks (pv_block) or a
 * scheduler takes pending ones between two threads: an upcall then runs
 * evtchn_do_upcall (uni_upcall_count counts them). Any exception is fatal: its cause is
 * printed with console_io and the domain shuts down with SHUTDOWN_crash.
 *
 * Waiting (wait.c): the modules wait for an event or a deadline with
 * uni_wait_until, in a loop on their own condition (only a console write
 * that finds the ring full blocks outright: see console.c). The runtime
 * binds VIRQ_TIMER and owns the one-shot timer (set_timer_op): by default
 * a wait arms it at the deadline and blocks (uni_block_until). A scheduler (the
 * threads module) replaces that with uni_runtime_set_waiter, so that a
 * waiting thread lets the others run; at shutdown the default comes back.
 */
#ifndef UNI_RUNTIME_H
#define UNI_RUNTIME_H

#include <stdint.h>

#include "exovisor/pv.h"
#include "hypercall.h"

/* exo_op(cmd, arg): the exokernel interface (EXO_*; arg points at the
 * command's struct, or is the sequence number for EXO_revoke_done). The
 * memory module binds frames with it and the blk module disk extents. */
static inline int32_t HYPERVISOR_exo_op(uint32_t cmd, uint32_t arg)
{
    return pv_hypercall2(__HYPERVISOR_exo_op, cmd, arg);
}

/* Constructor priorities of the modules' init functions
 * (__attribute__((constructor(UNI_INIT_x)))): lower runs first. */
#define UNI_INIT_MEMORY  200
#define UNI_INIT_THREADS 205
#define UNI_INIT_PROC    206
#define UNI_INIT_CONSOLE 210
#define UNI_INIT_TIME    220
#define UNI_INIT_BLK     230
#define UNI_INIT_FS      240
#define UNI_INIT_INET    250

/* What the domain builder passed (valid from the first constructor on). */
extern const struct start_info *uni_start_info;

/* The first byte after the image's .bss (uni.ld: __bss_end). */
uint32_t uni_image_end(void);

/* The machine frame of the RAM page at va (the P2M list); panics when va is not RAM. */
uint32_t uni_virt_to_mfn(const void *va);
/* The address of the domain's RAM frame mfn (the M2P lookup); NULL when mfn is not one of them. */
void *uni_mfn_to_virt(uint32_t mfn);

/* Runs fn at shutdown (power-off or panic), the last registered first. At
 * most UNI_SHUTDOWN_HOOKS; 0, or -1 when they are all taken. */
#define UNI_SHUTDOWN_HOOKS 8
int uni_at_shutdown(void (*fn)(void));

/* Writes n bytes straight to the hypervisor console (console_io). */
void uni_early_write(const char *buf, uint32_t n);

/* Runs the shutdown hooks and powers the domain off with status (0-255). */
_Noreturn void uni_poweroff(int status);
/* Runs the shutdown hooks (unless already panicking), prints "uni: panic: msg"
 * with console_io and shuts down with SHUTDOWN_crash. */
_Noreturn void uni_panic(const char *msg);

/* No deadline: uni_wait_until waits for an event only. */
#define UNI_FOREVER UINT64_MAX

/* Returns once at least one event upcall has run or the time counter
 * (rdtime64, TIMEBASE_HZ ticks) has reached deadline (UNI_FOREVER: none);
 * it may also return early for no reason, so callers loop on their own
 * condition. Call it with events masked (not from an event handler). With
 * the threads module linked, the calling thread waits and others run. */
void uni_wait_until(uint64_t deadline);
/* uni_wait_until(UNI_FOREVER): the wait callback of libpv's front-ends. */
void uni_wait(void);
/* The default wait, for a scheduler with nothing to run: arms the timer at
 * deadline (unless UNI_FOREVER, or already reached: then it returns at
 * once) and blocks until an event (pv_block). */
void uni_block_until(uint64_t deadline);
/* What uni_wait_until runs instead of uni_block_until (NULL: the default).
 * Set by a scheduler's constructor; the runtime drops it at shutdown, so
 * that the shutdown hooks wait on the stack they run on. */
typedef void (*uni_waiter_t)(uint64_t deadline);
void uni_runtime_set_waiter(uni_waiter_t fn);
/* Event upcalls taken since boot (each one ran evtchn_do_upcall). */
uint32_t uni_upcall_count(void);

/* Defined by the posix module: runs the application on the command line
 * (writable, NUL-terminated) and returns its exit status. */
int uni_main(char *cmdline);

/* Registers of a trap or event, as uni_trap_entry saves them: x[0] is
 * unused, x[2] is the interrupted sp; then the shared_info arch state. */
struct uni_trap_frame {
    uint32_t x[32];
    uint32_t sepc;
    uint32_t scause;
    uint32_t stval;
    uint32_t sstatus;
};

/* entry.S */
void uni_trap_entry(void);
/* wait.c: binds VIRQ_TIMER (called once, before the constructors). */
void uni_wait_init(void);

#endif
