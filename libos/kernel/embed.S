/* embed.S - the console apps built into the kernel image, so that spawn
 * finds them when there is no disk. Each ELF file from apps/build is
 * included verbatim (read-only); programs.c lists them by name. */

/* PROGRAM name: symbols program_<name>_start / _end around apps/build/<name>.elf. */
.macro PROGRAM name
    .section .rodata.program_\name, "a", @progbits
    .balign 4
    .globl program_\name\()_start, program_\name\()_end
program_\name\()_start:
    .incbin "../../apps/build/\name\().elf"
program_\name\()_end:
.endm

    PROGRAM hello
    PROGRAM compute
    PROGRAM syscall
    PROGRAM spawnstorm
    PROGRAM cat
    PROGRAM ls
