/* user.S - the code probes run in U-mode, and the S-mode wait loop.
 *
 * Every U-mode routine is position independent and touches no global, so
 * it runs the same from its link address (satp Bare) and from a U-mode
 * alias of the image (Sv32). Each but user_jump ends in an ecall, so a
 * routine whose expected trap does not happen still comes back, with
 * scause 8.
 * Everything is assembled without compressed instructions: the probes
 * compare stval with these exact 32-bit encodings.
 */
    .option norvc

    .macro user_routine name
    .section .text.user.\name, "ax", @progbits
    .balign 4
    .globl \name
    .type \name, @function
\name:
    .endm

/* ecall at its first instruction. */
user_routine user_ecall
    ecall
    j user_ecall
    .size user_ecall, . - user_ecall

/* ebreak at its first instruction. */
user_routine user_ebreak
    ebreak
    ecall
    .size user_ebreak, . - user_ebreak

/* csrr t0, sstatus (0x100022f3): an S CSR from U-mode. */
user_routine user_read_sstatus
    csrr t0, sstatus
    ecall
    .size user_read_sstatus, . - user_read_sstatus

/* sret (0x10200073) from U-mode. */
user_routine user_sret
    sret
    ecall
    .size user_sret, . - user_sret

/* sfence.vma (0x12000073) from U-mode. */
user_routine user_sfence
    sfence.vma
    ecall
    .size user_sfence, . - user_sfence

/* 0x0000000b: the custom-0 major opcode, which this machine leaves unimplemented. */
user_routine user_custom0
    .word 0x0000000b
    ecall
    .size user_custom0, . - user_custom0

/* rdcycle t0 (0xc00022f3): allowed only when scounteren.CY is set. */
user_routine user_rdcycle
    rdcycle t0
    ecall
    .size user_rdcycle, . - user_rdcycle

/* Loads the word at a0. */
user_routine user_load
    lw t0, 0(a0)
    ecall
    .size user_load, . - user_load

/* Stores a0 at a0. */
user_routine user_store
    sw a0, 0(a0)
    ecall
    .size user_store, . - user_store

/* Jumps to a0. */
user_routine user_jump
    jr a0
    .size user_jump, . - user_jump

/* Spins until the word at a0 is nonzero or the low word of time passes the
 * word at a0 + 4 (needs scounteren.TM); the loop is [user_wait, user_wait_end). */
user_routine user_wait
    lw t0, 0(a0)
    bnez t0, 1f
    lw t1, 4(a0)
    rdtime t2
    sub t1, t1, t2
    bgtz t1, user_wait
    .globl user_wait_end
user_wait_end:
1:  ecall
    .size user_wait, . - user_wait

/* void spin_until(const volatile uint32_t *count, uint32_t target,
 *                 uint32_t time_limit): S-mode; with sstatus.SIE on, waits
 * until *count >= target or the low word of time passes time_limit, then
 * turns SIE off again. Interrupts can only arrive inside
 * [spin_until, spin_until_end). */
    .section .text.spin_until, "ax", @progbits
    .balign 4
    .globl spin_until
    .type spin_until, @function
spin_until:
    csrsi sstatus, 2
1:  lw t0, 0(a0)
    bgeu t0, a1, 2f
    rdtime t1
    sub t2, a2, t1
    bgtz t2, 1b
2:  csrci sstatus, 2
    .globl spin_until_end
spin_until_end:
    ret
    .size spin_until, . - spin_until
