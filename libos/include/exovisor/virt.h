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
 *   0x10020000  VIRT_NET     network interface (PLIC source 13; not on QEMU)
 *   0x10030000  VIRT_GENID   VM generation ID (not on QEMU)
 *   0x80000000  VIRT_DRAM    RAM: firmware first, the kernel at KERNEL_BASE
 */
#ifndef EXOVISOR_VIRT_H
#define EXOVISOR_VIRT_H

/* Unsigned in C, plain in assembly (where a u suffix does not parse). */
#ifndef EXO_U
#ifdef __ASSEMBLER__
#define EXO_U(x) x
#else
#define EXO_U(x) x##u
#endif
#endif

/* Physical memory map. */
#define VIRT_TEST   EXO_U(0x00100000) /* SiFive test finisher */
#define VIRT_CLINT  EXO_U(0x02000000) /* core-local interruptor */
#define VIRT_PLIC   EXO_U(0x0c000000) /* platform-level interrupt controller */
#define VIRT_UART0  EXO_U(0x10000000) /* ns16550a console UART */
#define VIRT_DISK   EXO_U(0x10010000) /* PIO disk controller */
#define VIRT_NET    EXO_U(0x10020000) /* network interface */
#define VIRT_GENID  EXO_U(0x10030000) /* VM generation ID */
#define VIRT_DRAM   EXO_U(0x80000000) /* start of RAM */
#define KERNEL_BASE EXO_U(0x80400000) /* kernel entry when no fw_dynamic_info is passed */

/* CLINT registers (offsets from VIRT_CLINT). */
#define CLINT_MSIP     EXO_U(0x00000000) /* hart 0 software interrupt pending (bit 0) */
#define CLINT_MTIMECMP EXO_U(0x00004000) /* hart 0 timer compare, 64-bit */
#define CLINT_MTIME    EXO_U(0x0000bff8) /* machine time, 64-bit */
#define TIMEBASE_HZ    EXO_U(10000000) /* mtime ticks per second */

/* UART registers (byte offsets from VIRT_UART0). */
#define UART_RBR_THR    EXO_U(0x00000000) /* receive buffer (read) / transmit holding (write) */
#define UART_IER        EXO_U(0x00000001) /* interrupt enable */
#define UART_IIR_FCR    EXO_U(0x00000002) /* interrupt identification (read) / FIFO control (write) */
#define UART_LSR        EXO_U(0x00000005) /* line status */
#define UART_IER_RDI    EXO_U(0x00000001) /* IER: interrupt when a received byte is ready */
#define UART_IIR_NO_INT EXO_U(0x00000001) /* IIR: no interrupt pending */
#define UART_LSR_DR     EXO_U(0x00000001) /* LSR: a received byte is ready */
#define UART_LSR_THRE   EXO_U(0x00000020) /* LSR: transmit holding register empty */
#define UART_LSR_TEMT   EXO_U(0x00000040) /* LSR: transmitter empty (FIFO and shift register: every byte is out) */

/* PLIC registers (offsets from VIRT_PLIC) and interrupt sources. */
#define PLIC_PRIORITY       EXO_U(0x00000000) /* source priorities, one word per source */
#define PLIC_PENDING        EXO_U(0x00001000) /* pending bits, 32 sources per word */
#define PLIC_ENABLE         EXO_U(0x00002000) /* enable bits of context 0 */
#define PLIC_ENABLE_STRIDE  EXO_U(0x00000080) /* enable block size per context */
#define PLIC_THRESHOLD      EXO_U(0x00200000) /* priority threshold of context 0 */
#define PLIC_CLAIM          EXO_U(0x00200004) /* claim (read) / complete (write) of context 0 */
#define PLIC_CONTEXT_STRIDE EXO_U(0x00001000) /* threshold/claim block size per context */
#define PLIC_SIZE           EXO_U(0x00600000) /* size of the PLIC window */
#define PLIC_NUM_SOURCES    EXO_U(96) /* sources 1..95 (0 means none) */
#define PLIC_MAX_PRIORITY   EXO_U(7) /* highest source priority */
#define PLIC_CONTEXT_M      EXO_U(0) /* context of hart 0 M-mode */
#define PLIC_CONTEXT_S      EXO_U(1) /* context of hart 0 S-mode */
#define UART0_IRQ           EXO_U(10) /* UART interrupt source */
#define DISK_IRQ            EXO_U(12) /* disk interrupt source */
#define NET_IRQ             EXO_U(13) /* network interface interrupt source */

/* PIO disk controller (32-bit registers, offsets from VIRT_DISK). A command on COUNT sectors from LBA sets DRQ; the data then moves four bytes per DATA access, 128 accesses per sector. */
#define DISK_DATA        EXO_U(0x00000000) /* data port: 4 bytes per access, little-endian */
#define DISK_COUNT       EXO_U(0x00000004) /* sectors for the next command (1..DISK_MAX_COUNT) */
#define DISK_LBA         EXO_U(0x00000008) /* first sector of the next command */
#define DISK_CMD_STATUS  EXO_U(0x0000000c) /* command (write) / status (read; acknowledges the interrupt) */
#define DISK_ERROR       EXO_U(0x00000010) /* DISK_ERR_* of the last failed command */
#define DISK_CAPACITY    EXO_U(0x00000014) /* number of sectors (read-only) */
#define DISK_IRQ_ENABLE  EXO_U(0x00000018) /* bit 0: interrupt when a command needs data or completes */
#define DISK_WINDOW      EXO_U(0x00001000) /* size of the register window */
#define DISK_SECTOR_SIZE EXO_U(512) /* bytes per sector */
#define DISK_MAX_COUNT   EXO_U(256) /* most sectors per command */
#define DISK_CMD_READ    EXO_U(0x00000020) /* read COUNT sectors from LBA */
#define DISK_CMD_WRITE   EXO_U(0x00000030) /* write COUNT sectors at LBA */
#define DISK_CMD_FLUSH   EXO_U(0x000000e7) /* make written sectors durable */
#define DISK_STATUS_ERR  EXO_U(0x00000001) /* status: the last command failed (see DISK_ERROR) */
#define DISK_STATUS_DRQ  EXO_U(0x00000008) /* status: the data port expects a transfer */
#define DISK_STATUS_RDY  EXO_U(0x00000040) /* status: ready for a command */
#define DISK_STATUS_BSY  EXO_U(0x00000080) /* status: busy (registers must not be written) */
#define DISK_ERR_NONE    EXO_U(0) /* no error */
#define DISK_ERR_RANGE   EXO_U(1) /* LBA + COUNT lies beyond the disk */
#define DISK_ERR_COMMAND EXO_U(2) /* unknown command, or a command while DRQ is set */
#define DISK_ERR_COUNT   EXO_U(3) /* COUNT is 0 or above DISK_MAX_COUNT */
#define DISK_COMPATIBLE  "exovisor,pio-disk" /* device-tree compatible string of the disk node */

/* Network interface (32-bit registers, offsets from VIRT_NET). Send: TX_LEN, the bytes four per TX_DATA write, CMD_SEND; receive: RX_LEN of the head frame (0: none), its bytes four per RX_DATA read, CMD_POP. The interrupt is high while a frame is queued. */
#define NET_MAC_LO     EXO_U(0x00000000) /* MAC address bytes 0-3, little-endian (read-only) */
#define NET_MAC_HI     EXO_U(0x00000004) /* MAC address bytes 4-5 in the low half (read-only) */
#define NET_TX_LEN     EXO_U(0x00000008) /* length of the frame to send (14..NETIF_MTU_FRAME); restarts TX_DATA */
#define NET_TX_DATA    EXO_U(0x0000000c) /* next 4 bytes of the frame to send */
#define NET_CMD        EXO_U(0x00000010) /* command: NET_CMD_SEND or NET_CMD_POP */
#define NET_RX_LEN     EXO_U(0x00000014) /* length of the received frame at the head of the queue, 0 when empty (restarts RX_DATA) */
#define NET_RX_DATA    EXO_U(0x00000018) /* next 4 bytes of the head frame */
#define NET_RX_DROPPED EXO_U(0x0000001c) /* frames dropped because the receive queue was full (read-only) */
#define NET_CMD_SEND   EXO_U(1) /* send the TX_LEN bytes written */
#define NET_CMD_POP    EXO_U(2) /* drop the head frame of the receive queue */
#define NET_WINDOW     EXO_U(0x00001000) /* size of the register window */
#define NET_COMPATIBLE "exovisor,net" /* device-tree compatible string of the network node */

/* VM generation ID (read-only 32-bit registers, offsets from VIRT_GENID). A fresh random 128-bit ID at creation and after every restore of a snapshot; COUNT numbers the generations, so a guest that sees it change reseeds its random generator from the ID and reads its MAC address again. */
#define GENID_COUNT      EXO_U(0x00000000) /* generation number: 1 at creation, the saved number + 1 after a restore */
#define GENID_ID         EXO_U(0x00000004) /* the 128-bit ID, GENID_ID_WORDS words from here (random; the seed of the guest's random generator) */
#define GENID_ID_WORDS   EXO_U(4) /* words of the ID */
#define GENID_WINDOW     EXO_U(0x00001000) /* size of the register window */
#define GENID_COMPATIBLE "exovisor,genid" /* device-tree compatible string of the generation-ID node */

/* SiFive test finisher (32-bit writes to VIRT_TEST). */
#define FINISHER_FAIL  EXO_U(0x00003333) /* fail: (code << 16) | FINISHER_FAIL exits with code */
#define FINISHER_PASS  EXO_U(0x00005555) /* pass: exit code 0 */
#define FINISHER_RESET EXO_U(0x00007777) /* reset request */

/* Boot handoff: the firmware starts at VIRT_DRAM in M-mode with a0 = hart id, a1 = device tree, a2 = struct fw_dynamic_info. */
#define FW_DYNAMIC_INFO_MAGIC   EXO_U(0x4942534f) /* fw_dynamic_info.magic ('OSBI') */
#define FW_DYNAMIC_INFO_VERSION EXO_U(2) /* fw_dynamic_info.version written by QEMU 7.2 and Exovisor */
#define FW_NEXT_MODE_S          EXO_U(1) /* fw_dynamic_info.next_mode: enter the next stage in S-mode */
#define BOOTARGS_MAX            EXO_U(511) /* longest /chosen/bootargs the host writes and the kernel keeps, without its NUL */

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
