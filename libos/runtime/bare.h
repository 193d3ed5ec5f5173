/* bare.h - minimal bare-metal runtime for Exovisor RV32 guests (M-mode). */
#ifndef BARE_H
#define BARE_H

#include <stdint.h>

/* The memory map and device registers, generated from hypervisor/abi/virt.ts. */
#include "exovisor/virt.h"
#include "riscv/csr.h"

/* CSR access helpers (riscv/csr.h) under the names the bare guests use. */
#define BARE_CSR_READ(csr) csr_read(csr)
#define BARE_CSR_WRITE(csr, val) csr_write(csr, val)
#define BARE_CSR_SET(csr, val) csr_set(csr, val)
#define BARE_CSR_CLEAR(csr, val) csr_clear(csr, val)

/* Writes one byte to the UART, waiting until the transmitter is empty. */
void bare_putc(char c);

/* Writes a NUL-terminated string to the UART, without adding a newline. */
void bare_puts(const char *s);

/* Writes v to the UART as 0x followed by 8 lowercase hex digits. */
void bare_put_hex(uint32_t v);

/* Reads the 64-bit CLINT mtime counter (consistent across the hi/lo halves). */
uint64_t bare_mtime(void);

/* Programs the hart-0 mtimecmp without a transient early match. */
void bare_set_mtimecmp(uint64_t when);

/* Stops the machine via the SiFive test device: 0 = pass, else fail(code). */
_Noreturn void bare_exit(int code);

/* Reports a trap nobody expected and exits with code 99 (called by crt0). */
_Noreturn void bare_unexpected_trap(uint32_t mcause, uint32_t mepc,
                                    uint32_t mtval);

#endif
