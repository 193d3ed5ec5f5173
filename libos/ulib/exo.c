/* exo.c - the system calls declared in exo.h. */
#include "exo.h"

#include <stdint.h>

#include "ecall.h"

/* spawn(path, argv): see exo.h. */
int spawn(const char *path, char *const argv[])
{
    ulib_flush_stdout(); /* keep the parent's output ahead of the child's */
    return exo_ecall(SYS_spawn, (uint32_t)(uintptr_t)path, (uint32_t)(uintptr_t)argv, 0);
}

/* wait_child(pid, status): see exo.h. */
int wait_child(int pid, int *status)
{
    ulib_flush_stdout();
    return exo_ecall(SYS_wait, (uint32_t)pid, (uint32_t)(uintptr_t)status, 0);
}

/* sleep_ms(ms): see exo.h. */
int sleep_ms(unsigned ms)
{
    ulib_flush_stdout();
    return exo_ecall(SYS_sleep, ms, 0, 0);
}

/* uptime_ms(): see exo.h. */
unsigned uptime_ms(void)
{
    return (unsigned)exo_ecall(SYS_uptime, 0, 0, 0);
}

/* list_file(index, name, len): see exo.h. */
int list_file(unsigned index, char *name, unsigned len)
{
    return exo_ecall(SYS_readdir, index, (uint32_t)(uintptr_t)name, len);
}

/* yield(): see exo.h. */
void yield(void)
{
    exo_ecall(SYS_yield, 0, 0, 0);
}

/* net_info(mac): see exo.h. */
int net_info(unsigned char mac[NET_MAC_LEN])
{
    return exo_ecall(SYS_netinfo, (uint32_t)(uintptr_t)mac, 0, 0);
}

/* net_send(frame, len): see exo.h. */
int net_send(const void *frame, unsigned len)
{
    return exo_ecall(SYS_netsend, (uint32_t)(uintptr_t)frame, len, 0);
}

/* net_recv(buf, len, timeout_ms): see exo.h. */
int net_recv(void *buf, unsigned len, unsigned timeout_ms)
{
    ulib_flush_stdout();
    return exo_ecall(SYS_netrecv, (uint32_t)(uintptr_t)buf, len, timeout_ms);
}
