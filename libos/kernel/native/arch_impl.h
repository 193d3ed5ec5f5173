/* native/arch_impl.h - the inline part of the native platform layer (arch.h):
 * interrupts are sstatus.SIE, PTEs hold physical addresses and the kernel
 * runs on an identity map, so a PTE's address is its kernel address. */
#ifndef KERNEL_NATIVE_ARCH_IMPL_H
#define KERNEL_NATIVE_ARCH_IMPL_H

#include <stdint.h>

#include <riscv/csr.h>

#include "riscv.h"

/* A trap from S-mode (trap frame sstatus, priv. spec 4.1.1). */
#define ARCH_SSTATUS_FROM_KERNEL SSTATUS_SPP

/* Orders page-table writes before later translations and flushes the TLB (priv. spec 4.2.1). */
static inline void sfence_vma(void)
{
    __asm__ volatile("sfence.vma zero, zero" ::: "memory");
}

/* Turns supervisor interrupts off. */
static inline void intr_off(void)
{
    csr_clear(sstatus, SSTATUS_SIE);
}

/* Turns supervisor interrupts on. */
static inline void intr_on(void)
{
    csr_set(sstatus, SSTATUS_SIE);
}

/* A leaf PTE for the page at kernel (= physical) address page. */
static inline pte_t arch_pte_leaf(void *page, uint32_t flags)
{
    return PA2PTE(page) | flags;
}

/* The kernel (= physical) address a PTE points at. */
static inline void *arch_pte_page(pte_t pte)
{
    return (void *)(uintptr_t)PTE2PA(pte);
}

#endif
