/* native/boot.c - boot on the virt board: read the device tree, bring up
 * memory, traps and devices, then hand over to the portable kernel_run;
 * and the way out (SBI system reset). */
#include "defs.h"
#include "exovisor/sbi.h"
#include "exovisor/virt.h"
#include "native.h"

extern char _entry[];     /* kernel.ld: first instruction */
extern char kernel_end[]; /* kernel.ld: end of the image, page aligned */

static struct boot_info boot_info;

/* Shuts down: status 0 is SBI_SRST_REASON_NONE, else SBI_SRST_REASON_EXIT | (status & 0xff). */
void arch_power_off(int status)
{
    uart_drain();
    uint32_t code = (uint32_t)status & 0xffu;
    sbi_shutdown(code == 0 ? SBI_SRST_REASON_NONE : SBI_SRST_REASON_EXIT | code);
}

/* Shuts down as a system failure. */
void arch_crash(void)
{
    uart_drain();
    sbi_shutdown(SBI_SRST_REASON_SYSFAIL);
}

/* C entry from entry.S, in S-mode with paging off; never returns. */
void main(uint32_t hartid, const void *fdt)
{
    (void)hartid;
    fdt_parse(fdt, &boot_info);
    uint32_t end = (uint32_t)(uintptr_t)kernel_end;
    if ((uint32_t)(uintptr_t)_entry != KERNEL_BASE || boot_info.ram_base > KERNEL_BASE ||
        boot_info.ram_end <= end) {
        panic("main: the kernel is not inside RAM");
    }
    kinit(end, boot_info.ram_end);
    kvm_init(&boot_info);
    trap_init();
    sbi_init();
    plic_init();
    uart_init(); /* after the PLIC: input that came early raises the line now */
    if (boot_info.has_disk) {
        disk_init(boot_info.disk_base);
    }
    if (boot_info.has_net) {
        net_init(boot_info.net_base);
    }
    genid_init(boot_info.genid_base);
    kernel_run(boot_info.bootargs, boot_info.has_disk);
}
