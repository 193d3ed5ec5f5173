/* main.c - boot: read the device tree, bring up memory, traps, devices and
 * the file system, then run the program named by bootargs as pid 1 and
 * power off with its exit status. A normal boot prints nothing. */
#include "defs.h"
#include "exovisor/sbi.h"
#include "exovisor/virt.h"
#include "proc.h"

extern char _entry[];     /* kernel.ld: first instruction */
extern char kernel_end[]; /* kernel.ld: end of the image, page aligned */

static struct boot_info boot_info;

/* Writes the disk cache back and shuts down; status 0 is SBI_SRST_REASON_NONE,
 * else SBI_SRST_REASON_EXIT | (status & 0xff). */
void power_off(int status)
{
    proc_close_all();
    if (fs_mounted()) {
        bio_flush();
    }
    uint32_t code = (uint32_t)status & 0xffu;
    sbi_shutdown(code == 0 ? SBI_SRST_REASON_NONE : SBI_SRST_REASON_EXIT | code);
}

/* Splits args in place at spaces and tabs into argv; the count, or -1 past MAXARG words. */
static int split_args(char *args, char **argv)
{
    int argc = 0;
    while (*args != '\0' && argc < MAXARG) {
        while (*args == ' ' || *args == '\t') {
            *args++ = '\0';
        }
        if (*args != '\0') {
            argv[argc++] = args;
        }
        while (*args != '\0' && *args != ' ' && *args != '\t') {
            args++;
        }
    }
    while (*args == ' ' || *args == '\t') {
        args++;
    }
    if (*args != '\0') {
        return -1; /* more words than argv can hold */
    }
    argv[argc] = 0;
    return argc;
}

/* Lists the built-in programs and powers off with status 2 (no program given). */
static void usage(void)
{
    const struct program *prog;
    kprintf("usage: boot with a program name; available:");
    for (int i = 0; (prog = program_at(i)) != 0; i++) {
        kprintf(" %s", prog->name);
    }
    kprintf("\n");
    power_off(2);
}

/* Starts the first word of bootargs as pid 1 with the rest as argv[1..]. */
static void start_init(char *bootargs)
{
    char *argv[MAXARG + 1];
    int argc = split_args(bootargs, argv);
    if (argc == 0) {
        usage();
    }
    if (argc < 0) {
        kprintf("init: too many arguments (at most %d words)\n", MAXARG);
        power_off(2);
    }
    int pid = proc_spawn(argv[0], argv, 0);
    if (pid == ERR(EXO_ENOENT)) {
        kprintf("init: %s: not found\n", argv[0]);
        power_off(127);
    }
    if (pid < 0) {
        kprintf("init: %s: cannot run (error %d)\n", argv[0], -pid);
        power_off(126);
    }
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
    bio_init();
    if (boot_info.has_disk) {
        disk_init(boot_info.disk_base);
        fs_init();
    }
    proc_init();
    timer_init();
    start_init(boot_info.bootargs);
    scheduler();
}
