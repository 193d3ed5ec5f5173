/* console.c - the PV console of a unikernel (see console.h). */
#include "console/console.h"

#include "evtchn.h"
#include "module.h"
#include "pvcons.h"
#include "runtime/runtime.h"

EXO_MODULE("console", "runtime,pv", "",
           "the PV console ring: output, input with Ctrl-D as end of file, drained at shutdown; console_io until it is set up");

#define CTRL_D 0x04
#define INBUF 64u

static struct pvcons cons;
static int ready;
static char inbuf[INBUF]; /* taken from the ring, not yet read */
static uint32_t in_r, in_w;

/* The console port: input arrived or output was consumed; readers and
 * writers look at the ring themselves. */
static void cons_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
}

static void console_init(void) __attribute__((constructor(UNI_INIT_CONSOLE)));
static void console_init(void)
{
    const struct start_info *si = uni_start_info;
    void *page = uni_mfn_to_virt(si->console_mfn);
    if (page == 0) {
        uni_panic("console: the console frame is not the domain's RAM");
    }
    /* A writer waiting for room in the ring blocks the whole unikernel
     * (pv_block, not uni_wait): stdout's buffer is shared by all threads,
     * so a write must not let another thread run before it is done. */
    pvcons_init(&cons, page, si->console_evtchn, pv_block);
    if (evtchn_bind(si->console_evtchn, cons_event, 0) < 0) {
        uni_panic("console: bad console port");
    }
    ready = 1;
    uni_at_shutdown(uni_console_drain);
}

void uni_console_write(const char *buf, uint32_t n)
{
    if (!ready) {
        uni_early_write(buf, n);
        return;
    }
    pvcons_write(&cons, buf, n);
}

uint32_t uni_console_input_pending(void)
{
    return (in_w - in_r) + (ready ? pvcons_input_pending(&cons) : 0);
}

uint32_t uni_console_read(char *buf, uint32_t max)
{
    if (max == 0 || !ready) {
        return 0;
    }
    while (in_r == in_w) {
        in_r = 0;
        in_w = pvcons_read(&cons, inbuf, INBUF);
        if (in_w == 0) {
            uni_wait(); /* the back-end notifies when input arrives */
        }
    }
    uint32_t got = 0;
    while (got < max && in_r != in_w) {
        char c = inbuf[in_r];
        if (c == CTRL_D) {
            in_r += got == 0 ? 1u : 0u;
            break;
        }
        buf[got++] = c;
        in_r++;
    }
    return got;
}

void uni_console_drain(void)
{
    if (ready) {
        pvcons_drain(&cons);
    }
}
