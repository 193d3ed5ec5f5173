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
 * Events stay masked except while the unikernel blocks (pv_block): an
 * upcall then runs evtchn_do_upcall. Any exception is fatal: its cause is
 * printed with console_io and the domain shuts down with SHUTDOWN_crash.
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
#define UNI_INIT_CONSOLE 210
#define UNI_INIT_TIME    220
#define UNI_INIT_BLK     230
#define UNI_INIT_FS      240

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

#endif
