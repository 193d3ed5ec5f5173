/* evtchn.c - event-channel demultiplexing and the event-channel hypercalls
 * (see evtchn.h). Every access to the pending and selector bitmaps is an
 * atomic memory operation: the hypervisor sets bits concurrently. */
#include "evtchn.h"

#define WORD_BITS 32u
#define NR_WORDS (EVTCHN_NR_PORTS / WORD_BITS)

_Static_assert(sizeof(((struct shared_info *)0)->evtchn_pending) * 8 == EVTCHN_NR_PORTS,
               "one pending bit per port");

struct shared_info *pv_shared_info;

static struct {
    evtchn_handler_t fn;
    void *arg;
} handlers[EVTCHN_NR_PORTS];
static uint32_t stray;

uint32_t pv_genid(uint32_t id[4])
{
    for (uint32_t i = 0; i < 4; i++) {
        id[i] = PV_READ_ONCE(pv_shared_info->genid[i]);
    }
    return PV_READ_ONCE(pv_shared_info->genid_count);
}

void evtchn_init(struct shared_info *shared)
{
    pv_shared_info = shared;
    for (uint32_t p = 0; p < EVTCHN_NR_PORTS; p++) {
        handlers[p].fn = 0;
        handlers[p].arg = 0;
    }
    stray = 0;
}

int evtchn_bind(uint32_t port, evtchn_handler_t fn, void *arg)
{
    if (port == 0 || port >= EVTCHN_NR_PORTS) {
        return -(int)XEN_EINVAL;
    }
    handlers[port].arg = arg;
    handlers[port].fn = fn;
    return 0;
}

uint32_t evtchn_stray_count(void)
{
    return stray;
}

/* Runs the handler of port, whose pending bit was just cleared. */
static void dispatch(uint32_t port)
{
    if (handlers[port].fn != 0) {
        handlers[port].fn(port, handlers[port].arg);
    } else {
        stray++;
    }
}

/* Xen's 2-level scan: clear upcall_pending, take the selector word, and for
 * each word it names handle every pending unmasked port, clearing its bit
 * before its handler runs (an event raised during the handler is seen
 * again). Repeats while the hypervisor raised a new upcall meanwhile. */
void evtchn_do_upcall(void)
{
    struct shared_info *s = pv_shared_info;
    do {
        PV_WRITE_ONCE(s->evtchn_upcall_pending, 0);
        pv_mb();
        uint32_t sel = __atomic_exchange_n(&s->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
        while (sel != 0) {
            uint32_t w = (uint32_t)__builtin_ctz(sel);
            sel &= sel - 1;
            for (;;) {
                uint32_t bits = __atomic_load_n(&s->evtchn_pending[w], __ATOMIC_ACQUIRE) &
                                ~__atomic_load_n(&s->evtchn_mask[w], __ATOMIC_RELAXED);
                if (bits == 0) {
                    break;
                }
                uint32_t b = (uint32_t)__builtin_ctz(bits);
                __atomic_fetch_and(&s->evtchn_pending[w], ~(1u << b), __ATOMIC_SEQ_CST);
                dispatch(w * WORD_BITS + b);
            }
        }
    } while (PV_READ_ONCE(s->evtchn_upcall_pending));
}

/* The OUT port of a binding hypercall that returned r: the struct's port
 * (Xen's convention; a0 also carries it if the struct was left 0, as port 0
 * is never allocated). 0 or the error. */
static int out_port(int r, uint32_t struct_port, uint32_t *port)
{
    if (r < 0) {
        return r;
    }
    *port = struct_port != 0 ? struct_port : (uint32_t)r;
    return *port != 0 && *port < EVTCHN_NR_PORTS ? 0 : -(int)XEN_EINVAL;
}

int evtchn_send(uint32_t port)
{
    struct evtchn_port_op op = { .port = port };
    return HYPERVISOR_event_channel_op(EVTCHNOP_send, &op);
}

int evtchn_bind_virq(uint32_t virq, uint32_t *port)
{
    struct evtchn_bind_virq op = { .virq = virq, .vcpu = 0, .port = 0 };
    int r = HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &op);
    return out_port(r, op.port, port);
}

int evtchn_alloc_unbound(uint32_t remote_dom, uint32_t *port)
{
    struct evtchn_alloc_unbound op = {
        .dom = (uint16_t)DOMID_SELF, .remote_dom = (uint16_t)remote_dom, .port = 0
    };
    int r = HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &op);
    return out_port(r, op.port, port);
}

void evtchn_mask(uint32_t port)
{
    if (port < EVTCHN_NR_PORTS) {
        __atomic_fetch_or(&pv_shared_info->evtchn_mask[port / WORD_BITS], 1u << (port % WORD_BITS),
                          __ATOMIC_SEQ_CST);
    }
}

int evtchn_unmask(uint32_t port)
{
    struct evtchn_port_op op = { .port = port };
    return HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &op);
}

void pv_block(void)
{
    HYPERVISOR_sched_op(SCHEDOP_block, 0);
    pv_events_mask();
}
