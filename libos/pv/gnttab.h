/* gnttab.h - the guest's grant table (v1): which of its frames another
 * domain (the back-end, DOMID_BACKEND) may map or copy.
 *
 * GNTTABOP_setup_table gives the table's machine frame; the guest maps it
 * writable wherever it likes and hands the mapping to gnttab_init. A grant
 * is an entry {flags, domid, frame}: domid and frame first, a write fence,
 * then flags = GTF_permit_access (| GTF_readonly). Revoking clears flags,
 * atomically and only while the hypervisor's GTF_reading / GTF_writing
 * bits say the grantee is not using the frame.
 */
#ifndef LIBPV_GNTTAB_H
#define LIBPV_GNTTAB_H

#include <stdint.h>

#include "exovisor/pv.h"

/* GNTTABOP_setup_table for DOMID_SELF, one frame: 0 and its machine frame in
 * *frame, a negative -XEN_E* from the hypercall, or a negative GNTST_* status. */
int gnttab_setup_frame(uint32_t *frame);
/* Starts allocating grant references in the table mapped at table. */
void gnttab_init(void *table);
/* Grants domid access to machine frame frame (read-only when readonly): the
 * reference (> 0; reference 0 is never used), or -XEN_ENOSPC. */
int gnttab_grant_access(uint32_t domid, uint32_t frame, int readonly);
/* Revokes grant ref and frees it: 0, -XEN_EBUSY while the grantee still
 * maps or copies the frame (try again later), -XEN_EINVAL for a bad ref. */
int gnttab_end_access(uint32_t ref);

#endif
