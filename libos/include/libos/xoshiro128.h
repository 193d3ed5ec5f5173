/* libos/xoshiro128.h - xoshiro128** (Blackman and Vigna), the small
 * non-cryptographic generator behind the kernel's getrandom and a
 * unikernel's getentropy. Both seed it from the VM generation ID, and seed
 * it again whenever the generation changes (a restored snapshot), so two
 * copies restored from one snapshot draw different numbers. Not suitable
 * for keys: the seed is the hypervisor's, and the state is guessable from
 * enough output. */
#ifndef LIBOS_XOSHIRO128_H
#define LIBOS_XOSHIRO128_H

#include <stdint.h>

struct xoshiro128 {
    uint32_t s[4];
};

/* Seeds the generator with 128 bits (an all-zero seed, which would stay
 * zero for ever, is replaced by a fixed non-zero one). */
static inline void xoshiro128_seed(struct xoshiro128 *g, const uint32_t seed[4])
{
    uint32_t any = 0;
    for (int i = 0; i < 4; i++) {
        g->s[i] = seed[i];
        any |= seed[i];
    }
    if (any == 0) {
        g->s[0] = 0x9e3779b9u;
    }
}

/* The next 32 random bits. */
static inline uint32_t xoshiro128_next(struct xoshiro128 *g)
{
    uint32_t *s = g->s;
    uint32_t x = s[1] * 5u;
    uint32_t r = ((x << 7) | (x >> 25)) * 9u;
    uint32_t t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = (s[3] << 11) | (s[3] >> 21);
    return r;
}

/* Fills buf with len random bytes. */
static inline void xoshiro128_fill(struct xoshiro128 *g, uint8_t *buf, uint32_t len)
{
    for (uint32_t i = 0; i < len; i += 4) {
        uint32_t w = xoshiro128_next(g);
        for (uint32_t k = 0; k < 4 && i + k < len; k++) {
            buf[i + k] = (uint8_t)(w >> (8 * k));
        }
    }
}

#endif
