/* evtchn.h - event channels of a PV guest (Xen's 2-level model, one vCPU).
 *
 * The hypervisor raises a port by setting its bit in evtchn_pending, the
 * word's bit in evtchn_pending_sel and evtchn_upcall_pending, concurrently
 * from another host thread; when evtchn_upcall_mask is clear it enters the
 * guest's set_callbacks entry, whose handler calls evtchn_do_upcall to
 * demultiplex the pending ports to their handlers. The upcall mask is the
 * guest's interrupt enable (pv_events_mask / pv_events_unmask).
 */
#ifndef LIBPV_EVTCHN_H
#define LIBPV_EVTCHN_H

#include <stdint.h>

#include "barrier.h"
#include "exovisor/pv.h"
#include "hypercall.h"

/* The shared-info page (start_info.shared_info); the guest's trap entry
 * reads and writes the arch_* fields through it. Set by evtchn_init. */
extern struct shared_info *pv_shared_info;

/* What runs for an event on port (with events masked, in the upcall). */
typedef void (*evtchn_handler_t)(uint32_t port, void *arg);

/* The VM generation in the shared-info page: its number (1 at build, one
 * more after each restore of a snapshot) and its random ID in id[4]. The
 * hypervisor writes both only while the domain is stopped. */
uint32_t pv_genid(uint32_t id[4]);
/* Starts using the shared-info page at shared; no port has a handler. */
void evtchn_init(struct shared_info *shared);
/* Runs fn(port, arg) for each event on port; 0 or -XEN_EINVAL. */
int evtchn_bind(uint32_t port, evtchn_handler_t fn, void *arg);
/* Demultiplexes every pending, unmasked port to its handler (ports without
 * one are cleared and counted); call it from the upcall, events masked. */
void evtchn_do_upcall(void);
/* Events that arrived on a port without a handler. */
uint32_t evtchn_stray_count(void);

/* EVTCHNOP_send: raises the remote end of port. 0 or -XEN_E*. */
int evtchn_send(uint32_t port);
/* EVTCHNOP_bind_virq: *port raised by virq (VIRQ_*). 0 or -XEN_E*. */
int evtchn_bind_virq(uint32_t virq, uint32_t *port);
/* EVTCHNOP_alloc_unbound: a new *port that remote_dom may bind. 0 or -XEN_E*. */
int evtchn_alloc_unbound(uint32_t remote_dom, uint32_t *port);
/* Sets port's mask bit (no upcall for it until evtchn_unmask). */
void evtchn_mask(uint32_t port);
/* EVTCHNOP_unmask: clears port's mask bit; a pending event is re-raised. */
int evtchn_unmask(uint32_t port);

/* Masks event upcalls (the guest's "interrupts off"). */
static inline void pv_events_mask(void)
{
    PV_WRITE_ONCE(pv_shared_info->evtchn_upcall_mask, 1);
    pv_barrier();
}

/* Unmasks event upcalls and takes a pending one at once (the hypervisor
 * delivers it on the way back from any hypercall). */
static inline void pv_events_unmask(void)
{
    pv_barrier();
    PV_WRITE_ONCE(pv_shared_info->evtchn_upcall_mask, 0);
    pv_mb(); /* the cleared mask before the look at pending */
    if (PV_READ_ONCE(pv_shared_info->evtchn_upcall_pending)) {
        HYPERVISOR_xen_version(XENVER_version);
    }
}

/* Nonzero while event upcalls are masked. */
static inline int pv_events_masked(void)
{
    return PV_READ_ONCE(pv_shared_info->evtchn_upcall_mask) != 0;
}

/* Sleeps until an event is pending (SCHEDOP_block unmasks events; the upcall
 * runs before it returns), then masks events again. Called with events
 * masked, after the caller saw its condition unmet: an event that came
 * since is pending, so the block returns at once and nothing is missed. */
void pv_block(void);

#endif
