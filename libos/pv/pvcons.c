/* pvcons.c - the PV console front-end (see pvcons.h). */
#include "pvcons.h"

#include "barrier.h"
#include "evtchn.h"

#define OUT_SIZE ((uint32_t)sizeof(((struct xencons_interface *)0)->out))
#define IN_SIZE ((uint32_t)sizeof(((struct xencons_interface *)0)->in))
_Static_assert((OUT_SIZE & (OUT_SIZE - 1)) == 0 && (IN_SIZE & (IN_SIZE - 1)) == 0,
               "console rings are powers of two");

void pvcons_init(struct pvcons *c, void *page, uint32_t port, void (*wait)(void))
{
    c->intf = page;
    c->port = port;
    c->wait = wait;
}

uint32_t pvcons_put(struct pvcons *c, const char *buf, uint32_t n)
{
    struct xencons_interface *intf = c->intf;
    uint32_t cons = PV_READ_ONCE(intf->out_cons);
    uint32_t prod = PV_READ_ONCE(intf->out_prod);
    pv_mb(); /* out_cons read before the bytes it frees are overwritten */
    uint32_t room = OUT_SIZE - (prod - cons);
    if (room > OUT_SIZE) {
        room = 0; /* the back-end moved out_cons past out_prod: send nothing */
    }
    uint32_t m = n < room ? n : room;
    for (uint32_t i = 0; i < m; i++) {
        intf->out[(prod + i) & (OUT_SIZE - 1)] = buf[i];
    }
    pv_wmb(); /* the bytes before the index */
    PV_WRITE_ONCE(intf->out_prod, prod + m);
    return m;
}

void pvcons_notify(struct pvcons *c)
{
    evtchn_send(c->port);
}

void pvcons_write(struct pvcons *c, const char *buf, uint32_t n)
{
    while (n > 0) {
        uint32_t m = pvcons_put(c, buf, n);
        buf += m;
        n -= m;
        pvcons_notify(c);
        if (n > 0) {
            c->wait();
        }
    }
}

uint32_t pvcons_unsent(const struct pvcons *c)
{
    return PV_READ_ONCE(c->intf->out_prod) - PV_READ_ONCE(c->intf->out_cons);
}

void pvcons_drain(struct pvcons *c)
{
    if (pvcons_unsent(c) == 0) {
        return;
    }
    pvcons_notify(c);
    while (pvcons_unsent(c) != 0) {
        c->wait();
    }
}

uint32_t pvcons_input_pending(const struct pvcons *c)
{
    uint32_t n = PV_READ_ONCE(c->intf->in_prod) - PV_READ_ONCE(c->intf->in_cons);
    return n <= IN_SIZE ? n : 0;
}

uint32_t pvcons_read(struct pvcons *c, char *buf, uint32_t max)
{
    struct xencons_interface *intf = c->intf;
    uint32_t cons = PV_READ_ONCE(intf->in_cons);
    uint32_t avail = PV_READ_ONCE(intf->in_prod) - cons;
    pv_rmb(); /* in_prod read before the bytes it covers */
    if (avail > IN_SIZE) {
        return 0; /* the back-end broke the ring */
    }
    uint32_t m = avail < max ? avail : max;
    for (uint32_t i = 0; i < m; i++) {
        buf[i] = intf->in[(cons + i) & (IN_SIZE - 1)];
    }
    if (m > 0) {
        pv_mb(); /* done reading before the back-end may reuse the bytes */
        PV_WRITE_ONCE(intf->in_cons, cons + m);
        pvcons_notify(c);
    }
    return m;
}
