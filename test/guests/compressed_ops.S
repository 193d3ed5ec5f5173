/* compressed_ops.S - explicit RVC instruction forms for the compressed test.
 *
 * uint32_t compressed_run(uint32_t out[32]): executes a fixed sequence of
 * compressed instructions, stores each result in out[] and returns how many
 * results were stored. Every instruction between the labels is 16-bit.
 */

    .macro OUT reg, idx
    c.sw \reg, (\idx * 4)(a0)
    .endm

    .section .text.compressed_run, "ax", @progbits
    .balign 4
    .globl compressed_run
    .type compressed_run, @function
compressed_run:
    c.addi16sp sp, -32
    c.swsp ra, 28(sp)
    c.swsp s0, 24(sp)
    c.swsp s1, 20(sp)

    /* 0-1: c.li, c.addi */
    c.li a1, 21
    OUT a1, 0
    c.addi a1, -10
    OUT a1, 1
    /* 2-3: c.lui positive and negative */
    c.lui a2, 0x12
    OUT a2, 2
    c.lui a2, 0xfffff
    OUT a2, 3
    /* 4-6: c.srli, c.srai, c.slli */
    c.li a3, -1
    c.srli a3, 4
    OUT a3, 4
    c.li a3, -16
    c.srai a3, 2
    OUT a3, 5
    c.li a4, 3
    c.slli a4, 30
    OUT a4, 6
    /* 7: c.andi with a negative immediate */
    c.lui a5, 0x1
    c.addi a5, 0x1f
    c.andi a5, -4
    OUT a5, 7
    /* 8-11: c.sub, c.xor, c.or, c.and */
    c.li s0, 5
    c.li s1, 12
    c.sub s0, s1
    OUT s0, 8
    c.li s0, 0x0a
    c.xor s0, s1
    OUT s0, 9
    c.li s0, 0x03
    c.or s0, s1
    OUT s0, 10
    c.li s0, 0x0e
    c.and s0, s1
    OUT s0, 11
    /* 12-13: c.mv, c.add */
    c.mv a2, a4
    OUT a2, 12
    c.li a3, 7
    c.add a2, a3
    OUT a2, 13
    /* 14: branches and c.j; the path value accumulates taken/untaken arms */
    c.li a1, 0
    c.beqz a1, 1f
    c.li a1, 9
1:  c.addi a1, 1
    c.bnez a1, 2f
    c.li a1, 9
2:  c.li a2, 0
    c.bnez a2, 3f
    c.addi a1, 2
3:  c.beqz a1, 4f
    c.addi a1, 4
4:  c.j 5f
    c.li a1, 9
5:  OUT a1, 14
    /* 15: c.jal and c.jalr to subroutines returning with c.jr */
    c.jal compressed_add8
    la a3, compressed_add16
    c.jalr a3
    OUT a1, 15
    /* 16: c.addi4spn (sp + 16) measured against c.mv from sp */
    c.addi4spn a2, sp, 16
    c.mv a3, sp
    c.sub a2, a3
    OUT a2, 16
    /* 17: c.swsp / c.lwsp round trip */
    c.li a1, -7
    c.swsp a1, 8(sp)
    c.lwsp a4, 8(sp)
    OUT a4, 17
    /* 18: c.lw / c.sw with an offset */
    c.lw a5, 4(a0)
    c.addi a5, 1
    OUT a5, 18
    /* 19: c.nop leaves registers alone */
    c.li a5, 19
    c.nop
    OUT a5, 19

    c.lwsp ra, 28(sp)
    c.lwsp s0, 24(sp)
    c.lwsp s1, 20(sp)
    c.addi16sp sp, 32
    c.li a0, 20
    c.jr ra
    .size compressed_run, . - compressed_run

/* Adds 8 to a1 (called with c.jal). */
compressed_add8:
    c.addi a1, 8
    c.jr ra

/* Adds 16 to a1 (called with c.jalr). */
compressed_add16:
    c.addi a1, 16
    c.jr ra
