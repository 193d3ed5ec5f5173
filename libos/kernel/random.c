/* random.c - the getrandom system call, and the VM-generation check behind
 * it and netinfo. The platform reports the machine's VM generation
 * (arch_genid: the virt board's genid device, or shared_info under PV).
 * A restored snapshot is a new generation with a new random ID and, when
 * it has a network interface, a new MAC address: the first getrandom or
 * netinfo after it reseeds the generator from the new ID and has the
 * platform read the MAC address again, so two copies restored from one
 * snapshot neither draw the same numbers nor claim the same address. */
#include "defs.h"
#include "libos/xoshiro128.h"
#include "proc.h"

#define GETRANDOM_MAX 256u /* bytes per call, as getentropy allows */

static struct xoshiro128 rng;
static uint32_t generation_seen; /* 0: never checked */

int genid_check(void)
{
    uint32_t id[4];
    uint32_t generation = arch_genid(id);
    if (generation == 0) {
        return -1;
    }
    if (generation != generation_seen) {
        generation_seen = generation;
        xoshiro128_seed(&rng, id);
        arch_net_refresh();
    }
    return 0;
}

/* getrandom(buf, len): len (at most GETRANDOM_MAX) bytes from the generator;
 * len, or -EINVAL, -EFAULT, or -ENODEV when the machine has no generation ID. */
int sys_getrandom(void)
{
    uint32_t len = arg_raw(1);
    uint8_t bytes[GETRANDOM_MAX];
    if (len > GETRANDOM_MAX) {
        return ERR(EXO_EINVAL);
    }
    if (genid_check() < 0) {
        return ERR(EXO_ENODEV);
    }
    xoshiro128_fill(&rng, bytes, len);
    return copyout(myproc()->pagetable, arg_raw(0), bytes, len) < 0 ? ERR(EXO_EFAULT) : (int)len;
}
