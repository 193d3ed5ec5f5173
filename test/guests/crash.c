/* crash - a guest that can never make progress again.
 *
 * Points mtvec at an address with no memory behind it and executes an
 * illegal instruction: the trap's own fetch faults, and so does every
 * trap after it. A hypervisor must notice that the vCPU retires nothing
 * and mark the domain crashed, without disturbing any other domain.
 */
#include <stdint.h>
#include <stdio.h>

#include "bare.h"

int main(void)
{
    puts("crash: sending traps to an unmapped vector");
    BARE_CSR_WRITE(mtvec, 0x00001000u);
    __asm__ volatile(".word 0" ::: "memory"); /* an illegal instruction */
    puts("crash: still running?");
    return 1;
}
