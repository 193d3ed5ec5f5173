/* kv/kv.h - a key-value store in one file, written against POSIX calls only
 * (open, read, write, lseek, close), so the same kv.c is the kv module of a
 * unikernel and part of a user program of the guest OS kernel; one disk
 * serves both.
 *
 * One store is open at a time. Keys are 1 to KV_KEY_MAX bytes, values 0 to
 * KV_VALUE_MAX bytes, both NUL-terminated strings (any byte but NUL).
 *
 * The file: a hashed file of fixed-size records, all integers little-endian.
 *
 *   offset 0                 the header, KV_RECORD bytes:
 *                              0  magic "EXKV"
 *                              4  u32 version (1)
 *                              8  u32 record size (KV_RECORD = 128)
 *                             12  u32 number of slots N (KV_SLOTS = 256 when created)
 *                             16  zeros
 *   offset 128 * (1 + i)     slot i (0 <= i < N), KV_RECORD bytes:
 *                              0  u8 state: 0 empty, 1 live, 2 deleted
 *                              1  u8 key length (1..32)
 *                              2  u8 value length (0..92)
 *                              3  u8 zero
 *                              4  key bytes (32, zero padded)
 *                             36  value bytes (92, zero padded)
 *
 * The file is exactly 128 * (1 + N) bytes. A key lives in the first slot
 * of its probe sequence that holds it: slots h, h+1, ... (mod N) from
 * h = FNV-1a-32(key) mod N, ending at an empty slot. A put rewrites the
 * key's slot in place or takes the first deleted or empty slot of the
 * sequence; a delete marks the slot deleted (so later keys of the sequence
 * stay reachable). Records never straddle a file-system block (4096 is a
 * multiple of 128), and each change is one write of one record.
 *
 * Durability is the file system's: the guest OS kernel and the fs module
 * write a file's blocks back when it is closed (kv_close) and at shutdown. */
#ifndef UNI_KV_H
#define UNI_KV_H

#define KV_KEY_MAX 32
#define KV_VALUE_MAX 92
#define KV_RECORD 128
#define KV_SLOTS 256

/* Errors (negative results). */
#define KV_ENOTFOUND (-1) /* no such key */
#define KV_EINVAL (-2)    /* empty key, no store open, or one already open */
#define KV_E2BIG (-3)     /* key or value too long */
#define KV_EFULL (-4)     /* every slot holds a live key */
#define KV_ERANGE (-5)    /* kv_get's buffer is too small for the value */
#define KV_EOPEN (-6)     /* the file cannot be opened or created (errno says why) */
#define KV_EIO (-7)       /* a read, write or seek failed or came up short */
#define KV_EFORMAT (-8)   /* the file is not a store of this format */

/* Opens the store in the file at path, creating it (empty) if it does not
 * exist or is empty: 0 or an error. */
int kv_open(const char *path);

/* Copies key's value, NUL-terminated, into buf[len]: the value's length, or
 * an error (KV_ENOTFOUND, KV_ERANGE when len <= the value's length). */
int kv_get(const char *key, char *buf, unsigned len);

/* Sets key to value: 0 or an error. */
int kv_put(const char *key, const char *value);

/* Removes key: 0 or an error (KV_ENOTFOUND). */
int kv_del(const char *key);

/* The number of keys, or an error. */
int kv_count(void);

/* Closes the store (the file system writes it back): 0 or an error. */
int kv_close(void);

/* A short description of an error. */
const char *kv_strerror(int err);

#endif
