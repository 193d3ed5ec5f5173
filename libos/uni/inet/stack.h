/* inet/stack.h - what the stack's files share (not for apps): frame
 * layout, byte order, checksums, the clock, frame buffers, and each
 * protocol's entry points.
 *
 * Frames: a frame buffer holds one Ethernet frame from offset 0 (the
 * header, then the IPv4 header at ETH_HLEN and the transport header at
 * L4_OFF: output never has IP options). Transmissions from the poll loop
 * (replies, acknowledgements, retransmissions) reuse the poller's own
 * buffer; callers outside the loop take one from a small pool. */
#ifndef UNI_INET_STACK_H
#define UNI_INET_STACK_H

#include <stdint.h>

#include "exovisor/virt.h"
#include "inet/inet.h"
#include "riscv/time.h"

#define ETH_ALEN 6u
#define ETH_HLEN 14u
#define ETH_ZLEN 60u /* short frames are padded to this (no FCS) */
#define ETH_FRAME_MAX 1514u
#define ETHERTYPE_IPV4 0x0800u
#define ETHERTYPE_ARP 0x0806u
#define IP_HLEN 20u
#define IP_MTU 1500u
#define L4_OFF (ETH_HLEN + IP_HLEN)
#define IPPROTO_ICMP 1u
#define IPPROTO_TCP 6u
#define IPPROTO_UDP 17u

/* A frame buffer (room for the largest frame, word aligned). */
#define INET_FRAME_BYTES 1536u
/* Buffers in the pool for callers outside the poll loop (one each at a time). */
#define INET_FRAME_BUFS 4u

#define INET_TICKS_PER_MS (TIMEBASE_HZ / 1000u)
#define INET_TICKS_PER_US (TIMEBASE_HZ / 1000000u)
#define INET_NEVER UINT64_MAX

/* Sequence-space comparisons (RFC 9293 3.4), modulo 2^32. */
#define SEQ_LT(a, b) ((int32_t)((uint32_t)(a) - (uint32_t)(b)) < 0)
#define SEQ_LE(a, b) ((int32_t)((uint32_t)(a) - (uint32_t)(b)) <= 0)
#define SEQ_GT(a, b) SEQ_LT(b, a)
#define SEQ_GE(a, b) SEQ_LE(b, a)

/* Big-endian field access at any alignment. */
static inline uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}
static inline uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline void put16(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}
static inline void put32(uint8_t *p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p + 2, v);
}

/* The time counter, and a deadline timeout_ms from now. */
static inline uint64_t inet_now(void)
{
    return rdtime64();
}
static inline uint64_t inet_after_ms(uint32_t ms)
{
    return rdtime64() + (uint64_t)ms * INET_TICKS_PER_MS;
}

/* A received IPv4 packet, as the transport layers see it. */
struct inet_pkt {
    uint8_t *frame;  /* the whole frame (the poller's buffer: replies may reuse it) */
    uint8_t *l4;     /* the transport header */
    uint32_t l4_len; /* transport header and payload, from the IP total length */
    uint32_t src, dst;
};

/* What the files share is hidden: the module exports only inet.h's calls
 * (its Makefile localizes hidden symbols). */
#pragma GCC visibility push(hidden)

/* core.c */
extern struct inet_stats inet_counters;
extern uint8_t inet_mac[ETH_ALEN];
extern uint32_t inet_self; /* our address, 0 while down */
/* Binds the interface's packet filter to ARP and IPv4 frames for addr:
 * 0 or a negative INET_E*; set by the unikernel module's constructor
 * (module.c), NULL in a kernel's program, whose kernel owns the interface. */
extern int (*inet_link_filter)(uint32_t addr);
int inet_on_link(uint32_t addr);
uint16_t inet_next_port(void);
uint8_t *inet_frame_get(void);
void inet_frame_put(uint8_t *frame);
int inet_wait(uint64_t deadline);
int inet_block(int (*ready)(void *arg), void *arg, uint64_t deadline);
int inet_eth_send(uint8_t *frame, const uint8_t *dst, uint32_t type, uint32_t payload_len);
uint32_t inet_sum(const uint8_t *p, uint32_t len, uint32_t sum);
uint16_t inet_fold(uint32_t sum);
uint32_t inet_pseudo_sum(uint32_t src, uint32_t dst, uint32_t proto, uint32_t len);

/* arp.c */
void inet_arp_reset(void);
void inet_arp_input(uint8_t *frame, uint32_t len);
int inet_arp_output(uint8_t *frame, uint32_t len, uint32_t addr);
uint64_t inet_arp_timers(uint64_t now, uint8_t *scratch);

/* ip.c */
void inet_ip_reset(void);
void inet_ip_input(uint8_t *frame, uint32_t len);
int inet_ip_output(uint8_t *frame, uint32_t dst, uint32_t proto, uint32_t l4_len);
void inet_icmp_unreachable(const struct inet_pkt *p, uint32_t code);

/* udp.c */
void inet_udp_reset(void);
void inet_udp_input(const struct inet_pkt *p);

/* tcp_input.c, tcp_timer.c */
void inet_tcp_reset(void);
void inet_tcp_input(const struct inet_pkt *p);
uint64_t inet_tcp_timers(uint64_t now, uint8_t *scratch);

#pragma GCC visibility pop

#endif
