/* pv/pvkernel.h - what the PV platform's files offer each other. */
#ifndef KERNEL_PVKERNEL_H
#define KERNEL_PVKERNEL_H

#include <stdint.h>

#include "exovisor/pv.h"
#include "xenstore.h"

struct trapframe;

/* blk.c: connects the block front-end when the store describes a disk; 1 if so. */
int pv_disk_init(struct xs_client *xs);

/* net.c: connects the network front-end when the store names an interface. */
void pv_net_init(struct xs_client *xs);

/* cons.c */
void pv_console_init(void *page, uint32_t port);
void pv_console_drain(void);

/* mmu.c */
uint32_t pv_mmu_init(const struct start_info *si, uint32_t free_start);
uint32_t virt_to_mfn(const void *va);
void *mfn_to_virt(uint32_t mfn);
void pv_map_frame(uint32_t va, uint32_t mfn, uint32_t perm);

/* trap.c */
void pv_trap_init(void);
void pv_timer_init(void);

/* trapvec.S */
void pv_trap_entry(void);
_Noreturn void pv_iret(struct trapframe *tf);

#endif
