/* kv/module.c - the record of the kv module: kv.c, a key-value store in a
 * file, over the posix module's descriptors (the fs module supplies the
 * file system; kv.c itself uses POSIX calls only, so it also builds into
 * user programs of the guest OS kernel). */
#include "module.h"

EXO_MODULE("kv", "posix,libc", "",
           "a key-value store in one file (kv_open, kv_get, kv_put, kv_del, kv_count, kv_close) over POSIX files; link fs for a disk");
