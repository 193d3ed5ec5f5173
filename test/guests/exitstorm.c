/* exitstorm - reads the UART's line status register 200,000 times.
 *
 * On the bare board each read is a function call; in a domain each one is
 * an exit to the hypervisor's device model, so `exovisor bench exits`
 * times the exit path with this program. LSR reads have no side effects
 * and always report an empty transmitter (0x60).
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "bare.h"

#define READS ((uint32_t)200000)

int main(void)
{
    volatile uint8_t *lsr = (volatile uint8_t *)(uintptr_t)(VIRT_UART0 + UART_LSR);
    uint32_t thre = 0;
    for (uint32_t i = 0; i < READS; i++) {
        thre += (*lsr & UART_LSR_THRE) != 0;
    }
    printf("exitstorm: %" PRIu32 " of %" PRIu32 " LSR reads saw THR empty\n", thre, READS);
    return thre == READS ? 0 : 1;
}
