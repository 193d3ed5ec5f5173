/* netecho - echo services and their clients over the inet stack
 * (libos/uni/inet): the same program runs under the pv-ops kernel (the
 * stack linked in) and as a unikernel (the inet module over net).
 *
 *   netecho [-s] serve [N]            answers ICMP echo, echoes UDP and TCP on
 *                                     port 7; exits once N TCP connections
 *                                     (default 1) were served and closed, or,
 *                                     with N = 0, after 2 s without traffic
 *   netecho [-s] ping ADDR N          N echo requests, one at a time
 *   netecho [-s] udp ADDR N           N datagrams of varied sizes to port 7,
 *                                     each echoed and compared
 *   netecho [-s] tcp ADDR BYTES [PORT]  connects (port 7 by default), streams
 *                                     BYTES bytes of a pattern while reading
 *                                     the echo back, checks every byte, closes
 *
 * Each guest takes the address 10.0.M4.M5/16 from its MAC address (the
 * first guest on the switch is 10.0.0.1). -s prints the stack's counters
 * at the end. Output is the same from run to run but for round-trip
 * times, throughput and the counters. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inet/inet.h"
#include "exovisor/virt.h"
#include "riscv/time.h"

#define ECHO_PORT 7
#define RESOLVE_MS 30000     /* the peer may still be booting */
#define REPLY_MS 1000
#define STREAM_MS 20000      /* the longest wait for echoed data */
#define SERVE_IDLE_MS 60000  /* serve N > 0 gives up after this without traffic */
#define SERVE_DRAIN_MS 2000  /* serve 0 stops after this without traffic */
#define TCP_CHUNK 4096
#define TCP_IN_FLIGHT 16384  /* bytes sent but not echoed yet, at most: they fit the server's buffers */

static uint8_t buf[TCP_CHUNK], rbuf[TCP_CHUNK];

/* Microseconds on the time counter. */
static uint64_t now_us(void)
{
    return rdtime64() / (TIMEBASE_HZ / 1000000u);
}

/* Byte k of the TCP stream and of datagram payloads. */
static uint8_t pattern(uint32_t k)
{
    return (uint8_t)((k * 2654435761u) >> 24);
}

/* Round-trip statistics. */
struct rtt {
    uint64_t min, max, sum;
    unsigned got, lost;
};

/* Adds a round trip of us microseconds. */
static void rtt_add(struct rtt *r, uint64_t us)
{
    r->min = r->got == 0 || us < r->min ? us : r->min;
    r->max = us > r->max ? us : r->max;
    r->sum += us;
    r->got++;
}

/* Prints the client's line: round trips (or datagrams) answered, lost, times. */
static void rtt_print(const char *what, const char *addr, const struct rtt *r)
{
    printf("netecho: %s %s: %u %s, %u lost", what, addr, r->got, what[0] == 'p' ? "replies" : "datagrams echoed", r->lost);
    if (r->got > 0) {
        printf(", rtt min %lu us, avg %lu us, max %lu us", (unsigned long)r->min, (unsigned long)(r->sum / r->got),
               (unsigned long)r->max);
    }
    printf("\n");
}

/* netecho ping: n echo requests, one at a time; 0 when none was lost. */
static int ping(uint32_t addr, const char *text, unsigned n)
{
    struct rtt r = { 0 };
    for (unsigned i = 1; i <= n; i++) {
        int us = inet_ping(addr, (uint16_t)i, REPLY_MS);
        if (us < 0) {
            r.lost++;
        } else {
            rtt_add(&r, (uint64_t)us);
        }
    }
    rtt_print("ping", text, &r);
    return r.lost == 0 ? 0 : 1;
}

/* Datagram i: its number, then the pattern; sizes vary up to the largest. */
static uint32_t datagram(unsigned i)
{
    uint32_t len = i == 1 ? INET_UDP_MAX : 4 + (i * 389u) % (INET_UDP_MAX - 3);
    memcpy(buf, &i, 4);
    for (uint32_t k = 4; k < len; k++) {
        buf[k] = pattern(k + i);
    }
    return len;
}

/* Waits for the echo of the len-byte datagram in buf from addr: 1, or 0 if none came in time. */
static int udp_echoed(int s, uint32_t addr, uint32_t len)
{
    uint64_t deadline = now_us() + REPLY_MS * 1000u;
    while (now_us() < deadline) {
        uint32_t from;
        uint16_t port;
        int n = udp_recvfrom(s, rbuf, sizeof rbuf, &from, &port, (unsigned)((deadline - now_us()) / 1000) + 1);
        if (n < 0) {
            return 0;
        }
        if (from == addr && port == ECHO_PORT && (uint32_t)n == len && memcmp(buf, rbuf, len) == 0) {
            return 1;
        }
    }
    return 0;
}

/* netecho udp: n datagrams, each echoed and compared; 0 when none was lost. */
static int udp(uint32_t addr, const char *text, unsigned n)
{
    int s = udp_bind(0);
    if (s < 0) {
        printf("netecho: udp: %s\n", inet_strerror(s));
        return 1;
    }
    struct rtt r = { 0 };
    for (unsigned i = 1; i <= n; i++) {
        uint32_t len = datagram(i);
        uint64_t t0 = now_us();
        int sent = udp_sendto(s, addr, ECHO_PORT, buf, len);
        if (sent >= 0 && udp_echoed(s, addr, len)) {
            rtt_add(&r, now_us() - t0);
        } else {
            r.lost++;
        }
    }
    udp_close(s);
    rtt_print("udp", text, &r);
    return r.lost == 0 ? 0 : 1;
}

/* Sends the next chunk of the stream when the echo has caught up enough:
 * the bytes sent (0 when it waits), or an error. Shuts down after the last. */
static int tcp_feed(int c, uint32_t *sent, uint32_t got, uint32_t total)
{
    uint32_t room = TCP_IN_FLIGHT - (*sent - got);
    uint32_t n = total - *sent < room ? total - *sent : room;
    n = n < TCP_CHUNK ? n : TCP_CHUNK;
    if (n == 0) {
        return 0;
    }
    for (uint32_t k = 0; k < n; k++) {
        buf[k] = pattern(*sent + k);
    }
    int r = tcp_send(c, buf, n);
    if (r < 0) {
        return r;
    }
    *sent += (uint32_t)r;
    return *sent == total ? tcp_shutdown(c) : r;
}

/* Streams total bytes through connection c and checks the echo: 0, or prints why not and returns 1. */
static int tcp_stream(int c, const char *peer, uint32_t total)
{
    uint32_t sent = 0, got = 0;
    if (total == 0) {
        tcp_shutdown(c);
    }
    while (got < total || sent < total) {
        int fed = sent < total ? tcp_feed(c, &sent, got, total) : 0;
        if (fed < 0) {
            printf("netecho: tcp %s: send failed after %lu bytes: %s\n", peer, (unsigned long)sent, inet_strerror(fed));
            return 1;
        }
        int n = tcp_recv(c, rbuf, sizeof rbuf, fed > 0 ? 0 : STREAM_MS);
        if (n == -INET_ETIMEDOUT && fed > 0) {
            continue;
        }
        if (n <= 0) {
            printf("netecho: tcp %s: %s after %lu of %lu bytes echoed\n", peer, n == 0 ? "end of stream" : inet_strerror(n),
                   (unsigned long)got, (unsigned long)total);
            return 1;
        }
        for (int k = 0; k < n; k++, got++) {
            if (rbuf[k] != pattern(got)) {
                printf("netecho: tcp %s: byte %lu differs\n", peer, (unsigned long)got);
                return 1;
            }
        }
    }
    int end = tcp_recv(c, rbuf, sizeof rbuf, STREAM_MS);
    if (end != 0) {
        printf("netecho: tcp %s: no end of stream after the echo (%s)\n", peer, end > 0 ? "more data" : inet_strerror(end));
        return 1;
    }
    return 0;
}

/* netecho tcp: connects, streams and checks total bytes, closes; 0 when all came back. */
static int tcp(uint32_t addr, const char *text, uint32_t total, unsigned port)
{
    char peer[INET_ADDRSTRLEN + 6];
    snprintf(peer, sizeof peer, "%s:%u", text, port);
    int c = tcp_connect(addr, (uint16_t)port, RESOLVE_MS);
    if (c < 0) {
        printf("netecho: tcp %s: connect failed: %s\n", peer, inet_strerror(c));
        return 1;
    }
    uint64_t t0 = now_us();
    int bad = tcp_stream(c, peer, total);
    uint64_t us = now_us() - t0;
    int r = tcp_close(c);
    if (bad) {
        return 1;
    }
    if (r < 0) {
        printf("netecho: tcp %s: close failed: %s\n", peer, inet_strerror(r));
        return 1;
    }
    printf("netecho: tcp %s: %lu bytes sent, echoed and verified, %lu KiB/s\n", peer, (unsigned long)total,
           (unsigned long)(us > 0 ? (uint64_t)total * 1000000u / 1024u / us : 0));
    return 0;
}

/* The server's state: what it served, and the connection being served. */
struct server {
    unsigned want, served, datagrams;
    int udp, listener, conn;
    char peer[INET_ADDRSTRLEN];
    uint32_t bytes;
    uint64_t last_us; /* the last time anything happened */
};

/* Echoes the datagrams that have come: the number echoed. */
static int serve_udp(struct server *sv)
{
    int done = 0;
    uint32_t from;
    uint16_t port;
    int n;
    while ((n = udp_recvfrom(sv->udp, rbuf, sizeof rbuf, &from, &port, 0)) >= 0) {
        udp_sendto(sv->udp, from, port, rbuf, (uint32_t)n);
        sv->datagrams++;
        done++;
    }
    return done;
}

/* Ends the current connection, with a line about it. */
static void serve_end(struct server *sv, int err)
{
    int r = tcp_close(sv->conn);
    err = err < 0 ? err : r;
    printf("netecho: tcp %s: echoed %lu bytes, %s\n", sv->peer, (unsigned long)sv->bytes,
           err < 0 ? inet_strerror(err) : "closed");
    sv->conn = -1;
    sv->served++;
}

/* Accepts a connection or echoes what came on the current one: 1 when
 * something happened. */
static int serve_tcp(struct server *sv)
{
    if (sv->conn < 0) {
        sv->conn = tcp_accept(sv->listener, 0);
        if (sv->conn < 0) {
            return 0;
        }
        uint32_t addr;
        tcp_peer(sv->conn, &addr, 0);
        inet_format(addr, sv->peer);
        sv->bytes = 0;
        printf("netecho: tcp connection from %s\n", sv->peer);
        return 1;
    }
    int n = tcp_recv(sv->conn, rbuf, sizeof rbuf, 0);
    if (n == -INET_ETIMEDOUT) {
        return 0;
    }
    int sent = n > 0 ? tcp_send(sv->conn, rbuf, (uint32_t)n) : n;
    if (sent <= 0 || sent < n) {
        serve_end(sv, sent < 0 ? sent : 0);
        return 1;
    }
    sv->bytes += (uint32_t)n;
    return 1;
}

/* Nonzero when the server is done: N connections served, or (N = 0) idle
 * for SERVE_DRAIN_MS after some traffic, or idle for SERVE_IDLE_MS. */
static int serve_done(const struct server *sv)
{
    struct inet_stats s;
    inet_stats(&s);
    int busy = s.ip_in > 0; /* some traffic came */
    uint64_t idle_ms = (now_us() - sv->last_us) / 1000;
    if (sv->want > 0) {
        return sv->served >= sv->want || idle_ms >= SERVE_IDLE_MS;
    }
    return (busy && idle_ms >= SERVE_DRAIN_MS) || idle_ms >= SERVE_IDLE_MS;
}

/* netecho serve: serves until serve_done; 0, or 1 when it stopped idle. */
static int serve(unsigned want)
{
    struct server sv = { .want = want, .conn = -1, .last_us = now_us() };
    sv.udp = udp_bind(ECHO_PORT);
    sv.listener = tcp_listen(ECHO_PORT);
    if (sv.udp < 0 || sv.listener < 0) {
        printf("netecho: cannot serve port %u: %s\n", ECHO_PORT, inet_strerror(sv.udp < 0 ? sv.udp : sv.listener));
        return 1;
    }
    char text[INET_ADDRSTRLEN];
    printf("netecho: serving on %s (icmp echo, udp %u, tcp %u)\n", inet_format(inet_addr(), text), ECHO_PORT, ECHO_PORT);
    while (!serve_done(&sv)) {
        int busy = serve_udp(&sv) + serve_tcp(&sv);
        if (busy || inet_poll(busy ? 0 : 100) > 0) {
            sv.last_us = now_us();
        }
    }
    int idle = want > 0 && sv.served < want;
    if (sv.conn >= 0) {
        serve_end(&sv, -INET_ETIMEDOUT);
    }
    struct inet_stats s;
    inet_stats(&s);
    printf("netecho: served %u tcp connections, %u udp datagrams, %lu pings%s\n", sv.served, sv.datagrams,
           (unsigned long)s.icmp_echo_replies, idle ? " (stopped: idle)" : "");
    return idle ? 1 : 0;
}

/* The -s line: the stack's counters. */
static void print_stats(void)
{
    struct inet_stats s;
    inet_stats(&s);
    printf("netecho: stats: eth in %lu out %lu; arp in %lu out %lu; ip in %lu out %lu; icmp in %lu out %lu; "
           "udp in %lu out %lu; tcp in %lu out %lu, retransmits %lu (fast %lu), timeouts %lu, out-of-order %lu, "
           "resets in %lu out %lu; "
           "checksum errors ip %lu icmp %lu udp %lu tcp %lu; drops eth %lu arp %lu udp %lu backlog %lu\n",
           (unsigned long)s.eth_in, (unsigned long)s.eth_out, (unsigned long)s.arp_in, (unsigned long)s.arp_out,
           (unsigned long)s.ip_in, (unsigned long)s.ip_out, (unsigned long)s.icmp_in, (unsigned long)s.icmp_out,
           (unsigned long)s.udp_in, (unsigned long)s.udp_out, (unsigned long)s.tcp_in, (unsigned long)s.tcp_out,
           (unsigned long)s.tcp_retransmits, (unsigned long)s.tcp_fast_retransmits, (unsigned long)s.tcp_timeouts, (unsigned long)s.tcp_out_of_order,
           (unsigned long)s.tcp_rst_in, (unsigned long)s.tcp_rst_out, (unsigned long)s.ip_checksum_errors,
           (unsigned long)s.icmp_checksum_errors, (unsigned long)s.udp_checksum_errors,
           (unsigned long)s.tcp_checksum_errors, (unsigned long)s.eth_ignored, (unsigned long)s.arp_queue_drops,
           (unsigned long)s.udp_queue_drops, (unsigned long)s.tcp_backlog_drops);
}

/* Runs a client command against argv[0] (an address) with the rest of argv. */
static int client(const char *cmd, int argc, char **argv)
{
    uint32_t addr;
    if (argc < 2 || inet_parse(argv[0], &addr) < 0) {
        return -1;
    }
    unsigned n = (unsigned)strtoul(argv[1], 0, 10);
    unsigned port = argc >= 3 ? (unsigned)strtoul(argv[2], 0, 10) : ECHO_PORT;
    if (strcmp(cmd, "tcp") == 0) {
        return tcp(addr, argv[0], n, port); /* connect resolves the address itself */
    }
    int r = inet_resolve(addr, RESOLVE_MS);
    if (r < 0) {
        printf("netecho: %s %s: %s\n", cmd, argv[0], inet_strerror(r));
        return 1;
    }
    return strcmp(cmd, "ping") == 0 ? ping(addr, argv[0], n) : udp(addr, argv[0], n);
}

/* netecho [-s] COMMAND ...: see the top of this file; 2 for a bad command line. */
int main(int argc, char **argv)
{
    int stats = argc >= 2 && strcmp(argv[1], "-s") == 0;
    argc -= 1 + stats;
    argv += 1 + stats;
    const char *cmd = argc >= 1 ? argv[0] : "";
    int r = -1;
    if (strcmp(cmd, "serve") == 0 || strcmp(cmd, "ping") == 0 || strcmp(cmd, "udp") == 0 || strcmp(cmd, "tcp") == 0) {
        r = inet_up(0);
        if (r < 0) {
            printf("netecho: %s\n", inet_strerror(r));
            return 1;
        }
        r = strcmp(cmd, "serve") == 0 ? serve(argc >= 2 ? (unsigned)strtoul(argv[1], 0, 10) : 1)
                                       : client(cmd, argc - 1, argv + 1);
    }
    if (r < 0) {
        printf("usage: netecho [-s] serve [N] | ping ADDR N | udp ADDR N | tcp ADDR BYTES [PORT]\n");
        return 2;
    }
    if (stats) {
        print_stats();
    }
    return r;
}
