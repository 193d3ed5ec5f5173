/* native/uart.c - the ns16550a console UART: polled output, interrupt-driven input. */
#include "defs.h"
#include "exovisor/virt.h"
#include "native.h"

static int rx_paused; /* RDI is off because the console buffer is full */

/* A byte-wide UART register. */
static volatile uint8_t *uart_reg(uint32_t off)
{
    return (volatile uint8_t *)(uintptr_t)(VIRT_UART0 + off);
}

/* Enables the received-data interrupt (line settings stay as the firmware left them). */
void uart_init(void)
{
    *uart_reg(UART_IER) = UART_IER_RDI;
}

/* Sends one byte once the transmit holding register is empty. */
void uart_putc(int c)
{
    while ((*uart_reg(UART_LSR) & UART_LSR_THRE) == 0) {
    }
    *uart_reg(UART_RBR_THR) = (uint8_t)c;
}

/* Moves received bytes into the console buffer. When it is full, input stays
 * in the UART and RDI is turned off until a reader makes room, so nothing is lost. */
void uart_intr(void)
{
    while (console_room() > 0) {
        if ((*uart_reg(UART_LSR) & UART_LSR_DR) == 0) {
            return;
        }
        console_input(*uart_reg(UART_RBR_THR));
    }
    rx_paused = 1;
    *uart_reg(UART_IER) = 0;
}

/* Re-enables input after a reader made room in the console buffer. */
void uart_rx_resume(void)
{
    if (rx_paused) {
        rx_paused = 0;
        *uart_reg(UART_IER) = UART_IER_RDI;
    }
}

/* The console of the native platform is the UART (arch.h). */
void arch_console_putc(int c)
{
    uart_putc(c);
}

/* Output is on the wire already (uart_drain waits for it to leave). */
void arch_console_flush(void)
{
}

/* Waits until every byte written has left the UART (FIFO and shift register
 * empty), for a bounded number of polls: a machine powered off sooner loses
 * what the UART still held (QEMU's sends its FIFO on a timer). */
void uart_drain(void)
{
    for (uint32_t i = 0; i < 1000000u && (*uart_reg(UART_LSR) & UART_LSR_TEMT) == 0; i++) {
    }
}

/* Input resumes by re-enabling the receive interrupt. */
void arch_console_rx_resume(void)
{
    uart_rx_resume();
}
