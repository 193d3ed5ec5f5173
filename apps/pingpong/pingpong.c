/* pingpong - round trips between two guests on the virtual switch.
 *
 *   pingpong serve          answers every ping until a client says goodbye,
 *                           then reports how many numbered pings it answered
 *   pingpong ping [COUNT]   finds a server by broadcast, then times COUNT
 *                           (default 100) round trips, one at a time
 *
 * Frames are raw Ethernet with the local experimental EtherType 0x88b5;
 * the payload is a 4-byte tag ("PING", "PONG", "BYE!") and a sequence
 * number. Round-trip times come from the time counter (TIMEBASE_HZ). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exo.h"
#include "exovisor/virt.h"
#include "riscv/time.h"

#define ETHERTYPE 0x88b5u
#define HEADER 14
#define FRAME (HEADER + 8)
#define DISCOVER_TRIES 20
#define REPLY_TIMEOUT_MS 1000
#define SERVE_IDLE_MS 60000

static unsigned char self[NET_MAC_LEN];

static void mac_text(const unsigned char *mac, char *out)
{
    sprintf(out, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
}

/* Builds and sends a frame to dst with tag and seq; 0 or a negative error. */
static int send_tag(const unsigned char *dst, const char *tag, uint32_t seq)
{
    unsigned char f[FRAME];
    memcpy(f, dst, NET_MAC_LEN);
    memcpy(f + NET_MAC_LEN, self, NET_MAC_LEN);
    f[12] = ETHERTYPE >> 8;
    f[13] = ETHERTYPE & 0xff;
    memcpy(f + HEADER, tag, 4);
    memcpy(f + HEADER + 4, &seq, 4);
    int r = net_send(f, sizeof f);
    return r < 0 ? r : 0;
}

/* Waits up to ms for one of our frames; its tag, seq and source in *seq and src. 0 on timeout. */
static int recv_tag(char tag[5], uint32_t *seq, unsigned char *src, unsigned ms)
{
    unsigned char f[NET_FRAME_MAX];
    for (;;) {
        int n = net_recv(f, sizeof f, ms);
        if (n <= 0) {
            return n;
        }
        if (n < FRAME || f[12] != (ETHERTYPE >> 8) || f[13] != (ETHERTYPE & 0xff)) {
            continue; /* not ours */
        }
        memcpy(tag, f + HEADER, 4);
        tag[4] = '\0';
        memcpy(seq, f + HEADER + 4, 4);
        memcpy(src, f + NET_MAC_LEN, NET_MAC_LEN);
        return n;
    }
}

static int serve(void)
{
    char text[18];
    mac_text(self, text);
    printf("pingpong: serving on %s\n", text);
    unsigned answered = 0;
    for (;;) {
        char tag[5];
        uint32_t seq;
        unsigned char src[NET_MAC_LEN];
        int n = recv_tag(tag, &seq, src, SERVE_IDLE_MS);
        if (n < 0) {
            printf("pingpong: receive failed (error %d)\n", -n);
            return 1;
        }
        if (n == 0) {
            printf("pingpong: no client for %u s\n", SERVE_IDLE_MS / 1000);
            return 1;
        }
        if (strcmp(tag, "PING") == 0) {
            /* seq 0 is a client looking for a server: answered, not counted */
            if (send_tag(src, "PONG", seq) == 0 && seq != 0) {
                answered++;
            }
        } else if (strcmp(tag, "BYE!") == 0) {
            printf("pingpong: answered %u pings\n", answered);
            return 0;
        }
    }
}

static int ping(unsigned count)
{
    static const unsigned char broadcast[NET_MAC_LEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
    unsigned char peer[NET_MAC_LEN];
    char tag[5];
    uint32_t seq;
    int found = 0;
    for (int i = 0; i < DISCOVER_TRIES && !found; i++) {
        send_tag(broadcast, "PING", 0);
        int n = recv_tag(tag, &seq, peer, REPLY_TIMEOUT_MS);
        found = n > 0 && strcmp(tag, "PONG") == 0 && seq == 0;
    }
    if (!found) {
        printf("pingpong: no server answered\n");
        return 1;
    }
    char text[18];
    mac_text(peer, text);
    printf("pingpong: found a server at %s\n", text);
    uint64_t min = UINT64_MAX, max = 0, sum = 0;
    unsigned lost = 0;
    for (uint32_t i = 1; i <= count; i++) {
        uint64_t t0 = rdtime64();
        send_tag(peer, "PING", i);
        unsigned char src[NET_MAC_LEN];
        int n;
        do {
            n = recv_tag(tag, &seq, src, REPLY_TIMEOUT_MS);
        } while (n > 0 && (strcmp(tag, "PONG") != 0 || seq != i));
        if (n <= 0) {
            lost++;
            continue;
        }
        uint64_t rtt = rdtime64() - t0;
        sum += rtt;
        min = rtt < min ? rtt : min;
        max = rtt > max ? rtt : max;
    }
    send_tag(peer, "BYE!", 0);
    unsigned got = count - lost;
    const uint64_t per_us = TIMEBASE_HZ / 1000000u;
    printf("pingpong: %u round trips, %u lost", got, lost);
    if (got > 0) {
        printf(", rtt min %lu us, avg %lu us, max %lu us", (unsigned long)(min / per_us),
               (unsigned long)(sum / got / per_us), (unsigned long)(max / per_us));
    }
    printf("\n");
    return lost == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    int r = net_info(self);
    if (r < 0) {
        printf("pingpong: no network interface (error %d)\n", -r);
        return 1;
    }
    if (argc >= 2 && strcmp(argv[1], "serve") == 0) {
        return serve();
    }
    if (argc >= 2 && strcmp(argv[1], "ping") == 0) {
        unsigned count = argc >= 3 ? (unsigned)atoi(argv[2]) : 100;
        return ping(count == 0 ? 100 : count);
    }
    printf("usage: pingpong serve | pingpong ping [COUNT]\n");
    return 2;
}
