/* kv/kv.c - the key-value store of kv.h: a hashed file of fixed-size
 * records on the file system, through open, read, write, lseek and close
 * only. Built as the kv module of unikernels (libos/uni/Makefile, with the
 * record in module.c) and into user programs of the guest OS kernel
 * (apps/Makefile). */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "kv.h"

#define KV_VERSION 1u
#define KV_CHUNK 16 /* records per read when scanning or creating */

#define ST_EMPTY 0
#define ST_LIVE 1
#define ST_DELETED 2

#define S_STATE 0
#define S_KLEN 1
#define S_VLEN 2
#define S_KEY 4
#define S_VALUE (S_KEY + KV_KEY_MAX)

_Static_assert(S_VALUE + KV_VALUE_MAX == KV_RECORD, "a slot is one record");
_Static_assert(4096 % KV_RECORD == 0, "records do not straddle blocks");

static int kv_fd = -1;
static uint32_t kv_slots;
static unsigned char chunk[KV_CHUNK * KV_RECORD];

static unsigned length(const char *s)
{
    unsigned n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

/* Whether the n bytes at a and b are equal. */
static int same(const void *a, const void *b, unsigned n)
{
    const unsigned char *x = a, *y = b;
    for (unsigned i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return 0;
        }
    }
    return 1;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint32_t fnv1a(const char *key, unsigned n)
{
    uint32_t h = 2166136261u;
    for (unsigned i = 0; i < n; i++) {
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    }
    return h;
}

/* Reads or writes n bytes at offset off: 0 or KV_EIO. */
static int io_at(int write_it, uint32_t off, void *buf, unsigned n)
{
    if (lseek(kv_fd, (off_t)off, SEEK_SET) != (off_t)off) {
        return KV_EIO;
    }
    ssize_t r = write_it ? write(kv_fd, buf, n) : read(kv_fd, buf, n);
    return r == (ssize_t)n ? 0 : KV_EIO;
}

static uint32_t slot_offset(uint32_t i)
{
    return KV_RECORD * (1 + i);
}

/* Checks a slot read from the file: 0 or KV_EFORMAT. */
static int slot_check(const unsigned char *s)
{
    if (s[S_STATE] == ST_EMPTY || s[S_STATE] == ST_DELETED) {
        return 0;
    }
    if (s[S_STATE] != ST_LIVE || s[S_KLEN] == 0 || s[S_KLEN] > KV_KEY_MAX || s[S_VLEN] > KV_VALUE_MAX) {
        return KV_EFORMAT;
    }
    return 0;
}

/* Writes the header and N empty slots to the (empty) file. */
static int create_store(void)
{
    memset(chunk, 0, sizeof chunk);
    memcpy(chunk, "EXKV", 4);
    put32(chunk + 4, KV_VERSION);
    put32(chunk + 8, KV_RECORD);
    put32(chunk + 12, KV_SLOTS);
    if (io_at(1, 0, chunk, KV_RECORD) != 0) {
        return KV_EIO;
    }
    memset(chunk, 0, sizeof chunk);
    for (uint32_t i = 0; i < KV_SLOTS; i += KV_CHUNK) {
        unsigned n = KV_SLOTS - i < KV_CHUNK ? KV_SLOTS - i : KV_CHUNK;
        if (io_at(1, slot_offset(i), chunk, n * KV_RECORD) != 0) {
            return KV_EIO;
        }
    }
    kv_slots = KV_SLOTS;
    return 0;
}

/* Checks the header of an existing file of size bytes. */
static int load_store(off_t size)
{
    if (io_at(0, 0, chunk, KV_RECORD) != 0) {
        return KV_EFORMAT;
    }
    uint32_t slots = get32(chunk + 12);
    if (!same(chunk, "EXKV", 4) || get32(chunk + 4) != KV_VERSION || get32(chunk + 8) != KV_RECORD ||
        slots == 0 || slots > 0x7fffffffu / KV_RECORD - 1 || (uint32_t)size != slot_offset(slots)) {
        return KV_EFORMAT;
    }
    kv_slots = slots;
    return 0;
}

int kv_open(const char *path)
{
    if (kv_fd >= 0) {
        return KV_EINVAL;
    }
    kv_fd = open(path, O_RDWR | O_CREAT, 0644);
    if (kv_fd < 0) {
        return KV_EOPEN;
    }
    off_t size = lseek(kv_fd, 0, SEEK_END);
    int r = size < 0 ? KV_EIO : size == 0 ? create_store() : load_store(size);
    if (r != 0) {
        close(kv_fd);
        kv_fd = -1;
    }
    return r;
}

int kv_close(void)
{
    if (kv_fd < 0) {
        return KV_EINVAL;
    }
    int r = close(kv_fd);
    kv_fd = -1;
    return r < 0 ? KV_EIO : 0;
}

/* Checks a key; its length through n. */
static int key_check(const char *key, unsigned *n)
{
    if (kv_fd < 0) {
        return KV_EINVAL;
    }
    *n = length(key);
    return *n == 0 ? KV_EINVAL : *n > KV_KEY_MAX ? KV_E2BIG : 0;
}

/* Follows key's probe sequence. Reads the slot holding key into slot and
 * sets *found to its index, or sets *found to N and *free_slot to the first
 * deleted or empty slot of the sequence (N if there is none): 0 or an error. */
static int find(const char *key, unsigned klen, unsigned char *slot, uint32_t *found, uint32_t *free_slot)
{
    uint32_t i = fnv1a(key, klen) % kv_slots;
    *found = kv_slots;
    *free_slot = kv_slots;
    for (uint32_t probes = 0; probes < kv_slots; probes++, i = i + 1 == kv_slots ? 0 : i + 1) {
        int r = io_at(0, slot_offset(i), slot, KV_RECORD);
        if (r == 0) {
            r = slot_check(slot);
        }
        if (r != 0) {
            return r;
        }
        if (slot[S_STATE] != ST_LIVE) {
            if (*free_slot == kv_slots) {
                *free_slot = i;
            }
            if (slot[S_STATE] == ST_EMPTY) {
                return 0;
            }
        } else if (slot[S_KLEN] == klen && same(slot + S_KEY, key, klen)) {
            *found = i;
            return 0;
        }
    }
    return 0;
}

int kv_get(const char *key, char *buf, unsigned len)
{
    unsigned char slot[KV_RECORD];
    unsigned klen;
    uint32_t found, free_slot;
    int r = key_check(key, &klen);
    if (r == 0) {
        r = find(key, klen, slot, &found, &free_slot);
    }
    if (r != 0) {
        return r;
    }
    if (found == kv_slots) {
        return KV_ENOTFOUND;
    }
    unsigned vlen = slot[S_VLEN];
    if (len <= vlen) {
        return KV_ERANGE;
    }
    memcpy(buf, slot + S_VALUE, vlen);
    buf[vlen] = '\0';
    return (int)vlen;
}

int kv_put(const char *key, const char *value)
{
    unsigned char slot[KV_RECORD];
    unsigned klen, vlen = length(value);
    uint32_t found, free_slot;
    int r = key_check(key, &klen);
    if (r == 0 && vlen > KV_VALUE_MAX) {
        r = KV_E2BIG;
    }
    if (r == 0) {
        r = find(key, klen, slot, &found, &free_slot);
    }
    if (r != 0) {
        return r;
    }
    uint32_t i = found != kv_slots ? found : free_slot;
    if (i == kv_slots) {
        return KV_EFULL;
    }
    memset(slot, 0, sizeof slot);
    slot[S_STATE] = ST_LIVE;
    slot[S_KLEN] = (unsigned char)klen;
    slot[S_VLEN] = (unsigned char)vlen;
    memcpy(slot + S_KEY, key, klen);
    memcpy(slot + S_VALUE, value, vlen);
    return io_at(1, slot_offset(i), slot, KV_RECORD);
}

int kv_del(const char *key)
{
    unsigned char slot[KV_RECORD];
    unsigned klen;
    uint32_t found, free_slot;
    int r = key_check(key, &klen);
    if (r == 0) {
        r = find(key, klen, slot, &found, &free_slot);
    }
    if (r != 0) {
        return r;
    }
    if (found == kv_slots) {
        return KV_ENOTFOUND;
    }
    memset(slot, 0, sizeof slot);
    slot[S_STATE] = ST_DELETED;
    return io_at(1, slot_offset(found), slot, KV_RECORD);
}

int kv_count(void)
{
    if (kv_fd < 0) {
        return KV_EINVAL;
    }
    int count = 0;
    for (uint32_t i = 0; i < kv_slots; i += KV_CHUNK) {
        unsigned n = kv_slots - i < KV_CHUNK ? kv_slots - i : KV_CHUNK;
        int r = io_at(0, slot_offset(i), chunk, n * KV_RECORD);
        for (unsigned j = 0; r == 0 && j < n; j++) {
            r = slot_check(chunk + j * KV_RECORD);
            count += chunk[j * KV_RECORD + S_STATE] == ST_LIVE;
        }
        if (r != 0) {
            return r;
        }
    }
    return count;
}

const char *kv_strerror(int err)
{
    switch (err) {
    case KV_ENOTFOUND: return "not found";
    case KV_EINVAL: return "invalid argument";
    case KV_E2BIG: return "key or value too long";
    case KV_EFULL: return "store full";
    case KV_ERANGE: return "buffer too small";
    case KV_EOPEN: return "cannot open the store's file";
    case KV_EIO: return "i/o error";
    case KV_EFORMAT: return "not a kv store";
    default: return err >= 0 ? "no error" : "unknown error";
    }
}
