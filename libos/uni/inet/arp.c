/* inet/arp.c - ARP for IPv4 over Ethernet (RFC 826): a bounded cache with
 * aging, requests repeated while an address is unresolved, replies to
 * requests for our address, and a small queue of frames waiting for an
 * address. A request for us also teaches us its sender (RFC 826's merge),
 * so a host that talks to us is usually resolved before we answer it. */
#include <string.h>

#include "inet/stack.h"

#define ARP_LEN 28u
#define ARP_OP_REQUEST 1u
#define ARP_OP_REPLY 2u

enum { ARP_FREE, ARP_PENDING, ARP_RESOLVED };

/* One cache entry: a resolved address until `at` (its expiry), or a
 * pending one whose next request goes out at `at`. */
struct arp_entry {
    uint32_t addr;
    uint8_t mac[ETH_ALEN];
    uint8_t state;
    uint8_t tries; /* requests sent while pending */
    uint64_t at;
};

/* A frame waiting for its address (len 0: none), or being sent (busy:
 * net_send may let another thread run, which must not reuse the slot). */
struct arp_waiting {
    uint32_t addr;
    uint32_t len; /* the IPv4 packet's bytes, after the Ethernet header */
    uint8_t busy;
    uint8_t frame[ETH_FRAME_MAX];
};

static struct arp_entry cache[INET_ARP_ENTRIES];
static struct arp_waiting waiting[INET_ARP_QUEUE];

/* Empties the cache and the queue (inet_up). */
void inet_arp_reset(void)
{
    memset(cache, 0, sizeof cache);
    for (uint32_t i = 0; i < INET_ARP_QUEUE; i++) {
        waiting[i].len = 0;
        waiting[i].busy = 0;
    }
}

/* The live entry for addr, or NULL (an expired one is freed on the way). */
static struct arp_entry *find(uint32_t addr)
{
    for (uint32_t i = 0; i < INET_ARP_ENTRIES; i++) {
        struct arp_entry *e = &cache[i];
        if (e->state == ARP_RESOLVED && inet_now() >= e->at) {
            e->state = ARP_FREE; /* aged out */
        }
        if (e->state != ARP_FREE && e->addr == addr) {
            return e;
        }
    }
    return 0;
}

/* Drops the frames waiting for addr, counting them. */
static void drop_waiting(uint32_t addr)
{
    for (uint32_t i = 0; i < INET_ARP_QUEUE; i++) {
        if (waiting[i].len != 0 && waiting[i].addr == addr) {
            waiting[i].len = 0;
            inet_counters.arp_queue_drops++;
        }
    }
}

/* A slot for a new entry: a free one, else the resolved entry closest to
 * expiry, else the pending one that has waited longest (its frames dropped). */
static struct arp_entry *take_slot(void)
{
    struct arp_entry *best = 0;
    for (uint32_t i = 0; i < INET_ARP_ENTRIES; i++) {
        struct arp_entry *e = &cache[i];
        if (e->state == ARP_FREE) {
            return e;
        }
        if (best == 0 || (e->state == ARP_RESOLVED && best->state == ARP_PENDING) ||
            (e->state == best->state && e->at < best->at)) {
            best = e;
        }
    }
    if (best->state == ARP_PENDING) {
        drop_waiting(best->addr);
    }
    return best;
}

/* Builds an ARP packet of op for target (tha, tpa) in frame and sends it to dst. */
static void send_arp(uint8_t *frame, uint32_t op, const uint8_t *dst, const uint8_t *tha, uint32_t tpa)
{
    uint8_t *a = frame + ETH_HLEN;
    put16(a, 1); /* Ethernet */
    put16(a + 2, ETHERTYPE_IPV4);
    a[4] = ETH_ALEN;
    a[5] = 4;
    put16(a + 6, op);
    memcpy(a + 8, inet_mac, ETH_ALEN);
    put32(a + 14, inet_self);
    memcpy(a + 18, tha, ETH_ALEN);
    put32(a + 24, tpa);
    if (inet_eth_send(frame, dst, ETHERTYPE_ARP, ARP_LEN) == 0) {
        inet_counters.arp_out++;
    }
}

/* Broadcasts a request for e's address (through frame) and schedules the next. */
static void request(struct arp_entry *e, uint8_t *frame)
{
    static const uint8_t all[ETH_ALEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
    static const uint8_t none[ETH_ALEN];
    e->tries++;
    e->at = inet_now() + (uint64_t)INET_ARP_RETRY_MS * INET_TICKS_PER_MS;
    send_arp(frame, ARP_OP_REQUEST, all, none, e->addr);
}

/* A new pending entry for addr, its first request sent through frame. */
static struct arp_entry *start(uint32_t addr, uint8_t *frame)
{
    struct arp_entry *e = take_slot();
    e->addr = addr;
    e->state = ARP_PENDING;
    e->tries = 0;
    request(e, frame);
    return e;
}

/* Records addr at mac and sends the frames that waited for it. */
static void learn(struct arp_entry *e, uint32_t addr, const uint8_t *mac)
{
    e->addr = addr;
    memcpy(e->mac, mac, ETH_ALEN);
    e->state = ARP_RESOLVED;
    e->at = inet_now() + (uint64_t)INET_ARP_TTL_MS * INET_TICKS_PER_MS;
    for (uint32_t i = 0; i < INET_ARP_QUEUE; i++) {
        struct arp_waiting *w = &waiting[i];
        if (w->len != 0 && w->addr == addr) {
            uint32_t len = w->len;
            w->len = 0;
            w->busy = 1;
            inet_eth_send(w->frame, e->mac, ETHERTYPE_IPV4, len);
            w->busy = 0;
        }
    }
}

/* An ARP frame for us (or broadcast): merges the sender into the cache,
 * and answers a request for our address in place. */
void inet_arp_input(uint8_t *frame, uint32_t len)
{
    inet_counters.arp_in++;
    const uint8_t *a = frame + ETH_HLEN;
    if (len < ETH_HLEN + ARP_LEN || get16(a) != 1 || get16(a + 2) != ETHERTYPE_IPV4 || a[4] != ETH_ALEN || a[5] != 4) {
        inet_counters.eth_ignored++;
        return;
    }
    uint32_t op = get16(a + 6), spa = get32(a + 14), tpa = get32(a + 24);
    uint8_t sha[ETH_ALEN];
    memcpy(sha, a + 8, ETH_ALEN);
    struct arp_entry *e = spa != 0 ? find(spa) : 0;
    if (e != 0) {
        learn(e, spa, sha);
    }
    if (tpa != inet_self) {
        return;
    }
    if (e == 0 && inet_on_link(spa)) {
        learn(take_slot(), spa, sha);
    }
    if (op == ARP_OP_REQUEST) {
        send_arp(frame, ARP_OP_REPLY, sha, sha, spa);
    }
}

/* Sends the IPv4 packet of len bytes in frame to addr, resolving it first:
 * a frame for an unresolved address waits in the queue (frame may be
 * overwritten by the request). 0, or -INET_ENETDOWN when the queue is full
 * or the interface failed. */
int inet_arp_output(uint8_t *frame, uint32_t len, uint32_t addr)
{
    struct arp_entry *e = find(addr);
    if (e != 0 && e->state == ARP_RESOLVED) {
        return inet_eth_send(frame, e->mac, ETHERTYPE_IPV4, len);
    }
    struct arp_waiting *w = 0;
    for (uint32_t i = 0; i < INET_ARP_QUEUE && w == 0; i++) {
        w = waiting[i].len == 0 && !waiting[i].busy ? &waiting[i] : 0;
    }
    if (w == 0) {
        inet_counters.arp_queue_drops++;
        return -INET_ENETDOWN;
    }
    memcpy(w->frame, frame, ETH_HLEN + len);
    w->addr = addr;
    w->len = len;
    if (e == 0) {
        start(addr, frame);
    }
    return 0;
}

/* Repeats the requests that are due (through scratch) and gives up on
 * addresses asked INET_ARP_TRIES times: the next request's deadline. */
uint64_t inet_arp_timers(uint64_t now, uint8_t *scratch)
{
    uint64_t next = INET_NEVER;
    for (uint32_t i = 0; i < INET_ARP_ENTRIES; i++) {
        struct arp_entry *e = &cache[i];
        if (e->state != ARP_PENDING) {
            continue;
        }
        if (now >= e->at && e->tries >= INET_ARP_TRIES) {
            inet_counters.arp_timeouts++;
            drop_waiting(e->addr);
            e->state = ARP_FREE;
            continue;
        }
        if (now >= e->at) {
            request(e, scratch);
        }
        next = e->at < next ? e->at : next;
    }
    return next;
}

int inet_resolve(uint32_t addr, uint32_t timeout_ms)
{
    if (inet_self == 0) {
        return -INET_ENETDOWN;
    }
    if (!inet_on_link(addr)) {
        return -INET_ENETUNREACH;
    }
    uint64_t deadline = inet_after_ms(timeout_ms);
    for (;;) {
        struct arp_entry *e = find(addr);
        if (e != 0 && e->state == ARP_RESOLVED) {
            return 0;
        }
        if (e == 0) { /* never asked, or given up on: ask (again) */
            uint8_t *frame = inet_frame_get();
            start(addr, frame);
            inet_frame_put(frame);
        }
        if (inet_now() >= deadline) {
            return -INET_EHOSTUNREACH;
        }
        int r = inet_wait(deadline);
        if (r < 0) {
            return r;
        }
    }
}
