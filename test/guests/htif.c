/* htif - console and exit through the HTIF tohost/fromhost mailboxes (no UART).
 *
 * Links crt0 but not bare.o: this file provides stdout, _exit and the
 * unexpected-trap report itself, all over HTIF.
 */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "bare.h"

#define HTIF_DEVICE_CONSOLE 1ull
#define HTIF_CONSOLE_PUTCHAR 1ull

volatile uint64_t tohost __attribute__((section(".tohost"), aligned(8)));
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(8)));

/* Returns the 32-bit halves of tohost (index 0 = low word). */
static volatile uint32_t *tohost_words(void)
{
    return (volatile uint32_t *)&tohost;
}

/* Waits until the host has consumed the previous command (tohost == 0). */
static void htif_wait_idle(void)
{
    while (tohost_words()[0] != 0 || tohost_words()[1] != 0) {
    }
    if (fromhost != 0) {
        fromhost = 0;
    }
}

/* Posts a 64-bit command: low word first, then the high word. */
static void htif_send(uint64_t command)
{
    htif_wait_idle();
    tohost_words()[0] = (uint32_t)command;
    tohost_words()[1] = (uint32_t)(command >> 32);
}

/* Writes one character to the HTIF console (device 1, command 1). */
static void htif_putc(char c)
{
    htif_send((HTIF_DEVICE_CONSOLE << 56) | (HTIF_CONSOLE_PUTCHAR << 48) | (uint8_t)c);
}

/* Ends the program: tohost = (code << 1) | 1, then spins. */
static _Noreturn void htif_exit(int code)
{
    htif_send(((uint64_t)(uint32_t)code << 1) | 1u);
    for (;;) {
    }
}

/* Terminates the program for picolibc's exit(). */
void _exit(int code)
{
    htif_exit(code);
}

/* Writes a string to the HTIF console. */
static void htif_puts(const char *s)
{
    while (*s != '\0') {
        htif_putc(*s++);
    }
}

/* Writes v as 0x followed by 8 hex digits to the HTIF console. */
static void htif_put_hex(uint32_t v)
{
    htif_puts("0x");
    for (int shift = 28; shift >= 0; shift -= 4) {
        htif_putc("0123456789abcdef"[(v >> shift) & 0xfu]);
    }
}

/* crt0's default trap report, over HTIF; exits with code 99. */
void bare_unexpected_trap(uint32_t mcause, uint32_t mepc, uint32_t mtval)
{
    htif_puts("unexpected trap mcause=");
    htif_put_hex(mcause);
    htif_puts(" mepc=");
    htif_put_hex(mepc);
    htif_puts(" mtval=");
    htif_put_hex(mtval);
    htif_putc('\n');
    htif_exit(99);
}

/* tinystdio output hook: sends one character to the HTIF console. */
static int htif_stdio_put(char c, FILE *file)
{
    (void)file;
    htif_putc(c);
    return (unsigned char)c;
}

static FILE htif_stdio = FDEV_SETUP_STREAM(htif_stdio_put, NULL, NULL, _FDEV_SETUP_WRITE);

FILE *const stdin = &htif_stdio;
FILE *const stdout = &htif_stdio;
FILE *const stderr = &htif_stdio;

int main(void)
{
    printf("hello from htif\n");
    printf("answer=%d hex=%x\n", 42, 42u);
    printf("SUCCESS\n");
    return 0;
}
