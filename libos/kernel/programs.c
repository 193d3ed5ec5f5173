/* programs.c - the table of programs built into the kernel (embed.S). */
#include "defs.h"

#define DECLARE_PROGRAM(name) extern const uint8_t program_##name##_start[], program_##name##_end[]
#define PROGRAM(name) { #name, program_##name##_start, program_##name##_end }

DECLARE_PROGRAM(hello);
DECLARE_PROGRAM(compute);
DECLARE_PROGRAM(syscall);
DECLARE_PROGRAM(spawnstorm);
DECLARE_PROGRAM(cat);
DECLARE_PROGRAM(ls);

static const struct program programs[] = {
    PROGRAM(hello), PROGRAM(compute), PROGRAM(syscall), PROGRAM(spawnstorm), PROGRAM(cat), PROGRAM(ls),
};

/* The built-in program called name, or NULL. */
const struct program *program_find(const char *name)
{
    for (uint32_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
        if (strcmp(programs[i].name, name) == 0) {
            return &programs[i];
        }
    }
    return 0;
}

/* The index-th built-in program (for listings), or NULL past the last. */
const struct program *program_at(int index)
{
    if (index < 0 || (uint32_t)index >= sizeof programs / sizeof programs[0]) {
        return 0;
    }
    return &programs[index];
}
