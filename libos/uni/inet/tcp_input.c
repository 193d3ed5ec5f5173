/* inet/tcp_input.c - TCP segment arrival (RFC 9293 3.10.7): checks the
 * checksum, finds the connection (or a listener, or answers with a
 * reset), and runs the state machine: the handshake, the acceptability
 * test against the receive window, resets, acknowledgements (freeing the
 * send buffer, round-trip samples, window updates), in-order data into
 * the receive buffer (out-of-order data is dropped and acknowledged with
 * rcv_nxt again), and FINs. Replies go out through the arriving frame. */
#include "inet/tcb.h"

/* Connections established so far (accept takes them in this order). */
static uint32_t established;

/* Parses and checks the segment of p into *s: 0, or -1 (counted) to drop it. */
static int parse(const struct inet_pkt *p, struct tcp_seg *s)
{
    const uint8_t *h = p->l4;
    uint32_t doff = p->l4_len >= TCP_HLEN ? (uint32_t)(h[12] >> 4) * 4 : 0;
    if (doff < TCP_HLEN || doff > p->l4_len) {
        inet_counters.tcp_bad_segments++;
        return -1;
    }
    if (inet_fold(inet_sum(h, p->l4_len, inet_pseudo_sum(p->src, p->dst, IPPROTO_TCP, p->l4_len))) != 0) {
        inet_counters.tcp_checksum_errors++;
        return -1;
    }
    *s = (struct tcp_seg){ .sport = get16(h), .dport = get16(h + 2), .seq = get32(h + 4), .ack = get32(h + 8),
                           .flags = h[13], .wnd = get16(h + 14), .len = p->l4_len - doff, .data = h + doff };
    for (uint32_t i = TCP_HLEN; i < doff && h[i] != 0;) { /* options, up to End of Option List */
        if (h[i] == 1) { /* No-Operation */
            i++;
            continue;
        }
        if (i + 1 >= doff || h[i + 1] < 2) {
            break;
        }
        if (h[i] == 2 && h[i + 1] == 4 && i + 4 <= doff) {
            s->mss = get16(h + i + 2);
        }
        i += h[i + 1];
    }
    return 0;
}

/* Answers a segment that belongs to no connection with a reset, in place
 * (RFC 9293 3.10.7.1); a reset is never answered. */
static void reply_reset(const struct inet_pkt *p, const struct tcp_seg *in)
{
    if (in->flags & TH_RST) {
        return;
    }
    struct tcp_seg s = { .sport = in->dport, .dport = in->sport, .flags = TH_RST };
    if (in->flags & TH_ACK) {
        s.seq = in->ack;
    } else {
        s.ack = in->seq + in->len + !!(in->flags & TH_SYN) + !!(in->flags & TH_FIN);
        s.flags |= TH_ACK;
    }
    inet_tcp_emit(p->frame, p->src, &s);
}

/* The connection of s from src, or the listener of its port, or NULL. */
static struct tcb *lookup(uint32_t src, const struct tcp_seg *s)
{
    struct tcb *listener = 0;
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        struct tcb *t = &inet_tcbs[i];
        if (t->state > TCP_LISTEN && t->lport == s->dport && t->rport == s->sport && t->raddr == src) {
            return t;
        }
        if (t->state == TCP_LISTEN && t->lport == s->dport) {
            listener = t;
        }
    }
    return listener;
}

/* Takes the peer's MSS option (capped at ours) and first window. */
static void take_options(struct tcb *t, const struct tcp_seg *s)
{
    uint32_t mss = s->mss ? s->mss : TCP_MSS_DEFAULT;
    t->mss = (uint16_t)(mss > INET_TCP_MSS ? INET_TCP_MSS : mss < 64 ? 64 : mss);
    t->snd_wnd = t->max_wnd = s->wnd;
    t->snd_wl1 = s->seq;
    t->snd_wl2 = s->ack;
}

/* A segment for listener l: a SYN opens a connection in SYN_RCVD (when
 * the backlog has room) and is answered with a SYN-ACK. */
static void listen_input(struct tcb *l, const struct inet_pkt *p, const struct tcp_seg *s)
{
    if (s->flags & TH_RST) {
        return;
    }
    if (s->flags & TH_ACK) {
        reply_reset(p, s);
        return;
    }
    if (!(s->flags & TH_SYN)) {
        return;
    }
    uint32_t pending = 0;
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        pending += inet_tcbs[i].state > TCP_LISTEN && inet_tcbs[i].parent == tcb_index(l);
    }
    struct tcb *c = pending < INET_TCP_BACKLOG ? inet_tcb_alloc() : 0;
    if (c == 0) {
        inet_counters.tcp_backlog_drops++; /* the peer sends its SYN again */
        return;
    }
    inet_tcp_start(c, p->src, l->lport, s->sport, TCP_SYN_RCVD);
    c->parent = (int8_t)tcb_index(l);
    c->irs = s->seq;
    c->rcv_nxt = c->rcv_adv = s->seq + 1;
    take_options(c, s);
    inet_tcp_output(c, p->frame);
}

/* A segment for a connection in SYN_SENT: a SYN-ACK for our SYN
 * establishes it, a reset for it refuses it. */
static void syn_sent_input(struct tcb *t, const struct inet_pkt *p, const struct tcp_seg *s)
{
    int ack_ok = (s->flags & TH_ACK) && SEQ_GT(s->ack, t->iss) && SEQ_LE(s->ack, t->snd_max);
    if ((s->flags & TH_ACK) && !ack_ok) {
        reply_reset(p, s);
        return;
    }
    if (s->flags & TH_RST) {
        if (ack_ok) {
            inet_tcp_fail(t, -INET_ECONNREFUSED);
        }
        return;
    }
    if (!(s->flags & TH_SYN)) {
        return;
    }
    t->irs = s->seq;
    t->rcv_nxt = t->rcv_adv = s->seq + 1;
    take_options(t, s);
    t->flags |= TCB_ACK_NOW;
    if (!ack_ok) { /* simultaneous open: answer with a SYN-ACK */
        t->state = TCP_SYN_RCVD;
        t->snd_nxt = t->iss;
        return;
    }
    if (t->rtt_start != 0) {
        inet_tcp_rtt_sample(t, (uint32_t)((inet_now() - t->rtt_start) / INET_TICKS_PER_US));
    }
    t->snd_una = s->ack;
    t->state = TCP_ESTABLISHED;
    t->order = ++established;
    t->retries = 0;
    t->rtx_at = 0;
    t->rtt_start = 0;
}

/* The acceptability test of RFC 9293 3.10.7.4 against the receive
 * window, then trims s to the window (data already received, and data
 * beyond the right edge, are cut): 0 when s is not acceptable. */
static int trim(struct tcb *t, struct tcp_seg *s)
{
    uint32_t wnd = inet_tcp_rcv_wnd(t);
    uint32_t seglen = s->len + !!(s->flags & TH_SYN) + !!(s->flags & TH_FIN);
    uint32_t from = s->seq - t->rcv_nxt, to = s->seq + seglen - 1 - t->rcv_nxt; /* offsets in the window */
    int ok = seglen == 0 ? (wnd == 0 ? s->seq == t->rcv_nxt : from < wnd) : wnd > 0 && (from < wnd || to < wnd);
    if (!ok) {
        return 0;
    }
    if (SEQ_LT(s->seq, t->rcv_nxt)) {
        uint32_t skip = t->rcv_nxt - s->seq;
        if (s->flags & TH_SYN) {
            s->flags &= ~TH_SYN;
            skip--;
        }
        skip = skip < s->len ? skip : s->len;
        s->data += skip;
        s->len -= skip;
        s->seq = t->rcv_nxt;
    }
    if (s->len > wnd) {
        s->len = wnd;
        s->flags &= ~TH_FIN;
    }
    return 1;
}

/* The peer acknowledged up to s->ack: frees the send buffer (and notes
 * our FIN's acknowledgement), takes a round-trip sample, restarts or
 * stops the retransmission timer. */
static void acked(struct tcb *t, const struct tcp_seg *s)
{
    uint32_t n = s->ack - t->snd_una;
    if (t->snd_una == t->iss) {
        n--; /* the SYN */
    }
    uint32_t data = n < t->sq_len ? n : t->sq_len;
    t->sq_head = (t->sq_head + data) % INET_TCP_SNDBUF;
    t->sq_len -= data;
    if (n > data) {
        t->flags |= TCB_FIN_ACKED;
    }
    if (t->rtt_start != 0 && SEQ_GE(s->ack, t->rtt_seq)) {
        inet_tcp_rtt_sample(t, (uint32_t)((inet_now() - t->rtt_start) / INET_TICKS_PER_US));
        t->rtt_start = 0;
    }
    t->snd_una = s->ack;
    if (SEQ_LT(t->snd_nxt, t->snd_una)) {
        t->snd_nxt = t->snd_una;
    }
    t->retries = 0;
    t->dupacks = 0;
    t->rtx_at = 0;
    if (t->snd_una != t->snd_max) {
        inet_tcp_arm(t);
    }
}

/* Counts a duplicate acknowledgement (RFC 5681 2: nothing new acknowledged,
 * no data, the same window, data outstanding); the third in a row
 * retransmits from snd_una at once instead of waiting for the timer. */
static void dupack(struct tcb *t, const struct tcp_seg *s)
{
    if (s->len != 0 || (s->flags & TH_FIN) || s->wnd != t->snd_wnd || t->snd_una == t->snd_max) {
        t->dupacks = 0;
        return;
    }
    if (++t->dupacks == TCP_DUPACKS) {
        inet_counters.tcp_fast_retransmits++;
        t->snd_nxt = t->snd_una;
        t->rtt_start = 0;
    }
}

/* The ACK field of s in a synchronized state (RFC 9293 3.10.7.4, fifth
 * check): completes a passive open, frees acknowledged data, updates the
 * send window, and moves the closing states on: 0 when s is done with. */
static int ack_input(struct tcb *t, const struct inet_pkt *p, const struct tcp_seg *s)
{
    if (t->state == TCP_SYN_RCVD) {
        if (SEQ_LE(s->ack, t->snd_una) || SEQ_GT(s->ack, t->snd_max)) {
            reply_reset(p, s);
            return 0;
        }
        t->state = TCP_ESTABLISHED;
        t->order = ++established;
    }
    if (SEQ_GT(s->ack, t->snd_max)) {
        t->flags |= TCB_ACK_NOW; /* acknowledges what we never sent */
        return 0;
    }
    if (SEQ_GT(s->ack, t->snd_una)) {
        acked(t, s);
    } else if (s->ack == t->snd_una) {
        dupack(t, s);
        if (t->snd_wnd == 0) {
            t->retries = 0; /* a window probe answered: the peer is there */
        }
    }
    if (SEQ_LT(t->snd_wl1, s->seq) || (t->snd_wl1 == s->seq && SEQ_LE(t->snd_wl2, s->ack))) {
        t->snd_wnd = s->wnd;
        t->max_wnd = s->wnd > t->max_wnd ? s->wnd : t->max_wnd;
        t->snd_wl1 = s->seq;
        t->snd_wl2 = s->ack;
    }
    if (t->flags & TCB_FIN_ACKED) {
        if (t->state == TCP_FIN_WAIT_1) {
            t->state = TCP_FIN_WAIT_2;
            t->end_at = t->flags & TCB_USER ? 0 : inet_now() + (uint64_t)INET_TCP_FIN_WAIT_MS * INET_TICKS_PER_MS;
        } else if (t->state == TCP_CLOSING) {
            inet_tcp_time_wait(t);
        } else if (t->state == TCP_LAST_ACK) {
            inet_tcp_fail(t, 0);
            return 0;
        }
    }
    return 1;
}

/* Data and FIN of s, in a state that still receives: taken when they
 * come in order, else dropped (counted) and rcv_nxt acknowledged again. */
static void data_input(struct tcb *t, const struct tcp_seg *s)
{
    int fin = (s->flags & TH_FIN) != 0;
    if (s->len == 0 && !fin) {
        return;
    }
    t->flags |= TCB_ACK_NOW;
    if (s->seq != t->rcv_nxt) {
        inet_counters.tcp_out_of_order++;
        return;
    }
    if (t->state == TCP_ESTABLISHED || t->state == TCP_FIN_WAIT_1 || t->state == TCP_FIN_WAIT_2) {
        ring_write(t->rq, INET_TCP_RCVBUF, t->rq_head + t->rq_len, s->data, s->len);
        t->rq_len += s->len;
        t->rcv_nxt += s->len;
    } else if (s->len > 0) {
        return; /* data after the peer's FIN */
    }
    if (!fin || (t->flags & TCB_EOF)) {
        return;
    }
    t->rcv_nxt++;
    t->flags |= TCB_EOF;
    if (t->state == TCP_ESTABLISHED) {
        t->state = TCP_CLOSE_WAIT;
    } else if (t->state == TCP_FIN_WAIT_1) {
        t->state = TCP_CLOSING; /* our FIN is not acknowledged yet */
    } else if (t->state == TCP_FIN_WAIT_2) {
        inet_tcp_time_wait(t);
    }
}

/* A segment for a synchronized connection. */
static void sync_input(struct tcb *t, const struct inet_pkt *p, struct tcp_seg *s)
{
    if (t->state == TCP_SYN_RCVD && (s->flags & TH_SYN) && s->seq == t->irs && !(s->flags & TH_RST)) {
        t->snd_nxt = t->iss; /* our SYN-ACK was lost: send it again */
        return;
    }
    if (!trim(t, s)) {
        if (!(s->flags & TH_RST)) {
            t->flags |= TCB_ACK_NOW;
        }
        return;
    }
    if (s->flags & TH_RST) {
        inet_tcp_fail(t, t->state == TCP_SYN_RCVD ? -INET_ECONNREFUSED : -INET_ECONNRESET);
        return;
    }
    if (s->flags & TH_SYN) {
        t->flags |= TCB_ACK_NOW; /* a SYN in the window: a challenge ACK (RFC 5961 4) */
        return;
    }
    if ((s->flags & TH_ACK) && ack_input(t, p, s)) {
        data_input(t, s);
    }
}

/* A TCP segment for us: to its connection or listener, or answered with a
 * reset; the connection then sends what it owes through the same frame. */
void inet_tcp_input(const struct inet_pkt *p)
{
    inet_counters.tcp_in++;
    struct tcp_seg s;
    if (parse(p, &s) < 0) {
        return;
    }
    inet_counters.tcp_rst_in += (s.flags & TH_RST) != 0;
    struct tcb *t = lookup(p->src, &s);
    if (t == 0) {
        reply_reset(p, &s);
    } else if (t->state == TCP_LISTEN) {
        listen_input(t, p, &s);
    } else if (t->state == TCP_SYN_SENT) {
        syn_sent_input(t, p, &s);
    } else {
        sync_input(t, p, &s);
    }
    if (t != 0 && t->state > TCP_LISTEN) {
        inet_tcp_output(t, p->frame);
    }
}
