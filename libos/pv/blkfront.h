/* blkfront.h - the block front-end (blkif over a shared ring, exovisor/ring.h).
 *
 * Connection (through the configuration store): STORE_VBD_SECTORS says
 * whether there is a disk; the front-end grants its ring page to
 * DOMID_BACKEND, allocates an unbound event channel for it, writes
 * STORE_VBD_RING_REF and STORE_VBD_EVTCHN, then XenbusStateInitialised to
 * STORE_VBD_STATE, and requires STORE_VBD_BACKEND_STATE = Connected.
 *
 * I/O is synchronous, one request in flight: data moves through
 * BLKIF_MAX_SEGMENTS bounce pages granted once (persistently), a segment
 * per page of sectors. Requests are pushed with the notification rule of
 * pvring.h; the front-end then consumes responses and, when none is there,
 * asks for a notification, checks again and sleeps (wait callback).
 */
#ifndef LIBPV_BLKFRONT_H
#define LIBPV_BLKFRONT_H

#include <stdint.h>

#include "exovisor/ring.h"
#include "pvring.h"
#include "xenstore.h"

/* Pages the caller provides (zeroed, page aligned, mapped writable), with
 * their machine frames: the ring and the bounce pages. */
struct blkfront_pages {
    void *ring;
    uint32_t ring_mfn;
    void *bounce[BLKIF_MAX_SEGMENTS];
    uint32_t bounce_mfn[BLKIF_MAX_SEGMENTS];
};

struct blkfront {
    struct pv_front_ring ring;
    uint32_t port;                          /* our end of the device's channel */
    uint32_t ring_ref;
    uint32_t sectors;                       /* disk size in BLKIF_SECTOR_SIZE sectors */
    uint8_t *bounce[BLKIF_MAX_SEGMENTS];
    uint32_t bounce_ref[BLKIF_MAX_SEGMENTS];
    uint32_t next_id;
    void (*wait)(void);
};

/* Whether the store describes a disk: 0 and its size in *sectors,
 * -XEN_ENOENT when there is none, or another -XEN_E* from the store. */
int blkfront_probe(struct xs_client *xs, uint32_t *sectors);
/* Connects to the back-end with the caller's pages (after gnttab_init and
 * evtchn_init; it binds the device's port to blkfront_event). 0, -XEN_E*
 * from the store, the grant table or the event channel, or -XEN_EINVAL
 * when the back-end did not reach XenbusStateConnected. */
int blkfront_connect(struct blkfront *bf, struct xs_client *xs, const struct blkfront_pages *pages,
                     void (*wait)(void));
/* Handler for the device's port (evtchn_bind): nothing to do, the waiter polls. */
void blkfront_event(uint32_t port, void *arg);
/* Reads count sectors at sector into dst: BLKIF_RSP_OKAY, or the failing
 * response's status (BLKIF_RSP_*). */
int blkfront_read(struct blkfront *bf, uint32_t sector, uint32_t count, void *dst);
/* Writes count sectors from src at sector; status as for blkfront_read. */
int blkfront_write(struct blkfront *bf, uint32_t sector, uint32_t count, const void *src);
/* BLKIF_OP_FLUSH_DISKCACHE: makes written sectors durable; status as above. */
int blkfront_flush(struct blkfront *bf);

#endif
