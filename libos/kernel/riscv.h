/* riscv.h - RISC-V privileged-architecture names the kernel uses (priv. spec 1.12).
 * Shared by both platforms: CSR access, fences and the interrupt switch are
 * the platform layer's (arch.h). */
#ifndef KERNEL_RISCV_H
#define KERNEL_RISCV_H

/* sstatus (priv. spec 4.1.1). */
#define SSTATUS_SIE  (1u << 1) /* supervisor interrupts enabled */
#define SSTATUS_SPIE (1u << 5) /* SIE before the trap */
#define SSTATUS_SPP  (1u << 8) /* previous privilege: 1 = S, 0 = U */

/* sie / sip (priv. spec 4.1.3). */
#define SIE_STIE (1u << 5) /* supervisor timer interrupt */
#define SIE_SEIE (1u << 9) /* supervisor external interrupt */

/* scause (priv. spec 4.1.9, table 4.2). */
#define SCAUSE_INTERRUPT         (1u << 31)
#define IRQ_S_TIMER              5u
#define IRQ_S_EXTERNAL           9u
#define EXC_INST_MISALIGNED      0u
#define EXC_INST_ACCESS_FAULT    1u
#define EXC_ILLEGAL_INSTRUCTION  2u
#define EXC_BREAKPOINT           3u
#define EXC_LOAD_MISALIGNED      4u
#define EXC_LOAD_ACCESS_FAULT    5u
#define EXC_STORE_MISALIGNED     6u
#define EXC_STORE_ACCESS_FAULT   7u
#define EXC_ECALL_U              8u
#define EXC_INST_PAGE_FAULT      12u
#define EXC_LOAD_PAGE_FAULT      13u
#define EXC_STORE_PAGE_FAULT     15u

/* Sv32 (priv. spec 4.3): two levels of 1024 four-byte PTEs, 4 KiB pages, 4 MiB megapages. */
#define SATP_MODE_SV32 (1u << 31)
#define PGSIZE         4096u
#define PGSHIFT        12u
#define MEGAPAGE_SIZE  (1u << 22)
#define PTE_PER_TABLE  1024u
#define PTE_V (1u << 0) /* valid */
#define PTE_R (1u << 1) /* readable */
#define PTE_W (1u << 2) /* writable */
#define PTE_X (1u << 3) /* executable */
#define PTE_U (1u << 4) /* user accessible */
#define PTE_A (1u << 6) /* accessed: preset so no hardware update is needed */
#define PTE_D (1u << 7) /* dirty: preset likewise */
#define PTE_PPN_SHIFT 10u

#define PGROUNDUP(a)   (((a) + PGSIZE - 1) & ~(PGSIZE - 1))
#define PGROUNDDOWN(a) ((a) & ~(PGSIZE - 1))
#define PA2PTE(pa)     (((uint32_t)(pa) >> PGSHIFT) << PTE_PPN_SHIFT)
#define PTE2PA(pte)    (((uint32_t)(pte) >> PTE_PPN_SHIFT) << PGSHIFT)
#define VPN1(va)       ((uint32_t)(va) >> 22)
#define VPN0(va)       (((uint32_t)(va) >> PGSHIFT) & (PTE_PER_TABLE - 1))
#define PTE_LEAF(pte)  (((pte) & (PTE_R | PTE_W | PTE_X)) != 0)

#ifndef __ASSEMBLER__
#include <stdint.h>

#include <riscv/time.h>

typedef uint32_t pte_t;
typedef pte_t *pagetable_t; /* one 4 KiB page of PTE_PER_TABLE entries */

#endif /* __ASSEMBLER__ */

#endif
