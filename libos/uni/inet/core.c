/* inet/core.c - the stack's core: bringing it up, addresses, the poll loop,
 * Ethernet in and out, frame buffers, checksums and counters. */
#include <string.h>

#include "exo.h"
#include "inet/stack.h"

struct inet_stats inet_counters;
uint8_t inet_mac[ETH_ALEN];

#define MAC_CHECK_MS 100u
static int address_derived;  /* inet_up derived inet_self from the MAC address */
static uint64_t mac_checked; /* inet_now() when the MAC address was last looked at */
uint32_t inet_self;
int (*inet_link_filter)(uint32_t addr);
static uint32_t netmask;
static int prefix_len;

/* The pool of frame buffers for callers outside the poll loop; a buffer
 * is owned from inet_frame_get to inet_frame_put (the stack is
 * cooperative: nothing runs between a test of busy[] and its update). */
static uint8_t frames[INET_FRAME_BUFS][INET_FRAME_BYTES] __attribute__((aligned(4)));
static uint8_t busy[INET_FRAME_BUFS];

static const uint8_t broadcast[ETH_ALEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

/* The longest one net_recv waits: a thread waiting there does not see
 * that another thread took and handled the frame it needed until the call
 * returns; shorter while other threads wait there too. */
#define POLL_SLICE_MS 1000u
#define POLL_SLICE_SHARED_MS 10u
static uint32_t pollers; /* threads waiting in net_recv */

/* Parses a decimal number in [0, max] at *p, advancing it: the number or -1. */
static int parse_number(const char **p, int max)
{
    const char *s = *p;
    int v = 0;
    if (*s < '0' || *s > '9') {
        return -1;
    }
    while (*s >= '0' && *s <= '9') {
        v = v * 10 + (*s++ - '0');
        if (v > max) {
            return -1;
        }
    }
    *p = s;
    return v;
}

/* Parses "a.b.c.d" at *p, advancing it past the address: 0 or -INET_EINVAL. */
static int parse_addr(const char **p, uint32_t *addr)
{
    uint32_t a = 0;
    for (int i = 0; i < 4; i++) {
        if (i > 0 && *(*p)++ != '.') {
            return -INET_EINVAL;
        }
        int v = parse_number(p, 255);
        if (v < 0) {
            return -INET_EINVAL;
        }
        a = a << 8 | (uint32_t)v;
    }
    *addr = a;
    return 0;
}

int inet_parse(const char *text, uint32_t *addr)
{
    uint32_t a;
    if (text == 0 || parse_addr(&text, &a) < 0 || *text != '\0') {
        return -INET_EINVAL;
    }
    *addr = a;
    return 0;
}

char *inet_format(uint32_t addr, char *out)
{
    char *o = out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        uint32_t v = addr >> shift & 0xff;
        if (v >= 100) {
            *o++ = (char)('0' + v / 100);
        }
        if (v >= 10) {
            *o++ = (char)('0' + v / 10 % 10);
        }
        *o++ = (char)('0' + v % 10);
        *o++ = shift > 0 ? '.' : '\0';
    }
    return out;
}

/* The default address: 10.0.M4.M5 from the MAC address's last two bytes. */
static uint32_t derived_address(const uint8_t *mac)
{
    return 10u << 24 | (uint32_t)mac[4] << 8 | mac[5];
}

/* Parses inet_up's argument, or derives the default from the MAC address:
 * 0 or -INET_EINVAL. */
static int pick_address(const char *text, uint32_t *addr, int *prefix)
{
    *prefix = 16;
    if (text == 0) {
        *addr = derived_address(inet_mac);
        return 0;
    }
    if (parse_addr(&text, addr) < 0) {
        return -INET_EINVAL;
    }
    if (*text == '/') {
        text++;
        *prefix = parse_number(&text, 30);
        if (*prefix < 1) {
            return -INET_EINVAL;
        }
    }
    return *text == '\0' ? 0 : -INET_EINVAL;
}

int inet_up(const char *text)
{
    inet_self = 0;
    if (net_info(inet_mac) < 0) {
        return -INET_ENODEV;
    }
    uint32_t addr;
    int prefix;
    int r = pick_address(text, &addr, &prefix);
    if (r < 0) {
        return r;
    }
    uint32_t mask = ~0u << (32 - prefix);
    if ((addr & ~mask) == 0 || (addr & ~mask) == ~mask) {
        return -INET_EADDRNOTAVAIL; /* the network's own address or its broadcast */
    }
    memset(&inet_counters, 0, sizeof inet_counters);
    inet_arp_reset();
    inet_ip_reset();
    inet_udp_reset();
    inet_tcp_reset();
    /* Ask the interface for ARP and for IPv4 to addr only, where it can
     * (a unikernel's net module: the rest never reaches its receive queue);
     * eth_input and inet_ip_input drop the rest anyway. */
    if (inet_link_filter != 0 && (r = inet_link_filter(addr)) < 0) {
        return r;
    }
    netmask = mask;
    prefix_len = prefix;
    inet_self = addr;
    address_derived = text == 0;
    mac_checked = inet_now();
    return 0;
}

/* A copy restored from a snapshot has an interface with a new MAC address:
 * the stack takes it (and the address derived from it, when inet_up derived
 * its own), forgets the peers it knew, and keeps its sockets. Looked at
 * most every MAC_CHECK_MS, as it costs a system call under a kernel. */
static void check_mac(uint64_t now)
{
    if (now - mac_checked < (uint64_t)MAC_CHECK_MS * INET_TICKS_PER_MS) {
        return;
    }
    mac_checked = now;
    uint8_t mac[ETH_ALEN];
    if (net_info(mac) < 0 || memcmp(mac, inet_mac, ETH_ALEN) == 0) {
        return;
    }
    memcpy(inet_mac, mac, ETH_ALEN);
    inet_arp_reset();
    uint32_t addr = derived_address(mac);
    if (address_derived && (inet_link_filter == 0 || inet_link_filter(addr) >= 0)) {
        inet_self = addr;
    }
}

uint32_t inet_addr(void)
{
    return inet_self;
}

int inet_prefix(void)
{
    return inet_self ? prefix_len : 0;
}

/* Nonzero when addr is another host on our network (there is no gateway). */
int inet_on_link(uint32_t addr)
{
    return inet_self != 0 && addr != inet_self && (addr & netmask) == (inet_self & netmask) &&
           (addr & ~netmask) != 0 && (addr & ~netmask) != ~netmask;
}

void inet_stats(struct inet_stats *s)
{
    *s = inet_counters;
}

/* The next ephemeral port (49152-65535, RFC 6335), in turn; the caller
 * skips ports its own table uses. */
uint16_t inet_next_port(void)
{
    static uint32_t n;
    return (uint16_t)(49152u + n++ % 16384u);
}

/* A free buffer of the pool, waiting (a millisecond at a time: only other
 * threads can hold them all) until one is. */
uint8_t *inet_frame_get(void)
{
    for (;;) {
        for (uint32_t i = 0; i < INET_FRAME_BUFS; i++) {
            if (!busy[i]) {
                busy[i] = 1;
                return frames[i];
            }
        }
        inet_counters.buffer_waits++;
        sleep_ms(1);
    }
}

/* Gives a buffer of the pool back. */
void inet_frame_put(uint8_t *frame)
{
    for (uint32_t i = 0; i < INET_FRAME_BUFS; i++) {
        if (frame == frames[i]) {
            busy[i] = 0;
        }
    }
}

/* Fills in the Ethernet header (source: our MAC), pads a short frame and
 * sends it: 0 or -INET_ENETDOWN. */
int inet_eth_send(uint8_t *frame, const uint8_t *dst, uint32_t type, uint32_t payload_len)
{
    uint32_t len = ETH_HLEN + payload_len;
    memcpy(frame, dst, ETH_ALEN);
    memcpy(frame + ETH_ALEN, inet_mac, ETH_ALEN);
    put16(frame + 12, type);
    if (len < ETH_ZLEN) {
        memset(frame + len, 0, ETH_ZLEN - len);
        len = ETH_ZLEN;
    }
    if (net_send(frame, len) < 0) {
        return -INET_ENETDOWN;
    }
    inet_counters.eth_out++;
    return 0;
}

/* A frame from the interface: to ARP or IPv4 when it is for us. */
static void eth_input(uint8_t *frame, uint32_t len)
{
    inet_counters.eth_in++;
    uint32_t type = len >= ETH_HLEN ? get16(frame + 12) : 0;
    int ours = len >= ETH_HLEN && (memcmp(frame, inet_mac, ETH_ALEN) == 0 || memcmp(frame, broadcast, ETH_ALEN) == 0);
    if (ours && type == ETHERTYPE_ARP) {
        inet_arp_input(frame, len);
    } else if (ours && type == ETHERTYPE_IPV4) {
        inet_ip_input(frame, len);
    } else {
        inet_counters.eth_ignored++;
    }
}

/* Runs the timers that are due (replies go out through scratch): the next
 * timer's deadline. */
static uint64_t run_timers(uint8_t *scratch)
{
    uint64_t now = inet_now();
    uint64_t a = inet_arp_timers(now, scratch);
    uint64_t t = inet_tcp_timers(now, scratch);
    return a < t ? a : t;
}

/* One step of the poll loop: runs the due timers, waits for a frame until
 * deadline or the next timer, whichever is first, and handles it: 1 when
 * a frame came, 0 when none did, or -INET_ENETDOWN. */
int inet_wait(uint64_t deadline)
{
    if (inet_self == 0) {
        return -INET_ENETDOWN;
    }
    check_mac(inet_now());
    uint8_t *buf = inet_frame_get();
    uint64_t until = run_timers(buf);
    until = deadline < until ? deadline : until;
    uint64_t now = inet_now();
    uint64_t ms = until <= now ? 0 : (until - now + INET_TICKS_PER_MS - 1) / INET_TICKS_PER_MS;
    uint32_t slice = pollers > 0 ? POLL_SLICE_SHARED_MS : POLL_SLICE_MS;
    pollers++;
    int n = net_recv(buf, INET_FRAME_BYTES, ms > slice ? slice : (unsigned)ms);
    pollers--;
    if (n > 0 && n <= (int)ETH_FRAME_MAX) {
        eth_input(buf, (uint32_t)n);
    }
    run_timers(buf);
    inet_frame_put(buf);
    return n < 0 ? -INET_ENETDOWN : n > 0;
}

/* Runs the stack until ready(arg) is nonzero or deadline passes, polling
 * at least once unless it is ready at once: ready's value, -INET_ETIMEDOUT,
 * or the poll's error. ready is asked again after every frame, so each
 * waiter sees its own condition whoever took the frame. */
int inet_block(int (*ready)(void *arg), void *arg, uint64_t deadline)
{
    for (int polled = 0;; polled = 1) {
        int r = ready(arg);
        if (r != 0) {
            return r;
        }
        if (polled && inet_now() >= deadline) {
            return -INET_ETIMEDOUT;
        }
        r = inet_wait(deadline);
        if (r < 0) {
            return r;
        }
    }
}

int inet_poll(uint32_t timeout_ms)
{
    uint64_t deadline = inet_after_ms(timeout_ms);
    int r;
    do {
        r = inet_wait(deadline);
    } while (r == 0 && inet_now() < deadline);
    return r;
}

/* Adds p[0..len) as big-endian 16-bit words (an odd last byte padded) to sum. */
uint32_t inet_sum(const uint8_t *p, uint32_t len, uint32_t sum)
{
    for (; len >= 2; p += 2, len -= 2) {
        sum += (uint32_t)(p[0] << 8 | p[1]);
    }
    if (len) {
        sum += (uint32_t)p[0] << 8;
    }
    return sum;
}

/* The Internet checksum of an accumulated sum (RFC 1071): 0 when a
 * received header with its checksum field adds up. */
uint16_t inet_fold(uint32_t sum)
{
    while (sum >> 16) {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    return (uint16_t)~sum;
}

/* The sum of the IPv4 pseudo-header of a UDP or TCP checksum. */
uint32_t inet_pseudo_sum(uint32_t src, uint32_t dst, uint32_t proto, uint32_t len)
{
    return (src >> 16) + (src & 0xffff) + (dst >> 16) + (dst & 0xffff) + proto + len;
}

const char *inet_strerror(int err)
{
    switch (err < 0 ? -err : err) {
    case 0: return "success";
    case INET_EBADF: return "no such socket or connection";
    case INET_ENODEV: return "no network interface";
    case INET_EINVAL: return "invalid argument";
    case INET_EMFILE: return "too many sockets or connections";
    case INET_EPIPE: return "the sending side is closed";
    case INET_EMSGSIZE: return "message too long";
    case INET_EADDRINUSE: return "address in use";
    case INET_EADDRNOTAVAIL: return "address not available";
    case INET_ENETDOWN: return "network is down";
    case INET_ENETUNREACH: return "network unreachable";
    case INET_ECONNRESET: return "connection reset";
    case INET_ENOTCONN: return "not connected";
    case INET_ETIMEDOUT: return "timed out";
    case INET_ECONNREFUSED: return "connection refused";
    case INET_EHOSTUNREACH: return "host unreachable";
    default: return "unknown error";
    }
}
