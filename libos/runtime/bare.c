/* bare.c - UART console, stdio hookup, timer and exit for bare-metal guests. */
#include "bare.h"

#include <stdio.h>
#include <unistd.h>



/* Accesses a byte-wide UART register. */
static volatile uint8_t *uart_reg(uint32_t offset)
{
    return (volatile uint8_t *)(uintptr_t)(VIRT_UART0 + offset);
}

/* Accesses a 32-bit MMIO word. */
static volatile uint32_t *mmio32(uint32_t addr)
{
    return (volatile uint32_t *)(uintptr_t)addr;
}

/* Writes one byte to the UART, waiting until the transmitter is empty. */
void bare_putc(char c)
{
    while ((*uart_reg(UART_LSR) & UART_LSR_THRE) == 0) {
    }
    *uart_reg(UART_RBR_THR) = (uint8_t)c;
}

/* Writes a NUL-terminated string to the UART, without adding a newline. */
void bare_puts(const char *s)
{
    while (*s != '\0') {
        bare_putc(*s++);
    }
}

/* Writes v to the UART as 0x followed by 8 lowercase hex digits. */
void bare_put_hex(uint32_t v)
{
    bare_puts("0x");
    for (int shift = 28; shift >= 0; shift -= 4) {
        bare_putc("0123456789abcdef"[(v >> shift) & 0xfu]);
    }
}

/* Reads the 64-bit CLINT mtime counter (consistent across the hi/lo halves). */
uint64_t bare_mtime(void)
{
    uint32_t hi;
    uint32_t lo;
    do {
        hi = *mmio32((VIRT_CLINT + CLINT_MTIME) + 4u);
        lo = *mmio32((VIRT_CLINT + CLINT_MTIME));
    } while (hi != *mmio32((VIRT_CLINT + CLINT_MTIME) + 4u));
    return ((uint64_t)hi << 32) | lo;
}

/* Programs the hart-0 mtimecmp without a transient early match. */
void bare_set_mtimecmp(uint64_t when)
{
    *mmio32((VIRT_CLINT + CLINT_MTIMECMP) + 4u) = 0xffffffffu;
    *mmio32((VIRT_CLINT + CLINT_MTIMECMP)) = (uint32_t)when;
    *mmio32((VIRT_CLINT + CLINT_MTIMECMP) + 4u) = (uint32_t)(when >> 32);
}

/* Stops the machine via the SiFive test device: 0 = pass, else fail(code). */
void bare_exit(int code)
{
    uint32_t cmd = code == 0 ? FINISHER_PASS : (((uint32_t)code << 16) | FINISHER_FAIL);
    *mmio32(VIRT_TEST) = cmd;
    for (;;) {
        __asm__ volatile("wfi");
    }
}

/* Terminates the program for picolibc's exit(); never returns. */
void _exit(int code)
{
    bare_exit(code);
}

/* Reports a trap nobody expected and exits with code 99 (called by crt0). */
void bare_unexpected_trap(uint32_t mcause, uint32_t mepc, uint32_t mtval)
{
    bare_puts("unexpected trap mcause=");
    bare_put_hex(mcause);
    bare_puts(" mepc=");
    bare_put_hex(mepc);
    bare_puts(" mtval=");
    bare_put_hex(mtval);
    bare_putc('\n');
    bare_exit(99);
}

/* tinystdio output hook: sends one character to the UART. */
static int uart_stdio_put(char c, FILE *file)
{
    (void)file;
    bare_putc(c);
    return (unsigned char)c;
}

static FILE uart_stdio = FDEV_SETUP_STREAM(uart_stdio_put, NULL, NULL,
                                           _FDEV_SETUP_WRITE);

FILE *const stdin = &uart_stdio;
FILE *const stdout = &uart_stdio;
FILE *const stderr = &uart_stdio;
