/* hypercall.h - the PV hypercalls (exovisor/pv.h) as inline functions.
 *
 * A hypercall is an ecall from the guest kernel with a7 = __HYPERVISOR_*,
 * arguments in a0..a5 and the result in a0 (>= 0, or -XEN_E*); every other
 * register is preserved. Pointer arguments are the guest's virtual
 * addresses. The "memory" clobber makes the arguments' memory visible to
 * the hypervisor and its answers (and whatever an event upcall delivered
 * on the way back, e.g. during SCHEDOP_block) visible to the caller.
 */
#ifndef LIBPV_HYPERCALL_H
#define LIBPV_HYPERCALL_H

#include <stdint.h>

#include "exovisor/pv.h"

static inline int32_t pv_hypercall2(uint32_t op, uint32_t arg0, uint32_t arg1)
{
    register uint32_t a0 __asm__("a0") = arg0;
    register uint32_t a1 __asm__("a1") = arg1;
    register uint32_t a7 __asm__("a7") = op;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a7) : "memory");
    return (int32_t)a0;
}

static inline int32_t pv_hypercall3(uint32_t op, uint32_t arg0, uint32_t arg1, uint32_t arg2)
{
    register uint32_t a0 __asm__("a0") = arg0;
    register uint32_t a1 __asm__("a1") = arg1;
    register uint32_t a2 __asm__("a2") = arg2;
    register uint32_t a7 __asm__("a7") = op;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return (int32_t)a0;
}

static inline int32_t pv_hypercall4(uint32_t op, uint32_t arg0, uint32_t arg1, uint32_t arg2,
                                    uint32_t arg3)
{
    register uint32_t a0 __asm__("a0") = arg0;
    register uint32_t a1 __asm__("a1") = arg1;
    register uint32_t a2 __asm__("a2") = arg2;
    register uint32_t a3 __asm__("a3") = arg3;
    register uint32_t a7 __asm__("a7") = op;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a3), "r"(a7) : "memory");
    return (int32_t)a0;
}

#define PV_PTR(p) ((uint32_t)(uintptr_t)(p))

/* count PTE writes; *done (may be NULL) gets how many were applied. 0 or the first failure. */
static inline int32_t HYPERVISOR_mmu_update(const struct mmu_update *req, uint32_t count,
                                            uint32_t *done, uint32_t domid)
{
    return pv_hypercall4(__HYPERVISOR_mmu_update, PV_PTR(req), count, PV_PTR(done), domid);
}

/* Where traps and event upcalls enter the guest kernel. */
static inline int32_t HYPERVISOR_set_callbacks(uint32_t entry_pc)
{
    return pv_hypercall2(__HYPERVISOR_set_callbacks, entry_pc, 0);
}

static inline int32_t HYPERVISOR_memory_op(uint32_t cmd, uint32_t domid)
{
    return pv_hypercall2(__HYPERVISOR_memory_op, cmd, domid);
}

/* One-shot VIRQ_TIMER once the time counter reaches when (0 cancels). */
static inline int32_t HYPERVISOR_set_timer_op(uint64_t when)
{
    return pv_hypercall2(__HYPERVISOR_set_timer_op, (uint32_t)when, (uint32_t)(when >> 32));
}

static inline int32_t HYPERVISOR_xen_version(uint32_t cmd)
{
    return pv_hypercall2(__HYPERVISOR_xen_version, cmd, 0);
}

static inline int32_t HYPERVISOR_console_io(uint32_t cmd, uint32_t count, const void *buf)
{
    return pv_hypercall3(__HYPERVISOR_console_io, cmd, count, PV_PTR(buf));
}

static inline int32_t HYPERVISOR_grant_table_op(uint32_t cmd, void *uops, uint32_t count)
{
    return pv_hypercall3(__HYPERVISOR_grant_table_op, cmd, PV_PTR(uops), count);
}

/* count extended MMU operations; *done (may be NULL) gets how many were applied. */
static inline int32_t HYPERVISOR_mmuext_op(const struct mmuext_op *ops, uint32_t count,
                                           uint32_t *done, uint32_t domid)
{
    return pv_hypercall4(__HYPERVISOR_mmuext_op, PV_PTR(ops), count, PV_PTR(done), domid);
}

static inline int32_t HYPERVISOR_sched_op(uint32_t cmd, uint32_t arg)
{
    return pv_hypercall2(__HYPERVISOR_sched_op, cmd, arg);
}

static inline int32_t HYPERVISOR_event_channel_op(uint32_t cmd, void *arg)
{
    return pv_hypercall2(__HYPERVISOR_event_channel_op, cmd, PV_PTR(arg));
}

#endif
