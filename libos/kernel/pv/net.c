/* pv/net.c - the network interface of the PV kernel: the network front-end
 * (libos/pv netfront) behind arch_net_*, its received frames handed to the
 * portable net_input from the interface's event handler. */
#include "defs.h"
#include "netfront.h"
#include "pvkernel.h"

static struct netfront nf;
static int present;
static struct xs_client *store; /* where the MAC address is read again */

/* A frame from the receive ring (in the event handler): into the kernel's queue. */
static void net_rx(void *arg, const uint8_t *frame, uint32_t len)
{
    (void)arg;
    net_input(frame, len);
}

/* A zeroed page and its machine frame; panics when memory is out. */
static void *net_page(uint32_t *mfn)
{
    void *page = kalloc();
    if (page == 0) {
        panic("net_init: out of memory");
    }
    memset(page, 0, PGSIZE);
    *mfn = virt_to_mfn(page);
    return page;
}

/* Connects the network front-end if the store names an interface (a MAC
 * address); without one the kernel runs with no network interface. */
void pv_net_init(struct xs_client *xs)
{
    uint8_t mac[NETFRONT_MAC_LEN];
    int r = netfront_probe(xs, mac);
    if (r == -(int)XEN_ENOENT) {
        return;
    }
    if (r < 0) {
        panic("net_init: cannot read %s (error %d)", STORE_VIF_MAC, r);
    }
    static struct netfront_pages pages;
    pages.tx_ring = net_page(&pages.tx_ring_mfn);
    pages.rx_ring = net_page(&pages.rx_ring_mfn);
    for (uint32_t i = 0; i < NETFRONT_TX_PAGES; i++) {
        pages.tx[i] = net_page(&pages.tx_mfn[i]);
    }
    for (uint32_t i = 0; i < NETFRONT_RX_BUFS; i++) {
        pages.rx[i] = net_page(&pages.rx_mfn[i]);
    }
    r = netfront_connect(&nf, xs, &pages, net_rx, 0, pv_block);
    if (r < 0) {
        panic("net_init: the network back-end did not connect (error %d)", r);
    }
    present = 1;
    store = xs;
}

void arch_net_refresh(void)
{
    if (present) {
        netfront_reread_mac(&nf, store);
    }
}

const uint8_t *arch_net_mac(void)
{
    return present ? nf.mac : 0;
}

int arch_net_send(const void *frame, uint32_t len)
{
    return present ? netfront_send(&nf, frame, len) : -1;
}
