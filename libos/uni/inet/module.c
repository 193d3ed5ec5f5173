/* inet/module.c - the inet module of a unikernel: an IPv4 stack (ARP,
 * IPv4 with ICMP echo, UDP, TCP) over exo.h's raw-Ethernet calls, which
 * the posix module forwards to the net module. The stack's sources use
 * only exo.h and the time counter, so they also build into user programs
 * of the pv-ops kernel (apps/netecho links them); what only a unikernel
 * can do is here: bind the interface's packet filter to the stack's
 * traffic (exo_op EXO_bind_net_filter, through the net module). */
#include <string.h>

#include "inet/inet.h"
#include "inet/stack.h"
#include "module.h"
#include "net/net.h"
#include "runtime/runtime.h"

EXO_MODULE("inet", "posix,net,runtime,libc", "",
           "an IPv4 stack over raw Ethernet: ARP, IPv4 and ICMP echo (inet_up, inet_ping), UDP (udp_bind, udp_sendto, udp_recvfrom), TCP (tcp_listen, tcp_accept, tcp_connect, tcp_send, tcp_recv, tcp_close); binds the packet filter to ARP and IPv4 for its address");

#define ETHERTYPE_ARP 0x0806u
#define ETHERTYPE_IPV4 0x0800u
/* The IPv4 destination address: the payload's bytes 16..19. */
#define IPV4_DST_OFFSET (UNI_NET_PAYLOAD_OFFSET + 16u)

/* The filter "ARP, or IPv4 to addr" (rules 0 and 1), bound to the interface. */
static int bind_filter(uint32_t addr)
{
    struct exo_net_filter f;
    memset(&f, 0, sizeof f);
    if (uni_net_filter_add(&f, 0, uni_net_atom_ethertype(ETHERTYPE_ARP)) < 0 ||
        uni_net_filter_add(&f, 1, uni_net_atom_ethertype(ETHERTYPE_IPV4)) < 0 ||
        uni_net_filter_add(&f, 1, uni_net_atom(IPV4_DST_OFFSET, 4, 0xffffffffu, addr)) < 0) {
        uni_panic("inet: the packet filter does not fit");
    }
    return uni_net_filter(&f);
}

static void inet_module_init(void) __attribute__((constructor(UNI_INIT_INET)));
static void inet_module_init(void)
{
    inet_link_filter = bind_filter;
}
