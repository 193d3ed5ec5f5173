/* netfront.c - the network front-end (see netfront.h). */
#include "netfront.h"

#include <string.h>

#include "barrier.h"
#include "evtchn.h"
#include "gnttab.h"

_Static_assert(sizeof(struct netif_tx_request) <= NETIF_TX_SLOT_BYTES, "a tx request fits a slot");
_Static_assert(sizeof(struct netif_tx_response) <= NETIF_TX_SLOT_BYTES, "a tx response fits a slot");
_Static_assert(sizeof(struct netif_rx_request) <= NETIF_RX_SLOT_BYTES, "an rx request fits a slot");
_Static_assert(sizeof(struct netif_rx_response) <= NETIF_RX_SLOT_BYTES, "an rx response fits a slot");
_Static_assert(RING_SLOTS_OFFSET + NETIF_TX_RING_SIZE * NETIF_TX_SLOT_BYTES <= RING_PAGE, "tx ring fits");
_Static_assert(RING_SLOTS_OFFSET + NETIF_RX_RING_SIZE * NETIF_RX_SLOT_BYTES <= RING_PAGE, "rx ring fits");
_Static_assert(NETFRONT_TX_STRIDE >= NETIF_MTU_FRAME && NETFRONT_TX_PER_PAGE >= 1, "a frame fits a tx slot");
_Static_assert(NETFRONT_TX_SLOTS <= NETIF_TX_RING_SIZE && NETFRONT_TX_SLOTS <= 0x10000u,
               "every tx slot can be in flight at once, its id fits 16 bits");
_Static_assert(NETFRONT_RX_BUFS >= 1 && NETFRONT_RX_BUFS <= NETIF_RX_RING_SIZE, "every rx page fits the ring");
_Static_assert(NETIF_MTU_FRAME <= PV_PAGE_SIZE, "a frame fits an rx page");

/* The value of a hex digit, or -1. */
static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

int netfront_probe(struct xs_client *xs, uint8_t mac[NETFRONT_MAC_LEN])
{
    char text[32];
    int n = xs_read(xs, STORE_VIF_MAC, text, sizeof text);
    if (n < 0) {
        return n;
    }
    if (n != (int)(3 * NETFRONT_MAC_LEN - 1)) {
        return -(int)XEN_EINVAL;
    }
    for (uint32_t i = 0; i < NETFRONT_MAC_LEN; i++) {
        int hi = hex_digit(text[3 * i]), lo = hex_digit(text[3 * i + 1]);
        if (hi < 0 || lo < 0 || (i + 1 < NETFRONT_MAC_LEN && text[3 * i + 2] != ':')) {
            return -(int)XEN_EINVAL;
        }
        mac[i] = (uint8_t)(hi << 4 | lo);
    }
    return 0;
}

int netfront_reread_mac(struct netfront *nf, struct xs_client *xs)
{
    uint8_t mac[NETFRONT_MAC_LEN];
    int r = netfront_probe(xs, mac);
    if (r == 0) {
        memcpy(nf->mac, mac, NETFRONT_MAC_LEN);
    }
    return r;
}

/* Publishes the requests written on ring r since its last push, notifying
 * the back-end when it asked to hear about them. */
static void push(struct netfront *nf, struct pv_front_ring *r)
{
    int notify;
    PV_RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(r, notify);
    if (notify) {
        evtchn_send(nf->port);
    }
}

/* Whether the back-end's rsp_prod is plausible for ring r: no more
 * responses than requests written. Breaks the interface when it is not. */
static int rsp_prod_ok(struct netfront *nf, const struct pv_front_ring *r, uint32_t prod)
{
    if (prod - r->rsp_cons > r->req_prod_pvt - r->rsp_cons) {
        nf->broken = 1;
        return 0;
    }
    return 1;
}

/* Takes back the transmit slots whose responses have come. */
static void tx_gc(struct netfront *nf)
{
    uint32_t prod = pv_ring_rsp_prod(&nf->tx);
    if (!rsp_prod_ok(nf, &nf->tx, prod)) {
        return;
    }
    while (nf->tx.rsp_cons != prod) {
        const struct netif_tx_response *rsp = PV_RING_GET_RESPONSE(&nf->tx, nf->tx.rsp_cons);
        uint16_t id = PV_READ_ONCE(rsp->id);
        int16_t status = PV_READ_ONCE(rsp->status);
        nf->tx.rsp_cons++;
        if (id >= NETFRONT_TX_SLOTS || !nf->tx_busy[id]) {
            nf->stats.bad_responses++;
            continue;
        }
        nf->tx_busy[id] = 0;
        nf->tx_free[nf->tx_nfree++] = id;
        if (status != (int16_t)NETIF_RSP_OKAY) {
            nf->stats.tx_errors++;
        }
    }
}

/* Writes an rx request offering page id (published by the next push). */
static void post_rx(struct netfront *nf, uint16_t id)
{
    struct netif_rx_request *req = PV_RING_GET_REQUEST(&nf->rx, nf->rx.req_prod_pvt);
    req->id = id;
    req->pad = 0;
    req->gref = nf->rx_ref[id];
    nf->rx_posted[id] = 1;
    nf->rx.req_prod_pvt++;
}

/* Hands every published rx response's frame to the callback and posts its
 * page again (the requests are published by the caller's push). */
static void rx_drain(struct netfront *nf)
{
    uint32_t prod = pv_ring_rsp_prod(&nf->rx);
    if (!rsp_prod_ok(nf, &nf->rx, prod)) {
        return;
    }
    while (nf->rx.rsp_cons != prod) {
        const struct netif_rx_response *rsp = PV_RING_GET_RESPONSE(&nf->rx, nf->rx.rsp_cons);
        uint16_t id = PV_READ_ONCE(rsp->id);
        uint16_t offset = PV_READ_ONCE(rsp->offset);
        int16_t status = PV_READ_ONCE(rsp->status);
        nf->rx.rsp_cons++;
        if (id >= NETFRONT_RX_BUFS || !nf->rx_posted[id]) {
            nf->stats.bad_responses++;
            continue;
        }
        nf->rx_posted[id] = 0;
        if (status > 0 && (uint32_t)status <= NETIF_MTU_FRAME &&
            (uint32_t)offset + (uint32_t)status <= PV_PAGE_SIZE) {
            nf->stats.rx_frames++;
            nf->rx_fn(nf->rx_arg, nf->rx_page[id] + offset, (uint32_t)status);
        } else {
            nf->stats.rx_errors++;
        }
        post_rx(nf, id);
    }
}

void netfront_poll(struct netfront *nf)
{
    if (!nf->connected || nf->broken || nf->polling) {
        return;
    }
    nf->polling = 1;
    tx_gc(nf);
    int more;
    do {
        rx_drain(nf);
        push(nf, &nf->rx);
        PV_RING_FINAL_CHECK_FOR_RESPONSES(&nf->rx, more);
    } while (more && !nf->broken);
    nf->polling = 0;
}

void netfront_event(uint32_t port, void *arg)
{
    (void)port;
    netfront_poll(arg);
}

int netfront_send(struct netfront *nf, const void *frame, uint32_t len)
{
    if (len < NETFRONT_FRAME_MIN || len > NETIF_MTU_FRAME) {
        return -(int)XEN_EINVAL;
    }
    if (!nf->connected || nf->broken) {
        return -(int)XEN_ENOENT;
    }
    tx_gc(nf);
    if (nf->tx_nfree == 0) {
        nf->stats.tx_waits++;
    }
    while (nf->tx_nfree == 0) {
        int more;
        PV_RING_FINAL_CHECK_FOR_RESPONSES(&nf->tx, more);
        if (!more) {
            nf->wait();
        }
        tx_gc(nf);
        if (nf->broken) {
            return -(int)XEN_ENOENT;
        }
    }
    uint16_t id = nf->tx_free[--nf->tx_nfree];
    nf->tx_busy[id] = 1;
    uint32_t offset = (id % NETFRONT_TX_PER_PAGE) * NETFRONT_TX_STRIDE;
    memcpy(nf->tx_page[id / NETFRONT_TX_PER_PAGE] + offset, frame, len);
    struct netif_tx_request *req = PV_RING_GET_REQUEST(&nf->tx, nf->tx.req_prod_pvt);
    req->gref = nf->tx_ref[id / NETFRONT_TX_PER_PAGE];
    req->offset = (uint16_t)offset;
    req->flags = 0;
    req->id = id;
    req->size = (uint16_t)len;
    nf->tx.req_prod_pvt++;
    push(nf, &nf->tx);
    nf->stats.tx_frames++;
    return 0;
}

int netfront_connect(struct netfront *nf, struct xs_client *xs, const struct netfront_pages *pages,
                     netfront_rx_t rx, void *rx_arg, void (*wait)(void))
{
    memset(nf, 0, sizeof *nf);
    int r = netfront_probe(xs, nf->mac);
    if (r < 0) {
        return r;
    }
    nf->rx_fn = rx;
    nf->rx_arg = rx_arg;
    nf->wait = wait;
    struct ring_header *txs = pages->tx_ring, *rxs = pages->rx_ring;
    PV_SHARED_RING_INIT(txs);
    PV_SHARED_RING_INIT(rxs);
    PV_FRONT_RING_INIT(&nf->tx, txs, NETIF_TX_RING_SIZE, NETIF_TX_SLOT_BYTES);
    PV_FRONT_RING_INIT(&nf->rx, rxs, NETIF_RX_RING_SIZE, NETIF_RX_SLOT_BYTES);

    for (uint32_t i = 0; i < NETFRONT_TX_PAGES; i++) {
        nf->tx_page[i] = pages->tx[i];
        r = gnttab_grant_access(DOMID_BACKEND, pages->tx_mfn[i], 1);
        if (r < 0) {
            return r;
        }
        nf->tx_ref[i] = (uint32_t)r;
    }
    for (uint32_t id = 0; id < NETFRONT_TX_SLOTS; id++) {
        nf->tx_free[nf->tx_nfree++] = (uint16_t)(NETFRONT_TX_SLOTS - 1 - id); /* slot 0 on top */
    }
    for (uint32_t i = 0; i < NETFRONT_RX_BUFS; i++) {
        nf->rx_page[i] = pages->rx[i];
        r = gnttab_grant_access(DOMID_BACKEND, pages->rx_mfn[i], 0);
        if (r < 0) {
            return r;
        }
        nf->rx_ref[i] = (uint32_t)r;
    }
    r = gnttab_grant_access(DOMID_BACKEND, pages->tx_ring_mfn, 0);
    if (r < 0) {
        return r;
    }
    nf->tx_ring_ref = (uint32_t)r;
    r = gnttab_grant_access(DOMID_BACKEND, pages->rx_ring_mfn, 0);
    if (r < 0) {
        return r;
    }
    nf->rx_ring_ref = (uint32_t)r;

    /* Every receive page goes on the ring before the back-end looks at it
     * (nobody to notify yet: it reads req_prod when frames come). */
    for (uint32_t i = 0; i < NETFRONT_RX_BUFS; i++) {
        post_rx(nf, (uint16_t)i);
    }
    pv_wmb();
    PV_WRITE_ONCE(rxs->req_prod, nf->rx.req_prod_pvt);

    r = evtchn_alloc_unbound(DOMID_BACKEND, &nf->port);
    if (r < 0) {
        return r;
    }
    r = evtchn_bind(nf->port, netfront_event, nf);
    if (r == 0) {
        r = xs_write_u32(xs, STORE_VIF_TX_RING_REF, nf->tx_ring_ref);
    }
    if (r == 0) {
        r = xs_write_u32(xs, STORE_VIF_RX_RING_REF, nf->rx_ring_ref);
    }
    if (r == 0) {
        r = xs_write_u32(xs, STORE_VIF_EVTCHN, nf->port);
    }
    if (r == 0) {
        r = xs_write_u32(xs, STORE_VIF_STATE, XenbusStateInitialised);
    }
    uint32_t state = 0;
    if (r == 0) {
        r = xs_read_u32(xs, STORE_VIF_BACKEND_STATE, &state);
    }
    if (r == 0 && state != XenbusStateConnected) {
        r = -(int)XEN_EINVAL;
    }
    if (r == 0) {
        nf->connected = 1;
        netfront_poll(nf); /* anything that arrived while the store was answering */
    }
    return r;
}
