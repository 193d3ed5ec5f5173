/* net.c - the network system calls (netinfo, netsend, netrecv) over the
 * platform's Ethernet interface (arch_net_*). Received frames come in
 * through net_input from the platform's event or interrupt handler and wait
 * in a small queue (the oldest first; when it is full, new frames are
 * dropped) until a process takes them; readers sleep on the queue with a
 * deadline (sleep_until), so a timeout costs at most one extra tick. */
#include "defs.h"
#include "exovisor/ring.h"
#include "proc.h"

#define NET_RXQ 32u /* frames queued for readers (a power of two) */
#define CYCLES_PER_MS (TIMEBASE_HZ / 1000u)

struct net_frame {
    uint32_t len;
    uint8_t data[NETIF_MTU_FRAME];
};

static struct net_frame rxq[NET_RXQ];
static uint32_t rxq_head;    /* frames taken (free-running); readers sleep on it */
static uint32_t rxq_tail;    /* frames queued (free-running) */
static uint32_t rxq_dropped; /* frames that found the queue full */
static uint8_t tx_frame[NETIF_MTU_FRAME];

_Static_assert((NET_RXQ & (NET_RXQ - 1)) == 0, "NET_RXQ is a power of two");

/* A received frame (from the platform's handler, interrupts off): queued for
 * a reader, or dropped when the queue is full or the frame is malformed. */
void net_input(const void *frame, uint32_t len)
{
    if (len == 0 || len > NETIF_MTU_FRAME || rxq_tail - rxq_head >= NET_RXQ) {
        rxq_dropped++;
        return;
    }
    struct net_frame *f = &rxq[rxq_tail % NET_RXQ];
    memcpy(f->data, frame, len);
    f->len = len;
    rxq_tail++;
    wakeup(&rxq_head);
}

/* netinfo(mac): the interface's MAC address into mac[6]; 0, -ENODEV or -EFAULT. */
int sys_netinfo(void)
{
    genid_check(); /* a restored machine's interface has a new address */
    const uint8_t *mac = arch_net_mac();
    if (mac == 0) {
        return ERR(EXO_ENODEV);
    }
    return copyout(myproc()->pagetable, arg_raw(0), mac, 6) < 0 ? ERR(EXO_EFAULT) : 0;
}

/* netsend(frame, len): sends one Ethernet frame of 14..NETIF_MTU_FRAME bytes;
 * len, or -EINVAL, -EFAULT, or -ENODEV (no interface, or it has failed). */
int sys_netsend(void)
{
    if (arch_net_mac() == 0) {
        return ERR(EXO_ENODEV);
    }
    uint32_t len = arg_raw(1);
    if (len < 14 || len > NETIF_MTU_FRAME) {
        return ERR(EXO_EINVAL);
    }
    if (copyin(myproc()->pagetable, tx_frame, arg_raw(0), len) < 0) {
        return ERR(EXO_EFAULT);
    }
    return arch_net_send(tx_frame, len) < 0 ? ERR(EXO_ENODEV) : (int)len;
}

/* netrecv(buf, len, timeout_ms): waits up to timeout_ms for a frame and copies
 * at most len bytes of it into buf; the frame's length, 0 on timeout, or
 * -ENODEV, -EFAULT (the frame then stays queued). */
int sys_netrecv(void)
{
    if (arch_net_mac() == 0) {
        return ERR(EXO_ENODEV);
    }
    uint32_t dst = arg_raw(0), max = arg_raw(1);
    uint64_t deadline = rdtime64() + (uint64_t)arg_raw(2) * CYCLES_PER_MS;
    while (rxq_head == rxq_tail) {
        if (rdtime64() >= deadline) {
            return 0;
        }
        sleep_until(&rxq_head, deadline);
    }
    const struct net_frame *f = &rxq[rxq_head % NET_RXQ];
    uint32_t len = f->len;
    uint32_t n = len < max ? len : max;
    if (n > 0 && copyout(myproc()->pagetable, dst, f->data, n) < 0) {
        return ERR(EXO_EFAULT);
    }
    rxq_head++;
    return (int)len;
}
