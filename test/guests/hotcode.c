/* hotcode - behaviour that must not change once code is hot enough to be
 * translated: code rewritten after it ran many times (with fence.i), a loop
 * that rewrites an instruction of its own body, and faults taken in the
 * middle of a hot loop (precise mepc, retired stores kept, resumption). */
#include <inttypes.h>
#include <stdio.h>

#include "bare.h"
#include "trap.h"

static uint8_t trap_stack[1024] __attribute__((aligned(16)));
static volatile uint32_t faults;
static volatile uint32_t fault_tval;
static int failures;

/* A tiny function assembled into RAM: addi a0, a0, IMM; ret. */
static uint32_t patch_buf[2] __attribute__((aligned(4)));

#define ADDI_A0_A0(imm) ((((uint32_t)(imm) & 0xfffu) << 20) | (10u << 15) | (10u << 7) | 0x13u)
#define RET 0x00008067u

/* Records a load fault and skips the faulting (4-byte) instruction. */
void trap_m_handler(struct trap_frame *frame)
{
    (void)frame;
    uint32_t epc = BARE_CSR_READ(mepc);
    faults++;
    fault_tval = BARE_CSR_READ(mtval);
    BARE_CSR_WRITE(mepc, epc + trap_insn_len(epc));
}

static void check(const char *what, uint32_t got, uint32_t want)
{
    printf("%-24s %" PRIu32 "%s\n", what, got, got == want ? "" : " (WRONG)");
    failures += got != want;
}

/* Calls the RAM function n times, accumulating its result. */
static uint32_t call_many(uint32_t n)
{
    uint32_t (*fn)(uint32_t) = (uint32_t (*)(uint32_t))(uintptr_t)patch_buf;
    uint32_t acc = 0;
    for (uint32_t i = 0; i < n; i++) acc = fn(acc);
    return acc;
}

/* Code written, run hot, rewritten, run again: the new code must run. */
static void test_rewrite(void)
{
    patch_buf[0] = ADDI_A0_A0(1);
    patch_buf[1] = RET;
    __asm__ volatile("fence.i" ::: "memory");
    check("rewrite: first", call_many(5000), 5000);
    patch_buf[0] = ADDI_A0_A0(3);
    __asm__ volatile("fence.i" ::: "memory");
    check("rewrite: second", call_many(5000), 15000);
}

/* A loop that rewrites an instruction of its own body at iteration 1000:
 * "addi t5, t5, 1" becomes "addi t5, t5, 5" (restored afterwards). */
static void test_self_patch(void)
{
    uint32_t sum;
    __asm__ volatile(
        "   li      t5, 0\n"
        "   li      t0, 0\n"
        "   li      t1, 2000\n"
        "   li      t4, 1000\n"
        "   la      t2, 2f\n"
        "   li      t3, 0x005f0f13\n"
        "1: bne     t0, t4, 2f\n"
        "   sw      t3, 0(t2)\n"
        "   fence.i\n"
        "2: .word   0x001f0f13\n"
        "   addi    t0, t0, 1\n"
        "   blt     t0, t1, 1b\n"
        "   li      t3, 0x001f0f13\n"
        "   sw      t3, 0(t2)\n"
        "   fence.i\n"
        "   mv      %[sum], t5\n"
        : [sum] "=r"(sum)
        :
        : "t0", "t1", "t2", "t3", "t4", "t5", "memory");
    check("self-patching loop", sum, 1000u + 5u * 1000u);
}

/* A hot loop over an array whose tail lies past the end of RAM: every load
 * there faults; stores before each fault must have happened. */
static void test_fault_in_loop(void)
{
    volatile uint32_t *edge = (volatile uint32_t *)(uintptr_t)(0x88000000u - 64u);
    static volatile uint32_t seen[32];
    for (uint32_t i = 0; i < 16; i++) edge[i] = i + 1;
    uint32_t total = 0;
    for (uint32_t pass = 0; pass < 200; pass++) {
        for (uint32_t i = 0; i < 16; i++) total += edge[i];
    }
    check("hot loop sum", total, 200u * 136u);
    faults = 0;
    uint32_t got = 0;
    for (uint32_t pass = 0; pass < 100; pass++) {
        for (uint32_t i = 0; i < 32; i++) {
            uint32_t v = 0;
            __asm__ volatile("lw %0, 0(%1)" : "+r"(v) : "r"(edge + i) : "memory");
            seen[i] = v;
            got += v;
        }
    }
    check("faulting loads", faults, 100u * 16u);
    check("last fault tval", fault_tval, 0x88000000u + 15u * 4u);
    check("sum before the edge", got, 100u * 136u);
    check("last good element", seen[15], 16);
    check("skipped load kept 0", seen[16], 0);
}

int main(void)
{
    printf("hotcode\n");
    BARE_CSR_WRITE(mscratch, (uint32_t)(uintptr_t)(trap_stack + sizeof trap_stack));
    BARE_CSR_WRITE(mtvec, (uint32_t)(uintptr_t)trap_m_entry);
    test_rewrite();
    test_self_patch();
    test_fault_in_loop();
    if (failures != 0) {
        printf("FAILED %d checks\n", failures);
        return 1;
    }
    printf("SUCCESS\n");
    return 0;
}
