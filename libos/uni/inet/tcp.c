/* inet/tcp.c - the TCP calls (inet.h): listening and accepting, opening,
 * sending, receiving, shutting down and closing. Each blocking call runs
 * the stack (inet_block) until its connection is ready for it; segments
 * go out through a buffer of the pool. */
#include "inet/tcb.h"

/* The connection of handle c held by the app (not a listener), or NULL. */
static struct tcb *conn(int c)
{
    if (c < 0 || c >= (int)INET_TCP_CONNS) {
        return 0;
    }
    struct tcb *t = &inet_tcbs[c];
    return t->state != TCP_FREE && t->state != TCP_LISTEN && (t->flags & TCB_USER) ? t : 0;
}

/* Runs t's output through a buffer of the pool. */
static void output(struct tcb *t)
{
    uint8_t *frame = inet_frame_get();
    inet_tcp_output(t, frame);
    inet_frame_put(frame);
}

int tcp_listen(uint16_t port)
{
    if (inet_self == 0) {
        return -INET_ENETDOWN;
    }
    if (port == 0) {
        return -INET_EINVAL;
    }
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        if (inet_tcbs[i].state == TCP_LISTEN && inet_tcbs[i].lport == port) {
            return -INET_EADDRINUSE;
        }
    }
    struct tcb *l = inet_tcb_alloc();
    if (l == 0) {
        return -INET_EMFILE;
    }
    l->state = TCP_LISTEN;
    l->flags = TCB_USER;
    l->lport = port;
    return tcb_index(l);
}

/* The established connection listener l has held longest, or NULL. */
static struct tcb *first_child(const struct tcb *l)
{
    struct tcb *best = 0;
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        struct tcb *t = &inet_tcbs[i];
        if (t->state > TCP_SYN_RCVD && t->parent == tcb_index(l) && (best == 0 || t->order < best->order)) {
            best = t;
        }
    }
    return best;
}

/* inet_block's test for tcp_accept. */
static int accept_ready(void *arg)
{
    const struct tcb *l = arg;
    if (l->state != TCP_LISTEN) {
        return -INET_EBADF;
    }
    return first_child(l) != 0;
}

int tcp_accept(int l, uint32_t timeout_ms)
{
    if (l < 0 || l >= (int)INET_TCP_CONNS || inet_tcbs[l].state != TCP_LISTEN) {
        return -INET_EBADF;
    }
    int r = inet_block(accept_ready, &inet_tcbs[l], inet_after_ms(timeout_ms));
    if (r < 0) {
        return r;
    }
    struct tcb *c = first_child(&inet_tcbs[l]);
    c->parent = -1;
    c->flags |= TCB_USER;
    return tcb_index(c);
}

/* A local port no connection to raddr:rport uses. */
static uint16_t local_port(uint32_t raddr, uint16_t rport)
{
    for (;;) {
        uint16_t port = inet_next_port();
        int used = 0;
        for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
            const struct tcb *t = &inet_tcbs[i];
            used |= t->state != TCP_FREE && t->lport == port && (t->state == TCP_LISTEN || (t->raddr == raddr && t->rport == rport));
        }
        if (!used) {
            return port;
        }
    }
}

/* inet_block's test for tcp_connect: 1 once established, the error once failed. */
static int connected(void *arg)
{
    const struct tcb *t = arg;
    if (t->state == TCP_CLOSED) {
        return t->error < 0 ? t->error : -INET_ECONNRESET;
    }
    return t->state != TCP_SYN_SENT && t->state != TCP_SYN_RCVD;
}

int tcp_connect(uint32_t addr, uint16_t port, uint32_t timeout_ms)
{
    if (port == 0) {
        return -INET_EINVAL;
    }
    uint64_t deadline = inet_after_ms(timeout_ms);
    int r = inet_resolve(addr, timeout_ms);
    if (r < 0) {
        return r;
    }
    struct tcb *t = inet_tcb_alloc();
    if (t == 0) {
        return -INET_EMFILE;
    }
    t->flags = TCB_USER;
    inet_tcp_start(t, addr, local_port(addr, port), port, TCP_SYN_SENT);
    output(t);
    r = inet_block(connected, t, deadline);
    if (r < 0) {
        t->state = TCP_FREE;
        return r;
    }
    return tcb_index(t);
}

/* inet_block's test for tcp_send: room in the send buffer, or an end. */
static int send_ready(void *arg)
{
    const struct tcb *t = arg;
    return t->sq_len < INET_TCP_SNDBUF || t->state == TCP_CLOSED || (t->flags & TCB_FIN_QUEUED);
}

/* Why t takes no more data (a negative error), or 0. */
static int send_error(const struct tcb *t)
{
    if (t->state == TCP_CLOSED) {
        return t->error < 0 ? t->error : -INET_ENOTCONN;
    }
    if ((t->flags & TCB_FIN_QUEUED) || (t->state != TCP_ESTABLISHED && t->state != TCP_CLOSE_WAIT)) {
        return -INET_EPIPE;
    }
    return 0;
}

int tcp_send(int c, const void *buf, uint32_t len)
{
    struct tcb *t = conn(c);
    if (t == 0) {
        return -INET_EBADF;
    }
    const uint8_t *p = buf;
    uint32_t done = 0;
    for (;;) {
        int err = send_error(t);
        if (err < 0) {
            return done > 0 ? (int)done : err;
        }
        uint32_t n = INET_TCP_SNDBUF - t->sq_len < len - done ? INET_TCP_SNDBUF - t->sq_len : len - done;
        ring_write(t->sq, INET_TCP_SNDBUF, t->sq_head + t->sq_len, p + done, n);
        t->sq_len += n;
        done += n;
        if (n > 0) {
            output(t);
        }
        if (done == len) {
            return (int)len;
        }
        int r = inet_block(send_ready, t, INET_NEVER);
        if (r < 0) {
            return done > 0 ? (int)done : r;
        }
    }
}

/* inet_block's test for tcp_recv: data, the end of the stream, or an end. */
static int recv_ready(void *arg)
{
    const struct tcb *t = arg;
    return t->rq_len > 0 || (t->flags & TCB_EOF) || t->state == TCP_CLOSED;
}

/* After the app took data: advertises the larger window when it has
 * grown by two segments or half the buffer (RFC 9293 3.8.6.2.2). */
static void window_update(struct tcb *t)
{
    uint32_t edge = t->rcv_nxt + inet_tcp_rcv_wnd(t);
    uint32_t step = 2 * INET_TCP_MSS < INET_TCP_RCVBUF / 2 ? 2 * INET_TCP_MSS : INET_TCP_RCVBUF / 2;
    if (!(t->flags & TCB_EOF) && t->state >= TCP_ESTABLISHED && edge - t->rcv_adv >= step) {
        t->flags |= TCB_ACK_NOW;
        output(t);
    }
}

int tcp_recv(int c, void *buf, uint32_t len, uint32_t timeout_ms)
{
    struct tcb *t = conn(c);
    if (t == 0) {
        return -INET_EBADF;
    }
    int r = inet_block(recv_ready, t, inet_after_ms(timeout_ms));
    if (r < 0) {
        return r;
    }
    if (t->rq_len > 0) {
        uint32_t n = len < t->rq_len ? len : t->rq_len;
        ring_read(t->rq, INET_TCP_RCVBUF, t->rq_head, buf, n);
        t->rq_head = (t->rq_head + n) % INET_TCP_RCVBUF;
        t->rq_len -= n;
        window_update(t);
        return (int)n;
    }
    if (t->flags & TCB_EOF) {
        return 0;
    }
    return t->error < 0 ? t->error : -INET_ENOTCONN;
}

int tcp_unacked(int c)
{
    struct tcb *t = conn(c);
    return t == 0 ? -INET_EBADF : (int)t->sq_len;
}

int tcp_shutdown(int c)
{
    struct tcb *t = conn(c);
    if (t == 0) {
        return -INET_EBADF;
    }
    if (t->flags & TCB_FIN_QUEUED) {
        return 0;
    }
    if (t->state == TCP_ESTABLISHED) {
        t->state = TCP_FIN_WAIT_1;
    } else if (t->state == TCP_CLOSE_WAIT) {
        t->state = TCP_LAST_ACK;
    } else {
        return t->error < 0 ? t->error : -INET_ENOTCONN;
    }
    t->flags |= TCB_FIN_QUEUED;
    output(t);
    return 0;
}

/* Closes listener l: its connections not yet accepted are reset. */
static int close_listener(struct tcb *l)
{
    for (uint32_t i = 0; i < INET_TCP_CONNS; i++) {
        struct tcb *t = &inet_tcbs[i];
        if (t->state > TCP_LISTEN && t->parent == tcb_index(l)) {
            uint8_t *frame = inet_frame_get();
            inet_tcp_abort(t, frame);
            inet_frame_put(frame);
        }
    }
    l->state = TCP_FREE;
    return 0;
}

/* inet_block's test for tcp_close: our FIN acknowledged and TIME_WAIT
 * over, or an end. */
static int closed(void *arg)
{
    const struct tcb *t = arg;
    return ((t->flags & TCB_FIN_ACKED) && t->state != TCP_TIME_WAIT) || t->state == TCP_CLOSED;
}

int tcp_close(int c)
{
    if (c >= 0 && c < (int)INET_TCP_CONNS && inet_tcbs[c].state == TCP_LISTEN) {
        return close_listener(&inet_tcbs[c]);
    }
    struct tcb *t = conn(c);
    if (t == 0) {
        return -INET_EBADF;
    }
    int r = 0;
    if (t->state != TCP_CLOSED && t->state != TCP_SYN_SENT && t->state != TCP_SYN_RCVD) {
        tcp_shutdown(c);
        r = inet_block(closed, t, inet_after_ms(INET_TCP_LINGER_MS));
    }
    r = r < 0 ? r : t->error;
    t->flags &= ~TCB_USER;
    if (t->state == TCP_CLOSED || t->state == TCP_SYN_SENT || t->state == TCP_SYN_RCVD) {
        t->state = TCP_FREE;
    } else if (t->state == TCP_FIN_WAIT_2) {
        t->end_at = inet_now() + (uint64_t)INET_TCP_FIN_WAIT_MS * INET_TICKS_PER_MS;
    }
    return r < 0 ? r : 0;
}

int tcp_peer(int c, uint32_t *addr, uint16_t *port)
{
    struct tcb *t = conn(c);
    if (t == 0) {
        return -INET_EBADF;
    }
    if (addr) {
        *addr = t->raddr;
    }
    if (port) {
        *port = t->rport;
    }
    return 0;
}
