/* riscv/csr.h - access to control and status registers (Zicsr) from C.
 *
 * csr is a bare CSR name as the assembler knows it (mstatus, satp, ...).
 * Writes are compiler barriers, since a CSR write can change how memory is
 * translated or which interrupts may arrive.
 */
#ifndef RISCV_CSR_H
#define RISCV_CSR_H

#include <stdint.h>

#define csr_read(csr)                                                          \
    ({                                                                         \
        uint32_t csr_v_;                                                       \
        __asm__ volatile("csrr %0, " #csr : "=r"(csr_v_));                     \
        csr_v_;                                                                \
    })
#define csr_write(csr, val)                                                    \
    __asm__ volatile("csrw " #csr ", %0" ::"r"((uint32_t)(val)) : "memory")
#define csr_set(csr, val)                                                      \
    __asm__ volatile("csrs " #csr ", %0" ::"r"((uint32_t)(val)) : "memory")
#define csr_clear(csr, val)                                                    \
    __asm__ volatile("csrc " #csr ", %0" ::"r"((uint32_t)(val)) : "memory")

#endif
