/* inet/tcb.h - the TCP connection table, shared by tcp.c (the calls),
 * tcp_input.c (segment arrival) and tcp_output.c (segments out, timers).
 * Names and states are RFC 9293's. */
#ifndef UNI_INET_TCB_H
#define UNI_INET_TCB_H

#include <stddef.h>
#include <string.h>

#include "inet/stack.h"

#define TCP_HLEN 20u
#define TCP_MSS_DEFAULT 536u /* a peer that sends no MSS option (RFC 9293 3.7.1) */

/* Header flags. */
#define TH_FIN 0x01u
#define TH_SYN 0x02u
#define TH_RST 0x04u
#define TH_PSH 0x08u
#define TH_ACK 0x10u

enum tcp_state {
    TCP_FREE,   /* an unused slot */
    TCP_CLOSED, /* ended (error says how), the handle still held */
    TCP_LISTEN,
    TCP_SYN_SENT,
    TCP_SYN_RCVD,
    TCP_ESTABLISHED,
    TCP_FIN_WAIT_1,
    TCP_FIN_WAIT_2,
    TCP_CLOSE_WAIT,
    TCP_CLOSING,
    TCP_LAST_ACK,
    TCP_TIME_WAIT,
};

/* tcb.flags */
#define TCB_USER 0x01u       /* an app holds the handle; otherwise the stack frees the slot when it ends */
#define TCB_ACK_NOW 0x02u    /* the next output sends an acknowledgement */
#define TCB_FIN_QUEUED 0x04u /* shut down: a FIN follows the queued data */
#define TCB_FIN_ACKED 0x08u
#define TCB_EOF 0x10u        /* the peer's FIN has arrived */
#define TCB_PROBE 0x20u      /* the next output sends a segment whatever the window (persist, RFC 9293 3.8.6.1) */
#define TCP_DUPACKS 3u       /* duplicate acknowledgements that trigger a fast retransmit (RFC 5681 3.2) */

/* One connection or listener. The send buffer holds sq_len bytes from
 * index sq_head, the first of them at sequence number snd_una (once the
 * SYN is acknowledged); the receive buffer rq_len bytes from rq_head, the
 * last of them just before rcv_nxt. Timers are time-counter deadlines, 0
 * when off. */
struct tcb {
    uint8_t state, flags, retries;
    int8_t parent;  /* the listener of a connection not yet accepted, else -1 */
    int16_t error;  /* why it ended (-INET_E*), 0 while it has not */
    uint16_t lport, rport, mss;
    uint32_t raddr;
    uint32_t order; /* when it was established, for accept's order; 0 before */
    uint32_t iss, snd_una, snd_nxt, snd_max, snd_wnd, snd_wl1, snd_wl2, max_wnd;
    uint32_t irs, rcv_nxt, rcv_adv; /* rcv_adv: the right edge of the window last advertised */
    uint32_t sq_head, sq_len, rq_head, rq_len;
    uint64_t rtx_at; /* retransmission, or persist while the window is too small */
    uint64_t end_at; /* TIME_WAIT's end, or an abandoned FIN_WAIT_2's */
    uint32_t srtt_us, rttvar_us;
    uint32_t rto_ms;    /* from the round-trip samples; the timer doubles it for each retry */
    uint8_t dupacks;    /* duplicate acknowledgements in a row */
    uint32_t rtt_seq;   /* the sequence number whose acknowledgement ends the timed round trip */
    uint64_t rtt_start; /* 0: no round trip timed */
    uint8_t sq[INET_TCP_SNDBUF];
    uint8_t rq[INET_TCP_RCVBUF];
};

/* A segment's header fields, going out or come in (in: also its data
 * and the MSS option, 0 when absent). */
struct tcp_seg {
    uint16_t sport, dport;
    uint32_t seq, ack;
    uint32_t flags, wnd;
    uint32_t len; /* data bytes */
    uint32_t mss;
    const uint8_t *data;
};

/* Bytes of a tcb before its buffers (what a new one clears). */
#define TCB_HEAD offsetof(struct tcb, sq)

#pragma GCC visibility push(hidden)

extern struct tcb inet_tcbs[INET_TCP_CONNS];

/* tcp_output.c */
struct tcb *inet_tcb_alloc(void);
void inet_tcp_start(struct tcb *t, uint32_t raddr, uint16_t lport, uint16_t rport, uint32_t state);
void inet_tcp_output(struct tcb *t, uint8_t *scratch);
void inet_tcp_emit(uint8_t *frame, uint32_t raddr, const struct tcp_seg *s);
void inet_tcp_abort(struct tcb *t, uint8_t *scratch);
void inet_tcp_fail(struct tcb *t, int err);
void inet_tcp_time_wait(struct tcb *t);
void inet_tcp_arm(struct tcb *t);
void inet_tcp_rtt_sample(struct tcb *t, uint32_t us);
uint32_t inet_tcp_rcv_wnd(const struct tcb *t);

#pragma GCC visibility pop

/* Index of t in the table (its handle). */
static inline int tcb_index(const struct tcb *t)
{
    return (int)(t - inet_tcbs);
}

/* Copies len bytes out of a ring buffer of size bytes, from index at. */
static inline void ring_read(const uint8_t *ring, uint32_t size, uint32_t at, uint8_t *dst, uint32_t len)
{
    at %= size;
    uint32_t first = size - at < len ? size - at : len;
    memcpy(dst, ring + at, first);
    memcpy(dst + first, ring, len - first);
}

/* Copies len bytes into a ring buffer of size bytes, from index at. */
static inline void ring_write(uint8_t *ring, uint32_t size, uint32_t at, const uint8_t *src, uint32_t len)
{
    at %= size;
    uint32_t first = size - at < len ? size - at : len;
    memcpy(ring + at, src, first);
    memcpy(ring, src + first, len - first);
}

#endif
