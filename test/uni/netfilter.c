/* netfilter.c - a test unikernel of the packet-filter binding (exo_op
 * EXO_bind_net_filter) through the net module of libos/uni. argv[1] picks
 * the role:
 *
 *   nonet     a domain without an interface: the binding is refused with
 *             -EXO_ENODEV, through the module and straight to exo_op.
 *   filter    every malformed filter is refused with -EXO_EINVAL, one
 *             field at a time, and good ones are bound; then it binds the
 *             test filter (EtherType ETH_TEST with first payload byte
 *             TAG_PASS, or with TAG_END), says "filter: bound", and
 *             receives round 1 up to its TAG_END frame: only frames the
 *             filter passes may arrive. It removes the filter, tells the
 *             sender with a TAG_GO broadcast and receives round 2, which
 *             now arrives whole.
 *   send MAC  sends round 1 to MAC (the filter's domain) and to everyone:
 *             frames the filter passes and frames it does not, unicast and
 *             broadcast; waits for TAG_GO, then sends round 2, the same.
 *
 * Lines: "ok what" or "FAIL what", and a summary per round; the exit
 * status is the number of failures. See test/hypervisor/pv/exo.test.ts.
 */
#include <stdio.h>
#include <string.h>

#include "exovisor/ring.h"
#include "exovisor/syscall.h"
#include "hypercall.h"
#include "net/net.h"
#include "runtime/runtime.h"

#include "expect.h"

#define ETH_TEST 0x88b5u  /* a local experimental EtherType (IEEE 802) */
#define ETH_OTHER 0x88b6u /* its neighbour */
#define ETH_IPV4 0x0800u
#define TAG_PASS 0x01u
#define TAG_OTHER 0x02u
#define TAG_GO 0x10u
#define TAG_END 0xffu
#define ROUNDS 3u
#define WAIT_MS 30000u

static const uint8_t broadcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
static uint8_t mine[6];
static uint8_t frame[NETIF_MTU_FRAME];
static uint32_t seq;

/* The test filter: EtherType ETH_TEST and first payload byte TAG_PASS, or
 * EtherType ETH_TEST and first payload byte TAG_END. */
static void test_filter(struct exo_net_filter *f)
{
    memset(f, 0, sizeof *f);
    for (uint32_t rule = 0; rule < 2; rule++) {
        uni_net_filter_add(f, rule, uni_net_atom_ethertype(ETH_TEST));
        uni_net_filter_add(f, rule, uni_net_atom(UNI_NET_PAYLOAD_OFFSET, 1, 0xffu, rule == 0 ? TAG_PASS : TAG_END));
    }
}

/* Whether a frame of n bytes in frame[] passes the test filter (the C model of it). */
static int passes(int n)
{
    uint32_t type = (uint32_t)frame[12] << 8 | frame[13];
    return n > (int)UNI_NET_PAYLOAD_OFFSET && type == ETH_TEST && (frame[14] == TAG_PASS || frame[14] == TAG_END);
}

/* Binds the test filter with one field changed by `spoil`; the answer. */
static int spoiled(void (*spoil)(struct exo_net_filter *))
{
    static struct exo_net_filter f;
    test_filter(&f);
    spoil(&f);
    return uni_net_filter(&f);
}

static void too_many_rules(struct exo_net_filter *f) { f->nr_rules = EXO_NET_FILTER_MAX_RULES + 1; }
static void no_atoms(struct exo_net_filter *f) { f->rules[1].nr_atoms = 0; }
static void too_many_atoms(struct exo_net_filter *f) { f->rules[0].nr_atoms = EXO_NET_FILTER_MAX_ATOMS + 1; }
static void width_3(struct exo_net_filter *f) { f->rules[0].atoms[1].width = 3; }
static void width_0(struct exo_net_filter *f) { f->rules[0].atoms[1].width = 0; }
static void past_mtu(struct exo_net_filter *f) { f->rules[0].atoms[1].offset = NETIF_MTU_FRAME; }
static void straddles_mtu(struct exo_net_filter *f) { f->rules[0].atoms[0].offset = NETIF_MTU_FRAME - 1; }
static void mask_above_width(struct exo_net_filter *f) { f->rules[0].atoms[1].mask = 0x1ffu; }
static void value_outside_mask(struct exo_net_filter *f) { f->rules[0].atoms[1].mask = 0xf0u; }
static void pad(struct exo_net_filter *f) { f->rules[1].atoms[0].pad = 1; }
static void unused_atom(struct exo_net_filter *f) { f->rules[0].atoms[EXO_NET_FILTER_MAX_ATOMS - 1].value = 1; }
static void unused_rule(struct exo_net_filter *f) { f->rules[2].nr_atoms = 1; }

/* Every refusal of EXO_bind_net_filter for a domain with an interface, and the bindings that are fine. */
static void refusals(void)
{
    expect("refuse more than EXO_NET_FILTER_MAX_RULES rules", spoiled(too_many_rules), -(int)EXO_EINVAL);
    expect("refuse a rule without atoms", spoiled(no_atoms), -(int)EXO_EINVAL);
    expect("refuse more than EXO_NET_FILTER_MAX_ATOMS atoms", spoiled(too_many_atoms), -(int)EXO_EINVAL);
    expect("refuse width 3", spoiled(width_3), -(int)EXO_EINVAL);
    expect("refuse width 0", spoiled(width_0), -(int)EXO_EINVAL);
    expect("refuse an atom past NETIF_MTU_FRAME", spoiled(past_mtu), -(int)EXO_EINVAL);
    expect("refuse an atom straddling NETIF_MTU_FRAME", spoiled(straddles_mtu), -(int)EXO_EINVAL);
    expect("refuse mask bits above the width", spoiled(mask_above_width), -(int)EXO_EINVAL);
    expect("refuse value bits outside the mask", spoiled(value_outside_mask), -(int)EXO_EINVAL);
    expect("refuse a nonzero pad", spoiled(pad), -(int)EXO_EINVAL);
    expect("refuse a nonzero unused atom", spoiled(unused_atom), -(int)EXO_EINVAL);
    expect("refuse a nonzero unused rule", spoiled(unused_rule), -(int)EXO_EINVAL);
    expect("refuse a bad address", uni_net_filter((const struct exo_net_filter *)0x10), -(int)EXO_EFAULT);

    static struct exo_net_filter f;
    memset(&f, 0, sizeof f);
    expect("the builder refuses a rule number that skips one", uni_net_filter_add(&f, 1, uni_net_atom_ethertype(ETH_TEST)), -(int)EXO_EINVAL);
    for (uint32_t i = 0; i < EXO_NET_FILTER_MAX_ATOMS; i++) {
        uni_net_filter_add(&f, 0, uni_net_atom((uint16_t)(NETIF_MTU_FRAME - 4), 4, 0xffffffffu, 0x80000000u + i));
    }
    expect("the builder refuses a fifth atom", uni_net_filter_add(&f, 0, uni_net_atom_ethertype(ETH_TEST)), -(int)EXO_EINVAL);
    expect("bind a full rule ending at NETIF_MTU_FRAME", uni_net_filter(&f), 0);
    test_filter(&f);
    expect("bind the test filter", uni_net_filter(&f), 0);
    f.nr_rules = 0;
    memset(f.rules, 0, sizeof f.rules);
    expect("remove it", uni_net_filter(&f), 0);
}

/* Receives up to the round's TAG_END frame; prints how many frames came and how many the filter would not pass. */
static void receive_round(uint32_t round)
{
    uint32_t got = 0, outside = 0;
    for (;;) {
        int n = uni_net_recv(frame, sizeof frame, WAIT_MS);
        if (n <= 0) {
            printf("FAIL round %u: no TAG_END after %u frames (%d)\n", (unsigned)round, (unsigned)got, n);
            failures++;
            return;
        }
        got++;
        outside += !passes(n);
        if (passes(n) && frame[14] == TAG_END) {
            break;
        }
    }
    printf("filter: round %u: %u frames, %u outside the filter\n", (unsigned)round, (unsigned)got, (unsigned)outside);
}

/* Sends one frame of len bytes to dst: EtherType type, payload tag then a sequence number. */
static void send_frame(const uint8_t *dst, uint32_t type, uint32_t tag, uint32_t len)
{
    uint8_t f[64];
    memset(f, 0, sizeof f);
    memcpy(f, dst, 6);
    memcpy(f + 6, mine, 6);
    f[12] = (uint8_t)(type >> 8);
    f[13] = (uint8_t)type;
    f[14] = (uint8_t)tag;
    f[15] = (uint8_t)seq++;
    if (uni_net_send(f, len) != (int)len) {
        printf("FAIL send frame %u\n", (unsigned)seq);
        failures++;
    }
}

/* One round: per pass, two frames the filter passes and four it does not, then TAG_END. */
static void send_round(const uint8_t *to)
{
    for (uint32_t i = 0; i < ROUNDS; i++) {
        send_frame(to, ETH_TEST, TAG_PASS, 60);
        send_frame(to, ETH_TEST, TAG_OTHER, 60);
        send_frame(broadcast, ETH_TEST, TAG_PASS, 60);
        send_frame(broadcast, ETH_IPV4, TAG_PASS, 60);
        send_frame(to, ETH_OTHER, TAG_PASS, 60);
        send_frame(broadcast, ETH_TEST, TAG_PASS, UNI_NET_PAYLOAD_OFFSET); /* no payload: the atom lies past its end */
    }
    send_frame(to, ETH_TEST, TAG_END, 60);
}

static int run_filter(void)
{
    printf("filter: mac %02x:%02x:%02x:%02x:%02x:%02x\n", mine[0], mine[1], mine[2], mine[3], mine[4], mine[5]);
    refusals();
    static struct exo_net_filter f;
    test_filter(&f);
    expect("bind the test filter for the rounds", uni_net_filter(&f), 0);
    printf("filter: bound\n");
    receive_round(1);
    f.nr_rules = 0;
    memset(f.rules, 0, sizeof f.rules);
    expect("remove the filter", uni_net_filter(&f), 0);
    send_frame(broadcast, ETH_TEST, TAG_GO, 60);
    receive_round(2);
    printf("filter: %d failures\n", failures);
    return failures;
}

/* Parses "aa:bb:cc:dd:ee:ff" into mac: 0, or -1. */
static int parse_mac(const char *s, uint8_t mac[6])
{
    for (int i = 0; i < 6; i++) {
        uint32_t v = 0;
        for (int d = 0; d < 2; d++, s++) {
            char c = *s;
            uint32_t x = c >= '0' && c <= '9' ? (uint32_t)(c - '0') : c >= 'a' && c <= 'f' ? (uint32_t)(c - 'a' + 10) : 16;
            if (x == 16) {
                return -1;
            }
            v = v << 4 | x;
        }
        mac[i] = (uint8_t)v;
        if (*s != (i < 5 ? ':' : '\0')) {
            return -1;
        }
        s += i < 5;
    }
    return 0;
}

static int run_send(const char *to_text)
{
    uint8_t to[6];
    if (to_text == 0 || parse_mac(to_text, to) < 0) {
        printf("send: give the filter's MAC address as aa:bb:cc:dd:ee:ff\n");
        return 1;
    }
    send_round(to);
    printf("send: round 1 sent, waiting for the go\n");
    for (;;) {
        int n = uni_net_recv(frame, sizeof frame, WAIT_MS);
        if (n <= 0) {
            printf("FAIL send: no go (%d)\n", n);
            return 1;
        }
        if (n > 14 && frame[12] == ETH_TEST >> 8 && frame[13] == (ETH_TEST & 0xffu) && frame[14] == TAG_GO) {
            break;
        }
    }
    send_round(to);
    printf("send: round 2 sent, %d failures\n", failures);
    return failures;
}

static int run_nonet(void)
{
    static struct exo_net_filter f;
    test_filter(&f);
    expect("the module refuses a filter without an interface", uni_net_filter(&f), -(int)EXO_ENODEV);
    expect("exo_op refuses it", HYPERVISOR_exo_op(EXO_bind_net_filter, (uint32_t)(uintptr_t)&f), -(int)XEN_ENODEV);
    printf("nonet: %d failures\n", failures);
    return failures;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (strcmp(mode, "nonet") == 0) {
        return run_nonet();
    }
    if (uni_net_mac(mine) < 0) {
        printf("netfilter: no network interface\n");
        return 1;
    }
    if (strcmp(mode, "filter") == 0) {
        return run_filter();
    }
    if (strcmp(mode, "send") == 0) {
        return run_send(argc > 2 ? argv[2] : 0);
    }
    printf("usage: netfilter nonet|filter|send MAC\n");
    return 1;
}
