/* xenstore.c - the configuration-store client (see xenstore.h). */
#include "xenstore.h"

#include "barrier.h"
#include "evtchn.h"

#define REQ_SIZE ((uint32_t)sizeof(((struct xenstore_domain_interface *)0)->req))
#define RSP_SIZE ((uint32_t)sizeof(((struct xenstore_domain_interface *)0)->rsp))
#define HDR_SIZE ((uint32_t)sizeof(struct xsd_sockmsg))
_Static_assert((REQ_SIZE & (REQ_SIZE - 1)) == 0 && (RSP_SIZE & (RSP_SIZE - 1)) == 0,
               "store rings are powers of two");

void xs_init(struct xs_client *xs, void *page, uint32_t port, void (*wait)(void))
{
    xs->intf = page;
    xs->port = port;
    xs->req_id = 0;
    xs->wait = wait;
}

static uint32_t str_len(const char *s)
{
    uint32_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

/* Appends n bytes to the request ring at *prod (room was checked). */
static void put_bytes(struct xs_client *xs, uint32_t *prod, const void *src, uint32_t n)
{
    const uint8_t *s = src;
    for (uint32_t i = 0; i < n; i++) {
        xs->intf->req[(*prod + i) & (REQ_SIZE - 1)] = (char)s[i];
    }
    *prod += n;
}

/* Copies n bytes of the response ring from index at into dst. */
static void get_bytes(struct xs_client *xs, uint32_t at, void *dst, uint32_t n)
{
    uint8_t *d = dst;
    for (uint32_t i = 0; i < n; i++) {
        d[i] = (uint8_t)xs->intf->rsp[(at + i) & (RSP_SIZE - 1)];
    }
}

/* The -XEN_E* number for an XS_ERROR answer's errno name. */
static int error_code(const char *name, uint32_t len)
{
    static const struct {
        const char *name;
        uint32_t err;
    } names[] = {
        { "ENOENT", XEN_ENOENT }, { "EACCES", XEN_EACCES }, { "EPERM", XEN_EPERM },
        { "EINVAL", XEN_EINVAL }, { "E2BIG", XEN_E2BIG },   { "ENOSPC", XEN_ENOSPC },
        { "EEXIST", XEN_EEXIST }, { "EAGAIN", XEN_EAGAIN }, { "EBUSY", XEN_EBUSY },
        { "ENOSYS", XEN_ENOSYS }, { "ENOMEM", XEN_ENOMEM },
    };
    for (uint32_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        uint32_t n = str_len(names[i].name);
        uint32_t j = 0;
        while (j < n && j < len && name[j] == names[i].name[j]) {
            j++;
        }
        if (j == n && (len == n || name[n] == '\0')) {
            return -(int)names[i].err;
        }
    }
    return -(int)XEN_EINVAL;
}

/* Sends one message (type, the two payload parts) and reads the answer's
 * payload into rsp[max]: its length (the whole length even when rsp was
 * too small), or -XEN_E* for an XS_ERROR answer or a malformed one. */
static int xs_talk(struct xs_client *xs, uint32_t type, const void *p1, uint32_t n1,
                   const void *p2, uint32_t n2, char *rsp, uint32_t max)
{
    struct xenstore_domain_interface *intf = xs->intf;
    uint32_t len = n1 + n2;
    if (len > XS_PAYLOAD_MAX) {
        return -(int)XEN_E2BIG;
    }
    struct xsd_sockmsg req = { .type = type, .req_id = ++xs->req_id, .tx_id = 0, .len = len };

    /* Room for the whole message, then the bytes, then the index. */
    uint32_t prod = PV_READ_ONCE(intf->req_prod);
    while (prod - PV_READ_ONCE(intf->req_cons) > REQ_SIZE - HDR_SIZE - len) {
        evtchn_send(xs->port);
        xs->wait();
    }
    pv_mb(); /* req_cons read before the bytes it frees are overwritten */
    put_bytes(xs, &prod, &req, HDR_SIZE);
    put_bytes(xs, &prod, p1, n1);
    put_bytes(xs, &prod, p2, n2);
    pv_wmb();
    PV_WRITE_ONCE(intf->req_prod, prod);
    evtchn_send(xs->port);

    for (;;) {
        struct xsd_sockmsg hdr;
        uint32_t cons = PV_READ_ONCE(intf->rsp_cons);
        uint32_t avail = PV_READ_ONCE(intf->rsp_prod) - cons;
        pv_rmb();
        if (avail > RSP_SIZE) {
            return -(int)XEN_EFAULT; /* the store broke the ring */
        }
        if (avail < HDR_SIZE) {
            xs->wait();
            continue;
        }
        get_bytes(xs, cons, &hdr, HDR_SIZE);
        if (hdr.len > XS_PAYLOAD_MAX || hdr.len > RSP_SIZE - HDR_SIZE) {
            return -(int)XEN_EFAULT;
        }
        if (avail < HDR_SIZE + hdr.len) {
            xs->wait();
            continue;
        }
        char payload[XS_PAYLOAD_MAX];
        get_bytes(xs, cons + HDR_SIZE, payload, hdr.len);
        pv_mb(); /* done reading before the store may reuse the bytes */
        PV_WRITE_ONCE(intf->rsp_cons, cons + HDR_SIZE + hdr.len);
        evtchn_send(xs->port);
        if (hdr.req_id != req.req_id) {
            continue; /* not ours (nothing else is expected): skip it */
        }
        if (hdr.type == XS_ERROR) {
            return error_code(payload, hdr.len);
        }
        if (hdr.type != type) {
            return -(int)XEN_EINVAL;
        }
        for (uint32_t i = 0; i < hdr.len && i < max; i++) {
            rsp[i] = payload[i];
        }
        return (int)hdr.len;
    }
}

int xs_read(struct xs_client *xs, const char *path, char *value, uint32_t max)
{
    if (max == 0) {
        return -(int)XEN_EINVAL;
    }
    int n = xs_talk(xs, XS_READ, path, str_len(path) + 1, 0, 0, value, max - 1);
    if (n < 0) {
        return n;
    }
    uint32_t len = (uint32_t)n < max - 1 ? (uint32_t)n : max - 1;
    if (len > 0 && value[len - 1] == '\0') {
        len--; /* a store that sends the NUL too */
    }
    value[len] = '\0';
    return (int)len;
}

int xs_read_u32(struct xs_client *xs, const char *path, uint32_t *out)
{
    char buf[16];
    int n = xs_read(xs, path, buf, sizeof buf);
    if (n < 0) {
        return n;
    }
    uint64_t v = 0;
    if (n == 0 || n > 10) {
        return -(int)XEN_EINVAL;
    }
    for (int i = 0; i < n; i++) {
        if (buf[i] < '0' || buf[i] > '9') {
            return -(int)XEN_EINVAL;
        }
        v = v * 10 + (uint32_t)(buf[i] - '0');
    }
    if (v > 0xffffffffu) {
        return -(int)XEN_EINVAL;
    }
    *out = (uint32_t)v;
    return 0;
}

int xs_write(struct xs_client *xs, const char *path, const char *value)
{
    char ok[4];
    int n = xs_talk(xs, XS_WRITE, path, str_len(path) + 1, value, str_len(value), ok, sizeof ok);
    return n < 0 ? n : 0;
}

int xs_write_u32(struct xs_client *xs, const char *path, uint32_t n)
{
    char buf[11];
    char *p = buf + sizeof buf;
    *--p = '\0';
    do {
        *--p = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);
    return xs_write(xs, path, p);
}
