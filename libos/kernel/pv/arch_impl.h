/* pv/arch_impl.h - the inline part of the PV platform layer (arch.h):
 * "interrupts" are event upcalls, switched by shared_info.evtchn_upcall_mask,
 * and PTEs hold machine frames, so turning a PTE into a kernel address
 * goes through the machine-to-pseudo-physical table (pv/mmu.c). */
#ifndef KERNEL_PV_ARCH_IMPL_H
#define KERNEL_PV_ARCH_IMPL_H

#include <stdint.h>

#include "evtchn.h"
#include "exovisor/pv.h"
#include "riscv.h"

/* An entry from the kernel (arch_sstatus as saved in the trap frame). */
#define ARCH_SSTATUS_FROM_KERNEL PV_SSTATUS_SPP

/* Masks event upcalls. */
static inline void intr_off(void)
{
    pv_events_mask();
}

/* Unmasks event upcalls and takes a pending one now. */
static inline void intr_on(void)
{
    pv_events_unmask();
}

/* A leaf PTE for the kernel page page (its machine frame). */
pte_t arch_pte_leaf(void *page, uint32_t flags);
/* The kernel address of the machine frame a PTE names. */
void *arch_pte_page(pte_t pte);

#endif
