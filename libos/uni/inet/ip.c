/* inet/ip.c - IPv4 (RFC 791) and ICMP (RFC 792): input checks the header
 * (version, lengths, checksum), drops fragments and packets for other
 * addresses, and hands the rest to ICMP, UDP or TCP; output writes a
 * 20-byte header (DF set, TTL 64, a running identification) and goes
 * through ARP. ICMP answers echo requests, matches echo replies to
 * inet_ping's waiters, and reports unknown protocols and ports. */
#include <string.h>

#include "inet/stack.h"

#define IP_TTL 64u
#define IP_DF 0x4000u
#define IP_FRAG_MASK 0x3fffu /* MF and the fragment offset */
#define ICMP_ECHO_REPLY 0u
#define ICMP_UNREACHABLE 3u
#define ICMP_ECHO_REQUEST 8u
#define ICMP_HLEN 8u
#define ICMP_PROTO_UNREACHABLE 2u
#define PING_ID 0x4558u  /* "EX": the identifier of our echo requests */
#define PING_DATA 56u    /* payload bytes of an echo request, as ping(8) sends */
#define PINGS 4u         /* echo requests waiting for a reply at once */

/* An echo request waiting for its reply. */
struct ping_wait {
    uint32_t addr;
    uint16_t seq;
    uint8_t used, answered;
    uint64_t sent, replied;
};

static struct ping_wait pings[PINGS];
static uint16_t next_id;

/* Forgets the pings waited for (inet_up). */
void inet_ip_reset(void)
{
    memset(pings, 0, sizeof pings);
    next_id = 0;
}

/* Sends the transport packet of l4_len bytes at frame + L4_OFF to dst
 * under a fresh IPv4 header: 0, -INET_ENETUNREACH (not on our link), or
 * inet_arp_output's error. frame may be overwritten. */
int inet_ip_output(uint8_t *frame, uint32_t dst, uint32_t proto, uint32_t l4_len)
{
    if (!inet_on_link(dst)) {
        return -INET_ENETUNREACH;
    }
    uint8_t *ip = frame + ETH_HLEN;
    ip[0] = 0x45; /* version 4, 5 words */
    ip[1] = 0;
    put16(ip + 2, IP_HLEN + l4_len);
    put16(ip + 4, next_id++);
    put16(ip + 6, IP_DF);
    ip[8] = IP_TTL;
    ip[9] = (uint8_t)proto;
    put16(ip + 10, 0);
    put32(ip + 12, inet_self);
    put32(ip + 16, dst);
    put16(ip + 10, inet_fold(inet_sum(ip, IP_HLEN, 0)));
    inet_counters.ip_out++;
    return inet_arp_output(frame, IP_HLEN + l4_len, dst);
}

/* Sends the ICMP message of len bytes at frame + L4_OFF to dst, its checksum filled in. */
static void icmp_output(uint8_t *frame, uint32_t dst, uint32_t len)
{
    uint8_t *icmp = frame + L4_OFF;
    put16(icmp + 2, 0);
    put16(icmp + 2, inet_fold(inet_sum(icmp, len, 0)));
    if (inet_ip_output(frame, dst, IPPROTO_ICMP, len) == 0) {
        inet_counters.icmp_out++;
    }
}

/* Answers packet p with "destination unreachable" (code), in place: the
 * message quotes p's IP header and the first 8 bytes after it. */
void inet_icmp_unreachable(const struct inet_pkt *p, uint32_t code)
{
    uint8_t *icmp = p->frame + L4_OFF;
    memmove(icmp + ICMP_HLEN, p->frame + ETH_HLEN, IP_HLEN + 8);
    icmp[0] = ICMP_UNREACHABLE;
    icmp[1] = (uint8_t)code;
    put32(icmp + 4, 0);
    icmp_output(p->frame, p->src, ICMP_HLEN + IP_HLEN + 8);
}

/* An ICMP message for us: echo requests are answered in place, echo
 * replies end a ping's wait. */
static void icmp_input(const struct inet_pkt *p)
{
    inet_counters.icmp_in++;
    uint8_t *icmp = p->l4;
    if (p->l4_len < ICMP_HLEN || inet_fold(inet_sum(icmp, p->l4_len, 0)) != 0) {
        inet_counters.icmp_checksum_errors++;
        return;
    }
    if (icmp[0] == ICMP_ECHO_REQUEST && icmp[1] == 0) {
        icmp[0] = ICMP_ECHO_REPLY;
        inet_counters.icmp_echo_replies++;
        icmp_output(p->frame, p->src, p->l4_len);
        return;
    }
    if (icmp[0] != ICMP_ECHO_REPLY || get16(icmp + 4) != PING_ID) {
        return;
    }
    for (uint32_t i = 0; i < PINGS; i++) {
        struct ping_wait *w = &pings[i];
        if (w->used && !w->answered && w->addr == p->src && w->seq == get16(icmp + 6)) {
            w->answered = 1;
            w->replied = inet_now();
        }
    }
}

/* Checks the header of an IPv4 packet in frame (len bytes from the
 * Ethernet header on) and fills *p: 0, or -1 (counted) to drop it. A
 * header with options is shortened to 20 bytes, so the transport header
 * always sits at L4_OFF. */
static int ip_check(uint8_t *frame, uint32_t len, struct inet_pkt *p)
{
    uint8_t *ip = frame + ETH_HLEN;
    uint32_t avail = len - ETH_HLEN;
    uint32_t ihl = avail >= IP_HLEN ? (ip[0] & 15u) * 4 : 0;
    uint32_t total = avail >= IP_HLEN ? get16(ip + 2) : 0;
    if (avail < IP_HLEN || ip[0] >> 4 != 4 || ihl < IP_HLEN || total < ihl || total > avail) {
        inet_counters.ip_header_errors++;
        return -1;
    }
    if (inet_fold(inet_sum(ip, ihl, 0)) != 0) {
        inet_counters.ip_checksum_errors++;
        return -1;
    }
    if (get16(ip + 6) & IP_FRAG_MASK) {
        inet_counters.ip_fragments++;
        return -1;
    }
    if (get32(ip + 16) != inet_self) {
        inet_counters.ip_other_dst++;
        return -1;
    }
    if (ihl > IP_HLEN) {
        memmove(ip + IP_HLEN, ip + ihl, total - ihl);
    }
    *p = (struct inet_pkt){ .frame = frame, .l4 = frame + L4_OFF, .l4_len = total - ihl, .src = get32(ip + 12), .dst = inet_self };
    return 0;
}

/* An IPv4 frame for our MAC address: checked, then to its protocol. */
void inet_ip_input(uint8_t *frame, uint32_t len)
{
    inet_counters.ip_in++;
    struct inet_pkt p;
    if (ip_check(frame, len, &p) < 0) {
        return;
    }
    switch (frame[ETH_HLEN + 9]) {
    case IPPROTO_ICMP:
        icmp_input(&p);
        break;
    case IPPROTO_UDP:
        inet_udp_input(&p);
        break;
    case IPPROTO_TCP:
        inet_tcp_input(&p);
        break;
    default:
        inet_counters.ip_unknown_proto++;
        inet_icmp_unreachable(&p, ICMP_PROTO_UNREACHABLE);
    }
}

/* Sends echo request seq to addr and notes the wait in w. */
static void ping_send(struct ping_wait *w, uint32_t addr, uint16_t seq)
{
    uint8_t *frame = inet_frame_get();
    uint8_t *icmp = frame + L4_OFF;
    icmp[0] = ICMP_ECHO_REQUEST;
    icmp[1] = 0;
    put16(icmp + 4, PING_ID);
    put16(icmp + 6, seq);
    for (uint32_t i = 0; i < PING_DATA; i++) {
        icmp[ICMP_HLEN + i] = (uint8_t)(0x10 + i);
    }
    *w = (struct ping_wait){ .addr = addr, .seq = seq, .used = 1, .sent = inet_now() };
    icmp_output(frame, addr, ICMP_HLEN + PING_DATA);
    inet_frame_put(frame);
}

int inet_ping(uint32_t addr, uint16_t seq, uint32_t timeout_ms)
{
    if (inet_self == 0) {
        return -INET_ENETDOWN;
    }
    if (!inet_on_link(addr)) {
        return -INET_ENETUNREACH;
    }
    struct ping_wait *w = 0;
    for (uint32_t i = 0; i < PINGS && w == 0; i++) {
        w = pings[i].used ? 0 : &pings[i];
    }
    if (w == 0) {
        return -INET_EMFILE;
    }
    uint64_t deadline = inet_after_ms(timeout_ms);
    ping_send(w, addr, seq);
    int r = 0;
    while (!w->answered && r >= 0 && inet_now() < deadline) {
        r = inet_wait(deadline);
    }
    w->used = 0;
    if (w->answered) {
        return (int)((w->replied - w->sent) / INET_TICKS_PER_US);
    }
    return r < 0 ? r : -INET_ETIMEDOUT;
}
