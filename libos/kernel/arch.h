/* arch.h - the platform layer under the portable kernel (pv-ops).
 *
 * Everything above this interface (processes, exec, system calls, the block
 * cache, EXFS, console buffering, printf, the software page-table walker
 * in vm.c) is the same source for every build. Two implementations sit
 * below it, chosen by the include path and the object list:
 *
 *   native/  S-mode on the virt board: Sv32 CSRs, sret, sfence.vma, wfi,
 *            SBI, PLIC, ns16550a UART, PIO disk, no network -> kernel.elf
 *   pv/      a paravirtual (Xen-style) guest in U-mode: hypercalls, event
 *            channels, direct paging through mmu_update, split drivers over
 *            shared rings (libos/pv)                        -> kernel-pv.elf
 *
 * Each implementation also provides arch_impl.h with the inline parts:
 *   intr_off(), intr_on()        block / allow interrupts (native: sstatus.SIE;
 *                                pv: shared_info.evtchn_upcall_mask)
 *   ARCH_SSTATUS_FROM_KERNEL     the trap-frame sstatus bit saying a trap
 *                                came from the kernel
 *   arch_pte_leaf(), arch_pte_page() (inline or not; declared below)
 * and its boot entry (_entry at KERNEL_BASE), which brings the machine up
 * and calls kernel_run().
 */
#ifndef KERNEL_ARCH_H
#define KERNEL_ARCH_H

#include <stdint.h>

#include "riscv.h"

struct trapframe;

#include "arch_impl.h"

/* ---- Shutdown ---- */

/* Powers the machine off with a program's exit status (0-255); the console
 * output is complete when it returns to the host. */
_Noreturn void arch_power_off(int status);
/* Stops the machine as a system failure (after a panic message). */
_Noreturn void arch_crash(void);

/* ---- Traps, interrupts and time ---- */

/* Services the interrupt (or event upcall) with cause scause; returns
 * nonzero when it included a scheduler tick (the caller may yield). */
int arch_interrupt(uint32_t scause);
/* Waits, with interrupts off on entry and on return, until an interrupt
 * has been serviced (the scheduler's idle step). */
void arch_idle(void);
/* Asks for a timer interrupt once the time counter reaches when. */
void arch_set_timer(uint64_t when);
/* Enters user mode with the registers in tf (interrupts are off; they are
 * on in user mode). */
_Noreturn void arch_user_return(struct trapframe *tf);

/* ---- Console ---- */

/* Sends one byte to the console (may wait for room, never drops it). */
void arch_console_putc(int c);
/* Makes the bytes sent so far visible to the host (native: nothing to do). */
void arch_console_flush(void);
/* A reader made room in the console input buffer: resume input. */
void arch_console_rx_resume(void);

/* ---- Network (optional) ----
 *
 * An Ethernet interface, when the machine has one (native: the virt board's
 * network device when the device tree has a NET_COMPATIBLE node; pv: the
 * network front-end when the store names a MAC address). The platform hands
 * each received frame to the portable net_input (net.c) from its interrupt
 * or event handler. */

/* The interface's 6-byte MAC address, or NULL when there is no interface. */
const uint8_t *arch_net_mac(void);
/* Sends one Ethernet frame of len bytes (14..NETIF_MTU_FRAME, checked by the
 * caller; it may wait for a free transmit buffer): 0, or negative when the
 * interface has failed. */
int arch_net_send(const void *frame, uint32_t len);

/* Reads the MAC address again: the machine was restored from a snapshot as
 * a new VM generation, and its interface has a new address. */
void arch_net_refresh(void);

/* ---- VM generation ----
 *
 * The machine's generation number (1 when created, one more after each
 * restore of a snapshot; 0 when the platform has no generation ID, as on
 * QEMU) and its random 128-bit ID in id[4] (native: the virt board's
 * GENID_COMPATIBLE device; pv: shared_info.genid). */
uint32_t arch_genid(uint32_t id[4]);

/* ---- Page tables (Sv32 layout; what differs is how they are written) ----
 *
 * A process page table is a root with second-level tables below USER_TOP.
 * The portable vm.c walks and fills them through these operations:
 * reads are plain loads, every write goes through arch_pt_link (root
 * entries, immediate) or arch_pt_set (leaf entries, possibly batched until
 * arch_pt_commit). */

/* Points the user address space at pt (native: satp; pv: the user base pointer). */
void vm_switch(pagetable_t pt);
/* A new, empty process root table, or NULL when out of memory. */
pagetable_t uvm_create(void);
/* A new, zeroed second-level table ready to be linked, or NULL. */
pagetable_t arch_pt_alloc(void);
/* Stops using table t as a page table (before arch_pt_free; roots first;
 * may take effect only at arch_pt_commit). */
void arch_pt_unpin(pagetable_t t);
/* Gives an unpinned table page back to the page allocator (at the latest
 * at the next arch_pt_commit). */
void arch_pt_free(pagetable_t t);
/* Writes the root entry *slot to point at the second-level table l0, now. */
void arch_pt_link(pte_t *slot, pagetable_t l0);
/* Writes the leaf entry *slot (it may take effect only at arch_pt_commit). */
void arch_pt_set(pte_t *slot, pte_t val);
/* Completes the arch_pt_set writes so far; translations of pt are up to date. */
void arch_pt_commit(pagetable_t pt);
/* arch_pte_leaf(page, flags): a leaf PTE mapping the kernel page page.
 * arch_pte_page(pte): the kernel address of the page (or table) a PTE names.
 * Both come from arch_impl.h. */

#endif
