/* native/native.h - what the native platform's files offer each other
 * (S-mode on the virt board: device tree, SBI, PLIC, UART, PIO disk). */
#ifndef KERNEL_NATIVE_H
#define KERNEL_NATIVE_H

#include <stdint.h>

#include "exovisor/virt.h"

struct trapframe;

/* What the device tree tells the kernel (fdt.c). */
struct boot_info {
    uint32_t ram_base;              /* first byte of RAM */
    uint32_t ram_end;               /* first byte past RAM (clamped to 32 bits) */
    char bootargs[BOOTARGS_MAX + 1]; /* /chosen/bootargs, NUL-terminated, maybe empty */
    int has_disk;                   /* a DISK_COMPATIBLE node exists */
    uint32_t disk_base;             /* its register window */
    int has_net;                    /* a NET_COMPATIBLE node exists */
    uint32_t net_base;              /* its register window */
    uint32_t genid_base;            /* a GENID_COMPATIBLE node's register window (0: none) */
};

/* disk.c */
void disk_init(uint32_t base);

/* genid.c */
void genid_init(uint32_t base);

/* net.c */
void net_init(uint32_t base);
void net_intr(void);

/* fdt.c */
void fdt_parse(const void *fdt, struct boot_info *bi);

/* mmu.c */
void kvm_init(const struct boot_info *bi);

/* plic.c */
void plic_init(void);
void plic_enable(uint32_t irq);
uint32_t plic_claim(void);
void plic_complete(uint32_t irq);

/* sbi.c */
void sbi_init(void);
void sbi_set_timer(uint64_t when);
_Noreturn void sbi_shutdown(uint32_t reason);

/* trap.c */
void trap_init(void);

/* trapvec.S */
void trap_vector(void);
_Noreturn void user_return(struct trapframe *tf);

/* uart.c */
void uart_init(void);
void uart_putc(int c);
void uart_drain(void);
void uart_intr(void);
void uart_rx_resume(void);

#endif
