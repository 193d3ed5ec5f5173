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
 * dropped and counted) until uni_net_recv takes them. uni_net_recv blocks
 * (SCHEDOP_block) with a one-shot timer (set_timer_op) at its deadline, or
 * at most 100 ms ahead (it then sets the next one), so it returns as soon as
 * a frame comes or the deadline passes.
 *
 * Once connected the module registers itself with the posix module
 * (uni_posix_net), so exo.h's net_info, net_send and net_recv use it.
 */
#ifndef UNI_NET_H
#define UNI_NET_H

#include <stdint.h>

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

#endif
