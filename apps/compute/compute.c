/* compute - integer benchmark: sieve, CRC32, matrix multiply and sorting.
 *
 * Runs roughly half a billion RV32IM instructions and prints one result line
 * per kernel plus a combined checksum; the output is fully deterministic.
 * Standard C headers only, so it builds both as a bare-metal M-mode image
 * (build/bare/compute.elf) and as a user program of the guest OS
 * (build/compute.elf).
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define SIEVE_LIMIT 2000000u
#define SIEVE_ROUNDS 4u
#define CRC_BYTES (256u * 1024u)
#define CRC_ROUNDS 8u
#define MAT_N 64u
#define MAT_ROUNDS 40u
#define SORT_COUNT 65536u
#define SORT_ROUNDS 8u

#ifdef COMPUTE_MEASURE
/* Instructions retired so far (the instret CSR, unprivileged spec chapter 10). */
static uint32_t read_instret(void)
{
    uint32_t v;
    __asm__ volatile("csrr %0, instret" : "=r"(v));
    return v;
}
#endif

static uint8_t sieve_bits[SIEVE_LIMIT + 1];
static uint8_t crc_data[CRC_BYTES];
static int32_t mat_a[MAT_N][MAT_N];
static int32_t mat_b[MAT_N][MAT_N];
static int32_t mat_c[MAT_N][MAT_N];
static uint32_t sort_data[SORT_COUNT];
static uint32_t sort_tmp[SORT_COUNT];

/* xorshift32 step: deterministic pseudo-random numbers. */
static uint32_t xorshift32(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* Folds a 32-bit value into a running FNV-1a style checksum. */
static uint32_t mix(uint32_t acc, uint32_t value)
{
    for (int i = 0; i < 4; i++) {
        acc ^= (value >> (8 * i)) & 0xffu;
        acc *= 16777619u;
    }
    return acc;
}

/* Counts the primes up to limit with the sieve of Eratosthenes. */
static uint32_t sieve_count(uint32_t limit)
{
    memset(sieve_bits, 1, limit + 1);
    sieve_bits[0] = 0;
    sieve_bits[1] = 0;
    for (uint32_t i = 2; i * i <= limit; i++) {
        if (sieve_bits[i]) {
            for (uint32_t j = i * i; j <= limit; j += i) {
                sieve_bits[j] = 0;
            }
        }
    }
    uint32_t count = 0;
    for (uint32_t i = 0; i <= limit; i++) {
        count += sieve_bits[i];
    }
    return count;
}

/* Bitwise (table-free) reflected CRC-32 of len bytes, continuing from crc. */
static uint32_t crc32_update(uint32_t crc, const uint8_t *data, uint32_t len)
{
    crc = ~crc;
    for (uint32_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; bit++) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

/* C = A * B for MAT_N x MAT_N integer matrices; returns a checksum of C. */
static uint32_t matmul(void)
{
    for (uint32_t i = 0; i < MAT_N; i++) {
        for (uint32_t j = 0; j < MAT_N; j++) {
            int32_t sum = 0;
            for (uint32_t k = 0; k < MAT_N; k++) {
                sum += mat_a[i][k] * mat_b[k][j];
            }
            mat_c[i][j] = sum;
        }
    }
    uint32_t acc = 2166136261u;
    for (uint32_t i = 0; i < MAT_N; i++) {
        for (uint32_t j = 0; j < MAT_N; j++) {
            acc = mix(acc, (uint32_t)mat_c[i][j]);
        }
    }
    return acc;
}

/* Sorts a[0..n) with a bottom-up merge sort using tmp as scratch. */
static void merge_sort(uint32_t *a, uint32_t *tmp, uint32_t n)
{
    uint32_t *src = a;
    uint32_t *dst = tmp;
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t i = lo;
            uint32_t j = mid;
            uint32_t k = lo;
            while (i < mid && j < hi) {
                dst[k++] = src[i] <= src[j] ? src[i++] : src[j++];
            }
            while (i < mid) {
                dst[k++] = src[i++];
            }
            while (j < hi) {
                dst[k++] = src[j++];
            }
        }
        uint32_t *swap = src;
        src = dst;
        dst = swap;
    }
    if (src != a) {
        memcpy(a, src, n * sizeof a[0]);
    }
}

/* Insertion sort of a[0..n), used to finish small runs. */
static void insertion_sort(uint32_t *a, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++) {
        uint32_t v = a[i];
        uint32_t j = i;
        while (j > 0 && a[j - 1] > v) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = v;
    }
}

/* Returns 1 when a[0..n) is in non-decreasing order. */
static int is_sorted(const uint32_t *a, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++) {
        if (a[i - 1] > a[i]) {
            return 0;
        }
    }
    return 1;
}

/* Runs the sieve rounds; returns the prime count of the last round. */
static uint32_t run_sieve(uint32_t *acc)
{
    uint32_t primes = 0;
    for (uint32_t r = 0; r < SIEVE_ROUNDS; r++) {
        primes = sieve_count(SIEVE_LIMIT - r * 1000u);
        *acc = mix(*acc, primes);
    }
    printf("sieve: %" PRIu32 " primes <= %u\n", primes, SIEVE_LIMIT - (SIEVE_ROUNDS - 1) * 1000u);
    return primes;
}

/* Runs the CRC rounds over pseudo-random data; returns the final CRC. */
static uint32_t run_crc(uint32_t *acc)
{
    uint32_t seed = 0x12345678u;
    uint32_t crc = 0;
    for (uint32_t r = 0; r < CRC_ROUNDS; r++) {
        for (uint32_t i = 0; i < CRC_BYTES; i++) {
            crc_data[i] = (uint8_t)xorshift32(&seed);
        }
        crc = crc32_update(crc, crc_data, CRC_BYTES);
        *acc = mix(*acc, crc);
    }
    uint32_t check = crc32_update(0, (const uint8_t *)"123456789", 9);
    printf("crc32: %08" PRIx32 " (check %08" PRIx32 ")\n", crc, check);
    *acc = mix(*acc, check);
    return crc;
}

/* Runs the matrix rounds, feeding C back into A; returns the last checksum. */
static uint32_t run_matmul(uint32_t *acc)
{
    uint32_t seed = 0x9e3779b9u;
    for (uint32_t i = 0; i < MAT_N; i++) {
        for (uint32_t j = 0; j < MAT_N; j++) {
            mat_a[i][j] = (int32_t)(xorshift32(&seed) % 201u) - 100;
            mat_b[i][j] = (int32_t)(xorshift32(&seed) % 201u) - 100;
        }
    }
    uint32_t sum = 0;
    for (uint32_t r = 0; r < MAT_ROUNDS; r++) {
        sum = matmul();
        *acc = mix(*acc, sum);
        for (uint32_t i = 0; i < MAT_N; i++) {
            for (uint32_t j = 0; j < MAT_N; j++) {
                mat_a[i][j] = mat_c[i][j] % 1009;
            }
        }
    }
    printf("matmul: %ux%u x%u checksum %08" PRIx32 " c[7][9]=%" PRId32 "\n", MAT_N, MAT_N,
           MAT_ROUNDS, sum, mat_c[7][9]);
    return sum;
}

/* Runs the sort rounds; returns a checksum of the last sorted array. */
static uint32_t run_sort(uint32_t *acc, int *ok)
{
    uint32_t seed = 0xdeadbeefu;
    uint32_t sum = 0;
    for (uint32_t r = 0; r < SORT_ROUNDS; r++) {
        for (uint32_t i = 0; i < SORT_COUNT; i++) {
            sort_data[i] = xorshift32(&seed);
        }
        merge_sort(sort_data, sort_tmp, SORT_COUNT);
        insertion_sort(sort_data, 64);
        *ok &= is_sorted(sort_data, SORT_COUNT);
        sum = 2166136261u;
        for (uint32_t i = 0; i < SORT_COUNT; i += 97) {
            sum = mix(sum, sort_data[i]);
        }
        *acc = mix(*acc, sum);
    }
    printf("sort: %u x%u min %08" PRIx32 " median %08" PRIx32 " max %08" PRIx32 " sample %08" PRIx32 "\n",
           SORT_COUNT, SORT_ROUNDS, sort_data[0], sort_data[SORT_COUNT / 2], sort_data[SORT_COUNT - 1],
           sum);
    return sum;
}

int main(void)
{
    uint32_t acc = 2166136261u;
    int sorted_ok = 1;

    printf("compute: sieve, crc32, matmul, sort\n");
    uint32_t primes = run_sieve(&acc);
    uint32_t crc = run_crc(&acc);
    run_matmul(&acc);
    run_sort(&acc, &sorted_ok);
    printf("checksum: %08" PRIx32 "\n", acc);
#ifdef COMPUTE_MEASURE
    printf("instret: %" PRIu32 "\n", read_instret());
#endif
    if (!sorted_ok || primes == 0 || crc == 0) {
        printf("FAILED\n");
        return 1;
    }
    printf("done\n");
    return 0;
}
