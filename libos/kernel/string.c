/* string.c - the memory and string routines the kernel (and gcc) use. */
#include "defs.h"

/* Fills n bytes at dst with c; returns dst. */
void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;
    if ((((uintptr_t)d | n) & 3u) == 0) {
        uint32_t w = (uint8_t)c * 0x01010101u;
        for (size_t i = 0; i < n; i += 4) {
            *(uint32_t *)(void *)(d + i) = w;
        }
        return dst;
    }
    for (size_t i = 0; i < n; i++) {
        d[i] = (uint8_t)c;
    }
    return dst;
}

/* Copies n bytes; the ranges must not overlap. Word copies when both are aligned. */
void *memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    if ((((uintptr_t)d | (uintptr_t)s | n) & 3u) == 0) {
        for (size_t i = 0; i < n; i += 4) {
            *(uint32_t *)(void *)(d + i) = *(const uint32_t *)(const void *)(s + i);
        }
        return dst;
    }
    for (size_t i = 0; i < n; i++) {
        d[i] = s[i];
    }
    return dst;
}

/* Copies n bytes; the ranges may overlap. */
void *memmove(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    if (d <= s || d >= s + n) {
        for (size_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
    } else {
        for (size_t i = n; i > 0; i--) {
            d[i - 1] = s[i - 1];
        }
    }
    return dst;
}

/* Compares n bytes: <0, 0 or >0 like the C library. */
int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a;
    const uint8_t *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return x[i] - y[i];
        }
    }
    return 0;
}

/* Length of a NUL-terminated string. */
size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

/* Compares at most n characters of two strings. */
int strncmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (a[i] != b[i] || a[i] == '\0') {
            return (uint8_t)a[i] - (uint8_t)b[i];
        }
    }
    return 0;
}

/* Compares two strings. */
int strcmp(const char *a, const char *b)
{
    return strncmp(a, b, (size_t)-1);
}

/* Copies src into dst[size], always NUL-terminating (size > 0), truncating if needed. */
void strlcpy_k(char *dst, const char *src, size_t size)
{
    size_t i = 0;
    for (; i + 1 < size && src[i] != '\0'; i++) {
        dst[i] = src[i];
    }
    dst[i] = '\0';
}
