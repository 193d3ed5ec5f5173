/* pv/boot.c - boot of the PV kernel from start_info, and the way out
 * (SCHEDOP_shutdown).
 *
 * Order matters: the shared-info page first (intr_off and panic use it),
 * the trap entry before anything may wait for an event, memory before the
 * console page can be found (its machine frame is looked up in the M2P
 * table), the console before anything may print, the grant table before
 * the block and network front-ends grant their pages.
 */
#include "defs.h"
#include "gnttab.h"
#include "memlayout.h"
#include "pvkernel.h"
#include "xenstore.h"

extern char _entry[];     /* kernel.ld: first instruction */
extern char kernel_end[]; /* kernel.ld: end of the image, page aligned */

#define NEED_FEATURES (XENFEAT_direct_paging | XENFEAT_event_channels | XENFEAT_grant_tables)

static char bootargs[BOOTARGS_MAX + 1];
static struct xs_client store;

/* Waits for the console to drain, then powers the domain off with status. */
void arch_power_off(int status)
{
    pv_console_drain();
    uint32_t reason = SHUTDOWN_poweroff | (((uint32_t)status & 0xffu) << 8);
    for (;;) {
        HYPERVISOR_sched_op(SCHEDOP_shutdown, reason);
    }
}

/* Waits for the console to drain (the panic message), then reports a crash
 * (with status 1, as the native kernel's SBI_SRST_REASON_SYSFAIL). */
void arch_crash(void)
{
    pv_console_drain();
    for (;;) {
        HYPERVISOR_sched_op(SCHEDOP_shutdown, SHUTDOWN_crash | (1u << 8));
    }
}

/* The store port only wakes the client waiting for an answer. */
static void store_event(uint32_t port, void *arg)
{
    (void)port;
    (void)arg;
}

/* Checks the ABI version and features, and that the builder's layout is
 * the one this kernel expects. Returns the first free byte after the
 * builder's page tables. */
static uint32_t check_start_info(const struct start_info *si)
{
    if (memcmp(si->magic, PV_START_INFO_MAGIC, sizeof PV_START_INFO_MAGIC) != 0) {
        panic("pv_main: start_info has no %s magic", PV_START_INFO_MAGIC);
    }
    uint32_t version = (uint32_t)HYPERVISOR_xen_version(XENVER_version);
    if (version >> 16 != PV_ABI_VERSION >> 16) {
        panic("pv_main: PV ABI version 0x%x, this kernel speaks 0x%x", version, PV_ABI_VERSION);
    }
    uint32_t features = (uint32_t)HYPERVISOR_xen_version(XENVER_get_features);
    if ((features & NEED_FEATURES) != NEED_FEATURES) {
        panic("pv_main: the hypervisor lacks features 0x%x", NEED_FEATURES & ~features);
    }
    uint32_t end = (uint32_t)(uintptr_t)kernel_end;
    uint32_t ram_pages_max = (PV_GNTTAB_VA - VIRT_DRAM) >> PGSHIFT;
    uint32_t free_start = si->pt_base + si->nr_pt_frames * PGSIZE;
    if ((uint32_t)(uintptr_t)_entry != KERNEL_BASE || (uint32_t)(uintptr_t)si < end ||
        si->first_p2m_pfn != VIRT_DRAM >> PGSHIFT || /* mfn_list[0] is the frame at VIRT_DRAM */
        si->nr_pages > ram_pages_max || si->pt_base < (uint32_t)(uintptr_t)si ||
        si->nr_pt_frames == 0 || VIRT_DRAM + si->nr_pages * PGSIZE < free_start) {
        panic("pv_main: unexpected memory layout");
    }
    return free_start;
}

uint32_t arch_genid(uint32_t id[4])
{
    return pv_genid(id);
}

/* C entry from entry.S: U-mode, paging on, events masked; never returns. */
void pv_main(uint32_t zero, struct start_info *si)
{
    (void)zero;
    evtchn_init((struct shared_info *)(uintptr_t)si->shared_info);
    pv_trap_init();
    uint32_t free_start = check_start_info(si);
    uint32_t ram_end = VIRT_DRAM + si->nr_pages * PGSIZE;

    free_start = pv_mmu_init(si, free_start);
    if (ram_end <= free_start) {
        panic("pv_main: no free memory");
    }
    kinit(VIRT_DRAM, KERNEL_BASE);
    kinit(free_start, ram_end);

    pv_console_init(mfn_to_virt(si->console_mfn), si->console_evtchn);
    pv_timer_init();

    uint32_t gframe;
    int r = gnttab_setup_frame(&gframe);
    if (r < 0) {
        panic("pv_main: GNTTABOP_setup_table: error %d", r);
    }
    pv_map_frame(PV_GNTTAB_VA, gframe, PTE_R | PTE_W);
    gnttab_init((void *)(uintptr_t)PV_GNTTAB_VA);

    xs_init(&store, mfn_to_virt(si->store_mfn), si->store_evtchn, pv_block);
    if (evtchn_bind(si->store_evtchn, store_event, 0) < 0) {
        panic("pv_main: bad store port %u", si->store_evtchn);
    }

    uint32_t n = 0;
    while (n < BOOTARGS_MAX && n < sizeof si->cmd_line && si->cmd_line[n] != '\0') {
        n++;
    }
    memcpy(bootargs, si->cmd_line, n);
    bootargs[n] = '\0';

    int has_disk = pv_disk_init(&store);
    pv_net_init(&store);
    kernel_run(bootargs, has_disk);
}
