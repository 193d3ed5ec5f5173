/* arith - RV32I/M edge cases executed with inline asm (no constant folding). */
#include <inttypes.h>
#include <stdio.h>

#include "bare.h"

typedef uint32_t (*binop_fn)(uint32_t a, uint32_t b);

/* Defines op_<insn>(a, b) executing "<insn> rd, a, b". */
#define DEFINE_RR(insn)                                                        \
    static uint32_t op_##insn(uint32_t a, uint32_t b)                          \
    {                                                                          \
        uint32_t r;                                                            \
        __asm__ volatile(#insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));      \
        return r;                                                              \
    }

/* Defines op_<insn>_<tag>(a, b) executing "<insn> rd, a, imm" (b unused). */
#define DEFINE_RI(insn, tag, imm)                                              \
    static uint32_t op_##insn##_##tag(uint32_t a, uint32_t b)                  \
    {                                                                          \
        uint32_t r;                                                            \
        (void)b;                                                               \
        __asm__ volatile(#insn " %0, %1, " #imm : "=r"(r) : "r"(a));           \
        return r;                                                              \
    }

DEFINE_RR(add)
DEFINE_RR(sub)
DEFINE_RR(sll)
DEFINE_RR(srl)
DEFINE_RR(sra)
DEFINE_RR(slt)
DEFINE_RR(sltu)
DEFINE_RR(mul)
DEFINE_RR(mulh)
DEFINE_RR(mulhsu)
DEFINE_RR(mulhu)
DEFINE_RR(div)
DEFINE_RR(divu)
DEFINE_RR(rem)
DEFINE_RR(remu)
DEFINE_RI(slli, 31, 31)
DEFINE_RI(srli, 31, 31)
DEFINE_RI(srai, 31, 31)
DEFINE_RI(slti, m1, -1)
DEFINE_RI(sltiu, m1, -1)
DEFINE_RI(addi, m2048, -2048)
DEFINE_RI(xori, m1, -1)

struct arith_case {
    const char *name;
    binop_fn fn;
    uint32_t a;
    uint32_t b;
    uint32_t want;
};

static const struct arith_case cases[] = {
    {"add", op_add, 0x7fffffff, 0x00000001, 0x80000000},
    {"sub", op_sub, 0x00000000, 0x80000000, 0x80000000},
    {"sll", op_sll, 0x00000001, 31, 0x80000000},
    {"sll", op_sll, 0x00000001, 32, 0x00000001},
    {"sll", op_sll, 0x00000001, 0xffffffe1, 0x00000002},
    {"srl", op_srl, 0x80000000, 31, 0x00000001},
    {"sra", op_sra, 0x80000000, 31, 0xffffffff},
    {"sra", op_sra, 0x80000000, 63, 0xffffffff},
    {"sra", op_sra, 0x40000000, 30, 0x00000001},
    {"slli31", op_slli_31, 0x00000003, 0, 0x80000000},
    {"srli31", op_srli_31, 0xffffffff, 0, 0x00000001},
    {"srai31", op_srai_31, 0x80000000, 0, 0xffffffff},
    {"srai31", op_srai_31, 0x7fffffff, 0, 0x00000000},
    {"slt", op_slt, 0xffffffff, 0x00000000, 1},
    {"sltu", op_sltu, 0xffffffff, 0x00000000, 0},
    {"slt", op_slt, 0x80000000, 0x7fffffff, 1},
    {"sltu", op_sltu, 0x80000000, 0x7fffffff, 0},
    {"slt", op_slt, 0xfffffffe, 0xffffffff, 1},
    {"sltu", op_sltu, 0x00000000, 0x00000000, 0},
    {"slti-1", op_slti_m1, 0x00000005, 0, 0},
    {"slti-1", op_slti_m1, 0x80000000, 0, 1},
    {"sltiu-1", op_sltiu_m1, 0x00000005, 0, 1},
    {"sltiu-1", op_sltiu_m1, 0xffffffff, 0, 0},
    {"addi", op_addi_m2048, 0x00000000, 0, 0xfffff800},
    {"xori-1", op_xori_m1, 0x0f0f0f0f, 0, 0xf0f0f0f0},
    {"mul", op_mul, 0x80000000, 0xffffffff, 0x80000000},
    {"mul", op_mul, 0x12345678, 0x9abcdef0, 0x242d2080},
    {"mulh", op_mulh, 0x80000000, 0x80000000, 0x40000000},
    {"mulh", op_mulh, 0x80000000, 0x7fffffff, 0xc0000000},
    {"mulh", op_mulh, 0xffffffff, 0xffffffff, 0x00000000},
    {"mulh", op_mulh, 0x7fffffff, 0x7fffffff, 0x3fffffff},
    {"mulhsu", op_mulhsu, 0xffffffff, 0xffffffff, 0xffffffff},
    {"mulhsu", op_mulhsu, 0x80000000, 0xffffffff, 0x80000000},
    {"mulhsu", op_mulhsu, 0x7fffffff, 0x80000000, 0x3fffffff},
    {"mulhsu", op_mulhsu, 0x80000000, 0x00000001, 0xffffffff},
    {"mulhu", op_mulhu, 0xffffffff, 0xffffffff, 0xfffffffe},
    {"mulhu", op_mulhu, 0x80000000, 0x80000000, 0x40000000},
    {"mulhu", op_mulhu, 0x80000000, 0x00000001, 0x00000000},
    {"div", op_div, 0x00000007, 0x00000000, 0xffffffff},
    {"div", op_div, 0x80000000, 0xffffffff, 0x80000000},
    {"div", op_div, 0xfffffff9, 0x00000002, 0xfffffffd},
    {"div", op_div, 0x00000007, 0xfffffffe, 0xfffffffd},
    {"divu", op_divu, 0x00000007, 0x00000000, 0xffffffff},
    {"divu", op_divu, 0xfffffff9, 0x00000002, 0x7ffffffc},
    {"divu", op_divu, 0x80000000, 0xffffffff, 0x00000000},
    {"rem", op_rem, 0x00000007, 0x00000000, 0x00000007},
    {"rem", op_rem, 0x80000000, 0xffffffff, 0x00000000},
    {"rem", op_rem, 0xfffffff9, 0x00000002, 0xffffffff},
    {"rem", op_rem, 0x00000007, 0xfffffffe, 0x00000001},
    {"remu", op_remu, 0x00000007, 0x00000000, 0x00000007},
    {"remu", op_remu, 0xfffffff9, 0x00000002, 0x00000001},
    {"remu", op_remu, 0x80000000, 0xffffffff, 0x80000000},
};

static const uint8_t load_bytes[4] __attribute__((aligned(4))) = {0x80, 0x7f, 0xff, 0x80};

/* Executes the sign/zero-extending loads at index 0 and 2 of load_bytes. */
static int check_loads(void)
{
    uint32_t lb;
    uint32_t lbu;
    uint32_t lh;
    uint32_t lhu;
    const uint8_t *p = load_bytes;
    __asm__ volatile("lb %0, 0(%1)" : "=r"(lb) : "r"(p));
    __asm__ volatile("lbu %0, 0(%1)" : "=r"(lbu) : "r"(p));
    __asm__ volatile("lh %0, 2(%1)" : "=r"(lh) : "r"(p));
    __asm__ volatile("lhu %0, 2(%1)" : "=r"(lhu) : "r"(p));
    printf("lb %08" PRIx32 " lbu %08" PRIx32 " lh %08" PRIx32 " lhu %08" PRIx32 "\n",
           lb, lbu, lh, lhu);
    return lb == 0xffffff80u && lbu == 0x80u && lh == 0xffff80ffu && lhu == 0x80ffu;
}

int main(void)
{
    int failures = 0;
    unsigned n = sizeof cases / sizeof cases[0];

    printf("arith: %u cases\n", n);
    for (unsigned i = 0; i < n; i++) {
        const struct arith_case *c = &cases[i];
        uint32_t got = c->fn(c->a, c->b);
        printf("%-7s %08" PRIx32 " %08" PRIx32 " -> %08" PRIx32, c->name, c->a, c->b, got);
        if (got != c->want) {
            printf(" BAD want %08" PRIx32, c->want);
            failures++;
        }
        printf("\n");
    }
    if (!check_loads()) {
        printf("BAD loads\n");
        failures++;
    }
    if (failures != 0) {
        printf("FAILED %d cases\n", failures);
        return 1;
    }
    printf("SUCCESS\n");
    return 0;
}
