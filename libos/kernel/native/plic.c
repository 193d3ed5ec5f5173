/* native/plic.c - the platform-level interrupt controller, S-mode context of hart 0
 * (RISC-V PLIC specification 1.0). The UART and the network interface
 * interrupt; the disk is polled. */
#include "defs.h"
#include "exovisor/virt.h"
#include "native.h"

/* A 32-bit PLIC register at offset off. */
static volatile uint32_t *plic_reg(uint32_t off)
{
    return (volatile uint32_t *)(uintptr_t)(VIRT_PLIC + off);
}

/* Gives source irq priority 1 and enables it for PLIC_CONTEXT_S. */
void plic_enable(uint32_t irq)
{
    *plic_reg(PLIC_PRIORITY + 4 * irq) = 1;
    uint32_t enable = PLIC_ENABLE + PLIC_CONTEXT_S * PLIC_ENABLE_STRIDE + 4 * (irq / 32);
    *plic_reg(enable) |= 1u << (irq % 32);
}

/* Enables the UART for PLIC_CONTEXT_S, threshold 0. */
void plic_init(void)
{
    plic_enable(UART0_IRQ);
    *plic_reg(PLIC_THRESHOLD + PLIC_CONTEXT_S * PLIC_CONTEXT_STRIDE) = 0;
}

/* Claims the highest-priority pending interrupt; 0 when none. */
uint32_t plic_claim(void)
{
    return *plic_reg(PLIC_CLAIM + PLIC_CONTEXT_S * PLIC_CONTEXT_STRIDE);
}

/* Tells the PLIC that irq has been serviced. */
void plic_complete(uint32_t irq)
{
    *plic_reg(PLIC_CLAIM + PLIC_CONTEXT_S * PLIC_CONTEXT_STRIDE) = irq;
}
