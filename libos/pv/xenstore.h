/* xenstore.h - a synchronous client of the configuration store: the store
 * page (struct xenstore_domain_interface, start_info.store_mfn) and its
 * event channel (start_info.store_evtchn, bound to the back-end at boot).
 *
 * A request is a struct xsd_sockmsg header and its payload written at
 * req_prod (free-running index, masked by the ring size), published with a
 * write fence and a notification; the answer is read whole from rsp, then
 * rsp_cons moves on and the store is notified. XS_READ "path\0" answers the
 * value's bytes, XS_WRITE "path\0value" answers "OK\0", a refusal is
 * XS_ERROR with an errno name such as "ENOENT\0". One request at a time.
 */
#ifndef LIBPV_XENSTORE_H
#define LIBPV_XENSTORE_H

#include <stdint.h>

#include "exovisor/ring.h"

struct xs_client {
    struct xenstore_domain_interface *intf;
    uint32_t port;
    uint32_t req_id;
    void (*wait)(void); /* sleeps until an event (e.g. pv_block) */
};

/* Uses the store page mapped at page, notified through port; wait sleeps
 * until the next event with events masked on entry and exit. */
void xs_init(struct xs_client *xs, void *page, uint32_t port, void (*wait)(void));
/* Reads path into value[max] (NUL-terminated, truncated to fit): the
 * value's length, or -XEN_E* (-XEN_ENOENT when path does not exist). */
int xs_read(struct xs_client *xs, const char *path, char *value, uint32_t max);
/* Reads path as a decimal number: 0, -XEN_E* from the store, or -XEN_EINVAL
 * when the value is not a number that fits 32 bits. */
int xs_read_u32(struct xs_client *xs, const char *path, uint32_t *out);
/* Writes value at path: 0 or -XEN_E*. */
int xs_write(struct xs_client *xs, const char *path, const char *value);
/* Writes n in decimal at path: 0 or -XEN_E*. */
int xs_write_u32(struct xs_client *xs, const char *path, uint32_t n);

#endif
