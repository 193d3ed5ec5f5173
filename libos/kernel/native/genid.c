/* native/genid.c - the virt board's VM generation-ID device (VIRT_GENID,
 * GENID_COMPATIBLE in the device tree; see exovisor/virt.h), when the
 * machine has one (QEMU's virt board does not). */
#include "defs.h"
#include "exovisor/virt.h"
#include "native.h"

static uint32_t genid_base; /* 0: no device */

void genid_init(uint32_t base)
{
    genid_base = base;
}

/* One register of the device (one exit under trap-and-emulate; read only
 * when a caller needs fresh randomness or the MAC address). */
static uint32_t genid_reg(uint32_t off)
{
    return *(volatile uint32_t *)(uintptr_t)(genid_base + off);
}

uint32_t arch_genid(uint32_t id[4])
{
    if (genid_base == 0) {
        return 0;
    }
    uint32_t count = genid_reg(GENID_COUNT);
    for (uint32_t i = 0; i < GENID_ID_WORDS; i++) {
        id[i] = genid_reg(GENID_ID + 4 * i);
    }
    return count;
}
