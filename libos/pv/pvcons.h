/* pvcons.h - the PV console front-end: the console page (struct
 * xencons_interface, start_info.console_mfn) and its event channel
 * (start_info.console_evtchn, bound to the back-end at boot), Xen's console
 * protocol: two byte rings with free-running indices, each masked by its
 * ring's size. Output goes into out[] at out_prod; input is taken from in[]
 * at in_cons; either side notifies the other through the event channel
 * after moving an index (the back-end also when it has drained out[]).
 */
#ifndef LIBPV_PVCONS_H
#define LIBPV_PVCONS_H

#include <stdint.h>

#include "exovisor/ring.h"

struct pvcons {
    struct xencons_interface *intf;
    uint32_t port;
    void (*wait)(void); /* sleeps until an event (e.g. pv_block) */
};

/* Uses the console page mapped at page, notified through port. */
void pvcons_init(struct pvcons *c, void *page, uint32_t port, void (*wait)(void));
/* Copies up to n bytes into the output ring and publishes them (without
 * notifying): the number copied, 0 when the ring is full. */
uint32_t pvcons_put(struct pvcons *c, const char *buf, uint32_t n);
/* Notifies the back-end of published output (or consumed input). */
void pvcons_notify(struct pvcons *c);
/* Writes all n bytes, notifying and waiting for room whenever the ring is full. */
void pvcons_write(struct pvcons *c, const char *buf, uint32_t n);
/* Bytes published but not yet consumed by the back-end. */
uint32_t pvcons_unsent(const struct pvcons *c);
/* Notifies and waits until the back-end has consumed all output. */
void pvcons_drain(struct pvcons *c);
/* Takes up to max input bytes into buf and tells the back-end when it took
 * any: the number taken (0 when the input ring is empty). */
uint32_t pvcons_read(struct pvcons *c, char *buf, uint32_t max);
/* Input bytes waiting in the ring. */
uint32_t pvcons_input_pending(const struct pvcons *c);

#endif
