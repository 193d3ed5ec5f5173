/* pv/cons.c - the console of the PV kernel: the PV console ring (libos/pv
 * pvcons) behind arch_console_*, fed by the console port's events. Before
 * the ring is set up (and for nothing else) bytes go to console_io. */
#include "defs.h"
#include "pvcons.h"
#include "pvkernel.h"

static struct pvcons cons;
static int ready;
static int unflushed; /* bytes published but not yet notified */
static int rx_paused; /* input waits in the ring: the console buffer was full */

/* Moves input from the ring into the console buffer while it has room;
 * what does not fit stays in the ring until a reader makes room. */
static void cons_rx(void)
{
    char buf[32];
    for (;;) {
        int room = console_room();
        if (room <= 0) {
            rx_paused = pvcons_input_pending(&cons) != 0;
            return;
        }
        uint32_t max = (uint32_t)room < sizeof buf ? (uint32_t)room : sizeof buf;
        uint32_t n = pvcons_read(&cons, buf, max);
        if (n == 0) {
            return;
        }
        for (uint32_t i = 0; i < n; i++) {
            console_input((uint8_t)buf[i]);
        }
    }
}

/* The console port: input arrived, or the back-end consumed output. */
static void cons_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
    cons_rx();
}

/* Starts using the console page at page and its port. */
void pv_console_init(void *page, uint32_t port)
{
    pvcons_init(&cons, page, port, pv_block);
    if (evtchn_bind(port, cons_event, 0) < 0) {
        panic("pv_console_init: bad console port %u", port);
    }
    ready = 1;
}

void arch_console_putc(int c)
{
    char ch = (char)c;
    if (!ready) {
        HYPERVISOR_console_io(CONSOLEIO_write, 1, &ch);
        return;
    }
    while (pvcons_put(&cons, &ch, 1) == 0) {
        pvcons_notify(&cons);
        pv_block(); /* the back-end notifies when it consumed output */
    }
    unflushed = 1;
}

void arch_console_flush(void)
{
    if (ready && unflushed) {
        unflushed = 0;
        pvcons_notify(&cons);
    }
}

void arch_console_rx_resume(void)
{
    if (ready && rx_paused) {
        rx_paused = 0;
        cons_rx();
    }
}

/* Waits until the back-end has consumed every byte (before shutting down). */
void pv_console_drain(void)
{
    if (ready) {
        unflushed = 0;
        pvcons_drain(&cons);
    }
}
