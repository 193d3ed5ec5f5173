/* inet/inet.h - an IPv4 stack over raw Ethernet: ARP, IPv4 with ICMP echo,
 * UDP and a minimal TCP.
 *
 * It is written against exo.h's raw-Ethernet calls (net_info, net_send,
 * net_recv with a timeout) and the time counter only, so the same sources
 * are the inet module of a unikernel (over the posix and net modules) and
 * part of a user program of the pv-ops kernel (apps/netecho links them).
 *
 * Addressing: one interface, one address and prefix (inet_up), every other
 * host on the same link (the virtual switch). There is no gateway, no
 * DHCP, no IPv6, no fragmentation (fragments are dropped and counted) and
 * no IP options on output.
 *
 * The stack is single-threaded and driven by polling: each blocking call
 * runs it (takes frames with net_recv up to the next deadline, dispatches
 * them, runs the ARP and TCP timers) until its own condition holds or its
 * deadline passes. Between polls its state is consistent, and every waiter
 * checks its own condition again after each poll, so several cooperative
 * threads may call blocking functions at once (one that waits in net_recv
 * while another takes the frame it needed sees it when net_recv returns:
 * within a second, 10 ms if others were waiting already). Memory is static and
 * bounded: fixed tables of ARP entries, sockets and connections, fixed
 * buffers; whatever does not fit is dropped and counted (inet_stats).
 *
 * Addresses are uint32_t in host order (10.0.0.1 is 0x0a000001), ports are
 * host-order uint16_t. Functions return a value >= 0 or a negative INET_E*
 * error (Linux's errno numbers; inet_strerror names them). A timeout of 0
 * polls once without waiting.
 */
#ifndef UNI_INET_H
#define UNI_INET_H

#include <stdint.h>

/* Errors (negative results). */
#define INET_EBADF 9         /* no such socket or connection */
#define INET_ENODEV 19       /* no network interface */
#define INET_EINVAL 22       /* bad argument or state */
#define INET_EMFILE 24       /* the socket or connection table is full */
#define INET_EPIPE 32        /* sending after shutdown */
#define INET_EMSGSIZE 90     /* datagram too large */
#define INET_EADDRINUSE 98   /* the port is taken */
#define INET_EADDRNOTAVAIL 99 /* the address cannot be ours */
#define INET_ENETDOWN 100    /* inet_up has not run, or the interface failed */
#define INET_ENETUNREACH 101 /* not on our network (there is no gateway) */
#define INET_ECONNRESET 104  /* the peer reset the connection */
#define INET_ENOTCONN 107    /* not connected (yet, or any more) */
#define INET_ETIMEDOUT 110   /* the deadline passed, or the peer stopped answering */
#define INET_ECONNREFUSED 111 /* nothing listens on that port */
#define INET_EHOSTUNREACH 113 /* the address did not answer ARP */

/* Limits and timing (static tables and buffers; times in milliseconds of
 * the time counter). */
#define INET_ADDRSTRLEN 16       /* "255.255.255.255" and its NUL */
#define INET_ARP_ENTRIES 8       /* ARP cache entries */
#define INET_ARP_QUEUE 4         /* frames waiting for ARP, all addresses together */
#define INET_ARP_TTL_MS 60000    /* a resolved entry ages out after this */
#define INET_ARP_RETRY_MS 1000   /* between requests for an address */
#define INET_ARP_TRIES 5         /* requests before queued frames are dropped */
#define INET_UDP_SOCKETS 4
#define INET_UDP_QUEUE 4         /* datagrams held per socket */
#define INET_UDP_MAX 1472        /* the largest UDP payload (no fragmentation) */
#define INET_TCP_CONNS 8         /* connections and listeners */
#define INET_TCP_BACKLOG 4       /* connections a listener holds until accepted */
#define INET_TCP_SNDBUF 16384    /* bytes per connection */
#define INET_TCP_RCVBUF 16384    /* bytes per connection: the most we advertise */
#define INET_TCP_MSS 1460        /* our maximum segment size */
#define INET_TCP_RTO_INIT_MS 1000 /* before the first round-trip sample (RFC 6298) */
#define INET_TCP_RTO_MIN_MS 200
#define INET_TCP_RTO_MAX_MS 8000
#define INET_TCP_RETRIES 8       /* timeouts in a row before a connection fails */
#define INET_TCP_TIME_WAIT_MS 1000
#define INET_TCP_FIN_WAIT_MS 15000 /* a closed connection waiting for the peer's FIN gives up */
#define INET_TCP_LINGER_MS 30000 /* tcp_close's longest wait (the retries end sooner) */

/* Counters of the stack (all since inet_up). */
struct inet_stats {
    uint32_t eth_in, eth_out, eth_ignored;          /* frames taken, sent; not ours or of another type */
    uint32_t arp_in, arp_out, arp_timeouts, arp_queue_drops;
    uint32_t ip_in, ip_out, ip_checksum_errors, ip_header_errors, ip_fragments, ip_other_dst, ip_unknown_proto;
    uint32_t icmp_in, icmp_out, icmp_checksum_errors, icmp_echo_replies;
    uint32_t udp_in, udp_out, udp_checksum_errors, udp_no_port, udp_queue_drops;
    uint32_t tcp_in, tcp_out, tcp_checksum_errors, tcp_bad_segments, tcp_rst_in, tcp_rst_out;
    uint32_t tcp_retransmits, tcp_fast_retransmits, tcp_timeouts, tcp_out_of_order, tcp_backlog_drops;
    uint32_t buffer_waits;                           /* times a caller waited for a frame buffer */
};

/* Brings the stack up on the interface: addr is "a.b.c.d/prefix" (or
 * "a.b.c.d", prefix 16), or NULL for the default 10.0.M4.M5/16 from the
 * last two bytes of the MAC address (the virtual switch hands out
 * 02:00:00:00:00:01, :02, ... so the first guest is 10.0.0.1). Clears the
 * tables and counters. 0, -INET_ENODEV, -INET_EINVAL (bad text) or
 * -INET_EADDRNOTAVAIL (a network or broadcast address). */
int inet_up(const char *addr);
/* Our address (0 before inet_up) and prefix length. */
uint32_t inet_addr(void);
int inet_prefix(void);
/* Parses "a.b.c.d" into *addr: 0 or -INET_EINVAL. */
int inet_parse(const char *text, uint32_t *addr);
/* Writes addr as "a.b.c.d" into out[INET_ADDRSTRLEN]; returns out. */
char *inet_format(uint32_t addr, char *out);
/* Runs the stack until a frame was handled or timeout_ms passed: 1, 0, or an error. */
int inet_poll(uint32_t timeout_ms);
/* Resolves addr with ARP (a request every INET_ARP_RETRY_MS) within
 * timeout_ms: 0, -INET_EHOSTUNREACH (no answer), -INET_ENETUNREACH. */
int inet_resolve(uint32_t addr, uint32_t timeout_ms);
/* Sends an ICMP echo request with sequence number seq and waits for its
 * reply: the round trip in microseconds, or -INET_ETIMEDOUT and the like. */
int inet_ping(uint32_t addr, uint16_t seq, uint32_t timeout_ms);
/* Copies the counters into *s. */
void inet_stats(struct inet_stats *s);
/* A short description of an error (negative or positive). */
const char *inet_strerror(int err);

/* UDP: a socket is bound to one local port; each holds a few datagrams
 * (INET_UDP_QUEUE), later ones are dropped and counted. */
/* Binds port (0: an ephemeral one): the socket, or -INET_EADDRINUSE, -INET_EMFILE. */
int udp_bind(uint16_t port);
/* The socket's local port, or -INET_EBADF. */
int udp_port(int s);
/* Sends len bytes (0..INET_UDP_MAX) to addr:port: len or an error. It does
 * not wait for ARP: a datagram to an unresolved address waits in a small
 * queue while ARP asks for it (inet_resolve first to know it is there). */
int udp_sendto(int s, uint32_t addr, uint16_t port, const void *buf, uint32_t len);
/* Waits up to timeout_ms for a datagram and copies at most len bytes of it
 * into buf, its source into *addr and *port (either may be NULL): the
 * datagram's length, or -INET_ETIMEDOUT. */
int udp_recvfrom(int s, void *buf, uint32_t len, uint32_t *addr, uint16_t *port, uint32_t timeout_ms);
/* Frees the socket: 0 or -INET_EBADF. */
int udp_close(int s);

/* TCP: connections and listeners share one table of handles. Segments
 * arriving in order are acknowledged at once (no delayed ACKs); segments
 * out of order are dropped and the sender's retransmission (go-back-N
 * after a timeout or three duplicate acknowledgements, RTO per RFC 6298
 * with exponential backoff) recovers them. No window scaling, SACK, timestamps, urgent data or congestion
 * control. */
/* Listens on port with a backlog of INET_TCP_BACKLOG: the listener, or
 * -INET_EADDRINUSE, -INET_EMFILE. */
int tcp_listen(uint16_t port);
/* Waits up to timeout_ms for an established connection on listener l: the
 * connection, or -INET_ETIMEDOUT. */
int tcp_accept(int l, uint32_t timeout_ms);
/* Opens a connection to addr:port within timeout_ms (ARP, then SYN with
 * retries): the connection, or -INET_ECONNREFUSED (a reset came back),
 * -INET_ETIMEDOUT, -INET_EHOSTUNREACH, -INET_ENETUNREACH, -INET_EMFILE. */
int tcp_connect(uint32_t addr, uint16_t port, uint32_t timeout_ms);
/* Queues len bytes for sending, waiting while the send buffer is full:
 * len, or an error (-INET_EPIPE after shutdown, the connection's error
 * when it failed; bytes queued before it failed were counted as sent). */
int tcp_send(int c, const void *buf, uint32_t len);
/* Waits up to timeout_ms for data and copies at most len bytes into buf:
 * the bytes copied, 0 at the end of the stream (the peer closed its side),
 * -INET_ETIMEDOUT, or the connection's error. */
int tcp_recv(int c, void *buf, uint32_t len, uint32_t timeout_ms);
/* Bytes waiting in the send buffer (not yet acknowledged), or an error. */
int tcp_unacked(int c);
/* Closes the sending side (a FIN after the queued data); receiving goes on. 0 or an error. */
int tcp_shutdown(int c);
/* Closes the connection or listener and frees the handle: sends what is
 * queued and a FIN, and runs the stack until the FIN is acknowledged and,
 * when the peer has closed its side too, to the end of TIME_WAIT (so a FIN
 * the peer sends again is still acknowledged), INET_TCP_LINGER_MS at
 * most; the stack finishes a close that takes longer by itself, for as
 * long as it runs. 0, -INET_ETIMEDOUT (the linger time ran out), or the
 * connection's error. */
int tcp_close(int c);
/* The peer's address and port: 0 or -INET_EBADF / -INET_ENOTCONN. */
int tcp_peer(int c, uint32_t *addr, uint16_t *port);

#endif
