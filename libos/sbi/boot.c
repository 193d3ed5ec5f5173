/* boot.c - cold boot of hart 0: machine setup and the handoff to S-mode. */
#include <exovisor/virt.h>

#include "fw.h"
#include "riscv.h"

/* Exceptions S-mode handles itself (medeleg): all but ecalls from S and M. */
#define DELEGATED_EXCEPTIONS                                                   \
    ((1u << CAUSE_MISALIGNED_FETCH) | (1u << CAUSE_FETCH_ACCESS) |             \
     (1u << CAUSE_ILLEGAL_INSTRUCTION) | (1u << CAUSE_BREAKPOINT) |            \
     (1u << CAUSE_MISALIGNED_LOAD) | (1u << CAUSE_LOAD_ACCESS) |               \
     (1u << CAUSE_MISALIGNED_STORE) | (1u << CAUSE_STORE_ACCESS) |             \
     (1u << CAUSE_USER_ECALL) | (1u << CAUSE_FETCH_PAGE_FAULT) |               \
     (1u << CAUSE_LOAD_PAGE_FAULT) | (1u << CAUSE_STORE_PAGE_FAULT))

/* Supervisor interrupts delivered straight to S-mode (mideleg). */
#define DELEGATED_INTERRUPTS (MIP_SSIP | MIP_STIP | MIP_SEIP)

/* Returns the kernel entry: next_addr of the fw_dynamic_info record at
 * info when it carries FW_DYNAMIC_INFO_MAGIC and a nonzero next_addr
 * (QEMU passes 0 without -kernel), else KERNEL_BASE. A missing or unbacked
 * record is not an error. */
static uint32_t next_stage_entry(uint32_t info)
{
    uint32_t magic;
    uint32_t next_addr;
    if (info == 0 || (info & 3u) != 0) {
        return KERNEL_BASE;
    }
    if (guarded_load32(info + __builtin_offsetof(struct fw_dynamic_info, magic), &magic) != 0 ||
        magic != FW_DYNAMIC_INFO_MAGIC) {
        return KERNEL_BASE;
    }
    if (guarded_load32(info + __builtin_offsetof(struct fw_dynamic_info, next_addr), &next_addr) != 0 ||
        next_addr == 0) {
        return KERNEL_BASE;
    }
    return next_addr;
}

/* Delegates S-mode's own exceptions and interrupts (privileged spec 3.1.8);
 * ecalls from S stay with the firmware: they are SBI calls. */
static void delegate_traps(void)
{
    csr_write(medeleg, DELEGATED_EXCEPTIONS);
    csr_write(mideleg, DELEGATED_INTERRUPTS);
}

/* Sets up hart 0 for the kernel (everything but mscratch, which entry.S sets
 * last): traps, counters, PMP, no pending S timer, mret into S-mode at the
 * kernel entry found through info (the boot a2). */
void boot_main(uint32_t info)
{
    delegate_traps();
    csr_write(mcounteren, MCOUNTEREN_CY | MCOUNTEREN_TM | MCOUNTEREN_IR);
    pmp_init();
    csr_clear(mip, MIP_STIP);
    csr_write(mie, 0);
    csr_clear(mstatus, MSTATUS_MPP_MASK | MSTATUS_MPIE | MSTATUS_MIE);
    csr_set(mstatus, MSTATUS_MPP_S);
    csr_write(mepc, next_stage_entry(info));
}
