/* riscv.h - RISC-V privileged-architecture names used by the firmware.
 *
 * CSR bits and trap causes are named after the RISC-V privileged
 * specification; the CSR accessors take a bare CSR name such as mstatus.
 */
#ifndef SBI_RISCV_H
#define SBI_RISCV_H

/* mstatus: previous privilege (MPP) and machine interrupt enables. */
#define MSTATUS_MIE      (1u << 3)
#define MSTATUS_MPIE     (1u << 7)
#define MSTATUS_MPP_MASK (3u << 11)
#define MSTATUS_MPP_S    (1u << 11)
#define MSTATUS_MPP_M    (3u << 11)

/* Interrupt numbers (bit positions in mip / mie / mideleg). */
#define IRQ_S_SOFT  1
#define IRQ_S_TIMER 5
#define IRQ_M_TIMER 7
#define IRQ_S_EXT   9

#define MIP_SSIP (1u << IRQ_S_SOFT)
#define MIP_STIP (1u << IRQ_S_TIMER)
#define MIP_MTIP (1u << IRQ_M_TIMER)
#define MIP_SEIP (1u << IRQ_S_EXT)
#define MIE_MTIE (1u << IRQ_M_TIMER)

/* mcause: interrupt flag and exception codes. */
#define MCAUSE_INTERRUPT          (1u << 31)
#define CAUSE_MISALIGNED_FETCH    0
#define CAUSE_FETCH_ACCESS        1
#define CAUSE_ILLEGAL_INSTRUCTION 2
#define CAUSE_BREAKPOINT          3
#define CAUSE_MISALIGNED_LOAD     4
#define CAUSE_LOAD_ACCESS         5
#define CAUSE_MISALIGNED_STORE    6
#define CAUSE_STORE_ACCESS        7
#define CAUSE_USER_ECALL          8
#define CAUSE_SUPERVISOR_ECALL    9
#define CAUSE_MACHINE_ECALL       11
#define CAUSE_FETCH_PAGE_FAULT    12
#define CAUSE_LOAD_PAGE_FAULT     13
#define CAUSE_STORE_PAGE_FAULT    15

/* mcounteren: counters readable below M-mode. */
#define MCOUNTEREN_CY (1u << 0)
#define MCOUNTEREN_TM (1u << 1)
#define MCOUNTEREN_IR (1u << 2)

/* pmpcfg fields of one entry (8 bits each, four entries per pmpcfg on RV32). */
#define PMP_R       0x01u
#define PMP_W       0x02u
#define PMP_X       0x04u
#define PMP_A_NAPOT 0x18u
#define PMP_CFG_SHIFT(i) ((i) * 8)
/* pmpaddr of the NAPOT region that spans the whole address space. */
#define PMPADDR_NAPOT_ALL 0xffffffffu

/* The ecall instruction is always 4 bytes long (it has no compressed form). */
#define ECALL_INSN_LEN 4

#ifndef __ASSEMBLER__
#include <stdint.h>

#include <riscv/csr.h>
#endif /* __ASSEMBLER__ */

#endif
