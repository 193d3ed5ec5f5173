/* pmp.c - physical memory protection of the firmware's own region. */
#include "fw.h"
#include "riscv.h"

/* pmpaddr of a NAPOT region: base (naturally aligned) and size (a power of
 * two, at least 8) encoded as (base | (size / 2 - 1)) >> 2 (privileged
 * spec 3.7.1). */
static uint32_t pmp_napot_addr(uint32_t base, uint32_t size)
{
    return (base | (size / 2u - 1u)) >> 2;
}

/* PMP: entry 0 covers the firmware region (sbi.ld) with no permissions, so
 * S- and U-mode accesses to it fault; entry 1 is the all-ones NAPOT region
 * (every address) with RWX, so everything else is open to S and U. Neither
 * entry is locked: M-mode keeps full access. Entries are matched in order,
 * so entry 0 wins inside the firmware region. */
void pmp_init(void)
{
    uint32_t base = (uint32_t)(uintptr_t)__fw_start;
    uint32_t size = (uint32_t)(uintptr_t)__fw_end - base;
    csr_write(pmpaddr0, pmp_napot_addr(base, size));
    csr_write(pmpaddr1, PMPADDR_NAPOT_ALL);
    csr_write(pmpcfg0, (PMP_A_NAPOT << PMP_CFG_SHIFT(0)) |
                           ((PMP_A_NAPOT | PMP_R | PMP_W | PMP_X) << PMP_CFG_SHIFT(1)));
}

/* Returns nonzero when [base, base + len) touches the firmware region or
 * wraps around the address space; an empty range touches nothing. */
int fw_region_overlaps(uint32_t base, uint32_t len)
{
    uint32_t start = (uint32_t)(uintptr_t)__fw_start;
    uint32_t end = (uint32_t)(uintptr_t)__fw_end;
    if (len == 0) {
        return 0;
    }
    if (base + len < base) {
        return 1;
    }
    return base < end && base + len > start;
}
