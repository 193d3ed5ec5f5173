/* fsbench - file-system throughput and integrity: writes a file of
 * argv[1] KiB (default 3072) with a position-dependent pattern, reopens
 * it, reads it back checking every byte and its size, prints a checksum,
 * and unlinks it unless argv[2] is "keep". Exits 1 on any error. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_KIB 3072ul
#define CHUNK 8192u
#define FILE_NAME "fsbench.dat"

static unsigned char buf[CHUNK];

/* Byte at offset pos: a multiplicative hash, so misplaced blocks show. */
static unsigned char pattern(unsigned pos)
{
    return (unsigned char)(((pos * 2654435761u) & 0xffffffffu) >> 24);
}

/* Folds bytes into an FNV-1a checksum. */
static unsigned fnv1a(unsigned h, const unsigned char *p, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        h = ((h ^ p[i]) * 16777619u) & 0xffffffffu;
    }
    return h;
}

/* Prints what failed; returns the exit status 1. */
static int fail(const char *what)
{
    printf("fsbench: %s failed\n", what);
    return 1;
}

/* Creates the file and writes size bytes of the pattern; 0 or 1. */
static int write_file(unsigned size)
{
    int fd = open(FILE_NAME, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        return fail("create " FILE_NAME);
    }
    for (unsigned pos = 0; pos < size; pos += CHUNK) {
        unsigned n = size - pos < CHUNK ? size - pos : CHUNK;
        for (unsigned i = 0; i < n; i++) {
            buf[i] = pattern(pos + i);
        }
        if (write(fd, buf, n) != (ssize_t)n) {
            return fail("write");
        }
    }
    return close(fd) < 0 ? fail("close") : 0;
}

/* Reads the file back, checking its size and every byte; 0 or 1. */
static int verify_file(unsigned size, unsigned *checksum)
{
    int fd = open(FILE_NAME, O_RDONLY);
    if (fd < 0) {
        return fail("reopen " FILE_NAME);
    }
    if (lseek(fd, 0, SEEK_END) != (off_t)size || lseek(fd, 0, SEEK_SET) != 0) {
        printf("fsbench: size is not %lu bytes\n", (unsigned long)size);
        return 1;
    }
    unsigned pos = 0, h = 2166136261u;
    for (ssize_t n; (n = read(fd, buf, CHUNK)) != 0; pos += (unsigned)n) {
        if (n < 0) {
            return fail("read");
        }
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] != pattern(pos + (unsigned)i)) {
                printf("fsbench: byte %lu is %u, expected %u\n", (unsigned long)(pos + (unsigned)i),
                       buf[i], pattern(pos + (unsigned)i));
                return 1;
            }
        }
        h = fnv1a(h, buf, (unsigned)n);
    }
    if (pos != size) {
        printf("fsbench: read %lu bytes, expected %lu\n", (unsigned long)pos, (unsigned long)size);
        return 1;
    }
    *checksum = h;
    return close(fd) < 0 ? fail("close") : 0;
}

int main(int argc, char **argv)
{
    unsigned long kib = argc > 1 ? strtoul(argv[1], NULL, 10) : DEFAULT_KIB;
    int keep = argc > 2 && strcmp(argv[2], "keep") == 0;
    unsigned size = (unsigned)kib * 1024u, checksum = 0;
    if (kib == 0 || kib > 1024ul * 1024ul) {
        printf("fsbench: size must be 1 to 1048576 KiB\n");
        return 1;
    }
    if (write_file(size) != 0 || verify_file(size, &checksum) != 0) {
        return 1;
    }
    printf("fsbench: wrote and read back %lu KiB, checksum %08lx\n", kib, (unsigned long)checksum);
    if (!keep && unlink(FILE_NAME) < 0) {
        return fail("unlink " FILE_NAME);
    }
    return 0;
}
