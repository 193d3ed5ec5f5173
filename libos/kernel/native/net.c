/* native/net.c - the virt board's network interface (VIRT_NET, exovisor,net
 * in the device tree; see exovisor/virt.h), when the machine has one:
 * programmed I/O, four bytes per register access. Received frames raise
 * NET_IRQ until the queue is empty; net_intr moves each one to net_input. */
#include "defs.h"
#include "exovisor/ring.h"
#include "exovisor/virt.h"
#include "native.h"

static uint32_t net_base;  /* 0: no interface */
static uint8_t mac[6];
static uint8_t rx_frame[NETIF_MTU_FRAME + 3];

/* A 32-bit register of the interface at offset off. */
static volatile uint32_t *net_reg(uint32_t off)
{
    return (volatile uint32_t *)(uintptr_t)(net_base + off);
}

/* Reads the MAC address registers into mac. */
static void read_mac(void)
{
    uint32_t lo = *net_reg(NET_MAC_LO), hi = *net_reg(NET_MAC_HI);
    for (int i = 0; i < 4; i++) {
        mac[i] = (uint8_t)(lo >> (8 * i));
    }
    mac[4] = (uint8_t)hi;
    mac[5] = (uint8_t)(hi >> 8);
}

/* Reads the MAC address and enables the receive interrupt. */
void net_init(uint32_t base)
{
    net_base = base;
    read_mac();
    plic_enable(NET_IRQ);
}

void arch_net_refresh(void)
{
    if (net_base != 0) {
        read_mac();
    }
}

const uint8_t *arch_net_mac(void)
{
    return net_base != 0 ? mac : 0;
}

/* Writes the frame four bytes at a time and sends it (the device copies it at once). */
int arch_net_send(const void *frame, uint32_t len)
{
    if (net_base == 0) {
        return -1;
    }
    const uint8_t *p = frame;
    *net_reg(NET_TX_LEN) = len;
    for (uint32_t i = 0; i < len; i += 4) {
        uint32_t w = 0;
        for (uint32_t k = 0; k < 4 && i + k < len; k++) {
            w |= (uint32_t)p[i + k] << (8 * k);
        }
        *net_reg(NET_TX_DATA) = w;
    }
    *net_reg(NET_CMD) = NET_CMD_SEND;
    return 0;
}

/* Takes every queued frame to net_input (which drops what does not fit). */
void net_intr(void)
{
    uint32_t len;
    while (net_base != 0 && (len = *net_reg(NET_RX_LEN)) != 0) {
        uint32_t n = len <= NETIF_MTU_FRAME ? len : 0;
        for (uint32_t i = 0; i < n; i += 4) {
            uint32_t w = *net_reg(NET_RX_DATA);
            for (uint32_t k = 0; k < 4; k++) {
                rx_frame[i + k] = (uint8_t)(w >> (8 * k));
            }
        }
        if (n != 0) {
            net_input(rx_frame, n);
        }
        *net_reg(NET_CMD) = NET_CMD_POP;
    }
}
