/* sbi.c - SBI call dispatch (SBI spec 3: binary encoding) and the base
 * extension (SBI spec 4). */
#include <exovisor/sbi.h>

#include "fw.h"
#include "riscv.h"

static struct sbiret sbi_base(uint32_t fid, const uint32_t *args);

/* One implemented extension. Legacy extensions (SBI spec 5) return their
 * value in a0 alone and leave a1 untouched. */
struct sbi_extension {
    uint32_t eid;
    sbi_handler handler;
    int legacy;
};

/* Every extension the firmware implements, by extension id (a7). */
static const struct sbi_extension extensions[] = {
    {SBI_EXT_LEGACY_SET_TIMER, sbi_legacy_set_timer, 1},
    {SBI_EXT_LEGACY_CONSOLE_PUTCHAR, sbi_legacy_putchar, 1},
    {SBI_EXT_LEGACY_CONSOLE_GETCHAR, sbi_legacy_getchar, 1},
    {SBI_EXT_BASE, sbi_base, 0},
    {SBI_EXT_TIME, sbi_time, 0},
    {SBI_EXT_SRST, sbi_srst, 0},
    {SBI_EXT_DBCN, sbi_dbcn, 0},
};

#define NUM_EXTENSIONS (sizeof(extensions) / sizeof(extensions[0]))

/* Returns the extension with id eid, or 0 when it is not implemented. */
static const struct sbi_extension *find_extension(uint32_t eid)
{
    for (uint32_t i = 0; i < NUM_EXTENSIONS; i++) {
        if (extensions[i].eid == eid) {
            return &extensions[i];
        }
    }
    return 0;
}

/* Base extension: spec version, implementation id and version, probe
 * (1 when implemented, else 0) and the machine id CSRs. */
static struct sbiret sbi_base(uint32_t fid, const uint32_t *args)
{
    struct sbiret ret = {SBI_SUCCESS, 0};
    switch (fid) {
    case SBI_BASE_GET_SPEC_VERSION:
        ret.value = SBI_SPEC_VERSION;
        break;
    case SBI_BASE_GET_IMPL_ID:
        ret.value = SBI_IMPL_ID_EXOVISOR;
        break;
    case SBI_BASE_GET_IMPL_VERSION:
        ret.value = FW_IMPL_VERSION;
        break;
    case SBI_BASE_PROBE_EXTENSION:
        ret.value = find_extension(args[0]) != 0;
        break;
    case SBI_BASE_GET_MVENDORID:
        ret.value = csr_read(mvendorid);
        break;
    case SBI_BASE_GET_MARCHID:
        ret.value = csr_read(marchid);
        break;
    case SBI_BASE_GET_MIMPID:
        ret.value = csr_read(mimpid);
        break;
    default:
        ret.error = SBI_ERR_NOT_SUPPORTED;
        break;
    }
    return ret;
}

/* Handles an ecall from S-mode: a7 = extension id, a6 = function id,
 * a0..a5 = arguments; returns a0 = error, a1 = value (legacy: a0 = value)
 * and resumes after the ecall. Unknown extensions get
 * SBI_ERR_NOT_SUPPORTED. */
void sbi_ecall(struct trap_frame *tf)
{
    const struct sbi_extension *ext = find_extension(tf->regs[REG_A7]);
    struct sbiret ret = {SBI_ERR_NOT_SUPPORTED, 0};
    if (ext != 0) {
        ret = ext->handler(tf->regs[REG_A6], &tf->regs[REG_A0]);
    }
    if (ext != 0 && ext->legacy) {
        tf->regs[REG_A0] = ret.value;
    } else {
        tf->regs[REG_A0] = (uint32_t)ret.error;
        tf->regs[REG_A1] = ret.value;
    }
    tf->mepc += ECALL_INSN_LEN;
}
