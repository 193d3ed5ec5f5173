/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/virt.ts
 * (npm run guests regenerates it).
 *
 * Physical address map of the virt board:
 *
 *   0x00100000  VIRT_TEST    SiFive test finisher
 *   0x02000000  VIRT_CLINT   CLINT: msip +0, mtimecmp +0x4000, mtime +0xbff8
 *   0x0c000000  VIRT_PLIC    PLIC: priority, pending, enable, threshold/claim per context
 *   0x10000000  VIRT_UART0   ns16550a UART (PLIC source 10)
 *   0x10010000  VIRT_DISK    PIO disk controller (PLIC source 12; not on QEMU)
 *   0x80000000  VIRT_DRAM    RAM: firmware first, the kernel at KERNEL_BASE
 */
#ifndef EXOVISOR_VIRT_H
#define EXOVISOR_VIRT_H

/* Physical memory map. */
#define VIRT_TEST   0x00100000u /* SiFive test finisher */
#define VIRT_CLINT  0x02000000u /* core-local interruptor */
#define VIRT_PLIC   0x0c000000u /* platform-level interrupt controller */
#define VIRT_UART0  0x10000000u /* ns16550a console UART */
#define VIRT_DISK   0x10010000u /* PIO disk controller */
#define VIRT_DRAM   0x80000000u /* start of RAM */
#define KERNEL_BASE 0x80400000u /* kernel entry when no fw_dynamic_info is passed */

/* CLINT registers (offsets from VIRT_CLINT). */
#define CLINT_MSIP     0x00000000u /* hart 0 software interrupt pending (bit 0) */
#define CLINT_MTIMECMP 0x00004000u /* hart 0 timer compare, 64-bit */
#define CLINT_MTIME    0x0000bff8u /* machine time, 64-bit */
#define TIMEBASE_HZ    10000000u /* mtime ticks per second */

/* UART registers (byte offsets from VIRT_UART0). */
#define UART_RBR_THR    0x00000000u /* receive buffer (read) / transmit holding (write) */
#define UART_IER        0x00000001u /* interrupt enable */
#define UART_IIR_FCR    0x00000002u /* interrupt identification (read) / FIFO control (write) */
#define UART_LSR        0x00000005u /* line status */
#define UART_IER_RDI    0x00000001u /* IER: interrupt when a received byte is ready */
#define UART_IIR_NO_INT 0x00000001u /* IIR: no interrupt pending */
#define UART_LSR_DR     0x00000001u /* LSR: a received byte is ready */
#define UART_LSR_THRE   0x00000020u /* LSR: transmit holding register empty */

/* PLIC registers (offsets from VIRT_PLIC) and interrupt sources. */
#define PLIC_PRIORITY       0x00000000u /* source priorities, one word per source */
#define PLIC_PENDING        0x00001000u /* pending bits, 32 sources per word */
#define PLIC_ENABLE         0x00002000u /* enable bits of context 0 */
#define PLIC_ENABLE_STRIDE  0x00000080u /* enable block size per context */
#define PLIC_THRESHOLD      0x00200000u /* priority threshold of context 0 */
#define PLIC_CLAIM          0x00200004u /* claim (read) / complete (write) of context 0 */
#define PLIC_CONTEXT_STRIDE 0x00001000u /* threshold/claim block size per context */
#define PLIC_SIZE           0x00600000u /* size of the PLIC window */
#define PLIC_NUM_SOURCES    96u /* sources 1..95 (0 means none) */
#define PLIC_MAX_PRIORITY   7u /* highest source priority */
#define PLIC_CONTEXT_M      0u /* context of hart 0 M-mode */
#define PLIC_CONTEXT_S      1u /* context of hart 0 S-mode */
#define UART0_IRQ           10u /* UART interrupt source */
#define DISK_IRQ            12u /* disk interrupt source */

/* PIO disk controller (32-bit registers, offsets from VIRT_DISK). A command on COUNT sectors from LBA sets DRQ; the data then moves four bytes per DATA access, 128 accesses per sector. */
#define DISK_DATA        0x00000000u /* data port: 4 bytes per access, little-endian */
#define DISK_COUNT       0x00000004u /* sectors for the next command (1..DISK_MAX_COUNT) */
#define DISK_LBA         0x00000008u /* first sector of the next command */
#define DISK_CMD_STATUS  0x0000000cu /* command (write) / status (read; acknowledges the interrupt) */
#define DISK_ERROR       0x00000010u /* DISK_ERR_* of the last failed command */
#define DISK_CAPACITY    0x00000014u /* number of sectors (read-only) */
#define DISK_IRQ_ENABLE  0x00000018u /* bit 0: interrupt when a command needs data or completes */
#define DISK_WINDOW      0x00001000u /* size of the register window */
#define DISK_SECTOR_SIZE 512u /* bytes per sector */
#define DISK_MAX_COUNT   256u /* most sectors per command */
#define DISK_CMD_READ    0x00000020u /* read COUNT sectors from LBA */
#define DISK_CMD_WRITE   0x00000030u /* write COUNT sectors at LBA */
#define DISK_CMD_FLUSH   0x000000e7u /* make written sectors durable */
#define DISK_STATUS_ERR  0x00000001u /* status: the last command failed (see DISK_ERROR) */
#define DISK_STATUS_DRQ  0x00000008u /* status: the data port expects a transfer */
#define DISK_STATUS_RDY  0x00000040u /* status: ready for a command */
#define DISK_STATUS_BSY  0x00000080u /* status: busy (registers must not be written) */
#define DISK_ERR_NONE    0u /* no error */
#define DISK_ERR_RANGE   1u /* LBA + COUNT lies beyond the disk */
#define DISK_ERR_COMMAND 2u /* unknown command, or a command while DRQ is set */
#define DISK_ERR_COUNT   3u /* COUNT is 0 or above DISK_MAX_COUNT */
#define DISK_COMPATIBLE  "exovisor,pio-disk" /* device-tree compatible string of the disk node */

/* SiFive test finisher (32-bit writes to VIRT_TEST). */
#define FINISHER_FAIL  0x00003333u /* fail: (code << 16) | FINISHER_FAIL exits with code */
#define FINISHER_PASS  0x00005555u /* pass: exit code 0 */
#define FINISHER_RESET 0x00007777u /* reset request */

/* Boot handoff: the firmware starts at VIRT_DRAM in M-mode with a0 = hart id, a1 = device tree, a2 = struct fw_dynamic_info. */
#define FW_DYNAMIC_INFO_MAGIC   0x4942534fu /* fw_dynamic_info.magic ('OSBI') */
#define FW_DYNAMIC_INFO_VERSION 2u /* fw_dynamic_info.version written by QEMU 7.2 and Exovisor */
#define FW_NEXT_MODE_S          1u /* fw_dynamic_info.next_mode: enter the next stage in S-mode */
#define BOOTARGS_MAX            511u /* longest /chosen/bootargs the host writes and the kernel keeps, without its NUL */

#ifndef __ASSEMBLER__
#include <stdint.h>

/* What the loader tells the firmware about the next boot stage (OpenSBI layout, RV32). */
struct fw_dynamic_info {
    uint32_t magic; /* +0: FW_DYNAMIC_INFO_MAGIC */
    uint32_t version; /* +4: FW_DYNAMIC_INFO_VERSION */
    uint32_t next_addr; /* +8: entry point of the kernel */
    uint32_t next_mode; /* +12: FW_NEXT_MODE_S */
    uint32_t options; /* +16: unused (0) */
    uint32_t boot_hart; /* +20: hart that boots (0) */
};
_Static_assert(__builtin_offsetof(struct fw_dynamic_info, magic) == 0, "fw_dynamic_info.magic");
_Static_assert(__builtin_offsetof(struct fw_dynamic_info, version) == 4, "fw_dynamic_info.version");
_Static_assert(__builtin_offsetof(struct fw_dynamic_info, next_addr) == 8, "fw_dynamic_info.next_addr");
_Static_assert(__builtin_offsetof(struct fw_dynamic_info, next_mode) == 12, "fw_dynamic_info.next_mode");
_Static_assert(__builtin_offsetof(struct fw_dynamic_info, options) == 16, "fw_dynamic_info.options");
_Static_assert(__builtin_offsetof(struct fw_dynamic_info, boot_hart) == 20, "fw_dynamic_info.boot_hart");
_Static_assert(sizeof(struct fw_dynamic_info) == 24, "sizeof fw_dynamic_info");

#endif /* __ASSEMBLER__ */

#endif
