/* runtime.c - boot, traps, machine frames and shutdown of a unikernel (see runtime.h). */
#include "runtime/runtime.h"

#include "evtchn.h"
#include "exovisor/virt.h"
#include "hypercall.h"
#include "module.h"

EXO_MODULE("runtime", "pv",
           "set_callbacks,xen_version,console_io,sched_op,set_timer_op,iret",
           "boot from start_info (stack, TLS, bss), trap and event entry, VIRQ_TIMER and waiting for an event or a deadline, M2P lookup, module constructors, uni_main, power-off and crash");

#define PAGE_SHIFT 12u

/* uni.ld */
extern char __bss_end[];
extern void (*const __init_array_start[])(void);
extern void (*const __init_array_end[])(void);

const struct start_info *uni_start_info;

static char cmdline[sizeof ((struct start_info *)0)->cmd_line + 1];
static void (*hooks[UNI_SHUTDOWN_HOOKS])(void);
static uint32_t nhooks;
static int panicking;
static uint32_t upcalls;

uint32_t uni_image_end(void)
{
    return (uint32_t)(uintptr_t)__bss_end;
}

void uni_early_write(const char *buf, uint32_t n)
{
    while (n > 0) {
        uint32_t m = n < CONSOLEIO_MAX ? n : CONSOLEIO_MAX;
        HYPERVISOR_console_io(CONSOLEIO_write, m, buf);
        buf += m;
        n -= m;
    }
}

static void early_puts(const char *s)
{
    uint32_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    uni_early_write(s, n);
}

/* "0x" and eight hex digits of v into buf[11], NUL-terminated. */
static const char *hex(char buf[11], uint32_t v)
{
    buf[0] = '0';
    buf[1] = 'x';
    for (int i = 0; i < 8; i++) {
        buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xfu];
    }
    buf[10] = '\0';
    return buf;
}

int uni_at_shutdown(void (*fn)(void))
{
    if (nhooks == UNI_SHUTDOWN_HOOKS) {
        return -1;
    }
    hooks[nhooks++] = fn;
    return 0;
}

/* Runs the shutdown hooks, waiting in them without a scheduler: the
 * domain goes down on the stack it is on, whatever threads exist. */
static void run_hooks(void)
{
    uni_runtime_set_waiter(0);
    while (nhooks > 0) {
        hooks[--nhooks]();
    }
}

void uni_poweroff(int status)
{
    run_hooks();
    uint32_t reason = SHUTDOWN_poweroff | (((uint32_t)status & 0xffu) << 8);
    for (;;) {
        HYPERVISOR_sched_op(SCHEDOP_shutdown, reason);
    }
}

/* Shuts down as crashed (status 1), after the shutdown hooks unless a hook
 * itself failed. */
static _Noreturn void crash(void)
{
    for (;;) {
        HYPERVISOR_sched_op(SCHEDOP_shutdown, SHUTDOWN_crash | (1u << 8));
    }
}

void uni_panic(const char *msg)
{
    if (!panicking) {
        panicking = 1;
        run_hooks(); /* e.g. the console drains, so output stays in order */
    }
    early_puts("uni: panic: ");
    early_puts(msg);
    early_puts("\n");
    crash();
}

/* The priv. spec's name of an exception cause. */
static const char *cause_name(uint32_t scause)
{
    static const char *const names[] = {
        "instruction address misaligned", "instruction access fault", "illegal instruction",
        "breakpoint", "load address misaligned", "load access fault",
        "store address misaligned", "store access fault", "environment call from U-mode",
        "environment call from S-mode", "reserved", "environment call from M-mode",
        "instruction page fault", "load page fault", "reserved", "store page fault",
    };
    return scause < sizeof names / sizeof names[0] ? names[scause] : "unknown";
}

/* From uni_trap_entry: an event upcall (returns), or a fatal exception. */
void uni_trap(struct uni_trap_frame *f)
{
    char a[11], b[11], c[11];
    if (f->scause == PV_EVENT_CAUSE) {
        upcalls++;
        evtchn_do_upcall();
        return;
    }
    if (!panicking) {
        panicking = 1;
        run_hooks();
    }
    early_puts("uni: fatal exception: ");
    early_puts(cause_name(f->scause));
    early_puts(" (scause ");
    early_puts(hex(a, f->scause));
    early_puts(") at pc ");
    early_puts(hex(b, f->sepc));
    early_puts(", stval ");
    early_puts(hex(c, f->stval));
    early_puts("\n");
    crash();
}

uint32_t uni_virt_to_mfn(const void *va)
{
    const struct start_info *si = uni_start_info;
    uint32_t a = (uint32_t)(uintptr_t)va;
    uint32_t pfn = (a - VIRT_DRAM) >> PAGE_SHIFT;
    if (a < VIRT_DRAM || pfn >= si->nr_pages) {
        uni_panic("uni_virt_to_mfn: not a RAM address");
    }
    return ((const uint32_t *)(uintptr_t)si->mfn_list)[pfn];
}

/* The M2P lookup without a table: a binary search of the P2M list, which
 * the builder fills in increasing machine-frame order (its answer is
 * checked), else a linear scan. */
void *uni_mfn_to_virt(uint32_t mfn)
{
    const struct start_info *si = uni_start_info;
    const uint32_t *p2m = (const uint32_t *)(uintptr_t)si->mfn_list;
    uint32_t n = si->nr_pages;
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (p2m[mid] < mfn) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == n || p2m[lo] != mfn) {
        for (lo = 0; lo < n && p2m[lo] != mfn; lo++) {
        }
        if (lo == n) {
            return 0;
        }
    }
    return (void *)(uintptr_t)(VIRT_DRAM + (lo << PAGE_SHIFT));
}

uint32_t uni_upcall_count(void)
{
    return upcalls;
}

/* Checks what the unikernel relies on: the magic, the ABI's major version,
 * event channels, and the builder's layout (image at KERNEL_BASE, RAM
 * mapped from VIRT_DRAM, start_info after the image). */
static void check_start_info(const struct start_info *si)
{
    const char *magic = PV_START_INFO_MAGIC;
    for (uint32_t i = 0; i < sizeof PV_START_INFO_MAGIC; i++) {
        if (si->magic[i] != magic[i]) {
            uni_panic("start_info has no " PV_START_INFO_MAGIC " magic");
        }
    }
    uint32_t version = (uint32_t)HYPERVISOR_xen_version(XENVER_version);
    if (version >> 16 != PV_ABI_VERSION >> 16) {
        uni_panic("the hypervisor speaks another major version of the PV ABI");
    }
    uint32_t features = (uint32_t)HYPERVISOR_xen_version(XENVER_get_features);
    if ((features & XENFEAT_event_channels) == 0) {
        uni_panic("the hypervisor offers no event channels");
    }
    uint32_t ram_end = VIRT_DRAM + si->nr_pages * (1u << PAGE_SHIFT);
    uint32_t free_start = si->pt_base + si->nr_pt_frames * (1u << PAGE_SHIFT);
    if (si->first_p2m_pfn != VIRT_DRAM >> PAGE_SHIFT || (uint32_t)(uintptr_t)si < uni_image_end() ||
        si->pt_base < (uint32_t)(uintptr_t)si || si->nr_pt_frames == 0 || ram_end < free_start ||
        si->nr_pages > (0u - VIRT_DRAM) >> PAGE_SHIFT) {
        uni_panic("unexpected memory layout in start_info");
    }
}

/* C entry from _start: U-mode, paging on, events masked. */
_Noreturn void uni_runtime_start(const struct start_info *si)
{
    uni_start_info = si;
    check_start_info(si);
    evtchn_init((struct shared_info *)(uintptr_t)si->shared_info);
    if (HYPERVISOR_set_callbacks((uint32_t)(uintptr_t)uni_trap_entry) < 0) {
        uni_panic("set_callbacks refused the trap entry");
    }
    uni_wait_init();

    uint32_t n = 0;
    while (n < sizeof cmdline - 1 && n < sizeof si->cmd_line && si->cmd_line[n] != '\0') {
        cmdline[n] = si->cmd_line[n];
        n++;
    }
    cmdline[n] = '\0';

    for (void (*const *fn)(void) = __init_array_start; fn < __init_array_end; fn++) {
        (*fn)();
    }
    uni_poweroff(uni_main(cmdline));
}
