/**
 * The paravirtual guest ABI, in the style of Xen's public headers and with
 * Xen's numbers wherever an equivalent exists, adapted to RV32: hypercalls
 * (ecall from the guest kernel, number in a7, arguments in a0–a5, result in
 * a0; negative errno values on failure), their sub-operations, the
 * start-info and shared-info pages, event channels (the 2-level model:
 * pending and mask bitmaps, a selector word and an upcall flag), and grant
 * tables (v1 entries). Ring and device protocols are in ring.ts.
 */
import { BOOTARGS_MAX } from './virt.js';
import { constantOf, layout, section, type AbiHeader, type AbiStruct } from './constant.js';

/** Domain ids with a meaning of their own (Xen's values): "the caller", and the hypervisor itself. */
export const DOMID_SELF = 0x7ff0;
export const DOMID_XEN = 0x7ff2;
/**
 * The back-end domain: the split-driver back-ends (console, block, network,
 * configuration store) that run in the hypervisor worker, in the role of
 * Xen's dom0. Front-ends grant their pages to it and bind its ports.
 */
export const DOMID_BACKEND = 0;

/** start_info.magic. */
export const PV_START_INFO_MAGIC = 'exovisor-pv-1.0-riscv32';

/** ABI version reported by xen_version(XENVER_version): major << 16 | minor. */
export const PV_ABI_VERSION = 0x0001_0000;

/** Hypercall numbers (Xen's __HYPERVISOR_* where one exists). */
export const HYPERCALLS = {
  mmu_update: 1, set_callbacks: 4, memory_op: 12, set_timer_op: 15, xen_version: 17, console_io: 18,
  grant_table_op: 20, iret: 23, mmuext_op: 26, sched_op: 29, event_channel_op: 32, exo_op: 48,
} as const;
/** A hypercall name. */
export type HypercallName = keyof typeof HYPERCALLS;

const HYPERCALL_DOCS: Record<HypercallName, string> = {
  mmu_update: 'mmu_update(reqs, count, done_out, domid): batch of PTE writes, each validated; a0 = 0 or the first failure',
  set_callbacks: 'set_callbacks(entry_pc, 0): where traps and events are delivered (replaces stvec)',
  memory_op: 'memory_op(cmd, domid): reservation sizes (ballooning is not offered yet: -XEN_ENOSYS)',
  set_timer_op: 'set_timer_op(lo, hi): VIRQ_TIMER fires once the time counter reaches this (TIMEBASE_HZ ticks); 0 cancels',
  xen_version: 'xen_version(cmd, 0): XENVER_version, or the XENFEAT_* bits for XENVER_get_features',
  console_io: 'console_io(cmd, count, buf): write to the hypervisor console (early and panic output)',
  grant_table_op: 'grant_table_op(cmd, uops, count): setup, map, unmap, copy; per-op status in each uop',
  iret: 'iret(): return from the trap/event entry to arch_sepc in the mode arch_sstatus names (replaces sret)',
  mmuext_op: 'mmuext_op(ops, count, done_out, domid): pin and unpin tables, new base pointers, TLB flushes',
  sched_op: 'sched_op(cmd, arg): yield, block until an event, shutdown',
  event_channel_op: 'event_channel_op(cmd, arg): event channels (arg points at the command\'s struct)',
  exo_op: 'exo_op(cmd, arg): the exokernel interface: bind and unbind machine frames, disk extents and a packet filter, acknowledge a revocation (EXO_*)',
};

/** Errors (negated in a0): Xen's errno values. */
export const PV_ERRNO = [
  ['XEN_EPERM', 1, 'operation not permitted'], ['XEN_ENOENT', 2, 'no such entry'], ['XEN_ESRCH', 3, 'no such domain'],
  ['XEN_E2BIG', 7, 'batch or argument too large'], ['XEN_EAGAIN', 11, 'try again'], ['XEN_ENOMEM', 12, 'out of memory'],
  ['XEN_EACCES', 13, 'permission denied'], ['XEN_EFAULT', 14, 'bad guest address'], ['XEN_EBUSY', 16, 'busy'],
  ['XEN_EEXIST', 17, 'already exists'], ['XEN_ENODEV', 19, 'no such device'], ['XEN_EINVAL', 22, 'invalid argument'], ['XEN_ENOSPC', 28, 'no space'],
  ['XEN_ENOSYS', 38, 'no such hypercall or sub-operation'],
] as const;

/** The start-info page the hypervisor writes for a PV guest (a1 at entry points at it). */
export const START_INFO: AbiStruct = {
  name: 'start_info',
  doc: 'What a PV guest is told at boot (Xen start_info, RV32)',
  fields: [
    { name: 'magic', type: 'char', count: 32, doc: 'PV_START_INFO_MAGIC, NUL-padded' },
    { name: 'nr_pages', type: 'uint32_t', doc: 'pages of RAM the domain owns' },
    { name: 'shared_info', type: 'uint32_t', doc: 'virtual address of the shared-info page (mapped read-write by the builder)' },
    { name: 'flags', type: 'uint32_t', doc: '0 (no SIF_* flags are defined yet)' },
    { name: 'store_mfn', type: 'uint32_t', doc: 'machine frame of the configuration-store ring' },
    { name: 'store_evtchn', type: 'uint32_t', doc: 'event channel of the configuration store' },
    { name: 'console_mfn', type: 'uint32_t', doc: 'machine frame of the console ring' },
    { name: 'console_evtchn', type: 'uint32_t', doc: 'event channel of the console' },
    { name: 'pt_base', type: 'uint32_t', doc: 'virtual address of the initial page-table root' },
    { name: 'nr_pt_frames', type: 'uint32_t', doc: 'frames of initial page tables' },
    { name: 'mfn_list', type: 'uint32_t', doc: 'virtual address of the P2M list (guest frame → machine frame)' },
    { name: 'first_p2m_pfn', type: 'uint32_t', doc: 'guest frame number of mfn_list[0] (VIRT_DRAM >> 12)' },
    { name: 'cmd_line', type: 'char', count: BOOTARGS_MAX + 1, doc: 'kernel command line, NUL-terminated' },
  ],
};

/** Event-channel words in the shared-info page: 32 × 32 = 1024 ports. */
export const EVTCHN_WORDS = 32;

/** Most frames one revocation asks back (the shared-info report lists them all). */
export const EXO_REVOKE_MAX = 32;
/** Most rules of a packet filter (EXO_bind_net_filter), and most atoms of one rule. */
export const EXO_NET_FILTER_MAX_RULES = 8;
export const EXO_NET_FILTER_MAX_ATOMS = 4;

/** The shared-info page (one vCPU). */
export const SHARED_INFO: AbiStruct = {
  name: 'shared_info',
  doc: 'Shared between the hypervisor and a PV guest (Xen shared_info, one vCPU, RV32)',
  fields: [
    { name: 'evtchn_upcall_pending', type: 'uint8_t', doc: 'vCPU 0: an event is pending (set by the hypervisor)' },
    { name: 'evtchn_upcall_mask', type: 'uint8_t', doc: 'vCPU 0: events are masked (the guest\'s interrupt enable)' },
    { name: 'pad0', type: 'uint16_t', doc: 'reserved' },
    { name: 'evtchn_pending_sel', type: 'uint32_t', doc: 'vCPU 0: bit w set when evtchn_pending[w] may have bits' },
    { name: 'pad1', type: 'uint32_t', count: 6, doc: 'reserved (time: read the time CSR, TIMEBASE_HZ ticks)' },
    { name: 'arch_sepc', type: 'uint32_t', doc: 'vCPU 0 trap state: pc of the trapped instruction (iret returns here)' },
    { name: 'arch_scause', type: 'uint32_t', doc: 'trap cause (priv. spec scause values; PV_EVENT_CAUSE for an event upcall)' },
    { name: 'arch_stval', type: 'uint32_t', doc: 'faulting address or instruction' },
    { name: 'arch_sstatus', type: 'uint32_t', doc: 'PV_SSTATUS_SPP: came from the kernel; PV_SSTATUS_SPIE: events were unmasked (iret reads both)' },
    { name: 'arch_user_sp', type: 'uint32_t', doc: 'sp of the process at an entry from user mode (the hypervisor loaded arch_kernel_sp)' },
    { name: 'arch_kernel_sp', type: 'uint32_t', doc: 'written by the guest: sp for entries from user mode' },
    { name: 'arch_a7', type: 'uint32_t', doc: 'written by the guest before iret: the a7 to return with' },
    { name: 'arch_pad', type: 'uint32_t', doc: 'reserved' },
    { name: 'evtchn_pending', type: 'uint32_t', count: EVTCHN_WORDS, doc: 'pending bit per port' },
    { name: 'evtchn_mask', type: 'uint32_t', count: EVTCHN_WORDS, doc: 'mask bit per port' },
    { name: 'exo_bound_frames', type: 'uint32_t', doc: 'frames the domain has bound with EXO_bind_frames and still holds (written by the hypervisor)' },
    { name: 'exo_revoke_seq', type: 'uint32_t', doc: 'sequence number of the latest revocation request (0: none yet)' },
    { name: 'exo_revoke_count', type: 'uint32_t', doc: 'bound frames that request asks back; 0 once it is settled (returned or taken)' },
    { name: 'exo_revoke_deadline_lo', type: 'uint32_t', doc: 'time counter (TIMEBASE_HZ ticks) by which they must be unbound: low word' },
    { name: 'exo_revoke_deadline_hi', type: 'uint32_t', doc: 'high word of the deadline' },
    { name: 'exo_revoked_seq', type: 'uint32_t', doc: 'the request the hypervisor enforced itself (0: never); the report below belongs to it' },
    { name: 'exo_revoked_count', type: 'uint32_t', doc: 'bound frames the hypervisor took at that deadline' },
    { name: 'exo_revoked_mfns', type: 'uint32_t', count: EXO_REVOKE_MAX, doc: 'the machine frames it took (exo_revoked_count of them): unmapped, scrubbed and freed' },
    { name: 'genid_count', type: 'uint32_t', doc: 'VM generation number (written by the hypervisor): 1 at build, the saved number + 1 after a restore of a snapshot' },
    { name: 'genid', type: 'uint32_t', count: 4, doc: 'VM generation ID: 128 random bits, drawn again at every restore (the seed of the guest\'s random generator; when genid_count changes, read the MAC address in the store again)' },
  ],
};

/** One mmu_update request: write `val` into the PTE at machine address `ptr` (low bits: MMU_* command). */
export const MMU_UPDATE: AbiStruct = {
  name: 'mmu_update',
  doc: 'One page-table update of an mmu_update batch',
  fields: [
    { name: 'ptr', type: 'uint32_t', doc: 'machine address of the PTE | MMU_NORMAL_PT_UPDATE' },
    { name: 'val', type: 'uint32_t', doc: 'new PTE (its PPN is a machine frame)' },
  ],
};

/** One mmuext_op request. */
export const MMUEXT_OP: AbiStruct = {
  name: 'mmuext_op',
  doc: 'One extended MMU operation',
  fields: [
    { name: 'cmd', type: 'uint32_t', doc: 'MMUEXT_*' },
    { name: 'arg1', type: 'uint32_t', doc: 'machine frame (pin, unpin, new base) or virtual address (invlpg)' },
  ],
};

/** A grant-table entry (v1). */
export const GRANT_ENTRY: AbiStruct = {
  name: 'grant_entry_v1',
  doc: 'Grant-table entry (v1): the granting domain writes it; the hypervisor checks it on every map and copy',
  fields: [
    { name: 'flags', type: 'uint16_t', doc: 'GTF_* (type in bits 0-1, then GTF_readonly, GTF_reading, GTF_writing)' },
    { name: 'domid', type: 'uint16_t', doc: 'domain allowed to use the grant' },
    { name: 'frame', type: 'uint32_t', doc: 'machine frame granted' },
  ],
};

/** gnttab_map_grant_ref arguments and results. */
export const GNTTAB_MAP: AbiStruct = {
  name: 'gnttab_map_grant_ref',
  doc: 'GNTTABOP_map_grant_ref: IN host_addr, flags, ref, dom; OUT status, handle, dev_bus_addr',
  fields: [
    { name: 'host_addr', type: 'uint32_t', doc: 'IN: guest virtual address to map at (page aligned)' },
    { name: 'flags', type: 'uint32_t', doc: 'IN: GNTMAP_*' },
    { name: 'ref', type: 'uint32_t', doc: 'IN: grant reference in the granting domain\'s table' },
    { name: 'dom', type: 'uint16_t', doc: 'IN: granting domain' },
    { name: 'status', type: 'int16_t', doc: 'OUT: GNTST_*' },
    { name: 'handle', type: 'uint32_t', doc: 'OUT: handle for unmap' },
    { name: 'dev_bus_addr', type: 'uint32_t', doc: 'OUT: machine address of the granted frame' },
  ],
};

/** gnttab_copy arguments and result (one segment). */
export const GNTTAB_COPY: AbiStruct = {
  name: 'gnttab_copy',
  doc: 'GNTTABOP_copy: copy len bytes between a grant and a local frame (either side may be a grant)',
  fields: [
    { name: 'src_ref_or_gmfn', type: 'uint32_t', doc: 'IN: grant reference (GNTCOPY_source_gref) or local machine frame' },
    { name: 'src_domid', type: 'uint16_t', doc: 'IN: source domain (DOMID_SELF for local)' },
    { name: 'src_offset', type: 'uint16_t', doc: 'IN: offset in the source frame' },
    { name: 'dst_ref_or_gmfn', type: 'uint32_t', doc: 'IN: grant reference (GNTCOPY_dest_gref) or local machine frame' },
    { name: 'dst_domid', type: 'uint16_t', doc: 'IN: destination domain' },
    { name: 'dst_offset', type: 'uint16_t', doc: 'IN: offset in the destination frame' },
    { name: 'len', type: 'uint16_t', doc: 'IN: bytes (source and destination must stay within their frames)' },
    { name: 'flags', type: 'uint16_t', doc: 'IN: GNTCOPY_*' },
    { name: 'status', type: 'int16_t', doc: 'OUT: GNTST_*' },
    { name: 'pad', type: 'uint16_t', doc: 'reserved' },
  ],
};

/** gnttab_setup_table: the table of the calling domain (one frame). */
export const GNTTAB_SETUP_TABLE: AbiStruct = {
  name: 'gnttab_setup_table',
  doc: 'GNTTABOP_setup_table: IN dom, nr_frames (1); OUT status, frame (the table, a hypervisor frame the domain may map)',
  fields: [
    { name: 'dom', type: 'uint16_t', doc: 'IN: DOMID_SELF' },
    { name: 'pad0', type: 'uint16_t', doc: 'reserved' },
    { name: 'nr_frames', type: 'uint32_t', doc: 'IN: frames wanted (1)' },
    { name: 'status', type: 'int16_t', doc: 'OUT: GNTST_*' },
    { name: 'pad1', type: 'uint16_t', doc: 'reserved' },
    { name: 'frame', type: 'uint32_t', doc: 'OUT: machine frame of the table' },
  ],
};

/** gnttab_unmap_grant_ref arguments and result. */
export const GNTTAB_UNMAP: AbiStruct = {
  name: 'gnttab_unmap_grant_ref',
  doc: 'GNTTABOP_unmap_grant_ref: IN host_addr, handle; OUT status',
  fields: [
    { name: 'host_addr', type: 'uint32_t', doc: 'IN: the virtual address the grant was mapped at' },
    { name: 'dev_bus_addr', type: 'uint32_t', doc: 'IN: unused (0)' },
    { name: 'handle', type: 'uint32_t', doc: 'IN: the handle map returned' },
    { name: 'status', type: 'int16_t', doc: 'OUT: GNTST_*' },
    { name: 'pad', type: 'uint16_t', doc: 'reserved' },
  ],
};

/** Event-channel operation arguments (Xen's structs). */
export const EVTCHN_ALLOC_UNBOUND: AbiStruct = {
  name: 'evtchn_alloc_unbound',
  doc: 'EVTCHNOP_alloc_unbound: a new port that remote_dom may bind',
  fields: [
    { name: 'dom', type: 'uint16_t', doc: 'IN: DOMID_SELF' },
    { name: 'remote_dom', type: 'uint16_t', doc: 'IN: the domain allowed to bind it' },
    { name: 'port', type: 'uint32_t', doc: 'OUT: the new port' },
  ],
};
export const EVTCHN_BIND_INTERDOMAIN: AbiStruct = {
  name: 'evtchn_bind_interdomain',
  doc: 'EVTCHNOP_bind_interdomain: connect a new local port to remote_dom\'s unbound remote_port',
  fields: [
    { name: 'remote_dom', type: 'uint16_t', doc: 'IN: the domain that allocated remote_port' },
    { name: 'pad', type: 'uint16_t', doc: 'reserved' },
    { name: 'remote_port', type: 'uint32_t', doc: 'IN: its port, offered to this domain' },
    { name: 'local_port', type: 'uint32_t', doc: 'OUT: the new local port' },
  ],
};
export const EVTCHN_BIND_VIRQ: AbiStruct = {
  name: 'evtchn_bind_virq',
  doc: 'EVTCHNOP_bind_virq: a port raised by a virtual IRQ',
  fields: [
    { name: 'virq', type: 'uint32_t', doc: 'IN: VIRQ_*' },
    { name: 'vcpu', type: 'uint32_t', doc: 'IN: 0' },
    { name: 'port', type: 'uint32_t', doc: 'OUT: the new port' },
  ],
};
export const EVTCHN_PORT_OP: AbiStruct = {
  name: 'evtchn_port_op',
  doc: 'EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_unmask: the port',
  fields: [{ name: 'port', type: 'uint32_t', doc: 'IN: a local port' }],
};

/** exo_op arguments. */
export const EXO_FRAMES: AbiStruct = {
  name: 'exo_frames',
  doc: 'EXO_bind_frames, EXO_unbind_frames: a list of machine frames',
  fields: [
    { name: 'nr_frames', type: 'uint32_t', doc: 'IN: frames (at most EXO_FRAMES_MAX_BATCH)' },
    { name: 'frame_list', type: 'uint32_t', doc: 'IN: virtual address of uint32_t[nr_frames]: OUT the new frames (bind), IN the frames given back (unbind)' },
    { name: 'nr_done', type: 'uint32_t', doc: 'OUT: frames bound or unbound (all or none)' },
  ],
};
export const EXO_EXTENT: AbiStruct = {
  name: 'exo_extent',
  doc: 'EXO_bind_extent: a run of sectors of the domain\'s virtual disk',
  fields: [
    { name: 'first_sector', type: 'uint32_t', doc: 'IN: first sector' },
    { name: 'nr_sectors', type: 'uint32_t', doc: 'IN: sectors (at least 1; the run must lie on the disk)' },
  ],
};
export const EXO_NET_ATOM: AbiStruct = {
  name: 'exo_net_atom',
  doc: 'One test of a packet-filter rule: (the width-byte big-endian field at offset) & mask == value',
  fields: [
    { name: 'offset', type: 'uint16_t', doc: 'IN: byte offset in the Ethernet frame (offset + width <= NETIF_MTU_FRAME; past the frame\'s end: no match)' },
    { name: 'width', type: 'uint8_t', doc: 'IN: bytes compared: 1, 2 or 4, read in network order' },
    { name: 'pad', type: 'uint8_t', doc: 'reserved (0)' },
    { name: 'mask', type: 'uint32_t', doc: 'IN: bits compared (none above the width)' },
    { name: 'value', type: 'uint32_t', doc: 'IN: what they must hold (value & ~mask == 0)' },
  ],
};
export const EXO_NET_RULE: AbiStruct = {
  name: 'exo_net_rule',
  doc: 'A packet-filter rule: matches when all its atoms match',
  fields: [
    { name: 'nr_atoms', type: 'uint32_t', doc: 'IN: atoms used (1 to EXO_NET_FILTER_MAX_ATOMS); the others are 0' },
    { name: 'atoms', type: EXO_NET_ATOM, count: EXO_NET_FILTER_MAX_ATOMS, doc: 'IN: the tests' },
  ],
};
export const EXO_NET_FILTER: AbiStruct = {
  name: 'exo_net_filter',
  doc: 'EXO_bind_net_filter: the frames the domain receives, those any rule matches',
  fields: [
    { name: 'nr_rules', type: 'uint32_t', doc: 'IN: rules used (0 removes the filter; at most EXO_NET_FILTER_MAX_RULES); the others are 0' },
    { name: 'rules', type: EXO_NET_RULE, count: EXO_NET_FILTER_MAX_RULES, doc: 'IN: the rules' },
  ],
};

/** Every PV hypercall with its number, in header order. */
const hypercallRows = (Object.keys(HYPERCALLS) as HypercallName[]).map(
  (n) => [`__HYPERVISOR_${n}`, HYPERCALLS[n], HYPERCALL_DOCS[n]] as const,
);

/** The PV ABI as the C header lays it out. */
export const PV_HEADER: AbiHeader = {
  path: 'libos/include/exovisor/pv.h',
  guard: 'EXOVISOR_PV_H',
  source: 'hypervisor/abi/pv.ts',
  intro: [
    'Paravirtual guest ABI (Xen-style, RV32). Hypercalls: ecall from the guest kernel',
    'with a7 = __HYPERVISOR_*, a0..a5 = arguments; a0 = result (>= 0) or -XEN_E*;',
    'every other register is preserved. Pointer arguments are kernel virtual addresses.',
    '',
    'The kernel and its processes both run in U-mode. Boot: pc = the ELF entry, a0 = 0,',
    'a1 = start_info (virtual), events masked. The builder maps all RAM at VIRT_DRAM +',
    '(pfn << 12) (U|R|W|X|A|D, page-table pages read-only), places after the kernel image',
    'start_info, shared_info, the P2M list, the console and store pages, then the',
    'page tables (root first); free RAM starts at pt_base + nr_pt_frames * 4096 and below',
    'KERNEL_BASE.',
    '',
    'Traps and events: every exception of a process (ecall included), every exception',
    'of the kernel, and every event upcall enter the kernel at the set_callbacks entry',
    'with arch_sepc/scause/stval/sstatus in shared_info and events masked. From user',
    'mode the hypervisor also saves sp in arch_user_sp and loads arch_kernel_sp. The',
    'kernel returns with iret after restoring every register but a7, which it leaves in',
    'arch_a7. An event is delivered when evtchn_upcall_pending is set and',
    'evtchn_upcall_mask is clear: at any instruction boundary in user mode, and in the',
    'kernel at the next hypercall or trap or within a time slice after unmasking.',
    '',
    'Direct paging: PTEs hold machine frames (a machine address is mfn << 12). Tables',
    'are only written through mmu_update and must be pinned (root: L2, leaf level: L1)',
    'before use; a pinned table is never mapped writable. Leaf PTEs may map only frames',
    'of the domain, its shared_info and grant-table frames; root entries only pinned L1s',
    '(no megapages). Refusals: -XEN_EPERM for a frame the domain may not map (or map',
    'writable), -XEN_EINVAL for a malformed entry or a slot outside a pinned table.',
    '',
    'Exokernel interface (exo_op): secure bindings with visible revocation. A domain',
    'binds more machine frames than its RAM (EXO_bind_frames: at most as many again as',
    'it has RAM pages, else -XEN_ENOMEM); they are its own from then on: mapped through',
    'mmu_update, pinned as tables, granted, like RAM frames, and freed when the domain',
    'goes. EXO_unbind_frames gives bound frames back, all or none: each must be bound',
    '(-XEN_EINVAL), no table and mapped by no validated PTE or grant (-XEN_EBUSY); they',
    'are scrubbed and freed. EXO_bind_extent binds a run of disk sectors: once any is',
    'bound, the block back-end answers BLKIF_RSP_ERROR to every read or write that does',
    'not lie wholly inside one bound extent. Revocation is visible: the hypervisor asks',
    'for exo_revoke_count bound frames by exo_revoke_deadline (shared_info, raised with',
    'VIRQ_EXO_REVOKE); the library OS unbinds them and acknowledges with',
    'EXO_revoke_done(exo_revoke_seq) (-XEN_EAGAIN while fewer were given back). At the',
    'deadline the hypervisor takes what is missing itself: it removes every validated',
    'PTE mapping the frames it picks (bound, not tables), flushes the TLB, scrubs and',
    'frees them, lists them in exo_revoked_mfns (exo_revoked_seq, exo_revoked_count)',
    'and raises VIRQ_EXO_REVOKE again; a later access to such a page faults.',
    '',
    'EXO_bind_net_filter downloads a packet filter (struct exo_net_filter) that selects',
    'the frames the network back-end delivers to the domain: up to',
    'EXO_NET_FILTER_MAX_RULES rules, each the conjunction of up to',
    'EXO_NET_FILTER_MAX_ATOMS atoms; an atom reads width (1, 2 or 4) bytes at offset',
    'of the Ethernet frame in network order and matches when (field & mask) == value;',
    'an atom past the frame\'s end does not match. A frame passes when any rule matches;',
    'the others are dropped before they take a receive slot and counted (rx_filtered).',
    'It applies to every frame the switch sends the domain, broadcasts included; a new',
    'filter replaces the old one; nr_rules = 0 removes it, and the domain again',
    'receives every frame sent to its MAC address or broadcast. Declarative and',
    'bounded, a filter is checked once, when bound, and then costs at most',
    'EXO_NET_FILTER_MAX_RULES * EXO_NET_FILTER_MAX_ATOMS atom tests per frame.',
    'Refusals: -XEN_ENODEV for a domain without a network interface; -XEN_EINVAL',
    'for a count out of range, an atom with a width not 1, 2 or 4, offset + width >',
    'NETIF_MTU_FRAME, mask bits above its width or value bits outside its mask, or a',
    'nonzero pad, unused atom or unused rule.',
  ],
  sections: [
    section('Version and the start of the ABI', [
      ['PV_ABI_VERSION', PV_ABI_VERSION, 'xen_version(XENVER_version): major << 16 | minor'],
      ['PV_START_INFO_MAGIC', PV_START_INFO_MAGIC, 'start_info.magic'],
    ]),
    section('Trap and event entry (set_callbacks, iret)', [
      ['PV_EVENT_CAUSE', 0x8000_0009, 'arch_scause of an event upcall (interrupt bit | supervisor external)'],
      ['PV_SSTATUS_SPP', 0x100, 'arch_sstatus: the trap came from (iret returns to) the kernel'],
      ['PV_SSTATUS_SPIE', 0x20, 'arch_sstatus: events were unmasked before the trap (iret unmasks them)'],
      ...(['arch_sepc', 'arch_scause', 'arch_stval', 'arch_sstatus', 'arch_user_sp', 'arch_kernel_sp', 'arch_a7', 'evtchn_upcall_pending', 'evtchn_upcall_mask'] as const)
        .map((f) => [`SHINFO_${f.toUpperCase()}`, layout(SHARED_INFO).offsets[f]!, `offset of shared_info.${f} (for assembly)`] as const),
    ]),
    section('Hypercall numbers (a7)', hypercallRows, true),
    section('Errors (returned negated)', PV_ERRNO, true),
    section('console_io commands', [['CONSOLEIO_write', 0, 'write count bytes from buf (at most CONSOLEIO_MAX)'], ['CONSOLEIO_MAX', 1024, 'bytes per console_io write']], true),
    section('sched_op commands and shutdown reasons', [
      ['SCHEDOP_yield', 0, 'give up the CPU'], ['SCHEDOP_block', 1, 'sleep until an event is pending (unmasks events)'],
      ['SCHEDOP_shutdown', 2, 'shut down: arg = SHUTDOWN_* | exit status << 8'],
      ['SHUTDOWN_poweroff', 0, 'clean power-off; the status byte is the exit status'], ['SHUTDOWN_reboot', 1, 'reboot (not supported: reported as a failure)'],
      ['SHUTDOWN_crash', 3, 'the guest crashed (the domain is reported crashed; the status byte is kept)'],
    ], true),
    section('mmu_update and mmuext_op', [
      ['MMU_NORMAL_PT_UPDATE', 0, 'mmu_update.ptr low bits: a normal PTE write'],
      ['MMU_UPDATE_MAX_BATCH', 512, 'most requests in one mmu_update or mmuext_op call'],
      ['MMUEXT_PIN_L1_TABLE', 0, 'pin a second-level table (Sv32 level 0)'], ['MMUEXT_PIN_L2_TABLE', 1, 'pin a root table (Sv32 level 1)'],
      ['MMUEXT_UNPIN_TABLE', 4, 'unpin a table'], ['MMUEXT_NEW_BASEPTR', 5, 'switch to the pinned root arg1 (replaces a satp write)'],
      ['MMUEXT_TLB_FLUSH_LOCAL', 6, 'flush the TLB (replaces sfence.vma)'], ['MMUEXT_INVLPG_LOCAL', 7, 'flush one virtual page'],
      ['MMUEXT_NEW_USER_BASEPTR', 15, 'the root used while the guest runs its processes (kernel and processes both run in U-mode, so each address space has a kernel root and a user root, as in Xen x86-64 PV)'],
    ], true),
    section('memory_op commands', [
      ['XENMEM_current_reservation', 3, 'frames the domain has'], ['XENMEM_maximum_reservation', 4, 'frames the domain may have'],
    ], true),
    section('xen_version commands and features', [
      ['XENVER_version', 0, 'PV_ABI_VERSION'], ['XENVER_get_features', 6, 'XENFEAT_* bits, returned in a0'],
      ['XENFEAT_direct_paging', 1, 'page tables hold machine frames; updates go through mmu_update'],
      ['XENFEAT_event_channels', 2, 'the 2-level event-channel model'], ['XENFEAT_grant_tables', 4, 'grant tables (v1)'],
    ]),
    section('event_channel_op commands and virtual IRQs', [
      ['EVTCHNOP_bind_interdomain', 0, 'connect to a port another domain allocated (binding ops return 0 and the port in the struct)'], ['EVTCHNOP_bind_virq', 1, 'bind a VIRQ_*'],
      ['EVTCHNOP_close', 3, 'close a port'], ['EVTCHNOP_send', 4, 'raise the port\'s remote end'],
      ['EVTCHNOP_alloc_unbound', 6, 'allocate a port another domain may bind'], ['EVTCHNOP_unmask', 9, 'unmask (re-raises a pending event)'],
      ['EVTCHN_NR_PORTS', EVTCHN_WORDS * 32, 'ports per domain'],
      ['VIRQ_TIMER', 0, 'the timer set by set_timer_op'],
      ['VIRQ_EXO_REVOKE', 16, 'a revocation request, or its enforcement report, in shared_info (exo_revoke_*, exo_revoked_*)'],
      ['NR_VIRQS', 24, 'virtual IRQ numbers are below this'],
    ], true),
    section('exo_op commands (the exokernel interface)', [
      ['EXO_bind_frames', 0, 'arg: struct exo_frames; allocate nr_frames machine frames for the domain and return them in frame_list'],
      ['EXO_unbind_frames', 1, 'arg: struct exo_frames; give bound frames back (unmapped, no tables); scrubbed and freed'],
      ['EXO_bind_extent', 2, 'arg: struct exo_extent; the block back-end then serves only requests inside bound extents'],
      ['EXO_revoke_done', 3, 'arg: the exo_revoke_seq acknowledged; 0, -XEN_EAGAIN (too few unbound), -XEN_EINVAL (no such request outstanding)'],
      ['EXO_bind_net_filter', 4, 'arg: struct exo_net_filter; the network back-end then delivers only frames it passes (nr_rules 0: all again)'],
      ['EXO_FRAMES_MAX_BATCH', 64, 'most frames in one EXO_bind_frames or EXO_unbind_frames'],
      ['EXO_EXTENTS_MAX', 8, 'most extents a domain binds'],
      ['EXO_REVOKE_MAX', EXO_REVOKE_MAX, 'most frames one revocation asks back (the report lists them all)'],
      ['EXO_NET_FILTER_MAX_RULES', EXO_NET_FILTER_MAX_RULES, 'most rules of a packet filter'],
      ['EXO_NET_FILTER_MAX_ATOMS', EXO_NET_FILTER_MAX_ATOMS, 'most atoms of one rule'],
    ], true),
    section('grant_table_op commands, flags and status', [
      ['GNTTABOP_map_grant_ref', 0, 'map granted frames'], ['GNTTABOP_unmap_grant_ref', 1, 'unmap'],
      ['GNTTABOP_setup_table', 2, 'set up this domain\'s grant table'], ['GNTTABOP_copy', 5, 'copy to/from granted frames'],
      ['GNTTAB_NR_ENTRIES', 512, 'grant entries per domain (one page of v1 entries)'],
      ['GTF_invalid', 0, 'entry unused'], ['GTF_permit_access', 1, 'the domain in domid may map or copy the frame'],
      ['GTF_readonly', 4, 'read-only access'], ['GTF_reading', 8, 'set by the hypervisor while the frame is mapped or read'],
      ['GTF_writing', 16, 'set by the hypervisor while the frame is mapped writable or written'],
      ['GNTMAP_host_map', 2, 'map at host_addr (a kernel virtual address whose leaf table is pinned)'],
      ['GNTMAP_readonly', 4, 'map read-only'], ['GNTCOPY_source_gref', 1, 'the source is a grant reference'],
      ['GNTCOPY_dest_gref', 2, 'the destination is a grant reference'], ['DOMID_SELF', DOMID_SELF, 'this domain'],
      ['DOMID_XEN', DOMID_XEN, 'the hypervisor (owner of its own frames)'],
      ['DOMID_BACKEND', DOMID_BACKEND, 'the back-end domain (split-driver back-ends in the hypervisor worker, like dom0)'],
    ]),
    section('grant status codes', [
      ['GNTST_okay', 0, 'success'], ['GNTST_general_error', -1, 'general error'], ['GNTST_bad_domain', -2, 'no such domain'],
      ['GNTST_bad_gntref', -3, 'bad grant reference'], ['GNTST_bad_handle', -4, 'bad map handle'],
      ['GNTST_bad_virt_addr', -5, 'bad virtual address'], ['GNTST_permission_denied', -8, 'the entry does not allow it'],
      ['GNTST_bad_copy_arg', -10, 'copy crosses a frame or has a bad length'],
    ]),
  ],
  structs: [
    START_INFO, SHARED_INFO, MMU_UPDATE, MMUEXT_OP, GRANT_ENTRY, GNTTAB_SETUP_TABLE, GNTTAB_MAP, GNTTAB_UNMAP, GNTTAB_COPY,
    EVTCHN_ALLOC_UNBOUND, EVTCHN_BIND_INTERDOMAIN, EVTCHN_BIND_VIRQ, EVTCHN_PORT_OP, EXO_FRAMES, EXO_EXTENT,
    EXO_NET_ATOM, EXO_NET_RULE, EXO_NET_FILTER,
  ],
};

/** Byte offset of a shared-info field (for the hypervisor's event-channel code). */
export const SHARED_INFO_OFFSETS = layout(SHARED_INFO).offsets;

/** A numeric constant of the PV header by its C name (the hypervisor reads sub-operation numbers from here). */
export const pvConst = (name: string): number => constantOf(PV_HEADER, name);

/** event_channel_op commands, by name. */
export const EVTCHNOP = {
  bindInterdomain: pvConst('EVTCHNOP_bind_interdomain'), bindVirq: pvConst('EVTCHNOP_bind_virq'), close: pvConst('EVTCHNOP_close'),
  send: pvConst('EVTCHNOP_send'), allocUnbound: pvConst('EVTCHNOP_alloc_unbound'), unmask: pvConst('EVTCHNOP_unmask'),
} as const;

/** exo_op commands, by name. */
export const EXOOP = {
  bindFrames: pvConst('EXO_bind_frames'), unbindFrames: pvConst('EXO_unbind_frames'), bindExtent: pvConst('EXO_bind_extent'),
  revokeDone: pvConst('EXO_revoke_done'), bindNetFilter: pvConst('EXO_bind_net_filter'),
} as const;

/** grant_table_op commands, by name. */
export const GNTTABOP = {
  map: pvConst('GNTTABOP_map_grant_ref'), unmap: pvConst('GNTTABOP_unmap_grant_ref'), setup: pvConst('GNTTABOP_setup_table'), copy: pvConst('GNTTABOP_copy'),
} as const;
