/* trap.h - shared trap-entry support for test guests (see trap_entry.S). */
#ifndef TRAP_H
#define TRAP_H

#include <stdint.h>

struct trap_frame {
    uint32_t regs[32];
};

/* Assembly entries; install with mtvec / stvec (direct mode). */
void trap_m_entry(void);
void trap_s_entry(void);

/* Handlers the including test defines (only those whose entry it installs). */
void trap_m_handler(struct trap_frame *frame);
void trap_s_handler(struct trap_frame *frame);

/* Returns the length (2 or 4) of the instruction whose first halfword is at pc. */
static inline uint32_t trap_insn_len(uint32_t pc)
{
    return (*(const volatile uint16_t *)(uintptr_t)pc & 3u) == 3u ? 4u : 2u;
}

#endif
