/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/virt.ts
 * (npm run guests regenerates it).
 *
 * Physical address map of the bare platform:
 *
 *   0x00100000  VIRT_TEST    SiFive test finisher
 *   0x02000000  VIRT_CLINT   CLINT: msip +0, mtimecmp +0x4000, mtime +0xbff8
 *   0x10000000  VIRT_UART0   ns16550a UART
 *   0x80000000  VIRT_DRAM    RAM (128 MiB by default)
 */
#ifndef EXOVISOR_VIRT_H
#define EXOVISOR_VIRT_H

/* Physical memory map. */
#define VIRT_TEST  0x00100000u /* SiFive test finisher */
#define VIRT_CLINT 0x02000000u /* core-local interruptor */
#define VIRT_UART0 0x10000000u /* ns16550a console UART */
#define VIRT_DRAM  0x80000000u /* start of RAM */

/* CLINT registers (offsets from VIRT_CLINT). */
#define CLINT_MSIP     0x00000000u /* hart 0 software interrupt pending (bit 0) */
#define CLINT_MTIMECMP 0x00004000u /* hart 0 timer compare, 64-bit */
#define CLINT_MTIME    0x0000bff8u /* machine time, 64-bit */
#define TIMEBASE_HZ    10000000u /* mtime ticks per second */

/* UART registers (byte offsets from VIRT_UART0). */
#define UART_RBR_THR  0x00000000u /* receive buffer (read) / transmit holding (write) */
#define UART_LSR      0x00000005u /* line status */
#define UART_LSR_DR   0x00000001u /* LSR: a received byte is ready */
#define UART_LSR_THRE 0x00000020u /* LSR: transmit holding register empty */

/* SiFive test finisher (32-bit writes to VIRT_TEST). */
#define FINISHER_FAIL  0x00003333u /* fail: (code << 16) | FINISHER_FAIL exits with code */
#define FINISHER_PASS  0x00005555u /* pass: exit code 0 */
#define FINISHER_RESET 0x00007777u /* reset request */

#endif
