/* pvring.h - the front-end's side of a shared descriptor ring (Xen's
 * io/ring.h protocol, layout in exovisor/ring.h): a struct ring_header with
 * free-running indices, then slots at RING_SLOTS_OFFSET; slot i is at
 * RING_SLOTS_OFFSET + (i & (nr_slots - 1)) * slot_bytes, and a request's
 * response comes back in a slot of the same ring.
 *
 * Notification suppression, both ways (Xen's rules):
 *  - the producer of requests publishes its slots, then req_prod after a
 *    write fence, and notifies only when the back-end's req_event lies in
 *    the range just published (PV_RING_PUSH_REQUESTS_AND_CHECK_NOTIFY);
 *  - the consumer of responses, before it sleeps, sets rsp_event =
 *    rsp_cons + 1 and checks again (PV_RING_FINAL_CHECK_FOR_RESPONSES).
 */
#ifndef LIBPV_PVRING_H
#define LIBPV_PVRING_H

#include <stdint.h>

#include "barrier.h"
#include "exovisor/ring.h"

/* The front-end's private view of a ring. */
struct pv_front_ring {
    struct ring_header *sring; /* the shared page */
    uint32_t req_prod_pvt;     /* requests written, published or not */
    uint32_t rsp_cons;         /* responses consumed */
    uint32_t nr_slots;         /* a power of two */
    uint32_t slot_bytes;
};

/* Initializes a shared ring page (the front-end owns it): no requests, no
 * responses, both sides want the first notification. */
#define PV_SHARED_RING_INIT(s)                                                 \
    do {                                                                       \
        (s)->req_prod = 0;                                                     \
        (s)->rsp_prod = 0;                                                     \
        (s)->req_event = 1;                                                    \
        (s)->rsp_event = 1;                                                    \
        for (uint32_t pad_ = 0; pad_ < sizeof (s)->pad; pad_++) {              \
            (s)->pad[pad_] = 0;                                                \
        }                                                                      \
    } while (0)

#define PV_FRONT_RING_INIT(r, s, slots, bytes)                                 \
    do {                                                                       \
        (r)->sring = (s);                                                      \
        (r)->req_prod_pvt = 0;                                                 \
        (r)->rsp_cons = 0;                                                     \
        (r)->nr_slots = (slots);                                               \
        (r)->slot_bytes = (bytes);                                             \
    } while (0)

/* Slot idx (a free-running index) of the ring. */
#define PV_RING_SLOT(r, idx)                                                   \
    ((void *)((uint8_t *)(r)->sring + RING_SLOTS_OFFSET +                      \
              ((idx) & ((r)->nr_slots - 1)) * (r)->slot_bytes))
#define PV_RING_GET_REQUEST(r, idx) PV_RING_SLOT(r, idx)
#define PV_RING_GET_RESPONSE(r, idx) PV_RING_SLOT(r, idx)

/* Slots free for new requests (responses not yet consumed hold theirs). */
#define PV_RING_FREE_REQUESTS(r) ((r)->nr_slots - ((r)->req_prod_pvt - (r)->rsp_cons))
#define PV_RING_FULL(r) (PV_RING_FREE_REQUESTS(r) == 0)

/* The back-end's rsp_prod, with a read fence so that the slots it covers
 * are read after it. */
static inline uint32_t pv_ring_rsp_prod(const struct pv_front_ring *r)
{
    uint32_t prod = PV_READ_ONCE(r->sring->rsp_prod);
    pv_rmb();
    return prod;
}

/* Responses published and not yet consumed. */
#define PV_RING_HAS_UNCONSUMED_RESPONSES(r) (pv_ring_rsp_prod(r) - (r)->rsp_cons)

/* Publishes the requests written since the last push; notify becomes
 * nonzero when the back-end asked to hear about them. */
#define PV_RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(r, notify)                      \
    do {                                                                       \
        uint32_t old_ = PV_READ_ONCE((r)->sring->req_prod);                    \
        uint32_t new_ = (r)->req_prod_pvt;                                     \
        pv_wmb(); /* the slots before the index */                             \
        PV_WRITE_ONCE((r)->sring->req_prod, new_);                             \
        pv_mb(); /* the index before the look at req_event */                  \
        (notify) = (uint32_t)(new_ - PV_READ_ONCE((r)->sring->req_event)) <    \
                   (uint32_t)(new_ - old_);                                    \
    } while (0)

/* more = responses are waiting; when none, first asks for a notification of
 * the next one (rsp_event = rsp_cons + 1) and looks again, so a response
 * published meanwhile is either seen here or notified. */
#define PV_RING_FINAL_CHECK_FOR_RESPONSES(r, more)                             \
    do {                                                                       \
        (more) = PV_RING_HAS_UNCONSUMED_RESPONSES(r);                          \
        if (!(more)) {                                                         \
            PV_WRITE_ONCE((r)->sring->rsp_event, (r)->rsp_cons + 1);           \
            pv_mb();                                                           \
            (more) = PV_RING_HAS_UNCONSUMED_RESPONSES(r);                      \
        }                                                                      \
    } while (0)

#endif
