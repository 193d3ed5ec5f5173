/* net.c - the network interface of a unikernel (see net.h). */
#include "net/net.h"

#include <string.h>

#include "evtchn.h"
#include "exovisor/syscall.h"
#include "exovisor/virt.h"
#include "gnttab.h"
#include "hypercall.h"
#include "memory/memory.h"
#include "module.h"
#include "netfront.h"
#include "posix/posix.h"
#include "riscv/time.h"
#include "runtime/runtime.h"
#include "xenstore.h"

EXO_MODULE("net", "runtime,pv,memory,posix,libc", "exo_op",
           "the PV network interface (libos/pv netfront) connected through the configuration store, a bounded receive queue, raw Ethernet send and receive with a deadline, a packet filter bound with exo_op; backs exo.h net_*");


#define TICKS_PER_MS (TIMEBASE_HZ / 1000u)
/* uni_net_recv waits in slices of at most 100 ms: the deterministic clock
 * skips a blocked guest's time to its timer after a while (100 ms of real
 * time) without news, so a peer slow to answer (still booting, or on a busy
 * host) then costs a slice of the timeout, not all of it. */
#define WAIT_SLICE_TICKS (100u * TICKS_PER_MS)
/* Bytes of a receive-queue slot (a frame fits), and slots per page. */
#define RXQ_STRIDE 2048u
#define RXQ_PER_PAGE (PV_PAGE_SIZE / RXQ_STRIDE)

_Static_assert((UNI_NET_RXQ & (UNI_NET_RXQ - 1)) == 0, "UNI_NET_RXQ is a power of two");
_Static_assert(RXQ_STRIDE >= NETIF_MTU_FRAME && RXQ_PER_PAGE >= 1, "a frame fits a queue slot");

static struct xs_client store;
static struct netfront nf;
static int present;
static uint32_t mac_generation; /* the VM generation nf.mac was read in */

/* The receive queue: frames [rxq_head, rxq_tail) (free-running counters). */
static uint8_t *rxq_data[UNI_NET_RXQ];
static uint16_t rxq_len[UNI_NET_RXQ];
static uint32_t rxq_head, rxq_tail, rxq_dropped;

/* The store port only wakes the client waiting for an answer. */
static void store_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
}

/* A frame from the receive ring (in the event handler): queued, or dropped
 * when the queue is full. */
static void net_rx(void *arg, const uint8_t *frame, uint32_t len)
{
    (void)arg;
    if (len == 0 || len > NETIF_MTU_FRAME || rxq_tail - rxq_head >= UNI_NET_RXQ) {
        rxq_dropped++;
        return;
    }
    uint32_t slot = rxq_tail % UNI_NET_RXQ;
    memcpy(rxq_data[slot], frame, len);
    rxq_len[slot] = (uint16_t)len;
    rxq_tail++;
}

/* A zeroed page of the direct map, or a panic. */
static void *page(void)
{
    void *p = uni_page_alloc();
    if (p == 0) {
        uni_panic("net: out of memory");
    }
    return p;
}

/* Sets up the grant table unless the blk module did (its constructor runs
 * first and leaves its ring and bounce pages granted): the table is one
 * frame per domain, and libpv's allocator must not start over. */
static void grant_table(void)
{
    uint32_t gframe;
    if (gnttab_setup_frame(&gframe) < 0) {
        uni_panic("net: GNTTABOP_setup_table failed");
    }
    void *table = page();
    uni_map_over(table, gframe, "net: mmu_update refused to map the grant table");
    const struct grant_entry_v1 *e = table;
    for (uint32_t ref = 1; ref < GNTTAB_NR_ENTRIES; ref++) {
        if (PV_READ_ONCE(e[ref].flags) != 0) {
            return; /* in use: libpv's table is set up already */
        }
    }
    gnttab_init(table);
}

static const struct uni_net_ops ops = {
    .info = uni_net_mac,
    .send = uni_net_send,
    .recv = uni_net_recv,
};

static void net_init(void) __attribute__((constructor(UNI_INIT_NET)));
static void net_init(void)
{
    const struct start_info *si = uni_start_info;
    void *store_page = uni_mfn_to_virt(si->store_mfn);
    if (store_page == 0 || evtchn_bind(si->store_evtchn, store_event, 0) < 0) {
        uni_panic("net: bad configuration-store page or port");
    }
    xs_init(&store, store_page, si->store_evtchn, uni_wait);
    uint8_t mac[NETFRONT_MAC_LEN];
    int r = netfront_probe(&store, mac);
    if (r == -(int)XEN_ENOENT) {
        return; /* no interface */
    }
    if (r < 0) {
        uni_panic("net: cannot read " STORE_VIF_MAC " from the store");
    }
    grant_table();

    static struct netfront_pages pages;
    pages.tx_ring = page();
    pages.tx_ring_mfn = uni_virt_to_mfn(pages.tx_ring);
    pages.rx_ring = page();
    pages.rx_ring_mfn = uni_virt_to_mfn(pages.rx_ring);
    for (uint32_t i = 0; i < NETFRONT_TX_PAGES; i++) {
        pages.tx[i] = page();
        pages.tx_mfn[i] = uni_virt_to_mfn(pages.tx[i]);
    }
    for (uint32_t i = 0; i < NETFRONT_RX_BUFS; i++) {
        pages.rx[i] = page();
        pages.rx_mfn[i] = uni_virt_to_mfn(pages.rx[i]);
    }
    uint8_t *q = 0;
    for (uint32_t i = 0; i < UNI_NET_RXQ; i++) {
        if (i % RXQ_PER_PAGE == 0) {
            q = page();
        }
        rxq_data[i] = q + (i % RXQ_PER_PAGE) * RXQ_STRIDE;
    }
    if (netfront_connect(&nf, &store, &pages, net_rx, 0, uni_wait) < 0) {
        uni_panic("net: the network back-end did not connect");
    }
    present = 1;
    uint32_t id[4];
    mac_generation = pv_genid(id);
    uni_posix_net(&ops);
}

int uni_net_present(void)
{
    return present;
}

int uni_net_mac(uint8_t mac[6])
{
    if (!present) {
        return -(int)EXO_ENODEV;
    }
    uint32_t id[4], generation = pv_genid(id);
    if (generation != mac_generation && netfront_reread_mac(&nf, &store) == 0) {
        mac_generation = generation; /* restored from a snapshot: the interface has a new address */
    }
    memcpy(mac, nf.mac, NETFRONT_MAC_LEN);
    return 0;
}

int uni_net_send(const void *frame, uint32_t len)
{
    if (!present) {
        return -(int)EXO_ENODEV;
    }
    if (len < NETFRONT_FRAME_MIN || len > NETIF_MTU_FRAME) {
        return -(int)EXO_EINVAL;
    }
    return netfront_send(&nf, frame, len) < 0 ? -(int)EXO_ENODEV : (int)len;
}

int uni_net_recv(void *buf, uint32_t len, uint32_t timeout_ms)
{
    if (!present) {
        return -(int)EXO_ENODEV;
    }
    uint64_t deadline = rdtime64() + (uint64_t)timeout_ms * TICKS_PER_MS;
    uint64_t slice_end = 0; /* the end of the current slice, 0 before the first */
    while (rxq_head == rxq_tail) {
        uint64_t now = rdtime64();
        if (now >= deadline) {
            return 0;
        }
        if (now >= slice_end) {
            /* At most a slice ahead; a frame (or any event) may end the
             * wait first, and then the same slice goes on. */
            slice_end = deadline - now > WAIT_SLICE_TICKS ? now + WAIT_SLICE_TICKS : deadline;
        }
        uni_wait_until(slice_end);
    }
    uint32_t slot = rxq_head % UNI_NET_RXQ;
    uint32_t flen = rxq_len[slot];
    memcpy(buf, rxq_data[slot], flen < len ? flen : len);
    rxq_head++;
    return (int)flen;
}

uint32_t uni_net_rx_dropped(void)
{
    return rxq_dropped;
}

struct exo_net_atom uni_net_atom(uint16_t offset, uint8_t width, uint32_t mask, uint32_t value)
{
    struct exo_net_atom a = { .offset = offset, .width = width, .pad = 0, .mask = mask, .value = value };
    return a;
}

struct exo_net_atom uni_net_atom_ethertype(uint16_t type)
{
    return uni_net_atom(UNI_NET_ETHERTYPE_OFFSET, 2, 0xffffu, type);
}

int uni_net_filter_add(struct exo_net_filter *f, uint32_t rule, struct exo_net_atom atom)
{
    if (rule > f->nr_rules || rule >= EXO_NET_FILTER_MAX_RULES) {
        return -(int)EXO_EINVAL;
    }
    struct exo_net_rule *r = &f->rules[rule];
    if (r->nr_atoms >= EXO_NET_FILTER_MAX_ATOMS) {
        return -(int)EXO_EINVAL;
    }
    r->atoms[r->nr_atoms++] = atom;
    if (rule == f->nr_rules) {
        f->nr_rules++;
    }
    return 0;
}

/* exo_op answers with Xen's errno values; these are the EXO_E* ones. */
_Static_assert(XEN_EINVAL == EXO_EINVAL && XEN_EFAULT == EXO_EFAULT && XEN_ENODEV == EXO_ENODEV,
               "exo_op's errors are the EXO_E* values");

int uni_net_filter(const struct exo_net_filter *f)
{
    if (!present) {
        return -(int)EXO_ENODEV;
    }
    return HYPERVISOR_exo_op(EXO_bind_net_filter, (uint32_t)(uintptr_t)f);
}
