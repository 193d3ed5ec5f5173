/* uart.c - polled ns16550a console UART at VIRT_UART0. */
#include <exovisor/virt.h>

#include "fw.h"

/* Accesses a byte-wide UART register. */
static volatile uint8_t *uart_reg(uint32_t offset)
{
    return (volatile uint8_t *)(uintptr_t)(VIRT_UART0 + offset);
}

/* Writes one byte, waiting until the transmit holding register is empty
 * (LSR.THRE). */
void uart_putc(uint8_t c)
{
    while ((*uart_reg(UART_LSR) & UART_LSR_THRE) == 0) {
    }
    *uart_reg(UART_RBR_THR) = c;
}

/* Returns the next received byte, or -1 at once when none is ready
 * (LSR.DR clear). */
int uart_getc(void)
{
    if ((*uart_reg(UART_LSR) & UART_LSR_DR) == 0) {
        return -1;
    }
    return *uart_reg(UART_RBR_THR);
}

/* Writes a NUL-terminated string as it is (no newline translation). */
void uart_puts(const char *s)
{
    while (*s != '\0') {
        uart_putc((uint8_t)*s++);
    }
}

/* Writes v as 0x followed by 8 lowercase hex digits. */
void uart_put_hex(uint32_t v)
{
    uart_puts("0x");
    for (int shift = 28; shift >= 0; shift -= 4) {
        uart_putc((uint8_t)"0123456789abcdef"[(v >> shift) & 0xfu]);
    }
}
