/* elf.h - the ELF32 structures spawn reads (System V gABI, RISC-V psABI). */
#ifndef KERNEL_ELF_H
#define KERNEL_ELF_H

#include <stdint.h>

#define ELFCLASS32  1u
#define ELFDATA2LSB 1u
#define ET_EXEC     2u
#define EM_RISCV    243u
#define PT_LOAD     1u
#define PF_X        1u
#define PF_W        2u
#define PF_R        4u
#define EI_MAG0     0 /* e_ident: 0x7f 'E' 'L' 'F' */
#define EI_CLASS    4
#define EI_DATA     5
#define EI_NIDENT   16

struct elf32_ehdr {
    uint8_t ident[EI_NIDENT];
    uint16_t type;
    uint16_t machine;
    uint32_t version;
    uint32_t entry;
    uint32_t phoff;
    uint32_t shoff;
    uint32_t flags;
    uint16_t ehsize;
    uint16_t phentsize;
    uint16_t phnum;
    uint16_t shentsize;
    uint16_t shnum;
    uint16_t shstrndx;
};
_Static_assert(sizeof(struct elf32_ehdr) == 52, "sizeof elf32_ehdr");

struct elf32_phdr {
    uint32_t type;
    uint32_t offset;
    uint32_t vaddr;
    uint32_t paddr;
    uint32_t filesz;
    uint32_t memsz;
    uint32_t flags;
    uint32_t align;
};
_Static_assert(sizeof(struct elf32_phdr) == 32, "sizeof elf32_phdr");

#endif
