/* memlayout.h - the virtual address space every process sees.
 *
 *   0x00000000  page 0, never mapped: null pointers fault
 *   0x00010000  USER_BASE: programs are linked here (libos/ulib/user.ld)
 *      ...      text, rodata, data, bss, then the heap growing up (sbrk)
 *   0x0bfdf000  USER_HEAP_LIMIT: the heap ends here; one guard page, never mapped
 *   0x0bfe0000  USER_STACK_BOTTOM .. USER_STACK_TOP: the user stack
 *   0x0c000000  USER_TOP = VIRT_PLIC: kernel mappings start (no PTE_U)
 *   0x0c000000  PLIC window, identity mapped
 *   0x10000000  UART, identity mapped
 *   0x10010000  PIO disk window (when the device tree has one), identity mapped
 *   0x80400000  KERNEL_BASE .. end of RAM: identity mapped, megapages where aligned
 *
 * RAM below KERNEL_BASE belongs to the firmware and is never mapped.
 *
 * The PV kernel (pv/) gives processes the same layout below USER_TOP, in a
 * root of their own that holds nothing else. The kernel itself runs on the
 * domain builder's root, which maps all of the domain's RAM at
 * VIRT_DRAM + (pfn << 12) (0x80000000 up: below KERNEL_BASE free pages, the
 * kernel image, start_info, shared_info, the P2M list, the console and
 * store pages, the builder's page tables, then free pages to the end of
 * RAM), and adds one page of its own:
 *
 *   0xf0000000  PV_GNTTAB_VA: the grant table (GNTTABOP_setup_table's frame)
 */
#ifndef KERNEL_MEMLAYOUT_H
#define KERNEL_MEMLAYOUT_H

#include "exovisor/virt.h"

#define USER_BASE         0x00010000u /* link address of user programs */
#define USER_MIN          0x00001000u /* lowest address a program may load at */
#define USER_TOP          VIRT_PLIC   /* user space ends where the devices start */
#define USER_STACK_TOP    0x0bff0000u /* initial user sp, 16-byte aligned */
#define USER_STACK_SIZE   0x00010000u /* 64 KiB, mapped at spawn */
#define USER_STACK_BOTTOM (USER_STACK_TOP - USER_STACK_SIZE)
#define USER_HEAP_LIMIT   (USER_STACK_BOTTOM - 0x1000u) /* a guard page stays unmapped */

#define PV_GNTTAB_VA      0xf0000000u /* PV kernel: where the grant table is mapped (above RAM) */

#endif
