/* compressed - results of explicit RVC instruction forms (compressed_ops.S). */
#include <inttypes.h>
#include <stdio.h>

#include "bare.h"

uint32_t compressed_run(uint32_t out[32]);

struct rvc_result {
    const char *what;
    uint32_t want;
};

static const struct rvc_result expected[] = {
    {"c.li 21", 21},
    {"c.addi -10", 11},
    {"c.lui 0x12", 0x00012000u},
    {"c.lui 0xfffff", 0xfffff000u},
    {"c.srli -1,4", 0x0fffffffu},
    {"c.srai -16,2", 0xfffffffcu},
    {"c.slli 3,30", 0xc0000000u},
    {"c.andi 0x101f,-4", 0x0000101cu},
    {"c.sub 5-12", 0xfffffff9u},
    {"c.xor 10^12", 6},
    {"c.or 3|12", 15},
    {"c.and 14&12", 12},
    {"c.mv", 0xc0000000u},
    {"c.add", 0xc0000007u},
    {"branches+c.j", 7},
    {"c.jal+c.jalr+c.jr", 31},
    {"c.addi4spn 16", 16},
    {"c.swsp/c.lwsp", 0xfffffff9u},
    {"c.lw+1", 12},
    {"c.nop", 19},
};

int main(void)
{
    uint32_t out[32] = {0};
    int failures = 0;
    uint32_t n = compressed_run(out);
    uint32_t want_n = sizeof expected / sizeof expected[0];

    printf("compressed: %" PRIu32 " results\n", n);
    if (n != want_n) {
        printf("BAD result count, want %" PRIu32 "\n", want_n);
        failures++;
    }
    for (uint32_t i = 0; i < want_n; i++) {
        printf("%2" PRIu32 " %-18s %08" PRIx32, i, expected[i].what, out[i]);
        if (out[i] != expected[i].want) {
            printf(" BAD want %08" PRIx32, expected[i].want);
            failures++;
        }
        printf("\n");
    }
    if (failures != 0) {
        printf("FAILED %d checks\n", failures);
        return 1;
    }
    printf("SUCCESS\n");
    return 0;
}
