/* gnttab.c - grant references (see gnttab.h). */
#include "gnttab.h"

#include "barrier.h"
#include "hypercall.h"

#define WORD_BITS 32u

/* The first word of an entry as one atomic unit: flags are its low half
 * (offset 0, little-endian), domid its high half. */
typedef uint32_t __attribute__((may_alias)) entry_word_t;
_Static_assert(__builtin_offsetof(struct grant_entry_v1, flags) == 0, "flags first");
_Static_assert(__builtin_offsetof(struct grant_entry_v1, domid) == 2, "domid second");
#define FLAGS_HALF 0x0000ffffu

static struct grant_entry_v1 *table;
static uint32_t in_use[GNTTAB_NR_ENTRIES / WORD_BITS];

int gnttab_setup_frame(uint32_t *frame)
{
    struct gnttab_setup_table op = { .dom = (uint16_t)DOMID_SELF, .nr_frames = 1 };
    int r = HYPERVISOR_grant_table_op(GNTTABOP_setup_table, &op, 1);
    if (r < 0) {
        return r;
    }
    if (op.status != (int)GNTST_okay) {
        return op.status < 0 ? op.status : GNTST_general_error;
    }
    *frame = op.frame;
    return 0;
}

void gnttab_init(void *mapped)
{
    table = mapped;
    for (uint32_t i = 0; i < GNTTAB_NR_ENTRIES / WORD_BITS; i++) {
        in_use[i] = 0;
    }
    in_use[0] = 1; /* reference 0 stays invalid, as front-ends expect */
}

int gnttab_grant_access(uint32_t domid, uint32_t frame, int readonly)
{
    for (uint32_t ref = 1; ref < GNTTAB_NR_ENTRIES; ref++) {
        uint32_t bit = 1u << (ref % WORD_BITS);
        if (in_use[ref / WORD_BITS] & bit) {
            continue;
        }
        in_use[ref / WORD_BITS] |= bit;
        struct grant_entry_v1 *e = &table[ref];
        PV_WRITE_ONCE(e->domid, (uint16_t)domid);
        PV_WRITE_ONCE(e->frame, frame);
        pv_wmb(); /* domid and frame before the flags that validate them */
        PV_WRITE_ONCE(e->flags, (uint16_t)(GTF_permit_access | (readonly ? GTF_readonly : 0)));
        return (int)ref;
    }
    return -(int)XEN_ENOSPC;
}

int gnttab_end_access(uint32_t ref)
{
    if (ref == 0 || ref >= GNTTAB_NR_ENTRIES ||
        (in_use[ref / WORD_BITS] & (1u << (ref % WORD_BITS))) == 0) {
        return -(int)XEN_EINVAL;
    }
    volatile entry_word_t *w = (volatile entry_word_t *)(void *)&table[ref];
    uint32_t old = __atomic_load_n(w, __ATOMIC_RELAXED);
    do {
        if (old & (GTF_reading | GTF_writing)) {
            return -(int)XEN_EBUSY;
        }
    } while (!__atomic_compare_exchange_n(w, &old, old & ~FLAGS_HALF, 0, __ATOMIC_SEQ_CST,
                                          __ATOMIC_RELAXED));
    in_use[ref / WORD_BITS] &= ~(1u << (ref % WORD_BITS));
    return 0;
}
