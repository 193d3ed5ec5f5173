/* blkfront.c - the block front-end (see blkfront.h). */
#include "blkfront.h"

#include <string.h>

#include "barrier.h"
#include "evtchn.h"
#include "gnttab.h"

#define SECTORS_PER_PAGE (PV_PAGE_SIZE / BLKIF_SECTOR_SIZE)
#define MAX_SECTORS (BLKIF_MAX_SEGMENTS * SECTORS_PER_PAGE) /* per request */

_Static_assert(sizeof(struct blkif_request) <= BLKIF_SLOT_BYTES, "a request fits a slot");
_Static_assert(sizeof(struct blkif_response) <= BLKIF_SLOT_BYTES, "a response fits a slot");
_Static_assert(RING_SLOTS_OFFSET + BLKIF_RING_SIZE * BLKIF_SLOT_BYTES <= RING_PAGE, "ring fits");

int blkfront_probe(struct xs_client *xs, uint32_t *sectors)
{
    return xs_read_u32(xs, STORE_VBD_SECTORS, sectors);
}

void blkfront_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
}

int blkfront_connect(struct blkfront *bf, struct xs_client *xs, const struct blkfront_pages *pages,
                     void (*wait)(void))
{
    int r = blkfront_probe(xs, &bf->sectors);
    if (r < 0) {
        return r;
    }
    bf->wait = wait;
    bf->next_id = 1;
    struct ring_header *sring = pages->ring;
    PV_SHARED_RING_INIT(sring);
    PV_FRONT_RING_INIT(&bf->ring, sring, BLKIF_RING_SIZE, BLKIF_SLOT_BYTES);
    for (uint32_t i = 0; i < BLKIF_MAX_SEGMENTS; i++) {
        bf->bounce[i] = pages->bounce[i];
        r = gnttab_grant_access(DOMID_BACKEND, pages->bounce_mfn[i], 0);
        if (r < 0) {
            return r;
        }
        bf->bounce_ref[i] = (uint32_t)r;
    }
    r = gnttab_grant_access(DOMID_BACKEND, pages->ring_mfn, 0);
    if (r < 0) {
        return r;
    }
    bf->ring_ref = (uint32_t)r;
    r = evtchn_alloc_unbound(DOMID_BACKEND, &bf->port);
    if (r < 0) {
        return r;
    }
    r = evtchn_bind(bf->port, blkfront_event, bf);
    if (r == 0) {
        r = xs_write_u32(xs, STORE_VBD_RING_REF, bf->ring_ref);
    }
    if (r == 0) {
        r = xs_write_u32(xs, STORE_VBD_EVTCHN, bf->port);
    }
    if (r == 0) {
        r = xs_write_u32(xs, STORE_VBD_STATE, XenbusStateInitialised);
    }
    uint32_t state = 0;
    if (r == 0) {
        r = xs_read_u32(xs, STORE_VBD_BACKEND_STATE, &state);
    }
    if (r == 0 && state != XenbusStateConnected) {
        r = -(int)XEN_EINVAL;
    }
    return r;
}

/* Waits for the response to request id and returns its status. */
static int wait_response(struct blkfront *bf, uint32_t id)
{
    for (;;) {
        uint32_t prod = pv_ring_rsp_prod(&bf->ring);
        while (bf->ring.rsp_cons != prod) {
            const struct blkif_response *rsp = PV_RING_GET_RESPONSE(&bf->ring, bf->ring.rsp_cons);
            uint32_t rid = PV_READ_ONCE(rsp->id);
            int status = PV_READ_ONCE(rsp->status);
            bf->ring.rsp_cons++;
            if (rid == id) {
                return status;
            }
        }
        int more;
        PV_RING_FINAL_CHECK_FOR_RESPONSES(&bf->ring, more);
        if (!more) {
            bf->wait();
        }
    }
}

/* Publishes the request written at req_prod_pvt - 1, notifying when asked. */
static void push(struct blkfront *bf)
{
    int notify;
    PV_RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&bf->ring, notify);
    if (notify) {
        evtchn_send(bf->port);
    }
}

/* Sectors of segment s of a count-sector transfer. */
static uint32_t seg_sectors(uint32_t count, uint32_t s)
{
    uint32_t n = count - s * SECTORS_PER_PAGE;
    return n < SECTORS_PER_PAGE ? n : SECTORS_PER_PAGE;
}

/* One request of up to MAX_SECTORS sectors through the bounce pages: reads
 * into dst, or writes from src. The response's status. */
static int rw_one(struct blkfront *bf, uint32_t sector, uint32_t count, uint8_t *dst,
                  const uint8_t *src)
{
    uint32_t nseg = (count + SECTORS_PER_PAGE - 1) / SECTORS_PER_PAGE;
    for (uint32_t s = 0; src != 0 && s < nseg; s++) {
        memcpy(bf->bounce[s], src + s * PV_PAGE_SIZE, seg_sectors(count, s) * BLKIF_SECTOR_SIZE);
    }
    while (PV_RING_FULL(&bf->ring)) {
        bf->wait(); /* cannot happen with one request in flight, but be safe */
    }
    struct blkif_request *req = PV_RING_GET_REQUEST(&bf->ring, bf->ring.req_prod_pvt);
    memset(req, 0, sizeof *req);
    uint32_t id = bf->next_id++;
    req->operation = (uint8_t)(src != 0 ? BLKIF_OP_WRITE : BLKIF_OP_READ);
    req->nr_segments = (uint8_t)nseg;
    req->handle = 0;
    req->id = id;
    req->sector_number = sector;
    for (uint32_t s = 0; s < nseg; s++) {
        req->seg_gref[s] = bf->bounce_ref[s];
        req->seg_first_sect[s] = 0;
        req->seg_last_sect[s] = (uint8_t)(seg_sectors(count, s) - 1);
    }
    bf->ring.req_prod_pvt++;
    push(bf);
    int status = wait_response(bf, id);
    for (uint32_t s = 0; dst != 0 && status == (int)BLKIF_RSP_OKAY && s < nseg; s++) {
        memcpy(dst + s * PV_PAGE_SIZE, bf->bounce[s], seg_sectors(count, s) * BLKIF_SECTOR_SIZE);
    }
    return status;
}

/* Moves count sectors at sector in requests of up to MAX_SECTORS. */
static int transfer(struct blkfront *bf, uint32_t sector, uint32_t count, uint8_t *dst,
                    const uint8_t *src)
{
    while (count > 0) {
        uint32_t n = count < MAX_SECTORS ? count : MAX_SECTORS;
        int status = rw_one(bf, sector, n, dst, src);
        if (status != (int)BLKIF_RSP_OKAY) {
            return status;
        }
        sector += n;
        count -= n;
        dst = dst != 0 ? dst + n * BLKIF_SECTOR_SIZE : 0;
        src = src != 0 ? src + n * BLKIF_SECTOR_SIZE : 0;
    }
    return (int)BLKIF_RSP_OKAY;
}

int blkfront_read(struct blkfront *bf, uint32_t sector, uint32_t count, void *dst)
{
    return transfer(bf, sector, count, dst, 0);
}

int blkfront_write(struct blkfront *bf, uint32_t sector, uint32_t count, const void *src)
{
    return transfer(bf, sector, count, 0, src);
}

int blkfront_flush(struct blkfront *bf)
{
    struct blkif_request *req = PV_RING_GET_REQUEST(&bf->ring, bf->ring.req_prod_pvt);
    memset(req, 0, sizeof *req);
    uint32_t id = bf->next_id++;
    req->operation = (uint8_t)BLKIF_OP_FLUSH_DISKCACHE;
    req->nr_segments = 0;
    req->id = id;
    bf->ring.req_prod_pvt++;
    push(bf);
    return wait_response(bf, id);
}
