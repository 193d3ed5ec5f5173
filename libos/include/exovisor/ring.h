/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/ring.ts
 * (npm run guests regenerates it).
 *
 * Shared descriptor rings (Xen io/ring.h protocol) and the split-driver protocols
 * that use them: block (blkif), network (netif), console, configuration store keys.
 * Slot i of a ring is at RING_SLOTS_OFFSET + (i & (size - 1)) * slot bytes.
 *
 * The console and store pages exist from boot (start_info names their frames and
 * their event channels, already bound to DOMID_BACKEND). A block or network front-end
 * connects by writing its ring grant(s) and an unbound port (remote DOMID_BACKEND) under
 * device/<dev>/0/, then XenbusStateInitialised to device/<dev>/0/state; the back-end
 * connects before that write is answered and sets backend/<dev>/0/state to
 * XenbusStateConnected (XenbusStateClosed when it refused). Grants to the back-end
 * name DOMID_BACKEND; a front-end notifies with EVTCHNOP_send on its port. A new ring
 * page starts zeroed with req_event = rsp_event = 1 (Xen's SHARED_RING_INIT). The console
 * back-end notifies the console port whenever it consumed output or produced input.
 */
#ifndef EXOVISOR_RING_H
#define EXOVISOR_RING_H

/* Unsigned in C, plain in assembly (where a u suffix does not parse). */
#ifndef EXO_U
#ifdef __ASSEMBLER__
#define EXO_U(x) x
#else
#define EXO_U(x) x##u
#endif
#endif

/* Rings. */
#define RING_PAGE           EXO_U(4096) /* bytes of a ring page */
#define RING_SLOTS_OFFSET   EXO_U(64) /* first slot */
#define BLKIF_RING_SIZE     EXO_U(32) /* slots of a block ring */
#define NETIF_TX_RING_SIZE  EXO_U(256) /* slots of a transmit ring */
#define NETIF_RX_RING_SIZE  EXO_U(256) /* slots of a receive ring */
#define BLKIF_SLOT_BYTES    EXO_U(80) /* bytes of a block ring slot */
#define NETIF_TX_SLOT_BYTES EXO_U(12) /* bytes of a transmit ring slot */
#define NETIF_RX_SLOT_BYTES EXO_U(8) /* bytes of a receive ring slot */

/* Block protocol. */
#define BLKIF_OP_READ            EXO_U(0) /* read sectors into the granted pages */
#define BLKIF_OP_WRITE           EXO_U(1) /* write sectors from the granted pages */
#define BLKIF_OP_FLUSH_DISKCACHE EXO_U(3) /* make earlier writes durable */
#define BLKIF_MAX_SEGMENTS       EXO_U(11) /* segments per request */
#define BLKIF_SECTOR_SIZE        EXO_U(512) /* bytes per sector */
#define BLKIF_RSP_OKAY           EXO_U(0) /* done */
#define BLKIF_RSP_ERROR          (-1) /* refused or failed (bad segment, grant, range) */
#define BLKIF_RSP_EOPNOTSUPP     (-2) /* unknown operation */

/* Network protocol. */
#define NETIF_MTU_FRAME   EXO_U(1514) /* largest Ethernet frame without FCS */
#define NETIF_RSP_OKAY    EXO_U(0) /* sent */
#define NETIF_RSP_ERROR   (-1) /* refused (bad grant, size or offset) */
#define NETIF_RSP_DROPPED (-2) /* dropped (no receive buffer, rate limit) */

/* Configuration store keys (front-ends find their rings here). */
#define STORE_DOMID             "domid" /* the domain's own id, in decimal (for grant entries naming it) */
#define STORE_VBD_RING_REF      "device/vbd/0/ring-ref" /* grant reference of the block ring page */
#define STORE_VBD_EVTCHN        "device/vbd/0/event-channel" /* event channel of the block device */
#define STORE_VBD_SECTORS       "device/vbd/0/sectors" /* disk size in sectors (absent: no disk) */
#define STORE_VBD_STATE         "device/vbd/0/state" /* the block front-end's XenbusState */
#define STORE_VBD_BACKEND_STATE "backend/vbd/0/state" /* the block back-end's XenbusState */
#define STORE_VIF_TX_RING_REF   "device/vif/0/tx-ring-ref" /* grant reference of the transmit ring page */
#define STORE_VIF_RX_RING_REF   "device/vif/0/rx-ring-ref" /* grant reference of the receive ring page */
#define STORE_VIF_EVTCHN        "device/vif/0/event-channel" /* event channel of the network interface */
#define STORE_VIF_MAC           "device/vif/0/mac" /* the interface's MAC address, aa:bb:cc:dd:ee:ff (absent: no interface) */
#define STORE_VIF_STATE         "device/vif/0/state" /* the network front-end's XenbusState */
#define STORE_VIF_BACKEND_STATE "backend/vif/0/state" /* the network back-end's XenbusState */

/* Configuration store messages and device states. */
#define XS_READ                 EXO_U(2) /* read a key */
#define XS_WRITE                EXO_U(11) /* write a key */
#define XS_ERROR                EXO_U(16) /* the answer to a refused request */
#define XS_PAYLOAD_MAX          EXO_U(256) /* largest message payload */
#define XenbusStateInitialising EXO_U(1) /* being set up */
#define XenbusStateInitialised  EXO_U(3) /* front-end: rings and port published */
#define XenbusStateConnected    EXO_U(4) /* back-end: connected */
#define XenbusStateClosed       EXO_U(6) /* closed, or refused */

#ifndef __ASSEMBLER__
#include <stdint.h>

/* Start of a shared ring page (Xen's sring): free-running indices, then the slots at RING_SLOTS_OFFSET. */
struct ring_header {
    uint32_t req_prod; /* +0: requests published by the front-end */
    uint32_t req_event; /* +4: back-end wants a notification when req_prod passes this */
    uint32_t rsp_prod; /* +8: responses published by the back-end */
    uint32_t rsp_event; /* +12: front-end wants a notification when rsp_prod passes this */
    uint8_t pad[48]; /* +16: reserved */
};
_Static_assert(__builtin_offsetof(struct ring_header, req_prod) == 0, "ring_header.req_prod");
_Static_assert(__builtin_offsetof(struct ring_header, req_event) == 4, "ring_header.req_event");
_Static_assert(__builtin_offsetof(struct ring_header, rsp_prod) == 8, "ring_header.rsp_prod");
_Static_assert(__builtin_offsetof(struct ring_header, rsp_event) == 12, "ring_header.rsp_event");
_Static_assert(__builtin_offsetof(struct ring_header, pad) == 16, "ring_header.pad");
_Static_assert(sizeof(struct ring_header) == 64, "sizeof ring_header");

/* A block request: up to BLKIF_MAX_SEGMENTS granted pages, each a sector range within its page. */
struct blkif_request {
    uint8_t operation; /* +0: BLKIF_OP_* */
    uint8_t nr_segments; /* +1: 1..BLKIF_MAX_SEGMENTS (0 for a flush) */
    uint16_t handle; /* +2: virtual disk */
    uint32_t id; /* +4: echoed in the response */
    uint32_t sector_number; /* +8: first 512-byte sector on the disk */
    uint32_t seg_gref[11]; /* +12: grant reference of each segment's page */
    uint8_t seg_first_sect[11]; /* +56: first sector within the page (0..7) */
    uint8_t seg_last_sect[11]; /* +67: last sector within the page (first..7) */
    uint8_t pad[2]; /* +78: reserved */
};
_Static_assert(__builtin_offsetof(struct blkif_request, operation) == 0, "blkif_request.operation");
_Static_assert(__builtin_offsetof(struct blkif_request, nr_segments) == 1, "blkif_request.nr_segments");
_Static_assert(__builtin_offsetof(struct blkif_request, handle) == 2, "blkif_request.handle");
_Static_assert(__builtin_offsetof(struct blkif_request, id) == 4, "blkif_request.id");
_Static_assert(__builtin_offsetof(struct blkif_request, sector_number) == 8, "blkif_request.sector_number");
_Static_assert(__builtin_offsetof(struct blkif_request, seg_gref) == 12, "blkif_request.seg_gref");
_Static_assert(__builtin_offsetof(struct blkif_request, seg_first_sect) == 56, "blkif_request.seg_first_sect");
_Static_assert(__builtin_offsetof(struct blkif_request, seg_last_sect) == 67, "blkif_request.seg_last_sect");
_Static_assert(__builtin_offsetof(struct blkif_request, pad) == 78, "blkif_request.pad");
_Static_assert(sizeof(struct blkif_request) == 80, "sizeof blkif_request");

/* A block response. */
struct blkif_response {
    uint32_t id; /* +0: the request's id */
    uint8_t operation; /* +4: the request's operation */
    uint8_t pad; /* +5: reserved */
    int16_t status; /* +6: BLKIF_RSP_* */
};
_Static_assert(__builtin_offsetof(struct blkif_response, id) == 0, "blkif_response.id");
_Static_assert(__builtin_offsetof(struct blkif_response, operation) == 4, "blkif_response.operation");
_Static_assert(__builtin_offsetof(struct blkif_response, pad) == 5, "blkif_response.pad");
_Static_assert(__builtin_offsetof(struct blkif_response, status) == 6, "blkif_response.status");
_Static_assert(sizeof(struct blkif_response) == 8, "sizeof blkif_response");

/* A frame to send: size bytes at offset in a granted page. */
struct netif_tx_request {
    uint32_t gref; /* +0: grant reference of the page holding the frame */
    uint16_t offset; /* +4: offset of the frame in the page */
    uint16_t flags; /* +6: NETTXF_* (none defined yet: 0) */
    uint16_t id; /* +8: echoed in the response */
    uint16_t size; /* +10: frame length in bytes (14..NETIF_MTU_FRAME) */
};
_Static_assert(__builtin_offsetof(struct netif_tx_request, gref) == 0, "netif_tx_request.gref");
_Static_assert(__builtin_offsetof(struct netif_tx_request, offset) == 4, "netif_tx_request.offset");
_Static_assert(__builtin_offsetof(struct netif_tx_request, flags) == 6, "netif_tx_request.flags");
_Static_assert(__builtin_offsetof(struct netif_tx_request, id) == 8, "netif_tx_request.id");
_Static_assert(__builtin_offsetof(struct netif_tx_request, size) == 10, "netif_tx_request.size");
_Static_assert(sizeof(struct netif_tx_request) == 12, "sizeof netif_tx_request");

/* A sent frame's outcome. */
struct netif_tx_response {
    uint16_t id; /* +0: the request's id */
    int16_t status; /* +2: NETIF_RSP_* */
};
_Static_assert(__builtin_offsetof(struct netif_tx_response, id) == 0, "netif_tx_response.id");
_Static_assert(__builtin_offsetof(struct netif_tx_response, status) == 2, "netif_tx_response.status");
_Static_assert(sizeof(struct netif_tx_response) == 4, "sizeof netif_tx_response");

/* An empty granted page offered for one received frame. */
struct netif_rx_request {
    uint16_t id; /* +0: echoed in the response */
    uint16_t pad; /* +2: reserved */
    uint32_t gref; /* +4: grant reference of the page (writable by the back-end) */
};
_Static_assert(__builtin_offsetof(struct netif_rx_request, id) == 0, "netif_rx_request.id");
_Static_assert(__builtin_offsetof(struct netif_rx_request, pad) == 2, "netif_rx_request.pad");
_Static_assert(__builtin_offsetof(struct netif_rx_request, gref) == 4, "netif_rx_request.gref");
_Static_assert(sizeof(struct netif_rx_request) == 8, "sizeof netif_rx_request");

/* A received frame: status bytes at offset in the offered page. */
struct netif_rx_response {
    uint16_t id; /* +0: the request's id */
    uint16_t offset; /* +2: where the frame starts in the page */
    uint16_t flags; /* +4: NETRXF_* (none defined yet: 0) */
    int16_t status; /* +6: frame length (> 0) or NETIF_RSP_* (< 0) */
};
_Static_assert(__builtin_offsetof(struct netif_rx_response, id) == 0, "netif_rx_response.id");
_Static_assert(__builtin_offsetof(struct netif_rx_response, offset) == 2, "netif_rx_response.offset");
_Static_assert(__builtin_offsetof(struct netif_rx_response, flags) == 4, "netif_rx_response.flags");
_Static_assert(__builtin_offsetof(struct netif_rx_response, status) == 6, "netif_rx_response.status");
_Static_assert(sizeof(struct netif_rx_response) == 8, "sizeof netif_rx_response");

/* The PV console page: input (back-end → guest) and output (guest → back-end) byte rings. */
struct xencons_interface {
    char in[1024]; /* +0: input ring */
    char out[2048]; /* +1024: output ring */
    uint32_t in_cons; /* +3072: input consumed by the guest */
    uint32_t in_prod; /* +3076: input produced by the back-end */
    uint32_t out_cons; /* +3080: output consumed by the back-end */
    uint32_t out_prod; /* +3084: output produced by the guest */
};
_Static_assert(__builtin_offsetof(struct xencons_interface, in) == 0, "xencons_interface.in");
_Static_assert(__builtin_offsetof(struct xencons_interface, out) == 1024, "xencons_interface.out");
_Static_assert(__builtin_offsetof(struct xencons_interface, in_cons) == 3072, "xencons_interface.in_cons");
_Static_assert(__builtin_offsetof(struct xencons_interface, in_prod) == 3076, "xencons_interface.in_prod");
_Static_assert(__builtin_offsetof(struct xencons_interface, out_cons) == 3080, "xencons_interface.out_cons");
_Static_assert(__builtin_offsetof(struct xencons_interface, out_prod) == 3084, "xencons_interface.out_prod");
_Static_assert(sizeof(struct xencons_interface) == 3088, "sizeof xencons_interface");

/* The store page: the guest writes messages into req, the back-end answers in rsp (free-running indices). */
struct xenstore_domain_interface {
    char req[1024]; /* +0: requests (guest → store) */
    char rsp[1024]; /* +1024: responses (store → guest) */
    uint32_t req_cons; /* +2048: request bytes consumed by the store */
    uint32_t req_prod; /* +2052: request bytes produced by the guest */
    uint32_t rsp_cons; /* +2056: response bytes consumed by the guest */
    uint32_t rsp_prod; /* +2060: response bytes produced by the store */
};
_Static_assert(__builtin_offsetof(struct xenstore_domain_interface, req) == 0, "xenstore_domain_interface.req");
_Static_assert(__builtin_offsetof(struct xenstore_domain_interface, rsp) == 1024, "xenstore_domain_interface.rsp");
_Static_assert(__builtin_offsetof(struct xenstore_domain_interface, req_cons) == 2048, "xenstore_domain_interface.req_cons");
_Static_assert(__builtin_offsetof(struct xenstore_domain_interface, req_prod) == 2052, "xenstore_domain_interface.req_prod");
_Static_assert(__builtin_offsetof(struct xenstore_domain_interface, rsp_cons) == 2056, "xenstore_domain_interface.rsp_cons");
_Static_assert(__builtin_offsetof(struct xenstore_domain_interface, rsp_prod) == 2060, "xenstore_domain_interface.rsp_prod");
_Static_assert(sizeof(struct xenstore_domain_interface) == 2064, "sizeof xenstore_domain_interface");

/* Store message header (XS_*): READ payload "path\0", answered with the value's bytes (no NUL); WRITE payload "path\0value", answered "OK\0"; the answer has the same type and req_id, or XS_ERROR with "ENOENT\0"-style text. */
struct xsd_sockmsg {
    uint32_t type; /* +0: XS_* */
    uint32_t req_id; /* +4: echoed in the answer */
    uint32_t tx_id; /* +8: 0 (no transactions) */
    uint32_t len; /* +12: payload bytes (at most XS_PAYLOAD_MAX) */
};
_Static_assert(__builtin_offsetof(struct xsd_sockmsg, type) == 0, "xsd_sockmsg.type");
_Static_assert(__builtin_offsetof(struct xsd_sockmsg, req_id) == 4, "xsd_sockmsg.req_id");
_Static_assert(__builtin_offsetof(struct xsd_sockmsg, tx_id) == 8, "xsd_sockmsg.tx_id");
_Static_assert(__builtin_offsetof(struct xsd_sockmsg, len) == 12, "xsd_sockmsg.len");
_Static_assert(sizeof(struct xsd_sockmsg) == 16, "sizeof xsd_sockmsg");

#endif /* __ASSEMBLER__ */

#endif
