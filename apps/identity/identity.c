/* identity - prints what tells this machine from its copies: its network
 * interface's MAC address and random numbers from getentropy, which the
 * VM generation ID seeds.
 *
 *   identity [N [MS]]   N lines (default 3), MS milliseconds apart
 *                       (default 100), then exits 0
 *
 * Each line is "identity K: mac M random R" (M is "none" without an
 * interface, R is "none" without a generation ID, as on QEMU). A snapshot
 * taken between two lines and restored twice gives two copies whose later
 * lines differ from each other's: each has its own MAC address and its own
 * generation ID, and so its own random numbers. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "exo.h"

/* The MAC address as aa:bb:cc:dd:ee:ff into text[18], or "none". */
static void mac_text(char text[18])
{
    unsigned char mac[NET_MAC_LEN];
    if (net_info(mac) != 0) {
        snprintf(text, 18, "none");
        return;
    }
    snprintf(text, 18, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
}

/* Eight random bytes as 16 hex digits into text[17], or "none". */
static void random_text(char text[17])
{
    unsigned char r[8];
    if (getentropy(r, sizeof r) != 0) {
        snprintf(text, 17, "none");
        return;
    }
    for (unsigned i = 0; i < sizeof r; i++) {
        snprintf(text + 2 * i, 3, "%02x", r[i]);
    }
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 3;
    int ms = argc > 2 ? atoi(argv[2]) : 100;
    for (int k = 1; k <= n; k++) {
        char mac[18], rnd[17];
        mac_text(mac);
        random_text(rnd);
        printf("identity %d: mac %s random %s\n", k, mac, rnd);
        if (k < n) {
            sleep_ms((unsigned)ms);
        }
    }
    return 0;
}
