/* inet/tcp_output.c - TCP segments out and the timers: SYNs, data within
 * the peer's window (sender-side silly-window avoidance, no Nagle), FINs,
 * acknowledgements, resets; retransmission after a timeout (go-back-N
 * from snd_una, RTO per RFC 6298 with Karn's rule and exponential
 * backoff), window probes, TIME_WAIT and abandoned FIN_WAIT_2 ends. */
#include "inet/tcb.h"

struct tcb inet_tcbs[INET_TCP_CONNS];

/* Frees every connection and listener (inet_up). */
void inet_tcp_reset(void)
{
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        inet_tcbs[i].state = TCP_FREE;
    }
}

/* A free slot, cleared (state TCP_CLOSED), or NULL when the table is full. */
struct tcb *inet_tcb_alloc(void)
{
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        struct tcb *t = &inet_tcbs[i];
        if (t->state == TCP_FREE) {
            memset(t, 0, TCB_HEAD);
            t->state = TCP_CLOSED;
            t->parent = -1;
            return t;
        }
    }
    return 0;
}

/* Sets up t for an opening handshake with raddr:rport from lport, in
 * state (TCP_SYN_SENT or TCP_SYN_RCVD): an initial sequence number from
 * the clock (4 us steps, RFC 9293 3.4.1) mixed with the ports. */
void inet_tcp_start(struct tcb *t, uint32_t raddr, uint16_t lport, uint16_t rport, uint32_t state)
{
    t->raddr = raddr;
    t->lport = lport;
    t->rport = rport;
    t->state = (uint8_t)state;
    t->mss = TCP_MSS_DEFAULT;
    t->rto_ms = INET_TCP_RTO_INIT_MS;
    t->iss = (uint32_t)(inet_now() / (4 * INET_TICKS_PER_US)) + ((uint32_t)lport << 16 | rport) * 2654435761u;
    t->snd_una = t->snd_nxt = t->snd_max = t->iss;
}

/* The receive window: the free room of the receive buffer. */
uint32_t inet_tcp_rcv_wnd(const struct tcb *t)
{
    uint32_t room = INET_TCP_RCVBUF - t->rq_len;
    return room > 0xffff ? 0xffff : room;
}

/* Writes the header of segment s (data already at its place after the
 * header; a SYN carries the MSS option) with its checksum, and sends it. */
void inet_tcp_emit(uint8_t *frame, uint32_t raddr, const struct tcp_seg *s)
{
    uint8_t *h = frame + L4_OFF;
    uint32_t hlen = TCP_HLEN + (s->flags & TH_SYN ? 4 : 0);
    put16(h, s->sport);
    put16(h + 2, s->dport);
    put32(h + 4, s->seq);
    put32(h + 8, s->ack);
    h[12] = (uint8_t)(hlen / 4 << 4);
    h[13] = (uint8_t)s->flags;
    put16(h + 14, s->wnd);
    put32(h + 16, 0); /* checksum, urgent pointer */
    if (s->flags & TH_SYN) {
        h[20] = 2; /* MSS */
        h[21] = 4;
        put16(h + 22, s->mss);
    }
    uint32_t len = hlen + s->len;
    put16(h + 16, inet_fold(inet_sum(h, len, inet_pseudo_sum(inet_self, raddr, IPPROTO_TCP, len))));
    if (inet_ip_output(frame, raddr, IPPROTO_TCP, len) == 0) {
        inet_counters.tcp_out++;
        inet_counters.tcp_rst_out += (s->flags & TH_RST) != 0;
    }
}

/* Sends a segment of t at seq with flags and len bytes of the send buffer
 * from offset off (past snd_una), carrying the current acknowledgement
 * and window. */
static void send_segment(struct tcb *t, uint8_t *frame, uint32_t seq, uint32_t flags, uint32_t off, uint32_t len)
{
    struct tcp_seg s = { .sport = t->lport, .dport = t->rport, .seq = seq, .flags = flags, .wnd = inet_tcp_rcv_wnd(t),
                         .len = len, .mss = INET_TCP_MSS };
    if (flags & TH_ACK) {
        s.ack = t->rcv_nxt;
        t->rcv_adv = t->rcv_nxt + s.wnd;
        t->flags &= ~TCB_ACK_NOW;
    }
    ring_read(t->sq, INET_TCP_SNDBUF, t->sq_head + off, frame + L4_OFF + TCP_HLEN, len);
    inet_tcp_emit(frame, t->raddr, &s);
}

/* Notes that len units of sequence space go out at seq (before they do,
 * so the state is current if sending lets another thread in): counts a
 * retransmission, times a new segment when none is timed, advances
 * snd_nxt and snd_max, and arms the retransmission timer. */
static void sent(struct tcb *t, uint32_t seq, uint32_t len)
{
    if (SEQ_LT(seq, t->snd_max)) {
        inet_counters.tcp_retransmits++;
    } else if (t->rtt_start == 0) {
        t->rtt_seq = seq + len;
        t->rtt_start = inet_now();
    }
    t->snd_nxt = seq + len;
    if (SEQ_GT(t->snd_nxt, t->snd_max)) {
        t->snd_max = t->snd_nxt;
    }
    if (t->rtx_at == 0) {
        inet_tcp_arm(t);
    }
}

/* (Re)starts the retransmission timer: the RTO doubled for each timeout
 * in a row (RFC 6298 5.5), at most INET_TCP_RTO_MAX_MS. */
void inet_tcp_arm(struct tcb *t)
{
    uint32_t ms = t->rto_ms;
    for (uint32_t i = 0; i < t->retries && ms < INET_TCP_RTO_MAX_MS; i++) {
        ms *= 2;
    }
    ms = ms < INET_TCP_RTO_MAX_MS ? ms : INET_TCP_RTO_MAX_MS;
    t->rtx_at = inet_now() + (uint64_t)ms * INET_TICKS_PER_MS;
}

/* Sends the next data segment (and the FIN after the last byte, when
 * shut down) if the window allows: 1 when it sent data and more may
 * follow, 0 otherwise. */
static int send_data(struct tcb *t, uint8_t *frame)
{
    uint32_t off = t->snd_nxt - t->snd_una;
    if ((t->flags & TCB_FIN_ACKED) || off > t->sq_len) {
        return 0; /* everything, the FIN included, is out */
    }
    uint32_t left = t->sq_len - off;
    uint32_t wnd = t->snd_wnd > off ? t->snd_wnd - off : 0;
    uint32_t full = left < t->mss ? left : t->mss;
    int probe = (t->flags & TCB_PROBE) != 0;
    if (probe && wnd == 0) {
        wnd = 1;
    }
    uint32_t n = full < wnd ? full : wnd;
    int fin = (t->flags & TCB_FIN_QUEUED) && n == left;
    if ((n == 0 && !fin) || (n < full && n < t->max_wnd / 2 && !probe)) {
        return 0; /* wait for the window to open (the persist timer asks if it does not) */
    }
    t->flags &= ~TCB_PROBE;
    uint32_t seq = t->snd_nxt;
    sent(t, seq, n + (uint32_t)fin); /* first: net_send may let another thread run the stack */
    send_segment(t, frame, seq, TH_ACK | (n > 0 && n == left ? TH_PSH : 0) | (fin ? TH_FIN : 0), off, n);
    return n > 0 && !fin;
}

/* Sends what t has to send: its SYN (or SYN-ACK) during the handshake,
 * then data and FIN within the window, and an acknowledgement if one is
 * owed and nothing carried it. Arms the persist timer when data waits
 * for the window with nothing in flight. */
void inet_tcp_output(struct tcb *t, uint8_t *scratch)
{
    if (t->state == TCP_SYN_SENT || t->state == TCP_SYN_RCVD) {
        if (t->snd_nxt == t->iss) {
            sent(t, t->iss, 1);
            send_segment(t, scratch, t->iss, TH_SYN | (t->state == TCP_SYN_RCVD ? TH_ACK : 0), 0, 0);
        }
        return;
    }
    if (t->state < TCP_ESTABLISHED) {
        return;
    }
    while (send_data(t, scratch)) {
    }
    if (t->flags & TCB_ACK_NOW) {
        send_segment(t, scratch, t->snd_nxt, TH_ACK, 0, 0);
    }
    if (t->rtx_at == 0 && t->snd_nxt == t->snd_una && t->sq_len > 0 && !(t->flags & TCB_FIN_ACKED)) {
        inet_tcp_arm(t);
    }
}

/* Sends a reset for t (through scratch) and ends it with ECONNRESET. */
void inet_tcp_abort(struct tcb *t, uint8_t *scratch)
{
    if (t->state >= TCP_SYN_RCVD) {
        send_segment(t, scratch, t->snd_nxt, TH_RST | TH_ACK, 0, 0);
    }
    inet_tcp_fail(t, -INET_ECONNRESET);
}

/* Ends t with err (0: closed cleanly): the slot is freed unless an app
 * holds its handle, which then reads err. */
void inet_tcp_fail(struct tcb *t, int err)
{
    t->error = (int16_t)err;
    t->state = TCP_CLOSED;
    t->rtx_at = t->end_at = 0;
    if (!(t->flags & TCB_USER)) {
        t->state = TCP_FREE;
    }
}

/* Enters TIME_WAIT (RFC 9293 3.6, shortened to INET_TCP_TIME_WAIT_MS). */
void inet_tcp_time_wait(struct tcb *t)
{
    t->state = TCP_TIME_WAIT;
    t->rtx_at = 0;
    t->end_at = inet_now() + (uint64_t)INET_TCP_TIME_WAIT_MS * INET_TICKS_PER_MS;
}

/* Takes a round-trip sample of us microseconds (RFC 6298 2.2-2.4, clock
 * granularity 1 ms). */
void inet_tcp_rtt_sample(struct tcb *t, uint32_t us)
{
    us = us == 0 ? 1 : us;
    if (t->srtt_us == 0) {
        t->srtt_us = us;
        t->rttvar_us = us / 2;
    } else {
        uint32_t delta = t->srtt_us > us ? t->srtt_us - us : us - t->srtt_us;
        t->rttvar_us = (3 * t->rttvar_us + delta) / 4;
        t->srtt_us = (7 * t->srtt_us + us) / 8;
    }
    uint32_t var = 4 * t->rttvar_us > 1000 ? 4 * t->rttvar_us : 1000;
    uint32_t rto = (t->srtt_us + var + 999) / 1000;
    t->rto_ms = rto < INET_TCP_RTO_MIN_MS ? INET_TCP_RTO_MIN_MS : rto > INET_TCP_RTO_MAX_MS ? INET_TCP_RTO_MAX_MS : rto;
}

/* The retransmission timer of t went off: fail after INET_TCP_RETRIES
 * timeouts in a row, else send again from snd_una (a window probe when
 * the window is too small) with the timer backed off. */
static void timeout(struct tcb *t, uint8_t *scratch)
{
    t->rtx_at = 0;
    if (t->retries >= INET_TCP_RETRIES) {
        inet_counters.tcp_timeouts++;
        if (t->state >= TCP_ESTABLISHED) {
            send_segment(t, scratch, t->snd_nxt, TH_RST | TH_ACK, 0, 0);
        }
        inet_tcp_fail(t, -INET_ETIMEDOUT);
        return;
    }
    t->retries++;
    t->rtt_start = 0; /* Karn: no sample from a retransmitted segment */
    t->snd_nxt = t->state == TCP_SYN_SENT || t->state == TCP_SYN_RCVD ? t->iss : t->snd_una;
    t->flags |= TCB_PROBE;
    inet_tcp_output(t, scratch);
    t->flags &= ~TCB_PROBE;
}

/* The end timer of t went off: TIME_WAIT is over, or an abandoned
 * FIN_WAIT_2 gives up on the peer's FIN. */
static void end_timer(struct tcb *t)
{
    t->end_at = 0;
    if (t->state == TCP_TIME_WAIT || !(t->flags & TCB_USER)) {
        inet_tcp_fail(t, t->state == TCP_TIME_WAIT ? 0 : -INET_ETIMEDOUT);
    }
}

/* Runs the timers of every connection that are due at now (segments go
 * out through scratch): the earliest deadline still set. */
uint64_t inet_tcp_timers(uint64_t now, uint8_t *scratch)
{
    uint64_t next = INET_NEVER;
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        struct tcb *t = &inet_tcbs[i];
        if (t->state <= TCP_LISTEN) {
            continue;
        }
        if (t->rtx_at != 0 && now >= t->rtx_at) {
            timeout(t, scratch);
        }
        if (t->end_at != 0 && now >= t->end_at) {
            end_timer(t);
        }
        if (t->state > TCP_LISTEN && t->rtx_at != 0 && t->rtx_at < next) {
            next = t->rtx_at;
        }
        if (t->state > TCP_LISTEN && t->end_at != 0 && t->end_at < next) {
            next = t->end_at;
        }
    }
    return next;
}
