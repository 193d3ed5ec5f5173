/* console.h - the PV console of a unikernel: the console ring (libos/pv
 * pvcons, start_info.console_mfn and console_evtchn) for output and
 * input, console_io before the ring is set up.
 *
 * Output is published and the back-end notified on every write; a write
 * waits (SCHEDOP_block) while the ring is full. Input is taken from the
 * ring; a read blocks until a byte arrives. Ctrl-D (0x04) is end of file,
 * as on the guest OS console: a read that starts with it returns 0, one
 * that meets it later stops there and the next read sees it. At shutdown
 * the console waits until the back-end has consumed every byte.
 */
#ifndef UNI_CONSOLE_H
#define UNI_CONSOLE_H

#include <stdint.h>

/* Writes all n bytes (with console_io while the ring is not set up yet). */
void uni_console_write(const char *buf, uint32_t n);
/* Reads up to max bytes, blocking until there is at least one: the count,
 * or 0 at end of file (Ctrl-D) or for max 0. */
uint32_t uni_console_read(char *buf, uint32_t max);
/* Input bytes ready to be read without blocking. */
uint32_t uni_console_input_pending(void);
/* Waits until the back-end has consumed every byte written. */
void uni_console_drain(void);

#endif
