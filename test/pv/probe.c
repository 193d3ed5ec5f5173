/* probe.c - a PV kernel that probes the hypercall interface: it takes every
 * path a well-behaved kernel takes (page-table updates, pinning, event
 * channels, the timer, blocking, grants, the store) and every refusal a
 * hostile one meets (foreign and out-of-range frames, writable page
 * tables, tables in use, bad batches and pointers, unbound and closed
 * ports, bad grant references, grants for someone else, read-only grants
 * written, copies across a frame). Each check prints "ok <what>" or
 * "FAIL <what>: got X, want Y"; the exit status is the number of failures. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "barrier.h"
#include "exovisor/pv.h"
#include "exovisor/ring.h"
#include "exovisor/virt.h"
#include "hypercall.h"
#include "riscv/time.h"
#include "xenstore.h"

/* Sv32 PTE bits (priv. spec 4.3.1). */
#define PTE_V 0x01u
#define PTE_R 0x02u
#define PTE_W 0x04u
#define PTE_X 0x08u
#define PTE_U 0x10u
#define PTE_A 0x40u
#define PTE_D 0x80u
#define PTE(mfn, perm) (((uint32_t)(mfn) << 10) | (perm) | PTE_U | PTE_V | PTE_A | PTE_D)
#define PAGE 4096u
/* A window above RAM for the probe's own mappings (one new leaf table). */
#define WIN 0xf0000000u

void probe_trap_entry(void);

static const struct start_info *si;
static struct shared_info *sh;
static uint32_t next_free;
static int failures;
static volatile uint32_t upcalls;
static volatile uint32_t last_ports[4];

static void out(const char *s)
{
    HYPERVISOR_console_io(CONSOLEIO_write, strlen(s), s);
}

static void check(const char *what, int32_t got, int32_t want)
{
    char line[200];
    if (got == want) {
        snprintf(line, sizeof line, "ok %s\n", what);
    } else {
        failures++;
        snprintf(line, sizeof line, "FAIL %s: got %ld, want %ld\n", what, (long)got, (long)want);
    }
    out(line);
}

static uint32_t mfn_of(uint32_t va)
{
    return ((const uint32_t *)(uintptr_t)si->mfn_list)[(va - VIRT_DRAM) / PAGE];
}

static uint32_t va_of_mfn(uint32_t mfn)
{
    const uint32_t *list = (const uint32_t *)(uintptr_t)si->mfn_list;
    for (uint32_t i = 0; i < si->nr_pages; i++) {
        if (list[i] == mfn) {
            return VIRT_DRAM + i * PAGE;
        }
    }
    return 0;
}

/* Machine address of the boot tables' leaf PTE that maps va. */
static uint32_t boot_slot(uint32_t va)
{
    const uint32_t *root = (const uint32_t *)(uintptr_t)si->pt_base;
    return ((root[va >> 22] >> 10) << 12) | (((va >> 12) & 0x3ffu) << 2);
}

static uint32_t alloc_page(void)
{
    uint32_t va = next_free;
    next_free += PAGE;
    memset((void *)(uintptr_t)va, 0, PAGE);
    return va;
}

static int32_t mmu1(uint32_t ptr, uint32_t val)
{
    struct mmu_update u = { ptr, val };
    return HYPERVISOR_mmu_update(&u, 1, 0, DOMID_SELF);
}

static int32_t ext1(uint32_t cmd, uint32_t arg)
{
    struct mmuext_op op = { cmd, arg };
    return HYPERVISOR_mmuext_op(&op, 1, 0, DOMID_SELF);
}

static int32_t port_op(uint32_t cmd, uint32_t port)
{
    struct evtchn_port_op op = { port };
    return HYPERVISOR_event_channel_op(cmd, &op);
}

/* C side of probe_trap_entry: records an event upcall (anything else is a bug). */
void probe_trap(uint32_t a7)
{
    sh->arch_a7 = a7;
    if (sh->arch_scause != PV_EVENT_CAUSE) {
        char line[120];
        snprintf(line, sizeof line, "FAIL unexpected trap: scause 0x%lx at 0x%lx, stval 0x%lx\n",
                 (unsigned long)sh->arch_scause, (unsigned long)sh->arch_sepc, (unsigned long)sh->arch_stval);
        out(line);
        HYPERVISOR_sched_op(SCHEDOP_shutdown, SHUTDOWN_crash);
    }
    PV_WRITE_ONCE(sh->evtchn_upcall_pending, 0);
    uint32_t sel = __atomic_exchange_n(&sh->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
    for (uint32_t w = 0; w < 32; w++) {
        if (!(sel & (1u << w))) {
            continue;
        }
        uint32_t bits = PV_READ_ONCE(sh->evtchn_pending[w]) & ~PV_READ_ONCE(sh->evtchn_mask[w]);
        for (uint32_t b = 0; b < 32; b++) {
            if (bits & (1u << b)) {
                __atomic_fetch_and(&sh->evtchn_pending[w], ~(1u << b), __ATOMIC_SEQ_CST);
                last_ports[upcalls % 4] = w * 32 + b;
            }
        }
    }
    upcalls++;
}

/* Sleeps until an event (SCHEDOP_block unmasks; the upcall runs first), then masks again. */
static void block(void)
{
    HYPERVISOR_sched_op(SCHEDOP_block, 0);
    PV_WRITE_ONCE(sh->evtchn_upcall_mask, 1);
}

static int saw_port(uint32_t port)
{
    for (int i = 0; i < 4; i++) {
        if (last_ports[i] == port) {
            return 1;
        }
    }
    return 0;
}

static uint32_t table, data, data2, root_mfn;

static void paging(void)
{
    root_mfn = mfn_of(si->pt_base);
    table = alloc_page();
    data = alloc_page();
    data2 = alloc_page();
    check("make a fresh page read-only in the direct map", mmu1(boot_slot(table), PTE(mfn_of(table), PTE_R)), 0);
    check("pin it as a leaf table", ext1(MMUEXT_PIN_L1_TABLE, mfn_of(table)), 0);
    check("refuse pinning it twice", ext1(MMUEXT_PIN_L1_TABLE, mfn_of(table)), -XEN_EBUSY);
    check("link it into the root", mmu1((root_mfn << 12) | ((WIN >> 22) << 2), (mfn_of(table) << 10) | PTE_V), 0);
    uint32_t slot = mfn_of(table) << 12;
    check("refuse mapping a hypervisor frame (the frame table)", mmu1(slot, PTE(0, PTE_R)), -XEN_EPERM);
    check("refuse mapping a frame beyond machine memory", mmu1(slot, PTE(0x3fffffu, PTE_R)), -XEN_EPERM);
    check("refuse mapping its own page table writable", mmu1(slot, PTE(mfn_of(table), PTE_R | PTE_W)), -XEN_EPERM);
    check("refuse mapping the root writable", mmu1(slot, PTE(root_mfn, PTE_R | PTE_W)), -XEN_EPERM);
    check("allow mapping a page table read-only", mmu1(slot, PTE(root_mfn, PTE_R)), 0);
    check("map an own page writable", mmu1(slot + 4, PTE(mfn_of(data), PTE_R | PTE_W)), 0);
    *(volatile uint32_t *)(uintptr_t)(WIN + PAGE) = 0x5eed;
    check("write through the new mapping", (int32_t)*(volatile uint32_t *)(uintptr_t)data, 0x5eed);
    check("refuse writing a PTE in a frame that is no table", mmu1(mfn_of(data) << 12, 0), -XEN_EINVAL);
    check("refuse writing a PTE in another domain's frame", mmu1(0, 0), -XEN_EPERM);
    check("refuse a megapage in the root", mmu1((root_mfn << 12) | (((WIN >> 22) + 1) << 2), PTE(0, PTE_R)), -XEN_EINVAL);
    check("refuse a root entry that is no pinned table", mmu1((root_mfn << 12) | (((WIN >> 22) + 1) << 2), (mfn_of(data) << 10) | PTE_V), -XEN_EINVAL);
    check("refuse pinning a page mapped writable", ext1(MMUEXT_PIN_L1_TABLE, mfn_of(data)), -XEN_EPERM);
    check("refuse unpinning the root in use", ext1(MMUEXT_UNPIN_TABLE, root_mfn), -XEN_EBUSY);
    check("refuse unpinning a table the root references", ext1(MMUEXT_UNPIN_TABLE, mfn_of(table)), -XEN_EBUSY);
    check("refuse unpinning a page that is no table", ext1(MMUEXT_UNPIN_TABLE, mfn_of(data2)), -XEN_EINVAL);
    check("refuse a user root that is no pinned root", ext1(MMUEXT_NEW_USER_BASEPTR, mfn_of(data2)), -XEN_EINVAL);

    struct mmu_update batch[16];
    uint32_t done = 99;
    for (int i = 0; i < 16; i++) {
        batch[i].ptr = slot + 4 * (16 + i);
        batch[i].val = PTE(mfn_of(data2), PTE_R);
    }
    check("apply a batch of 16 PTEs in one call", HYPERVISOR_mmu_update(batch, 16, &done, DOMID_SELF), 0);
    check("report the batch done", (int32_t)done, 16);
    batch[5].val = PTE(0, PTE_R);
    check("stop a batch at its first refusal", HYPERVISOR_mmu_update(batch, 16, &done, DOMID_SELF), -XEN_EPERM);
    check("report how much of it was applied", (int32_t)done, 5);
    check("refuse a batch over the limit", HYPERVISOR_mmu_update(batch, MMU_UPDATE_MAX_BATCH + 1, 0, DOMID_SELF), -XEN_E2BIG);
    check("refuse requests at an unmapped address", HYPERVISOR_mmu_update((const struct mmu_update *)0x1000, 1, 0, DOMID_SELF), -XEN_EFAULT);
    check("refuse updating another domain's tables", HYPERVISOR_mmu_update(batch, 1, 0, 999), -XEN_ESRCH);
}

static void events(void)
{
    check("register the trap and event entry", HYPERVISOR_set_callbacks((uint32_t)(uintptr_t)probe_trap_entry), 0);
    check("refuse a null entry", HYPERVISOR_set_callbacks(0), -XEN_EINVAL);
    check("refuse a send on a free port", port_op(EVTCHNOP_send, 1000), -XEN_EINVAL);
    check("refuse a send on port 0", port_op(EVTCHNOP_send, 0), -XEN_EINVAL);
    check("refuse a send on a port beyond the table", port_op(EVTCHNOP_send, 5000), -XEN_EINVAL);
    check("refuse closing a free port", port_op(EVTCHNOP_close, 1000), -XEN_EINVAL);
    check("refuse unmasking a free port", port_op(EVTCHNOP_unmask, 1000), -XEN_EINVAL);

    struct evtchn_bind_virq v = { VIRQ_TIMER, 0, 0 };
    check("bind VIRQ_TIMER", HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &v), 0);
    uint32_t timer_port = v.port;
    struct evtchn_bind_virq v2 = { VIRQ_TIMER, 0, 0 };
    check("refuse binding VIRQ_TIMER twice", HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &v2), -XEN_EEXIST);
    struct evtchn_bind_virq v3 = { 99, 0, 0 };
    check("refuse an unknown VIRQ", HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &v3), -XEN_EINVAL);

    struct evtchn_alloc_unbound a = { DOMID_SELF, DOMID_SELF, 0 };
    check("allocate an unbound port", HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &a), 0);
    struct evtchn_bind_interdomain b = { DOMID_SELF, 0, a.port, 0 };
    check("bind a loopback channel to it", HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &b), 0);
    struct evtchn_bind_interdomain b2 = { DOMID_SELF, 0, a.port, 0 };
    check("refuse binding a bound port again", HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &b2), -XEN_EINVAL);
    struct evtchn_bind_interdomain b3 = { 999, 0, 1, 0 };
    check("refuse binding to a domain that does not exist", HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &b3), -XEN_ESRCH);

    uint32_t before = upcalls;
    check("send on the channel", port_op(EVTCHNOP_send, b.local_port), 0);
    check("deliver nothing while events are masked", (int32_t)(upcalls - before), 0);
    PV_WRITE_ONCE(sh->evtchn_upcall_mask, 0);
    HYPERVISOR_xen_version(XENVER_version);
    PV_WRITE_ONCE(sh->evtchn_upcall_mask, 1);
    check("deliver the event once unmasked", (int32_t)(upcalls - before), 1);
    check("deliver it on the other end of the channel", saw_port(a.port), 1);

    __atomic_fetch_or(&sh->evtchn_mask[a.port / 32], 1u << (a.port % 32), __ATOMIC_SEQ_CST);
    before = upcalls;
    PV_WRITE_ONCE(sh->evtchn_upcall_mask, 0);
    check("send on a masked port", port_op(EVTCHNOP_send, b.local_port), 0);
    check("deliver nothing for a masked port", (int32_t)(upcalls - before), 0);
    check("unmask the port", port_op(EVTCHNOP_unmask, a.port), 0);
    PV_WRITE_ONCE(sh->evtchn_upcall_mask, 1);
    check("deliver the event that came while masked", (int32_t)(upcalls - before), 1);

    before = upcalls;
    check("arm the timer", HYPERVISOR_set_timer_op(rdtime64() + TIMEBASE_HZ / 1000), 0);
    while (upcalls == before) {
        block();
    }
    check("wake from block on VIRQ_TIMER", saw_port(timer_port), 1);

    check("close the channel", port_op(EVTCHNOP_close, b.local_port), 0);
    check("refuse a send on a closed port", port_op(EVTCHNOP_send, b.local_port), -XEN_EINVAL);
    check("drop a send on the unbound end", port_op(EVTCHNOP_send, a.port), 0);
}

static struct xs_client xs;

static void store_wait(void)
{
    block();
}

static int32_t copy1(uint32_t flags, uint32_t src, uint32_t src_dom, uint32_t src_off, uint32_t dst, uint32_t dst_dom,
                     uint32_t len)
{
    struct gnttab_copy c = { 0 };
    c.src_ref_or_gmfn = src;
    c.src_domid = (uint16_t)src_dom;
    c.src_offset = (uint16_t)src_off;
    c.dst_ref_or_gmfn = dst;
    c.dst_domid = (uint16_t)dst_dom;
    c.len = (uint16_t)len;
    c.flags = (uint16_t)flags;
    int32_t r = HYPERVISOR_grant_table_op(GNTTABOP_copy, &c, 1);
    return r < 0 ? r : c.status;
}

static int32_t map1(uint32_t va, uint32_t flags, uint32_t ref, uint32_t dom, uint32_t *handle)
{
    struct gnttab_map_grant_ref m = { va, flags, ref, (uint16_t)dom, 0, 0, 0 };
    int32_t r = HYPERVISOR_grant_table_op(GNTTABOP_map_grant_ref, &m, 1);
    *handle = m.handle;
    return r < 0 ? r : m.status;
}

static int32_t unmap1(uint32_t va, uint32_t handle)
{
    struct gnttab_unmap_grant_ref u = { va, 0, handle, 0, 0 };
    int32_t r = HYPERVISOR_grant_table_op(GNTTABOP_unmap_grant_ref, &u, 1);
    return r < 0 ? r : u.status;
}

static void grants(void)
{
    xs_init(&xs, (void *)(uintptr_t)va_of_mfn(si->store_mfn), si->store_evtchn, store_wait);
    uint32_t self = 0;
    check("read the domain id from the store", xs_read_u32(&xs, STORE_DOMID, &self), 0);
    char v[16];
    check("refuse reading a key that does not exist", xs_read(&xs, "no/such/key", v, sizeof v), -XEN_ENOENT);

    struct gnttab_setup_table st = { DOMID_SELF, 0, 1, 0, 0, 0 };
    check("set up the grant table", HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &st, 1), 0);
    check("get its frame", st.status, GNTST_okay);
    struct gnttab_setup_table st2 = { DOMID_SELF, 0, 2, 0, 0, 0 };
    HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &st2, 1);
    check("refuse a table of two frames", st2.status, GNTST_general_error);
    uint32_t gslot = (mfn_of(table) << 12) + 4 * 2;
    check("map the grant table writable", mmu1(gslot, PTE(st.frame, PTE_R | PTE_W)), 0);
    struct grant_entry_v1 *gt = (struct grant_entry_v1 *)(uintptr_t)(WIN + 2 * PAGE);

    *(volatile uint32_t *)(uintptr_t)data = 0xfeedf00d;
    gt[1].domid = DOMID_BACKEND;
    gt[1].frame = mfn_of(data);
    pv_wmb();
    gt[1].flags = GTF_permit_access;
    gt[2].domid = (uint16_t)self;
    gt[2].frame = mfn_of(data);
    pv_wmb();
    gt[2].flags = GTF_permit_access | GTF_readonly;
    gt[3].domid = (uint16_t)self;
    gt[3].frame = 0;
    pv_wmb();
    gt[3].flags = GTF_permit_access;
    gt[4].domid = (uint16_t)self;
    gt[4].frame = mfn_of(table);
    pv_wmb();
    gt[4].flags = GTF_permit_access;

    check("refuse a copy from a grant reference out of range", copy1(GNTCOPY_source_gref, 9999, DOMID_SELF, 0, mfn_of(data2), DOMID_SELF, 4), GNTST_bad_gntref);
    check("refuse a copy from a grant for another domain", copy1(GNTCOPY_source_gref, 1, DOMID_SELF, 0, mfn_of(data2), DOMID_SELF, 4), GNTST_permission_denied);
    check("refuse a copy from an unused entry", copy1(GNTCOPY_source_gref, 7, DOMID_SELF, 0, mfn_of(data2), DOMID_SELF, 4), GNTST_permission_denied);
    check("refuse a grant of a frame the granter does not own", copy1(GNTCOPY_source_gref, 3, DOMID_SELF, 0, mfn_of(data2), DOMID_SELF, 4), GNTST_bad_gntref);
    check("copy from a read-only grant", copy1(GNTCOPY_source_gref, 2, DOMID_SELF, 0, mfn_of(data2), DOMID_SELF, 4), GNTST_okay);
    check("copy the granted bytes", (int32_t)*(volatile uint32_t *)(uintptr_t)data2, (int32_t)0xfeedf00d);
    check("refuse a copy into a read-only grant", copy1(GNTCOPY_dest_gref, mfn_of(data2), DOMID_SELF, 0, 2, DOMID_SELF, 4), GNTST_permission_denied);
    check("refuse a copy that crosses the frame", copy1(GNTCOPY_source_gref, 2, DOMID_SELF, 4000, mfn_of(data2), DOMID_SELF, 200), GNTST_bad_copy_arg);
    check("refuse a copy into a frame the domain does not own", copy1(GNTCOPY_source_gref, 2, DOMID_SELF, 0, 0, DOMID_SELF, 4), GNTST_general_error);

    uint32_t h = 0, h2 = 0;
    uint32_t at = WIN + 3 * PAGE;
    check("map a read-only grant", map1(at, GNTMAP_host_map | GNTMAP_readonly, 2, DOMID_SELF, &h), GNTST_okay);
    check("read through the grant mapping", (int32_t)*(volatile uint32_t *)(uintptr_t)at, (int32_t)0xfeedf00d);
    check("mark the entry while it is mapped", gt[2].flags & GTF_reading, GTF_reading);
    check("refuse mapping a read-only grant writable", map1(WIN + 4 * PAGE, GNTMAP_host_map, 2, DOMID_SELF, &h2), GNTST_permission_denied);
    check("refuse mapping a page table writable through a grant", map1(WIN + 4 * PAGE, GNTMAP_host_map, 4, DOMID_SELF, &h2), GNTST_permission_denied);
    check("refuse a grant mapping over a used slot", map1(WIN + PAGE, GNTMAP_host_map | GNTMAP_readonly, 2, DOMID_SELF, &h2), GNTST_bad_virt_addr);
    check("refuse a grant mapping where no table is", map1(0xe0000000u, GNTMAP_host_map | GNTMAP_readonly, 2, DOMID_SELF, &h2), GNTST_bad_virt_addr);
    check("refuse a grant of a domain that does not exist", map1(WIN + 4 * PAGE, GNTMAP_host_map | GNTMAP_readonly, 2, 999, &h2), GNTST_bad_domain);
    check("refuse changing a grant mapping with mmu_update", mmu1((mfn_of(table) << 12) + 4 * 3, 0), -XEN_EPERM);
    check("refuse unmapping with a wrong handle", unmap1(at, h + 100), GNTST_bad_handle);
    check("unmap the grant", unmap1(at, h), GNTST_okay);
    check("clear the entry's mark", gt[2].flags & GTF_reading, 0);
    check("refuse unmapping twice", unmap1(at, h), GNTST_bad_handle);
}

static void misc(void)
{
    check("report the ABI version", HYPERVISOR_xen_version(XENVER_version), (int32_t)PV_ABI_VERSION);
    check("report direct paging", HYPERVISOR_xen_version(XENVER_get_features) & XENFEAT_direct_paging, XENFEAT_direct_paging);
    check("report the reservation", HYPERVISOR_memory_op(XENMEM_current_reservation, DOMID_SELF), (int32_t)si->nr_pages);
    check("refuse an unknown hypercall", pv_hypercall2(99, 0, 0), -XEN_ENOSYS);
    check("refuse an oversized console write", HYPERVISOR_console_io(CONSOLEIO_write, CONSOLEIO_MAX + 1, si), -XEN_E2BIG);
    check("refuse a console write from an unmapped address", HYPERVISOR_console_io(CONSOLEIO_write, 4, (const void *)0x1000), -XEN_EFAULT);
}

void probe_main(const struct start_info *start)
{
    si = start;
    sh = (struct shared_info *)(uintptr_t)si->shared_info;
    next_free = si->pt_base + si->nr_pt_frames * PAGE;
    check("start with the PV magic", strcmp(si->magic, PV_START_INFO_MAGIC), 0);
    misc();
    paging();
    events();
    grants();
    char line[64];
    snprintf(line, sizeof line, "probe: %d failures\n", failures);
    out(line);
    HYPERVISOR_sched_op(SCHEDOP_shutdown, SHUTDOWN_poweroff | ((uint32_t)failures << 8));
}
