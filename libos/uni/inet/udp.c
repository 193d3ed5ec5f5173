/* inet/udp.c - UDP (RFC 768): sockets bound to local ports, each with a
 * bounded queue of received datagrams; the checksum over the IPv4
 * pseudo-header is always sent and checked when present. A datagram for
 * a port nobody bound is answered with ICMP port unreachable. */
#include <string.h>

#include "inet/stack.h"

#define UDP_HLEN 8u
#define ICMP_PORT_UNREACHABLE 3u

/* A received datagram. */
struct udp_dgram {
    uint32_t addr;
    uint16_t port;
    uint16_t len;
    uint8_t data[INET_UDP_MAX];
};

/* A socket: datagrams [head, tail) (free-running counters) wait in q. */
struct udp_sock {
    uint8_t used;
    uint16_t port;
    uint32_t head, tail;
    struct udp_dgram q[INET_UDP_QUEUE];
};

static struct udp_sock socks[INET_UDP_SOCKETS];

/* Closes every socket (inet_up). */
void inet_udp_reset(void)
{
    for (uint32_t i = 0; i < INET_UDP_SOCKETS; i++) {
        socks[i].used = 0;
    }
}

/* The socket bound to port, or NULL. */
static struct udp_sock *bound(uint32_t port)
{
    for (uint32_t i = 0; i < INET_UDP_SOCKETS; i++) {
        if (socks[i].used && socks[i].port == port) {
            return &socks[i];
        }
    }
    return 0;
}

/* The socket of handle s, or NULL. */
static struct udp_sock *sock(int s)
{
    return s >= 0 && s < (int)INET_UDP_SOCKETS && socks[s].used ? &socks[s] : 0;
}

int udp_bind(uint16_t port)
{
    if (inet_self == 0) {
        return -INET_ENETDOWN;
    }
    for (uint32_t tries = 0; port == 0 && tries < 16384; tries++) {
        uint16_t p = inet_next_port();
        port = bound(p) ? 0 : p;
    }
    if (port == 0 || bound(port)) {
        return -INET_EADDRINUSE;
    }
    for (int s = 0; s < (int)INET_UDP_SOCKETS; s++) {
        if (!socks[s].used) {
            socks[s].used = 1;
            socks[s].port = port;
            socks[s].head = socks[s].tail = 0;
            return s;
        }
    }
    return -INET_EMFILE;
}

int udp_port(int s)
{
    struct udp_sock *u = sock(s);
    return u ? u->port : -INET_EBADF;
}

int udp_sendto(int s, uint32_t addr, uint16_t port, const void *buf, uint32_t len)
{
    struct udp_sock *u = sock(s);
    if (u == 0) {
        return -INET_EBADF;
    }
    if (len > INET_UDP_MAX) {
        return -INET_EMSGSIZE;
    }
    uint8_t *frame = inet_frame_get();
    uint8_t *h = frame + L4_OFF;
    put16(h, u->port);
    put16(h + 2, port);
    put16(h + 4, UDP_HLEN + len);
    put16(h + 6, 0);
    memcpy(h + UDP_HLEN, buf, len);
    uint16_t sum = inet_fold(inet_sum(h, UDP_HLEN + len, inet_pseudo_sum(inet_self, addr, IPPROTO_UDP, UDP_HLEN + len)));
    put16(h + 6, sum == 0 ? 0xffff : sum); /* 0 would mean "no checksum" */
    int r = inet_ip_output(frame, addr, IPPROTO_UDP, UDP_HLEN + len);
    inet_frame_put(frame);
    if (r < 0) {
        return r;
    }
    inet_counters.udp_out++;
    return (int)len;
}

/* inet_block's test for udp_recvfrom: a datagram is queued. */
static int has_datagram(void *arg)
{
    const struct udp_sock *u = arg;
    return u->used && u->head != u->tail;
}

int udp_recvfrom(int s, void *buf, uint32_t len, uint32_t *addr, uint16_t *port, uint32_t timeout_ms)
{
    struct udp_sock *u = sock(s);
    if (u == 0) {
        return -INET_EBADF;
    }
    int r = inet_block(has_datagram, u, inet_after_ms(timeout_ms));
    if (r < 0) {
        return r;
    }
    if (!u->used) {
        return -INET_EBADF; /* closed by another thread meanwhile */
    }
    const struct udp_dgram *d = &u->q[u->head % INET_UDP_QUEUE];
    memcpy(buf, d->data, d->len < len ? d->len : len);
    if (addr) {
        *addr = d->addr;
    }
    if (port) {
        *port = d->port;
    }
    u->head++;
    return d->len;
}

int udp_close(int s)
{
    struct udp_sock *u = sock(s);
    if (u == 0) {
        return -INET_EBADF;
    }
    u->used = 0;
    return 0;
}

/* A UDP datagram for us: checked, then queued on its port's socket. */
void inet_udp_input(const struct inet_pkt *p)
{
    inet_counters.udp_in++;
    const uint8_t *h = p->l4;
    uint32_t ulen = p->l4_len >= UDP_HLEN ? get16(h + 4) : 0;
    if (ulen < UDP_HLEN || ulen > p->l4_len) {
        inet_counters.ip_header_errors++;
        return;
    }
    if (get16(h + 6) != 0 && inet_fold(inet_sum(h, ulen, inet_pseudo_sum(p->src, p->dst, IPPROTO_UDP, ulen))) != 0) {
        inet_counters.udp_checksum_errors++;
        return;
    }
    struct udp_sock *u = bound(get16(h + 2));
    if (u == 0) {
        inet_counters.udp_no_port++;
        inet_icmp_unreachable(p, ICMP_PORT_UNREACHABLE);
        return;
    }
    if (u->tail - u->head >= INET_UDP_QUEUE) {
        inet_counters.udp_queue_drops++;
        return;
    }
    struct udp_dgram *d = &u->q[u->tail % INET_UDP_QUEUE];
    d->addr = p->src;
    d->port = get16(h);
    d->len = (uint16_t)(ulen - UDP_HLEN);
    memcpy(d->data, h + UDP_HLEN, d->len);
    u->tail++;
}
