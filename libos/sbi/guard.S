/* guard.S - loads and stores at addresses chosen by S-mode.
 *
 * The firmware reads and writes S-mode memory on its behalf (DBCN) and
 * reads the boot record QEMU's ROM points at. Such an address may be
 * unbacked: the access then faults in M-mode. sbi_trap recognises a fault
 * whose mepc lies in __guard_start..__guard_end and resumes at guard_fault,
 * which makes the guarded function return -1. The functions are leaves that
 * keep ra, so the fixup can simply return.
 */

    .section .text.guard, "ax", @progbits
    .balign 4
    .globl __guard_start
__guard_start:

/* int guarded_load8(uint32_t addr, uint8_t *out): *out = byte at addr; 0, or -1 on a fault. */
    .globl guarded_load8
    .type guarded_load8, @function
guarded_load8:
    lbu t0, 0(a0)
    sb t0, 0(a1)
    li a0, 0
    ret
    .size guarded_load8, . - guarded_load8

/* int guarded_store8(uint32_t addr, uint8_t val): byte at addr = val; 0, or -1 on a fault. */
    .globl guarded_store8
    .type guarded_store8, @function
guarded_store8:
    sb a1, 0(a0)
    li a0, 0
    ret
    .size guarded_store8, . - guarded_store8

/* int guarded_load32(uint32_t addr, uint32_t *out): *out = word at addr (aligned); 0, or -1 on a fault. */
    .globl guarded_load32
    .type guarded_load32, @function
guarded_load32:
    lw t0, 0(a0)
    sw t0, 0(a1)
    li a0, 0
    ret
    .size guarded_load32, . - guarded_load32

    .globl __guard_end
__guard_end:

/* Resumption point of a faulting guarded access: the function returns -1. */
    .globl guard_fault
    .type guard_fault, @function
guard_fault:
    li a0, -1
    ret
    .size guard_fault, . - guard_fault
