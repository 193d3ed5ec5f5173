/* native/net.c - the virt board has no network device (there is no device
 * model for one): no interface, so the network system calls give -ENODEV. */
#include "defs.h"

const uint8_t *arch_net_mac(void)
{
    return 0;
}

int arch_net_send(const void *frame, uint32_t len)
{
    (void)frame;
    (void)len;
    return -1;
}
