/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/pv.ts
 * (npm run guests regenerates it).
 *
 * Paravirtual guest ABI (Xen-style, RV32). Hypercalls: ecall from the guest kernel
 * with a7 = __HYPERVISOR_*, a0..a5 = arguments; a0 = result (>= 0) or -XEN_E*;
 * every other register is preserved. Pointer arguments are kernel virtual addresses.
 *
 * The kernel and its processes both run in U-mode. Boot: pc = the ELF entry, a0 = 0,
 * a1 = start_info (virtual), events masked. The builder maps all RAM at VIRT_DRAM +
 * (pfn << 12) (U|R|W|X|A|D, page-table pages read-only), places after the kernel image
 * start_info, shared_info, the P2M list, the console and store pages, then the
 * page tables (root first); free RAM starts at pt_base + nr_pt_frames * 4096 and below
 * KERNEL_BASE.
 *
 * Traps and events: every exception of a process (ecall included), every exception
 * of the kernel, and every event upcall enter the kernel at the set_callbacks entry
 * with arch_sepc/scause/stval/sstatus in shared_info and events masked. From user
 * mode the hypervisor also saves sp in arch_user_sp and loads arch_kernel_sp. The
 * kernel returns with iret after restoring every register but a7, which it leaves in
 * arch_a7. An event is delivered when evtchn_upcall_pending is set and
 * evtchn_upcall_mask is clear: at any instruction boundary in user mode, and in the
 * kernel at the next hypercall or trap or within a time slice after unmasking.
 *
 * Direct paging: PTEs hold machine frames (a machine address is mfn << 12). Tables
 * are only written through mmu_update and must be pinned (root: L2, leaf level: L1)
 * before use; a pinned table is never mapped writable. Leaf PTEs may map only frames
 * of the domain, its shared_info and grant-table frames; root entries only pinned L1s
 * (no megapages). Refusals: -XEN_EPERM for a frame the domain may not map (or map
 * writable), -XEN_EINVAL for a malformed entry or a slot outside a pinned table.
 *
 * Exokernel interface (exo_op): secure bindings with visible revocation. A domain
 * binds more machine frames than its RAM (EXO_bind_frames: at most as many again as
 * it has RAM pages, else -XEN_ENOMEM); they are its own from then on: mapped through
 * mmu_update, pinned as tables, granted, like RAM frames, and freed when the domain
 * goes. EXO_unbind_frames gives bound frames back, all or none: each must be bound
 * (-XEN_EINVAL), no table and mapped by no validated PTE or grant (-XEN_EBUSY); they
 * are scrubbed and freed. EXO_bind_extent binds a run of disk sectors: once any is
 * bound, the block back-end answers BLKIF_RSP_ERROR to every read or write that does
 * not lie wholly inside one bound extent. Revocation is visible: the hypervisor asks
 * for exo_revoke_count bound frames by exo_revoke_deadline (shared_info, raised with
 * VIRQ_EXO_REVOKE); the library OS unbinds them and acknowledges with
 * EXO_revoke_done(exo_revoke_seq) (-XEN_EAGAIN while fewer were given back). At the
 * deadline the hypervisor takes what is missing itself: it removes every validated
 * PTE mapping the frames it picks (bound, not tables), flushes the TLB, scrubs and
 * frees them, lists them in exo_revoked_mfns (exo_revoked_seq, exo_revoked_count)
 * and raises VIRQ_EXO_REVOKE again; a later access to such a page faults.
 *
 * EXO_bind_net_filter downloads a packet filter (struct exo_net_filter) that selects
 * the frames the network back-end delivers to the domain: up to
 * EXO_NET_FILTER_MAX_RULES rules, each the conjunction of up to
 * EXO_NET_FILTER_MAX_ATOMS atoms; an atom reads width (1, 2 or 4) bytes at offset
 * of the Ethernet frame in network order and matches when (field & mask) == value;
 * an atom past the frame's end does not match. A frame passes when any rule matches;
 * the others are dropped before they take a receive slot and counted (rx_filtered).
 * It applies to every frame the switch sends the domain, broadcasts included; a new
 * filter replaces the old one; nr_rules = 0 removes it, and the domain again
 * receives every frame sent to its MAC address or broadcast. Declarative and
 * bounded, a filter is checked once, when bound, and then costs at most
 * EXO_NET_FILTER_MAX_RULES * EXO_NET_FILTER_MAX_ATOMS atom tests per frame.
 * Refusals: -XEN_ENODEV for a domain without a network interface; -XEN_EINVAL
 * for a count out of range, an atom with a width not 1, 2 or 4, offset + width >
 * NETIF_MTU_FRAME, mask bits above its width or value bits outside its mask, or a
 * nonzero pad, unused atom or unused rule.
 */
#ifndef EXOVISOR_PV_H
#define EXOVISOR_PV_H

/* Unsigned in C, plain in assembly (where a u suffix does not parse). */
#ifndef EXO_U
#ifdef __ASSEMBLER__
#define EXO_U(x) x
#else
#define EXO_U(x) x##u
#endif
#endif

/* Version and the start of the ABI. */
#define PV_ABI_VERSION      EXO_U(0x00010000) /* xen_version(XENVER_version): major << 16 | minor */
#define PV_START_INFO_MAGIC "exovisor-pv-1.0-riscv32" /* start_info.magic */

/* Trap and event entry (set_callbacks, iret). */
#define PV_EVENT_CAUSE               EXO_U(0x80000009) /* arch_scause of an event upcall (interrupt bit | supervisor external) */
#define PV_SSTATUS_SPP               EXO_U(0x00000100) /* arch_sstatus: the trap came from (iret returns to) the kernel */
#define PV_SSTATUS_SPIE              EXO_U(0x00000020) /* arch_sstatus: events were unmasked before the trap (iret unmasks them) */
#define SHINFO_ARCH_SEPC             EXO_U(0x00000020) /* offset of shared_info.arch_sepc (for assembly) */
#define SHINFO_ARCH_SCAUSE           EXO_U(0x00000024) /* offset of shared_info.arch_scause (for assembly) */
#define SHINFO_ARCH_STVAL            EXO_U(0x00000028) /* offset of shared_info.arch_stval (for assembly) */
#define SHINFO_ARCH_SSTATUS          EXO_U(0x0000002c) /* offset of shared_info.arch_sstatus (for assembly) */
#define SHINFO_ARCH_USER_SP          EXO_U(0x00000030) /* offset of shared_info.arch_user_sp (for assembly) */
#define SHINFO_ARCH_KERNEL_SP        EXO_U(0x00000034) /* offset of shared_info.arch_kernel_sp (for assembly) */
#define SHINFO_ARCH_A7               EXO_U(0x00000038) /* offset of shared_info.arch_a7 (for assembly) */
#define SHINFO_EVTCHN_UPCALL_PENDING EXO_U(0x00000000) /* offset of shared_info.evtchn_upcall_pending (for assembly) */
#define SHINFO_EVTCHN_UPCALL_MASK    EXO_U(0x00000001) /* offset of shared_info.evtchn_upcall_mask (for assembly) */

/* Hypercall numbers (a7). */
#define __HYPERVISOR_mmu_update       EXO_U(1) /* mmu_update(reqs, count, done_out, domid): batch of PTE writes, each validated; a0 = 0 or the first failure */
#define __HYPERVISOR_set_callbacks    EXO_U(4) /* set_callbacks(entry_pc, 0): where traps and events are delivered (replaces stvec) */
#define __HYPERVISOR_memory_op        EXO_U(12) /* memory_op(cmd, domid): reservation sizes (ballooning is not offered yet: -XEN_ENOSYS) */
#define __HYPERVISOR_set_timer_op     EXO_U(15) /* set_timer_op(lo, hi): VIRQ_TIMER fires once the time counter reaches this (TIMEBASE_HZ ticks); 0 cancels */
#define __HYPERVISOR_xen_version      EXO_U(17) /* xen_version(cmd, 0): XENVER_version, or the XENFEAT_* bits for XENVER_get_features */
#define __HYPERVISOR_console_io       EXO_U(18) /* console_io(cmd, count, buf): write to the hypervisor console (early and panic output) */
#define __HYPERVISOR_grant_table_op   EXO_U(20) /* grant_table_op(cmd, uops, count): setup, map, unmap, copy; per-op status in each uop */
#define __HYPERVISOR_iret             EXO_U(23) /* iret(): return from the trap/event entry to arch_sepc in the mode arch_sstatus names (replaces sret) */
#define __HYPERVISOR_mmuext_op        EXO_U(26) /* mmuext_op(ops, count, done_out, domid): pin and unpin tables, new base pointers, TLB flushes */
#define __HYPERVISOR_sched_op         EXO_U(29) /* sched_op(cmd, arg): yield, block until an event, shutdown */
#define __HYPERVISOR_event_channel_op EXO_U(32) /* event_channel_op(cmd, arg): event channels (arg points at the command's struct) */
#define __HYPERVISOR_exo_op           EXO_U(48) /* exo_op(cmd, arg): the exokernel interface: bind and unbind machine frames, disk extents and a packet filter, acknowledge a revocation (EXO_*) */

/* Errors (returned negated). */
#define XEN_EPERM  EXO_U(1) /* operation not permitted */
#define XEN_ENOENT EXO_U(2) /* no such entry */
#define XEN_ESRCH  EXO_U(3) /* no such domain */
#define XEN_E2BIG  EXO_U(7) /* batch or argument too large */
#define XEN_EAGAIN EXO_U(11) /* try again */
#define XEN_ENOMEM EXO_U(12) /* out of memory */
#define XEN_EACCES EXO_U(13) /* permission denied */
#define XEN_EFAULT EXO_U(14) /* bad guest address */
#define XEN_EBUSY  EXO_U(16) /* busy */
#define XEN_EEXIST EXO_U(17) /* already exists */
#define XEN_ENODEV EXO_U(19) /* no such device */
#define XEN_EINVAL EXO_U(22) /* invalid argument */
#define XEN_ENOSPC EXO_U(28) /* no space */
#define XEN_ENOSYS EXO_U(38) /* no such hypercall or sub-operation */

/* console_io commands. */
#define CONSOLEIO_write EXO_U(0) /* write count bytes from buf (at most CONSOLEIO_MAX) */
#define CONSOLEIO_MAX   EXO_U(1024) /* bytes per console_io write */

/* sched_op commands and shutdown reasons. */
#define SCHEDOP_yield     EXO_U(0) /* give up the CPU */
#define SCHEDOP_block     EXO_U(1) /* sleep until an event is pending (unmasks events) */
#define SCHEDOP_shutdown  EXO_U(2) /* shut down: arg = SHUTDOWN_* | exit status << 8 */
#define SHUTDOWN_poweroff EXO_U(0) /* clean power-off; the status byte is the exit status */
#define SHUTDOWN_reboot   EXO_U(1) /* reboot (not supported: reported as a failure) */
#define SHUTDOWN_crash    EXO_U(3) /* the guest crashed (the domain is reported crashed; the status byte is kept) */

/* mmu_update and mmuext_op. */
#define MMU_NORMAL_PT_UPDATE    EXO_U(0) /* mmu_update.ptr low bits: a normal PTE write */
#define MMU_UPDATE_MAX_BATCH    EXO_U(512) /* most requests in one mmu_update or mmuext_op call */
#define MMUEXT_PIN_L1_TABLE     EXO_U(0) /* pin a second-level table (Sv32 level 0) */
#define MMUEXT_PIN_L2_TABLE     EXO_U(1) /* pin a root table (Sv32 level 1) */
#define MMUEXT_UNPIN_TABLE      EXO_U(4) /* unpin a table */
#define MMUEXT_NEW_BASEPTR      EXO_U(5) /* switch to the pinned root arg1 (replaces a satp write) */
#define MMUEXT_TLB_FLUSH_LOCAL  EXO_U(6) /* flush the TLB (replaces sfence.vma) */
#define MMUEXT_INVLPG_LOCAL     EXO_U(7) /* flush one virtual page */
#define MMUEXT_NEW_USER_BASEPTR EXO_U(15) /* the root used while the guest runs its processes (kernel and processes both run in U-mode, so each address space has a kernel root and a user root, as in Xen x86-64 PV) */

/* memory_op commands. */
#define XENMEM_current_reservation EXO_U(3) /* frames the domain has */
#define XENMEM_maximum_reservation EXO_U(4) /* frames the domain may have */

/* xen_version commands and features. */
#define XENVER_version         EXO_U(0x00000000) /* PV_ABI_VERSION */
#define XENVER_get_features    EXO_U(0x00000006) /* XENFEAT_* bits, returned in a0 */
#define XENFEAT_direct_paging  EXO_U(0x00000001) /* page tables hold machine frames; updates go through mmu_update */
#define XENFEAT_event_channels EXO_U(0x00000002) /* the 2-level event-channel model */
#define XENFEAT_grant_tables   EXO_U(0x00000004) /* grant tables (v1) */

/* event_channel_op commands and virtual IRQs. */
#define EVTCHNOP_bind_interdomain EXO_U(0) /* connect to a port another domain allocated (binding ops return 0 and the port in the struct) */
#define EVTCHNOP_bind_virq        EXO_U(1) /* bind a VIRQ_* */
#define EVTCHNOP_close            EXO_U(3) /* close a port */
#define EVTCHNOP_send             EXO_U(4) /* raise the port's remote end */
#define EVTCHNOP_alloc_unbound    EXO_U(6) /* allocate a port another domain may bind */
#define EVTCHNOP_unmask           EXO_U(9) /* unmask (re-raises a pending event) */
#define EVTCHN_NR_PORTS           EXO_U(1024) /* ports per domain */
#define VIRQ_TIMER                EXO_U(0) /* the timer set by set_timer_op */
#define VIRQ_EXO_REVOKE           EXO_U(16) /* a revocation request, or its enforcement report, in shared_info (exo_revoke_*, exo_revoked_*) */
#define NR_VIRQS                  EXO_U(24) /* virtual IRQ numbers are below this */

/* exo_op commands (the exokernel interface). */
#define EXO_bind_frames          EXO_U(0) /* arg: struct exo_frames; allocate nr_frames machine frames for the domain and return them in frame_list */
#define EXO_unbind_frames        EXO_U(1) /* arg: struct exo_frames; give bound frames back (unmapped, no tables); scrubbed and freed */
#define EXO_bind_extent          EXO_U(2) /* arg: struct exo_extent; the block back-end then serves only requests inside bound extents */
#define EXO_revoke_done          EXO_U(3) /* arg: the exo_revoke_seq acknowledged; 0, -XEN_EAGAIN (too few unbound), -XEN_EINVAL (no such request outstanding) */
#define EXO_bind_net_filter      EXO_U(4) /* arg: struct exo_net_filter; the network back-end then delivers only frames it passes (nr_rules 0: all again) */
#define EXO_FRAMES_MAX_BATCH     EXO_U(64) /* most frames in one EXO_bind_frames or EXO_unbind_frames */
#define EXO_EXTENTS_MAX          EXO_U(8) /* most extents a domain binds */
#define EXO_REVOKE_MAX           EXO_U(32) /* most frames one revocation asks back (the report lists them all) */
#define EXO_NET_FILTER_MAX_RULES EXO_U(8) /* most rules of a packet filter */
#define EXO_NET_FILTER_MAX_ATOMS EXO_U(4) /* most atoms of one rule */

/* grant_table_op commands, flags and status. */
#define GNTTABOP_map_grant_ref   EXO_U(0x00000000) /* map granted frames */
#define GNTTABOP_unmap_grant_ref EXO_U(0x00000001) /* unmap */
#define GNTTABOP_setup_table     EXO_U(0x00000002) /* set up this domain's grant table */
#define GNTTABOP_copy            EXO_U(0x00000005) /* copy to/from granted frames */
#define GNTTAB_NR_ENTRIES        EXO_U(0x00000200) /* grant entries per domain (one page of v1 entries) */
#define GTF_invalid              EXO_U(0x00000000) /* entry unused */
#define GTF_permit_access        EXO_U(0x00000001) /* the domain in domid may map or copy the frame */
#define GTF_readonly             EXO_U(0x00000004) /* read-only access */
#define GTF_reading              EXO_U(0x00000008) /* set by the hypervisor while the frame is mapped or read */
#define GTF_writing              EXO_U(0x00000010) /* set by the hypervisor while the frame is mapped writable or written */
#define GNTMAP_host_map          EXO_U(0x00000002) /* map at host_addr (a kernel virtual address whose leaf table is pinned) */
#define GNTMAP_readonly          EXO_U(0x00000004) /* map read-only */
#define GNTCOPY_source_gref      EXO_U(0x00000001) /* the source is a grant reference */
#define GNTCOPY_dest_gref        EXO_U(0x00000002) /* the destination is a grant reference */
#define DOMID_SELF               EXO_U(0x00007ff0) /* this domain */
#define DOMID_XEN                EXO_U(0x00007ff2) /* the hypervisor (owner of its own frames) */
#define DOMID_BACKEND            EXO_U(0x00000000) /* the back-end domain (split-driver back-ends in the hypervisor worker, like dom0) */

/* grant status codes. */
#define GNTST_okay              EXO_U(0x00000000) /* success */
#define GNTST_general_error     (-1) /* general error */
#define GNTST_bad_domain        (-2) /* no such domain */
#define GNTST_bad_gntref        (-3) /* bad grant reference */
#define GNTST_bad_handle        (-4) /* bad map handle */
#define GNTST_bad_virt_addr     (-5) /* bad virtual address */
#define GNTST_permission_denied (-8) /* the entry does not allow it */
#define GNTST_bad_copy_arg      (-10) /* copy crosses a frame or has a bad length */

#ifndef __ASSEMBLER__
#include <stdint.h>

/* What a PV guest is told at boot (Xen start_info, RV32). */
struct start_info {
    char magic[32]; /* +0: PV_START_INFO_MAGIC, NUL-padded */
    uint32_t nr_pages; /* +32: pages of RAM the domain owns */
    uint32_t shared_info; /* +36: virtual address of the shared-info page (mapped read-write by the builder) */
    uint32_t flags; /* +40: 0 (no SIF_* flags are defined yet) */
    uint32_t store_mfn; /* +44: machine frame of the configuration-store ring */
    uint32_t store_evtchn; /* +48: event channel of the configuration store */
    uint32_t console_mfn; /* +52: machine frame of the console ring */
    uint32_t console_evtchn; /* +56: event channel of the console */
    uint32_t pt_base; /* +60: virtual address of the initial page-table root */
    uint32_t nr_pt_frames; /* +64: frames of initial page tables */
    uint32_t mfn_list; /* +68: virtual address of the P2M list (guest frame → machine frame) */
    uint32_t first_p2m_pfn; /* +72: guest frame number of mfn_list[0] (VIRT_DRAM >> 12) */
    char cmd_line[512]; /* +76: kernel command line, NUL-terminated */
};
_Static_assert(__builtin_offsetof(struct start_info, magic) == 0, "start_info.magic");
_Static_assert(__builtin_offsetof(struct start_info, nr_pages) == 32, "start_info.nr_pages");
_Static_assert(__builtin_offsetof(struct start_info, shared_info) == 36, "start_info.shared_info");
_Static_assert(__builtin_offsetof(struct start_info, flags) == 40, "start_info.flags");
_Static_assert(__builtin_offsetof(struct start_info, store_mfn) == 44, "start_info.store_mfn");
_Static_assert(__builtin_offsetof(struct start_info, store_evtchn) == 48, "start_info.store_evtchn");
_Static_assert(__builtin_offsetof(struct start_info, console_mfn) == 52, "start_info.console_mfn");
_Static_assert(__builtin_offsetof(struct start_info, console_evtchn) == 56, "start_info.console_evtchn");
_Static_assert(__builtin_offsetof(struct start_info, pt_base) == 60, "start_info.pt_base");
_Static_assert(__builtin_offsetof(struct start_info, nr_pt_frames) == 64, "start_info.nr_pt_frames");
_Static_assert(__builtin_offsetof(struct start_info, mfn_list) == 68, "start_info.mfn_list");
_Static_assert(__builtin_offsetof(struct start_info, first_p2m_pfn) == 72, "start_info.first_p2m_pfn");
_Static_assert(__builtin_offsetof(struct start_info, cmd_line) == 76, "start_info.cmd_line");
_Static_assert(sizeof(struct start_info) == 588, "sizeof start_info");

/* Shared between the hypervisor and a PV guest (Xen shared_info, one vCPU, RV32). */
struct shared_info {
    uint8_t evtchn_upcall_pending; /* +0: vCPU 0: an event is pending (set by the hypervisor) */
    uint8_t evtchn_upcall_mask; /* +1: vCPU 0: events are masked (the guest's interrupt enable) */
    uint16_t pad0; /* +2: reserved */
    uint32_t evtchn_pending_sel; /* +4: vCPU 0: bit w set when evtchn_pending[w] may have bits */
    uint32_t pad1[6]; /* +8: reserved (time: read the time CSR, TIMEBASE_HZ ticks) */
    uint32_t arch_sepc; /* +32: vCPU 0 trap state: pc of the trapped instruction (iret returns here) */
    uint32_t arch_scause; /* +36: trap cause (priv. spec scause values; PV_EVENT_CAUSE for an event upcall) */
    uint32_t arch_stval; /* +40: faulting address or instruction */
    uint32_t arch_sstatus; /* +44: PV_SSTATUS_SPP: came from the kernel; PV_SSTATUS_SPIE: events were unmasked (iret reads both) */
    uint32_t arch_user_sp; /* +48: sp of the process at an entry from user mode (the hypervisor loaded arch_kernel_sp) */
    uint32_t arch_kernel_sp; /* +52: written by the guest: sp for entries from user mode */
    uint32_t arch_a7; /* +56: written by the guest before iret: the a7 to return with */
    uint32_t arch_pad; /* +60: reserved */
    uint32_t evtchn_pending[32]; /* +64: pending bit per port */
    uint32_t evtchn_mask[32]; /* +192: mask bit per port */
    uint32_t exo_bound_frames; /* +320: frames the domain has bound with EXO_bind_frames and still holds (written by the hypervisor) */
    uint32_t exo_revoke_seq; /* +324: sequence number of the latest revocation request (0: none yet) */
    uint32_t exo_revoke_count; /* +328: bound frames that request asks back; 0 once it is settled (returned or taken) */
    uint32_t exo_revoke_deadline_lo; /* +332: time counter (TIMEBASE_HZ ticks) by which they must be unbound: low word */
    uint32_t exo_revoke_deadline_hi; /* +336: high word of the deadline */
    uint32_t exo_revoked_seq; /* +340: the request the hypervisor enforced itself (0: never); the report below belongs to it */
    uint32_t exo_revoked_count; /* +344: bound frames the hypervisor took at that deadline */
    uint32_t exo_revoked_mfns[32]; /* +348: the machine frames it took (exo_revoked_count of them): unmapped, scrubbed and freed */
    uint32_t genid_count; /* +476: VM generation number (written by the hypervisor): 1 at build, the saved number + 1 after a restore of a snapshot */
    uint32_t genid[4]; /* +480: VM generation ID: 128 random bits, drawn again at every restore (the seed of the guest's random generator; when genid_count changes, read the MAC address in the store again) */
};
_Static_assert(__builtin_offsetof(struct shared_info, evtchn_upcall_pending) == 0, "shared_info.evtchn_upcall_pending");
_Static_assert(__builtin_offsetof(struct shared_info, evtchn_upcall_mask) == 1, "shared_info.evtchn_upcall_mask");
_Static_assert(__builtin_offsetof(struct shared_info, pad0) == 2, "shared_info.pad0");
_Static_assert(__builtin_offsetof(struct shared_info, evtchn_pending_sel) == 4, "shared_info.evtchn_pending_sel");
_Static_assert(__builtin_offsetof(struct shared_info, pad1) == 8, "shared_info.pad1");
_Static_assert(__builtin_offsetof(struct shared_info, arch_sepc) == 32, "shared_info.arch_sepc");
_Static_assert(__builtin_offsetof(struct shared_info, arch_scause) == 36, "shared_info.arch_scause");
_Static_assert(__builtin_offsetof(struct shared_info, arch_stval) == 40, "shared_info.arch_stval");
_Static_assert(__builtin_offsetof(struct shared_info, arch_sstatus) == 44, "shared_info.arch_sstatus");
_Static_assert(__builtin_offsetof(struct shared_info, arch_user_sp) == 48, "shared_info.arch_user_sp");
_Static_assert(__builtin_offsetof(struct shared_info, arch_kernel_sp) == 52, "shared_info.arch_kernel_sp");
_Static_assert(__builtin_offsetof(struct shared_info, arch_a7) == 56, "shared_info.arch_a7");
_Static_assert(__builtin_offsetof(struct shared_info, arch_pad) == 60, "shared_info.arch_pad");
_Static_assert(__builtin_offsetof(struct shared_info, evtchn_pending) == 64, "shared_info.evtchn_pending");
_Static_assert(__builtin_offsetof(struct shared_info, evtchn_mask) == 192, "shared_info.evtchn_mask");
_Static_assert(__builtin_offsetof(struct shared_info, exo_bound_frames) == 320, "shared_info.exo_bound_frames");
_Static_assert(__builtin_offsetof(struct shared_info, exo_revoke_seq) == 324, "shared_info.exo_revoke_seq");
_Static_assert(__builtin_offsetof(struct shared_info, exo_revoke_count) == 328, "shared_info.exo_revoke_count");
_Static_assert(__builtin_offsetof(struct shared_info, exo_revoke_deadline_lo) == 332, "shared_info.exo_revoke_deadline_lo");
_Static_assert(__builtin_offsetof(struct shared_info, exo_revoke_deadline_hi) == 336, "shared_info.exo_revoke_deadline_hi");
_Static_assert(__builtin_offsetof(struct shared_info, exo_revoked_seq) == 340, "shared_info.exo_revoked_seq");
_Static_assert(__builtin_offsetof(struct shared_info, exo_revoked_count) == 344, "shared_info.exo_revoked_count");
_Static_assert(__builtin_offsetof(struct shared_info, exo_revoked_mfns) == 348, "shared_info.exo_revoked_mfns");
_Static_assert(__builtin_offsetof(struct shared_info, genid_count) == 476, "shared_info.genid_count");
_Static_assert(__builtin_offsetof(struct shared_info, genid) == 480, "shared_info.genid");
_Static_assert(sizeof(struct shared_info) == 496, "sizeof shared_info");

/* One page-table update of an mmu_update batch. */
struct mmu_update {
    uint32_t ptr; /* +0: machine address of the PTE | MMU_NORMAL_PT_UPDATE */
    uint32_t val; /* +4: new PTE (its PPN is a machine frame) */
};
_Static_assert(__builtin_offsetof(struct mmu_update, ptr) == 0, "mmu_update.ptr");
_Static_assert(__builtin_offsetof(struct mmu_update, val) == 4, "mmu_update.val");
_Static_assert(sizeof(struct mmu_update) == 8, "sizeof mmu_update");

/* One extended MMU operation. */
struct mmuext_op {
    uint32_t cmd; /* +0: MMUEXT_* */
    uint32_t arg1; /* +4: machine frame (pin, unpin, new base) or virtual address (invlpg) */
};
_Static_assert(__builtin_offsetof(struct mmuext_op, cmd) == 0, "mmuext_op.cmd");
_Static_assert(__builtin_offsetof(struct mmuext_op, arg1) == 4, "mmuext_op.arg1");
_Static_assert(sizeof(struct mmuext_op) == 8, "sizeof mmuext_op");

/* Grant-table entry (v1): the granting domain writes it; the hypervisor checks it on every map and copy. */
struct grant_entry_v1 {
    uint16_t flags; /* +0: GTF_* (type in bits 0-1, then GTF_readonly, GTF_reading, GTF_writing) */
    uint16_t domid; /* +2: domain allowed to use the grant */
    uint32_t frame; /* +4: machine frame granted */
};
_Static_assert(__builtin_offsetof(struct grant_entry_v1, flags) == 0, "grant_entry_v1.flags");
_Static_assert(__builtin_offsetof(struct grant_entry_v1, domid) == 2, "grant_entry_v1.domid");
_Static_assert(__builtin_offsetof(struct grant_entry_v1, frame) == 4, "grant_entry_v1.frame");
_Static_assert(sizeof(struct grant_entry_v1) == 8, "sizeof grant_entry_v1");

/* GNTTABOP_setup_table: IN dom, nr_frames (1); OUT status, frame (the table, a hypervisor frame the domain may map). */
struct gnttab_setup_table {
    uint16_t dom; /* +0: IN: DOMID_SELF */
    uint16_t pad0; /* +2: reserved */
    uint32_t nr_frames; /* +4: IN: frames wanted (1) */
    int16_t status; /* +8: OUT: GNTST_* */
    uint16_t pad1; /* +10: reserved */
    uint32_t frame; /* +12: OUT: machine frame of the table */
};
_Static_assert(__builtin_offsetof(struct gnttab_setup_table, dom) == 0, "gnttab_setup_table.dom");
_Static_assert(__builtin_offsetof(struct gnttab_setup_table, pad0) == 2, "gnttab_setup_table.pad0");
_Static_assert(__builtin_offsetof(struct gnttab_setup_table, nr_frames) == 4, "gnttab_setup_table.nr_frames");
_Static_assert(__builtin_offsetof(struct gnttab_setup_table, status) == 8, "gnttab_setup_table.status");
_Static_assert(__builtin_offsetof(struct gnttab_setup_table, pad1) == 10, "gnttab_setup_table.pad1");
_Static_assert(__builtin_offsetof(struct gnttab_setup_table, frame) == 12, "gnttab_setup_table.frame");
_Static_assert(sizeof(struct gnttab_setup_table) == 16, "sizeof gnttab_setup_table");

/* GNTTABOP_map_grant_ref: IN host_addr, flags, ref, dom; OUT status, handle, dev_bus_addr. */
struct gnttab_map_grant_ref {
    uint32_t host_addr; /* +0: IN: guest virtual address to map at (page aligned) */
    uint32_t flags; /* +4: IN: GNTMAP_* */
    uint32_t ref; /* +8: IN: grant reference in the granting domain's table */
    uint16_t dom; /* +12: IN: granting domain */
    int16_t status; /* +14: OUT: GNTST_* */
    uint32_t handle; /* +16: OUT: handle for unmap */
    uint32_t dev_bus_addr; /* +20: OUT: machine address of the granted frame */
};
_Static_assert(__builtin_offsetof(struct gnttab_map_grant_ref, host_addr) == 0, "gnttab_map_grant_ref.host_addr");
_Static_assert(__builtin_offsetof(struct gnttab_map_grant_ref, flags) == 4, "gnttab_map_grant_ref.flags");
_Static_assert(__builtin_offsetof(struct gnttab_map_grant_ref, ref) == 8, "gnttab_map_grant_ref.ref");
_Static_assert(__builtin_offsetof(struct gnttab_map_grant_ref, dom) == 12, "gnttab_map_grant_ref.dom");
_Static_assert(__builtin_offsetof(struct gnttab_map_grant_ref, status) == 14, "gnttab_map_grant_ref.status");
_Static_assert(__builtin_offsetof(struct gnttab_map_grant_ref, handle) == 16, "gnttab_map_grant_ref.handle");
_Static_assert(__builtin_offsetof(struct gnttab_map_grant_ref, dev_bus_addr) == 20, "gnttab_map_grant_ref.dev_bus_addr");
_Static_assert(sizeof(struct gnttab_map_grant_ref) == 24, "sizeof gnttab_map_grant_ref");

/* GNTTABOP_unmap_grant_ref: IN host_addr, handle; OUT status. */
struct gnttab_unmap_grant_ref {
    uint32_t host_addr; /* +0: IN: the virtual address the grant was mapped at */
    uint32_t dev_bus_addr; /* +4: IN: unused (0) */
    uint32_t handle; /* +8: IN: the handle map returned */
    int16_t status; /* +12: OUT: GNTST_* */
    uint16_t pad; /* +14: reserved */
};
_Static_assert(__builtin_offsetof(struct gnttab_unmap_grant_ref, host_addr) == 0, "gnttab_unmap_grant_ref.host_addr");
_Static_assert(__builtin_offsetof(struct gnttab_unmap_grant_ref, dev_bus_addr) == 4, "gnttab_unmap_grant_ref.dev_bus_addr");
_Static_assert(__builtin_offsetof(struct gnttab_unmap_grant_ref, handle) == 8, "gnttab_unmap_grant_ref.handle");
_Static_assert(__builtin_offsetof(struct gnttab_unmap_grant_ref, status) == 12, "gnttab_unmap_grant_ref.status");
_Static_assert(__builtin_offsetof(struct gnttab_unmap_grant_ref, pad) == 14, "gnttab_unmap_grant_ref.pad");
_Static_assert(sizeof(struct gnttab_unmap_grant_ref) == 16, "sizeof gnttab_unmap_grant_ref");

/* GNTTABOP_copy: copy len bytes between a grant and a local frame (either side may be a grant). */
struct gnttab_copy {
    uint32_t src_ref_or_gmfn; /* +0: IN: grant reference (GNTCOPY_source_gref) or local machine frame */
    uint16_t src_domid; /* +4: IN: source domain (DOMID_SELF for local) */
    uint16_t src_offset; /* +6: IN: offset in the source frame */
    uint32_t dst_ref_or_gmfn; /* +8: IN: grant reference (GNTCOPY_dest_gref) or local machine frame */
    uint16_t dst_domid; /* +12: IN: destination domain */
    uint16_t dst_offset; /* +14: IN: offset in the destination frame */
    uint16_t len; /* +16: IN: bytes (source and destination must stay within their frames) */
    uint16_t flags; /* +18: IN: GNTCOPY_* */
    int16_t status; /* +20: OUT: GNTST_* */
    uint16_t pad; /* +22: reserved */
};
_Static_assert(__builtin_offsetof(struct gnttab_copy, src_ref_or_gmfn) == 0, "gnttab_copy.src_ref_or_gmfn");
_Static_assert(__builtin_offsetof(struct gnttab_copy, src_domid) == 4, "gnttab_copy.src_domid");
_Static_assert(__builtin_offsetof(struct gnttab_copy, src_offset) == 6, "gnttab_copy.src_offset");
_Static_assert(__builtin_offsetof(struct gnttab_copy, dst_ref_or_gmfn) == 8, "gnttab_copy.dst_ref_or_gmfn");
_Static_assert(__builtin_offsetof(struct gnttab_copy, dst_domid) == 12, "gnttab_copy.dst_domid");
_Static_assert(__builtin_offsetof(struct gnttab_copy, dst_offset) == 14, "gnttab_copy.dst_offset");
_Static_assert(__builtin_offsetof(struct gnttab_copy, len) == 16, "gnttab_copy.len");
_Static_assert(__builtin_offsetof(struct gnttab_copy, flags) == 18, "gnttab_copy.flags");
_Static_assert(__builtin_offsetof(struct gnttab_copy, status) == 20, "gnttab_copy.status");
_Static_assert(__builtin_offsetof(struct gnttab_copy, pad) == 22, "gnttab_copy.pad");
_Static_assert(sizeof(struct gnttab_copy) == 24, "sizeof gnttab_copy");

/* EVTCHNOP_alloc_unbound: a new port that remote_dom may bind. */
struct evtchn_alloc_unbound {
    uint16_t dom; /* +0: IN: DOMID_SELF */
    uint16_t remote_dom; /* +2: IN: the domain allowed to bind it */
    uint32_t port; /* +4: OUT: the new port */
};
_Static_assert(__builtin_offsetof(struct evtchn_alloc_unbound, dom) == 0, "evtchn_alloc_unbound.dom");
_Static_assert(__builtin_offsetof(struct evtchn_alloc_unbound, remote_dom) == 2, "evtchn_alloc_unbound.remote_dom");
_Static_assert(__builtin_offsetof(struct evtchn_alloc_unbound, port) == 4, "evtchn_alloc_unbound.port");
_Static_assert(sizeof(struct evtchn_alloc_unbound) == 8, "sizeof evtchn_alloc_unbound");

/* EVTCHNOP_bind_interdomain: connect a new local port to remote_dom's unbound remote_port. */
struct evtchn_bind_interdomain {
    uint16_t remote_dom; /* +0: IN: the domain that allocated remote_port */
    uint16_t pad; /* +2: reserved */
    uint32_t remote_port; /* +4: IN: its port, offered to this domain */
    uint32_t local_port; /* +8: OUT: the new local port */
};
_Static_assert(__builtin_offsetof(struct evtchn_bind_interdomain, remote_dom) == 0, "evtchn_bind_interdomain.remote_dom");
_Static_assert(__builtin_offsetof(struct evtchn_bind_interdomain, pad) == 2, "evtchn_bind_interdomain.pad");
_Static_assert(__builtin_offsetof(struct evtchn_bind_interdomain, remote_port) == 4, "evtchn_bind_interdomain.remote_port");
_Static_assert(__builtin_offsetof(struct evtchn_bind_interdomain, local_port) == 8, "evtchn_bind_interdomain.local_port");
_Static_assert(sizeof(struct evtchn_bind_interdomain) == 12, "sizeof evtchn_bind_interdomain");

/* EVTCHNOP_bind_virq: a port raised by a virtual IRQ. */
struct evtchn_bind_virq {
    uint32_t virq; /* +0: IN: VIRQ_* */
    uint32_t vcpu; /* +4: IN: 0 */
    uint32_t port; /* +8: OUT: the new port */
};
_Static_assert(__builtin_offsetof(struct evtchn_bind_virq, virq) == 0, "evtchn_bind_virq.virq");
_Static_assert(__builtin_offsetof(struct evtchn_bind_virq, vcpu) == 4, "evtchn_bind_virq.vcpu");
_Static_assert(__builtin_offsetof(struct evtchn_bind_virq, port) == 8, "evtchn_bind_virq.port");
_Static_assert(sizeof(struct evtchn_bind_virq) == 12, "sizeof evtchn_bind_virq");

/* EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_unmask: the port. */
struct evtchn_port_op {
    uint32_t port; /* +0: IN: a local port */
};
_Static_assert(__builtin_offsetof(struct evtchn_port_op, port) == 0, "evtchn_port_op.port");
_Static_assert(sizeof(struct evtchn_port_op) == 4, "sizeof evtchn_port_op");

/* EXO_bind_frames, EXO_unbind_frames: a list of machine frames. */
struct exo_frames {
    uint32_t nr_frames; /* +0: IN: frames (at most EXO_FRAMES_MAX_BATCH) */
    uint32_t frame_list; /* +4: IN: virtual address of uint32_t[nr_frames]: OUT the new frames (bind), IN the frames given back (unbind) */
    uint32_t nr_done; /* +8: OUT: frames bound or unbound (all or none) */
};
_Static_assert(__builtin_offsetof(struct exo_frames, nr_frames) == 0, "exo_frames.nr_frames");
_Static_assert(__builtin_offsetof(struct exo_frames, frame_list) == 4, "exo_frames.frame_list");
_Static_assert(__builtin_offsetof(struct exo_frames, nr_done) == 8, "exo_frames.nr_done");
_Static_assert(sizeof(struct exo_frames) == 12, "sizeof exo_frames");

/* EXO_bind_extent: a run of sectors of the domain's virtual disk. */
struct exo_extent {
    uint32_t first_sector; /* +0: IN: first sector */
    uint32_t nr_sectors; /* +4: IN: sectors (at least 1; the run must lie on the disk) */
};
_Static_assert(__builtin_offsetof(struct exo_extent, first_sector) == 0, "exo_extent.first_sector");
_Static_assert(__builtin_offsetof(struct exo_extent, nr_sectors) == 4, "exo_extent.nr_sectors");
_Static_assert(sizeof(struct exo_extent) == 8, "sizeof exo_extent");

/* One test of a packet-filter rule: (the width-byte big-endian field at offset) & mask == value. */
struct exo_net_atom {
    uint16_t offset; /* +0: IN: byte offset in the Ethernet frame (offset + width <= NETIF_MTU_FRAME; past the frame's end: no match) */
    uint8_t width; /* +2: IN: bytes compared: 1, 2 or 4, read in network order */
    uint8_t pad; /* +3: reserved (0) */
    uint32_t mask; /* +4: IN: bits compared (none above the width) */
    uint32_t value; /* +8: IN: what they must hold (value & ~mask == 0) */
};
_Static_assert(__builtin_offsetof(struct exo_net_atom, offset) == 0, "exo_net_atom.offset");
_Static_assert(__builtin_offsetof(struct exo_net_atom, width) == 2, "exo_net_atom.width");
_Static_assert(__builtin_offsetof(struct exo_net_atom, pad) == 3, "exo_net_atom.pad");
_Static_assert(__builtin_offsetof(struct exo_net_atom, mask) == 4, "exo_net_atom.mask");
_Static_assert(__builtin_offsetof(struct exo_net_atom, value) == 8, "exo_net_atom.value");
_Static_assert(sizeof(struct exo_net_atom) == 12, "sizeof exo_net_atom");

/* A packet-filter rule: matches when all its atoms match. */
struct exo_net_rule {
    uint32_t nr_atoms; /* +0: IN: atoms used (1 to EXO_NET_FILTER_MAX_ATOMS); the others are 0 */
    struct exo_net_atom atoms[4]; /* +4: IN: the tests */
};
_Static_assert(__builtin_offsetof(struct exo_net_rule, nr_atoms) == 0, "exo_net_rule.nr_atoms");
_Static_assert(__builtin_offsetof(struct exo_net_rule, atoms) == 4, "exo_net_rule.atoms");
_Static_assert(sizeof(struct exo_net_rule) == 52, "sizeof exo_net_rule");

/* EXO_bind_net_filter: the frames the domain receives, those any rule matches. */
struct exo_net_filter {
    uint32_t nr_rules; /* +0: IN: rules used (0 removes the filter; at most EXO_NET_FILTER_MAX_RULES); the others are 0 */
    struct exo_net_rule rules[8]; /* +4: IN: the rules */
};
_Static_assert(__builtin_offsetof(struct exo_net_filter, nr_rules) == 0, "exo_net_filter.nr_rules");
_Static_assert(__builtin_offsetof(struct exo_net_filter, rules) == 4, "exo_net_filter.rules");
_Static_assert(sizeof(struct exo_net_filter) == 420, "sizeof exo_net_filter");

#endif /* __ASSEMBLER__ */

#endif
