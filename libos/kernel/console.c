/* console.c - the console device behind descriptors 0, 1 and 2: raw bytes
 * from the platform's console input (the UART receive interrupt, or the PV
 * console ring's event) into a ring buffer, Ctrl-D as end of file, and
 * output straight to the platform's console (arch_console_putc). */
#include "defs.h"
#include "proc.h"

#define CTRL_D 0x04

static struct {
    uint8_t buf[CONSOLE_BUF];
    uint32_t r; /* next byte to read (free-running index) */
    uint32_t w; /* next byte to write */
} cons;

/* Bytes the input buffer can still take. */
int console_room(void)
{
    return (int)(CONSOLE_BUF - (cons.w - cons.r));
}

/* Stores an input byte (the caller checked console_room) and wakes readers. */
void console_input(uint8_t c)
{
    cons.buf[cons.w++ % CONSOLE_BUF] = c;
    wakeup(&cons);
}

/* Reads up to n bytes to user address dst, blocking until at least one byte
 * arrives. Returns the count, 0 for a Ctrl-D at the start (end of file; a
 * Ctrl-D after other bytes ends the read and is seen by the next one), or
 * -EFAULT. A byte leaves the buffer only once it reached the user. */
int console_read(uint32_t dst, uint32_t n)
{
    uint32_t got = 0;
    int err = 0;
    if (n == 0) {
        return 0;
    }
    while (cons.r == cons.w) {
        sleep_on(&cons);
    }
    while (got < n && cons.r != cons.w) {
        uint8_t c = cons.buf[cons.r % CONSOLE_BUF];
        if (c == CTRL_D) {
            cons.r += got == 0 ? 1 : 0;
            break;
        }
        if (copyout(myproc()->pagetable, dst + got, &c, 1) < 0) {
            err = got == 0 ? ERR(EXO_EFAULT) : 0;
            break;
        }
        cons.r++;
        got++;
    }
    arch_console_rx_resume();
    return err < 0 ? err : (int)got;
}

/* Writes n bytes from user address src to the console; n, the bytes
 * written before an unreadable one, or -EFAULT. */
int console_write(uint32_t src, uint32_t n)
{
    uint8_t chunk[64];
    uint32_t done = 0;
    while (done < n) {
        uint32_t m = n - done < sizeof chunk ? n - done : sizeof chunk;
        if (copyin(myproc()->pagetable, chunk, src + done, m) < 0) {
            break;
        }
        for (uint32_t i = 0; i < m; i++) {
            arch_console_putc(chunk[i]);
        }
        done += m;
    }
    arch_console_flush();
    return done > 0 || n == 0 ? (int)done : ERR(EXO_EFAULT);
}
