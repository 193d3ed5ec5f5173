/* printf.c - formatted console output for errors, and panic. */
#include <stdarg.h>

#include "defs.h"

/* Prints v in base 10 or 16, at least width digits padded with pad. */
static void print_uint(uint32_t v, uint32_t base, int width, char pad)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v != 0);
    for (int i = n; i < width; i++) {
        arch_console_putc(pad);
    }
    while (n > 0) {
        arch_console_putc(digits[--n]);
    }
}

/* Prints one conversion (d u x s c p) taking its argument from ap. */
static void print_conv(char conv, va_list *ap, int width, char pad)
{
    if (conv == 'd') {
        int32_t v = va_arg(*ap, int32_t);
        if (v < 0) {
            arch_console_putc('-');
            print_uint(0u - (uint32_t)v, 10, width, pad);
        } else {
            print_uint((uint32_t)v, 10, width, pad);
        }
    } else if (conv == 'u' || conv == 'x') {
        print_uint(va_arg(*ap, uint32_t), conv == 'u' ? 10 : 16, width, pad);
    } else if (conv == 'p') {
        arch_console_putc('0');
        arch_console_putc('x');
        print_uint((uint32_t)(uintptr_t)va_arg(*ap, void *), 16, 8, '0');
    } else if (conv == 's') {
        const char *s = va_arg(*ap, const char *);
        for (s = s ? s : "(null)"; *s != '\0'; s++) {
            arch_console_putc(*s);
        }
    } else if (conv == 'c') {
        arch_console_putc(va_arg(*ap, int));
    } else {
        arch_console_putc('%');
        arch_console_putc(conv);
    }
}

/* Formats like printf (%d %u %x %s %c %p %%, with 0 and a width) to the console.
 * Integer arguments are 32 bits (int, long and uint32_t alike on RV32). */
static void vkprintf(const char *fmt, va_list ap)
{
    for (; *fmt != '\0'; fmt++) {
        if (*fmt != '%') {
            arch_console_putc(*fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0;
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9') {
            width = width * 10 + (*fmt++ - '0');
        }
        if (*fmt == '\0') {
            break;
        }
        if (*fmt == '%') {
            arch_console_putc('%');
        } else {
            print_conv(*fmt, &ap, width, pad);
        }
    }
}

/* Prints a formatted message on the console (errors only: a normal boot is silent). */
void kprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vkprintf(fmt, ap);
    va_end(ap);
    arch_console_flush();
}

/* Prints "panic: <message>" and shuts the machine down as a system failure. */
void panic(const char *fmt, ...)
{
    va_list ap;
    intr_off();
    kprintf("panic: ");
    va_start(ap, fmt);
    vkprintf(fmt, ap);
    va_end(ap);
    arch_console_putc('\n');
    arch_console_flush();
    arch_crash();
}
