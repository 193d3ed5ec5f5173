/* main.c - the portable half of boot and shutdown: once the platform has
 * brought the machine up (native/boot.c, pv/boot.c) it calls kernel_run,
 * which mounts the disk, runs the program named by the boot arguments as
 * pid 1 and powers off with its exit status. A normal boot prints nothing. */
#include "defs.h"
#include "proc.h"

/* Writes the disk cache back and shuts down with status (the platform maps
 * it to its shutdown call). */
void power_off(int status)
{
    proc_close_all();
    if (fs_mounted()) {
        bio_flush();
    }
    arch_power_off(status);
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

/* Runs the system on a machine the platform has set up (memory, traps,
 * console, timer source, and the disk driver when has_disk): mounts EXFS,
 * starts pid 1 from bootargs (split in place) and schedules forever. */
void kernel_run(char *bootargs, int has_disk)
{
    bio_init();
    if (has_disk) {
        fs_init();
    }
    proc_init();
    timer_init();
    start_init(bootargs);
    scheduler();
}
