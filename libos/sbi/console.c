/* console.c - SBI console calls: legacy putchar/getchar (SBI spec 5.2,
 * 5.3) and the debug console extension DBCN (SBI spec 12). */
#include <exovisor/sbi.h>

#include "fw.h"

/* Returns nonzero when S-mode may name [lo, lo + len) (with high half hi)
 * as a DBCN buffer: below 4 GiB, no wrap-around, outside the firmware. */
static int dbcn_buffer_ok(uint32_t len, uint32_t lo, uint32_t hi)
{
    return hi == 0 && !fw_region_overlaps(lo, len);
}

/* Legacy console_putchar(ch): writes the byte, blocking; returns 0. */
struct sbiret sbi_legacy_putchar(uint32_t fid, const uint32_t *args)
{
    (void)fid;
    uart_putc((uint8_t)args[0]);
    return (struct sbiret){SBI_SUCCESS, 0};
}

/* Legacy console_getchar(): the next input byte, or -1 when none is ready. */
struct sbiret sbi_legacy_getchar(uint32_t fid, const uint32_t *args)
{
    (void)fid;
    (void)args;
    return (struct sbiret){SBI_SUCCESS, (uint32_t)uart_getc()};
}

/* DBCN write(num_bytes, base_lo, base_hi): writes the bytes at that physical
 * address and returns how many were written. A buffer in firmware memory,
 * above 4 GiB or unbacked gets SBI_ERR_INVALID_PARAM. */
static struct sbiret dbcn_write(uint32_t len, uint32_t lo, uint32_t hi)
{
    uint8_t c;
    if (!dbcn_buffer_ok(len, lo, hi)) {
        return (struct sbiret){SBI_ERR_INVALID_PARAM, 0};
    }
    for (uint32_t i = 0; i < len; i++) {
        if (guarded_load8(lo + i, &c) != 0) {
            return (struct sbiret){SBI_ERR_INVALID_PARAM, 0};
        }
        uart_putc(c);
    }
    return (struct sbiret){SBI_SUCCESS, len};
}

/* DBCN read(num_bytes, base_lo, base_hi): stores the input bytes that are
 * ready, at most num_bytes, at that physical address without waiting;
 * returns how many. Buffers are checked as for write. */
static struct sbiret dbcn_read(uint32_t len, uint32_t lo, uint32_t hi)
{
    uint32_t n = 0;
    int c;
    if (!dbcn_buffer_ok(len, lo, hi)) {
        return (struct sbiret){SBI_ERR_INVALID_PARAM, 0};
    }
    while (n < len && (c = uart_getc()) >= 0) {
        if (guarded_store8(lo + n, (uint8_t)c) != 0) {
            return (struct sbiret){SBI_ERR_INVALID_PARAM, 0};
        }
        n++;
    }
    return (struct sbiret){SBI_SUCCESS, n};
}

/* DBCN extension: write, read and write_byte (blocking, returns 0). */
struct sbiret sbi_dbcn(uint32_t fid, const uint32_t *args)
{
    switch (fid) {
    case SBI_DBCN_WRITE:
        return dbcn_write(args[0], args[1], args[2]);
    case SBI_DBCN_READ:
        return dbcn_read(args[0], args[1], args[2]);
    case SBI_DBCN_WRITE_BYTE:
        uart_putc((uint8_t)args[0]);
        return (struct sbiret){SBI_SUCCESS, 0};
    default:
        return (struct sbiret){SBI_ERR_NOT_SUPPORTED, 0};
    }
}
