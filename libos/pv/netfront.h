/* netfront.h - the network front-end (netif over two shared rings,
 * exovisor/ring.h; the back-end is hypervisor/pv/netback.ts).
 *
 * Connection (through the configuration store): STORE_VIF_MAC says whether
 * there is an interface and names its address. The front-end grants its
 * transmit and receive ring pages to DOMID_BACKEND, allocates one unbound
 * event channel for it (both rings share it), writes STORE_VIF_TX_RING_REF,
 * STORE_VIF_RX_RING_REF and STORE_VIF_EVTCHN, then XenbusStateInitialised
 * to STORE_VIF_STATE, and requires STORE_VIF_BACKEND_STATE = Connected.
 *
 * Transmit: the frame is copied into a free slot of a pool of transmit
 * buffers (NETFRONT_TX_PAGES pages granted read-only once, persistently,
 * NETFRONT_TX_PER_PAGE frames each) and a netif_tx_request naming that
 * slot is pushed with the notification rule of pvring.h. Slots come back
 * with their tx responses, reclaimed lazily (by the next send and by every
 * event); only when the pool is empty does the front-end ask for a
 * transmit notification and wait (wait callback).
 *
 * Receive: NETFRONT_RX_BUFS pages, each granted writable once, stay posted
 * on the receive ring. Each rx response (status = frame length, or a
 * negative NETIF_RSP_*) hands the frame to the caller's callback and posts
 * its page again. Before leaving the event handler the front-end sets
 * rsp_event = rsp_cons + 1 and checks again, so a frame published meanwhile
 * is either seen or notified.
 *
 * The back-end is not trusted: each response field is read once, ids must
 * name a slot or page that is in flight, lengths and offsets must fit the
 * page, and a back-end that publishes more responses than there were
 * requests breaks the interface (no further I/O).
 */
#ifndef LIBPV_NETFRONT_H
#define LIBPV_NETFRONT_H

#include <stdint.h>

#include "exovisor/ring.h"
#include "pvring.h"
#include "xenstore.h"

/* Bytes of a MAC address. */
#define NETFRONT_MAC_LEN 6u
/* Shortest frame: an Ethernet header (destination, source, type). */
#define NETFRONT_FRAME_MIN 14u

/* Transmit buffers: pages of the pool, and frames per page (a frame slot
 * is NETFRONT_TX_STRIDE bytes, enough for NETIF_MTU_FRAME). */
#ifndef NETFRONT_TX_PAGES
#define NETFRONT_TX_PAGES 8u
#endif
#define NETFRONT_TX_STRIDE 2048u
#define NETFRONT_TX_PER_PAGE (PV_PAGE_SIZE / NETFRONT_TX_STRIDE)
#define NETFRONT_TX_SLOTS (NETFRONT_TX_PAGES * NETFRONT_TX_PER_PAGE)
/* Receive pages kept posted (at most NETIF_RX_RING_SIZE). */
#ifndef NETFRONT_RX_BUFS
#define NETFRONT_RX_BUFS 32u
#endif

/* Pages the caller provides (page aligned, mapped writable), with their
 * machine frames: the two rings and the buffers. */
struct netfront_pages {
    void *tx_ring;
    uint32_t tx_ring_mfn;
    void *rx_ring;
    uint32_t rx_ring_mfn;
    void *tx[NETFRONT_TX_PAGES];
    uint32_t tx_mfn[NETFRONT_TX_PAGES];
    void *rx[NETFRONT_RX_BUFS];
    uint32_t rx_mfn[NETFRONT_RX_BUFS];
};

/* Receives one frame of len bytes (1..NETIF_MTU_FRAME) at frame, which is
 * valid only during the call (the page is posted again after it). Runs
 * from netfront_poll, i.e. in the event handler: it must not wait, send or
 * poll. */
typedef void (*netfront_rx_t)(void *arg, const uint8_t *frame, uint32_t len);

/* Counters of the front-end. */
struct netfront_stats {
    uint32_t tx_frames;     /* frames pushed */
    uint32_t tx_errors;     /* tx responses other than NETIF_RSP_OKAY */
    uint32_t tx_waits;      /* sends that waited for a free buffer */
    uint32_t rx_frames;     /* frames handed to the callback */
    uint32_t rx_errors;     /* rx responses with a negative status (dropped, refused) or a bad length */
    uint32_t bad_responses; /* responses naming nothing in flight (ignored) */
};

struct netfront {
    struct pv_front_ring tx;
    struct pv_front_ring rx;
    uint32_t port;          /* our end of the interface's channel */
    uint32_t tx_ring_ref;
    uint32_t rx_ring_ref;
    uint8_t mac[NETFRONT_MAC_LEN];
    int connected;
    int broken;             /* the back-end broke the ring protocol: no more I/O */
    int polling;            /* netfront_poll is running (no nesting) */
    uint8_t *tx_page[NETFRONT_TX_PAGES];
    uint32_t tx_ref[NETFRONT_TX_PAGES];
    uint16_t tx_free[NETFRONT_TX_SLOTS]; /* stack of free slot ids */
    uint32_t tx_nfree;
    uint8_t tx_busy[NETFRONT_TX_SLOTS];  /* the slot's request awaits its response */
    uint8_t *rx_page[NETFRONT_RX_BUFS];
    uint32_t rx_ref[NETFRONT_RX_BUFS];
    uint8_t rx_posted[NETFRONT_RX_BUFS]; /* the page is on the ring */
    netfront_rx_t rx_fn;
    void *rx_arg;
    void (*wait)(void);
    struct netfront_stats stats;
};

/* Whether the store describes an interface: 0 and its MAC address in mac,
 * -XEN_ENOENT when there is none, -XEN_EINVAL when the address is not
 * aa:bb:cc:dd:ee:ff, or another -XEN_E* from the store. */
int netfront_probe(struct xs_client *xs, uint8_t mac[NETFRONT_MAC_LEN]);
/* Reads the MAC address from the store again into nf->mac (a domain
 * restored from a snapshot has an interface with a new address): 0, or the
 * error of netfront_probe with nf->mac unchanged. */
int netfront_reread_mac(struct netfront *nf, struct xs_client *xs);
/* Connects to the back-end with the caller's pages (after gnttab_init and
 * evtchn_init; it binds the interface's port to netfront_event with nf as
 * the argument) and posts every receive page. rx gets each received frame;
 * wait sleeps until the next event (events masked on entry and exit).
 * 0, -XEN_E* from the store, the grant table or the event channel, or
 * -XEN_EINVAL when the back-end did not reach XenbusStateConnected. */
int netfront_connect(struct netfront *nf, struct xs_client *xs, const struct netfront_pages *pages,
                     netfront_rx_t rx, void *rx_arg, void (*wait)(void));
/* Handler for the interface's port (evtchn_bind, arg = the netfront): netfront_poll. */
void netfront_event(uint32_t port, void *arg);
/* Reclaims transmit buffers, hands every received frame to the callback
 * and posts its page again, then asks for the next receive notification
 * (and checks once more). Call with events masked. */
void netfront_poll(struct netfront *nf);
/* Sends one Ethernet frame of len bytes (NETFRONT_FRAME_MIN..NETIF_MTU_FRAME)
 * from frame, waiting for a free transmit buffer if there is none. 0 once
 * it is on the ring (a refusal by the back-end is only counted in
 * tx_errors), -XEN_EINVAL for a bad length, -XEN_ENOENT when the interface
 * is not connected or broken. */
int netfront_send(struct netfront *nf, const void *frame, uint32_t len);

#endif
