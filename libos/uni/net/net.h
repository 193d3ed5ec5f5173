/* net.h - the network interface of a unikernel: the network front-end of
 * libos/pv (netfront), connected through the configuration store at boot
 * as the pv-ops kernel does it. The module's constructor sets up the store
 * client, and when the store names an interface (STORE_VIF_MAC) the grant
 * table (unless the blk module set it up already), the rings, the transmit
 * and receive buffers and the front-end; without an interface the module
 * stays inactive and every call answers -EXO_ENODEV.
 *
 * Received frames are copied, in the event handler, into a bounded queue
 * (UNI_NET_RXQ frames, the oldest first; a frame that finds it full is
 * dropped and counted) until uni_net_recv takes them. uni_net_recv waits
 * (the runtime's uni_wait_until) until its deadline, or at most 100 ms
 * ahead at a time, so it returns as soon as a frame comes or the deadline
 * passes; with the threads module, other threads run meanwhile.
 *
 * Once connected the module registers itself with the posix module
 * (uni_posix_net), so exo.h's net_info, net_send and net_recv use it.
 */
#ifndef UNI_NET_H
#define UNI_NET_H

#include <stdint.h>

#include "exovisor/pv.h"

/* The module's constructor priority: after the disk (UNI_INIT_BLK), whose
 * grant table it then shares, before the file system. */
#define UNI_INIT_NET 235
/* Frames the receive queue holds (a power of two). */
#define UNI_NET_RXQ 32u

/* Nonzero when an interface is connected. */
int uni_net_present(void);
/* The interface's MAC address into mac[6]: 0, or -EXO_ENODEV. */
int uni_net_mac(uint8_t mac[6]);
/* Sends one Ethernet frame of len bytes (14..NETIF_MTU_FRAME), waiting for
 * a free transmit buffer if need be: len, -EXO_EINVAL for a bad length, or
 * -EXO_ENODEV (no interface, or the back-end broke the ring protocol). */
int uni_net_send(const void *frame, uint32_t len);
/* Waits up to timeout_ms for a frame and copies at most len bytes of it into
 * buf: the frame's length, 0 on timeout, or -EXO_ENODEV. */
int uni_net_recv(void *buf, uint32_t len, uint32_t timeout_ms);
/* Frames dropped because the receive queue was full. */
uint32_t uni_net_rx_dropped(void);

/* Packet filters (exo_op EXO_bind_net_filter; exovisor/pv.h has the rules):
 * the hypervisor delivers to the interface only the frames that some rule
 * of its filter matches, a rule matching when all its atoms do; the others
 * are dropped before they reach the receive ring (counted in the stats as
 * pv.net.rx_filtered). Without a filter, or once it is removed, every
 * frame sent to the interface's MAC address or broadcast arrives. */

/* Byte offsets of the EtherType and of the payload in an Ethernet frame. */
#define UNI_NET_ETHERTYPE_OFFSET 12u
#define UNI_NET_PAYLOAD_OFFSET 14u

/* The atom "(the width-byte big-endian field at offset) & mask == value". */
struct exo_net_atom uni_net_atom(uint16_t offset, uint8_t width, uint32_t mask, uint32_t value);
/* The atom "the EtherType is type". */
struct exo_net_atom uni_net_atom_ethertype(uint16_t type);
/* Appends atom to rule number rule of f, a filter that started zeroed
 * (rule == f->nr_rules starts the next rule): 0, or -EXO_EINVAL when rule
 * lies further ahead or the rule or the filter is full. */
int uni_net_filter_add(struct exo_net_filter *f, uint32_t rule, struct exo_net_atom atom);
/* Binds f as the interface's packet filter, replacing the one in force;
 * f->nr_rules == 0 removes it: 0, -EXO_EINVAL for a malformed filter (see
 * EXO_bind_net_filter), -EXO_EFAULT for a bad address, or -EXO_ENODEV
 * without an interface. */
int uni_net_filter(const struct exo_net_filter *f);

#endif
