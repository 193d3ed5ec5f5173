/**
 * The machine as guests see it: the physical memory map of the `virt` board
 * (QEMU's hw/riscv/virt.c addresses, plus Exovisor's PIO disk), the device
 * register layouts guest code touches, and the boot handoff the firmware
 * receives. This file is the single source of these numbers: the emulator
 * imports them, and header.ts generates libos/include/exovisor/virt.h.
 */
import type { AbiHeader } from './constant.js';

/** Physical memory map (names as in QEMU's virt board). */
export const VIRT_TEST = 0x0010_0000;
export const VIRT_CLINT = 0x0200_0000;
export const VIRT_PLIC = 0x0c00_0000;
export const VIRT_UART0 = 0x1000_0000;
export const VIRT_DISK = 0x1001_0000;
export const VIRT_NET = 0x1002_0000;
export const VIRT_GENID = 0x1003_0000;
export const VIRT_DRAM = 0x8000_0000;
/** Where the firmware enters the kernel when the loader gives no fw_dynamic_info (QEMU's RV32 kernel address). */
export const KERNEL_BASE = 0x8040_0000;

/** CLINT register offsets (SiFive layout, hart 0). */
export const CLINT_MSIP = 0x0000;
export const CLINT_MTIMECMP = 0x4000;
export const CLINT_MTIME = 0xbff8;
/** mtime ticks per second. */
export const TIMEBASE_HZ = 10_000_000;

/** ns16550a register offsets and bits guests use. */
export const UART_RBR_THR = 0;
export const UART_IER = 1;
export const UART_IIR_FCR = 2;
export const UART_LSR = 5;
export const UART_IER_RDI = 0x01;
export const UART_IIR_NO_INT = 0x01;
export const UART_LSR_DR = 0x01;
export const UART_LSR_THRE = 0x20;
export const UART_LSR_TEMT = 0x40;

/** PLIC (SiFive layout as on QEMU virt): one hart, context 0 = M-mode, context 1 = S-mode. */
export const PLIC_PRIORITY = 0x00_0000;
export const PLIC_PENDING = 0x00_1000;
export const PLIC_ENABLE = 0x00_2000;
export const PLIC_ENABLE_STRIDE = 0x80;
export const PLIC_THRESHOLD = 0x20_0000;
export const PLIC_CLAIM = 0x20_0004;
export const PLIC_CONTEXT_STRIDE = 0x1000;
export const PLIC_SIZE = 0x60_0000;
export const PLIC_NUM_SOURCES = 96;
export const PLIC_MAX_PRIORITY = 7;
export const PLIC_CONTEXT_M = 0;
export const PLIC_CONTEXT_S = 1;
/** Interrupt source numbers. */
export const UART0_IRQ = 10;
export const DISK_IRQ = 12;
export const NET_IRQ = 13;

/** PIO disk controller (ATA PIO in spirit): 32-bit registers at these offsets from VIRT_DISK. */
export const DISK_DATA = 0x00;
export const DISK_COUNT = 0x04;
export const DISK_LBA = 0x08;
export const DISK_CMD_STATUS = 0x0c;
export const DISK_ERROR = 0x10;
export const DISK_CAPACITY = 0x14;
export const DISK_IRQ_ENABLE = 0x18;
export const DISK_WINDOW = 0x1000;
export const DISK_SECTOR_SIZE = 512;
export const DISK_MAX_COUNT = 256;
export const DISK_CMD_READ = 0x20;
export const DISK_CMD_WRITE = 0x30;
export const DISK_CMD_FLUSH = 0xe7;
export const DISK_STATUS_ERR = 0x01;
export const DISK_STATUS_DRQ = 0x08;
export const DISK_STATUS_RDY = 0x40;
export const DISK_STATUS_BSY = 0x80;
export const DISK_ERR_NONE = 0;
export const DISK_ERR_RANGE = 1;
export const DISK_ERR_COMMAND = 2;
export const DISK_ERR_COUNT = 3;
export const DISK_COMPATIBLE = 'exovisor,pio-disk';

/**
 * Network interface (not on QEMU): 32-bit registers at these offsets from
 * VIRT_NET. A frame goes out as NET_TX_LEN, then its bytes four per
 * NET_TX_DATA write, then NET_CMD_SEND; frames come in on a queue whose
 * head NET_RX_LEN gives (0: empty), read four bytes per NET_RX_DATA access
 * and dropped with NET_CMD_POP. The interrupt line is high while the queue
 * holds a frame.
 */
export const NET_MAC_LO = 0x00;
export const NET_MAC_HI = 0x04;
export const NET_TX_LEN = 0x08;
export const NET_TX_DATA = 0x0c;
export const NET_CMD = 0x10;
export const NET_RX_LEN = 0x14;
export const NET_RX_DATA = 0x18;
export const NET_RX_DROPPED = 0x1c;
export const NET_CMD_SEND = 1;
export const NET_CMD_POP = 2;
export const NET_WINDOW = 0x1000;
export const NET_COMPATIBLE = 'exovisor,net';

/**
 * VM generation ID (not on QEMU; in the spirit of the vmgenid device): a
 * 128-bit value the hypervisor draws at random when it creates the machine
 * and again each time it restores a snapshot of it, so that two copies
 * restored from one snapshot never share it. GENID_COUNT numbers the
 * generations (1 at creation, the saved count + 1 after a restore): a guest
 * that reads it when it needs fresh randomness or its identity learns that
 * it has been restored, reseeds its random generator from GENID_ID and
 * reads again what the restore changed (the network interface's MAC
 * address). Read-only 32-bit registers at these offsets from VIRT_GENID.
 */
export const GENID_COUNT = 0x00;
export const GENID_ID = 0x04;
export const GENID_ID_WORDS = 4;
export const GENID_WINDOW = 0x1000;
export const GENID_COMPATIBLE = 'exovisor,genid';

/** SiFive test finisher commands (low 16 bits of the word written). */
export const FINISHER_FAIL = 0x3333;
export const FINISHER_PASS = 0x5555;
export const FINISHER_RESET = 0x7777;

/** Boot handoff: a2 points at this record (OpenSBI's fw_dynamic_info, as QEMU's reset ROM passes it). */
export const FW_DYNAMIC_INFO_MAGIC = 0x4942_534f;
export const FW_DYNAMIC_INFO_VERSION = 2;
export const FW_NEXT_MODE_S = 1;
/** Longest kernel command line (/chosen/bootargs) in bytes, without its NUL. */
export const BOOTARGS_MAX = 511;

/** Everything above, as the C header lays it out. */
export const VIRT_HEADER: AbiHeader = {
  path: 'libos/include/exovisor/virt.h',
  guard: 'EXOVISOR_VIRT_H',
  source: 'hypervisor/abi/virt.ts',
  intro: [
    'Physical address map of the virt board:',
    '',
    `  0x00100000  VIRT_TEST    SiFive test finisher`,
    `  0x02000000  VIRT_CLINT   CLINT: msip +0, mtimecmp +0x4000, mtime +0xbff8`,
    `  0x0c000000  VIRT_PLIC    PLIC: priority, pending, enable, threshold/claim per context`,
    `  0x10000000  VIRT_UART0   ns16550a UART (PLIC source 10)`,
    `  0x10010000  VIRT_DISK    PIO disk controller (PLIC source 12; not on QEMU)`,
    `  0x10020000  VIRT_NET     network interface (PLIC source 13; not on QEMU)`,
    `  0x10030000  VIRT_GENID   VM generation ID (not on QEMU)`,
    `  0x80000000  VIRT_DRAM    RAM: firmware first, the kernel at KERNEL_BASE`,
  ],
  sections: [
    {
      section: 'Physical memory map',
      constants: [
        { name: 'VIRT_TEST', value: VIRT_TEST, doc: 'SiFive test finisher' },
        { name: 'VIRT_CLINT', value: VIRT_CLINT, doc: 'core-local interruptor' },
        { name: 'VIRT_PLIC', value: VIRT_PLIC, doc: 'platform-level interrupt controller' },
        { name: 'VIRT_UART0', value: VIRT_UART0, doc: 'ns16550a console UART' },
        { name: 'VIRT_DISK', value: VIRT_DISK, doc: 'PIO disk controller' },
        { name: 'VIRT_NET', value: VIRT_NET, doc: 'network interface' },
        { name: 'VIRT_GENID', value: VIRT_GENID, doc: 'VM generation ID' },
        { name: 'VIRT_DRAM', value: VIRT_DRAM, doc: 'start of RAM' },
        { name: 'KERNEL_BASE', value: KERNEL_BASE, doc: 'kernel entry when no fw_dynamic_info is passed' },
      ],
    },
    {
      section: 'CLINT registers (offsets from VIRT_CLINT)',
      constants: [
        { name: 'CLINT_MSIP', value: CLINT_MSIP, doc: 'hart 0 software interrupt pending (bit 0)' },
        { name: 'CLINT_MTIMECMP', value: CLINT_MTIMECMP, doc: 'hart 0 timer compare, 64-bit' },
        { name: 'CLINT_MTIME', value: CLINT_MTIME, doc: 'machine time, 64-bit' },
        { name: 'TIMEBASE_HZ', value: TIMEBASE_HZ, doc: 'mtime ticks per second', decimal: true },
      ],
    },
    {
      section: 'UART registers (byte offsets from VIRT_UART0)',
      constants: [
        { name: 'UART_RBR_THR', value: UART_RBR_THR, doc: 'receive buffer (read) / transmit holding (write)' },
        { name: 'UART_IER', value: UART_IER, doc: 'interrupt enable' },
        { name: 'UART_IIR_FCR', value: UART_IIR_FCR, doc: 'interrupt identification (read) / FIFO control (write)' },
        { name: 'UART_LSR', value: UART_LSR, doc: 'line status' },
        { name: 'UART_IER_RDI', value: UART_IER_RDI, doc: 'IER: interrupt when a received byte is ready' },
        { name: 'UART_IIR_NO_INT', value: UART_IIR_NO_INT, doc: 'IIR: no interrupt pending' },
        { name: 'UART_LSR_DR', value: UART_LSR_DR, doc: 'LSR: a received byte is ready' },
        { name: 'UART_LSR_THRE', value: UART_LSR_THRE, doc: 'LSR: transmit holding register empty' },
        { name: 'UART_LSR_TEMT', value: UART_LSR_TEMT, doc: 'LSR: transmitter empty (FIFO and shift register: every byte is out)' },
      ],
    },
    {
      section: 'PLIC registers (offsets from VIRT_PLIC) and interrupt sources',
      constants: [
        { name: 'PLIC_PRIORITY', value: PLIC_PRIORITY, doc: 'source priorities, one word per source' },
        { name: 'PLIC_PENDING', value: PLIC_PENDING, doc: 'pending bits, 32 sources per word' },
        { name: 'PLIC_ENABLE', value: PLIC_ENABLE, doc: 'enable bits of context 0' },
        { name: 'PLIC_ENABLE_STRIDE', value: PLIC_ENABLE_STRIDE, doc: 'enable block size per context' },
        { name: 'PLIC_THRESHOLD', value: PLIC_THRESHOLD, doc: 'priority threshold of context 0' },
        { name: 'PLIC_CLAIM', value: PLIC_CLAIM, doc: 'claim (read) / complete (write) of context 0' },
        { name: 'PLIC_CONTEXT_STRIDE', value: PLIC_CONTEXT_STRIDE, doc: 'threshold/claim block size per context' },
        { name: 'PLIC_SIZE', value: PLIC_SIZE, doc: 'size of the PLIC window' },
        { name: 'PLIC_NUM_SOURCES', value: PLIC_NUM_SOURCES, doc: 'sources 1..95 (0 means none)', decimal: true },
        { name: 'PLIC_MAX_PRIORITY', value: PLIC_MAX_PRIORITY, doc: 'highest source priority', decimal: true },
        { name: 'PLIC_CONTEXT_M', value: PLIC_CONTEXT_M, doc: 'context of hart 0 M-mode', decimal: true },
        { name: 'PLIC_CONTEXT_S', value: PLIC_CONTEXT_S, doc: 'context of hart 0 S-mode', decimal: true },
        { name: 'UART0_IRQ', value: UART0_IRQ, doc: 'UART interrupt source', decimal: true },
        { name: 'DISK_IRQ', value: DISK_IRQ, doc: 'disk interrupt source', decimal: true },
        { name: 'NET_IRQ', value: NET_IRQ, doc: 'network interface interrupt source', decimal: true },
      ],
    },
    {
      section: 'PIO disk controller (32-bit registers, offsets from VIRT_DISK). A command on COUNT sectors from LBA sets DRQ; the data then moves four bytes per DATA access, 128 accesses per sector',
      constants: [
        { name: 'DISK_DATA', value: DISK_DATA, doc: 'data port: 4 bytes per access, little-endian' },
        { name: 'DISK_COUNT', value: DISK_COUNT, doc: 'sectors for the next command (1..DISK_MAX_COUNT)' },
        { name: 'DISK_LBA', value: DISK_LBA, doc: 'first sector of the next command' },
        { name: 'DISK_CMD_STATUS', value: DISK_CMD_STATUS, doc: 'command (write) / status (read; acknowledges the interrupt)' },
        { name: 'DISK_ERROR', value: DISK_ERROR, doc: 'DISK_ERR_* of the last failed command' },
        { name: 'DISK_CAPACITY', value: DISK_CAPACITY, doc: 'number of sectors (read-only)' },
        { name: 'DISK_IRQ_ENABLE', value: DISK_IRQ_ENABLE, doc: 'bit 0: interrupt when a command needs data or completes' },
        { name: 'DISK_WINDOW', value: DISK_WINDOW, doc: 'size of the register window' },
        { name: 'DISK_SECTOR_SIZE', value: DISK_SECTOR_SIZE, doc: 'bytes per sector', decimal: true },
        { name: 'DISK_MAX_COUNT', value: DISK_MAX_COUNT, doc: 'most sectors per command', decimal: true },
        { name: 'DISK_CMD_READ', value: DISK_CMD_READ, doc: 'read COUNT sectors from LBA' },
        { name: 'DISK_CMD_WRITE', value: DISK_CMD_WRITE, doc: 'write COUNT sectors at LBA' },
        { name: 'DISK_CMD_FLUSH', value: DISK_CMD_FLUSH, doc: 'make written sectors durable' },
        { name: 'DISK_STATUS_ERR', value: DISK_STATUS_ERR, doc: 'status: the last command failed (see DISK_ERROR)' },
        { name: 'DISK_STATUS_DRQ', value: DISK_STATUS_DRQ, doc: 'status: the data port expects a transfer' },
        { name: 'DISK_STATUS_RDY', value: DISK_STATUS_RDY, doc: 'status: ready for a command' },
        { name: 'DISK_STATUS_BSY', value: DISK_STATUS_BSY, doc: 'status: busy (registers must not be written)' },
        { name: 'DISK_ERR_NONE', value: DISK_ERR_NONE, doc: 'no error', decimal: true },
        { name: 'DISK_ERR_RANGE', value: DISK_ERR_RANGE, doc: 'LBA + COUNT lies beyond the disk', decimal: true },
        { name: 'DISK_ERR_COMMAND', value: DISK_ERR_COMMAND, doc: 'unknown command, or a command while DRQ is set', decimal: true },
        { name: 'DISK_ERR_COUNT', value: DISK_ERR_COUNT, doc: 'COUNT is 0 or above DISK_MAX_COUNT', decimal: true },
        { name: 'DISK_COMPATIBLE', value: DISK_COMPATIBLE, doc: 'device-tree compatible string of the disk node' },
      ],
    },
    {
      section: 'Network interface (32-bit registers, offsets from VIRT_NET). Send: TX_LEN, the bytes four per TX_DATA write, CMD_SEND; receive: RX_LEN of the head frame (0: none), its bytes four per RX_DATA read, CMD_POP. The interrupt is high while a frame is queued',
      constants: [
        { name: 'NET_MAC_LO', value: NET_MAC_LO, doc: 'MAC address bytes 0-3, little-endian (read-only)' },
        { name: 'NET_MAC_HI', value: NET_MAC_HI, doc: 'MAC address bytes 4-5 in the low half (read-only)' },
        { name: 'NET_TX_LEN', value: NET_TX_LEN, doc: 'length of the frame to send (14..NETIF_MTU_FRAME); restarts TX_DATA' },
        { name: 'NET_TX_DATA', value: NET_TX_DATA, doc: 'next 4 bytes of the frame to send' },
        { name: 'NET_CMD', value: NET_CMD, doc: 'command: NET_CMD_SEND or NET_CMD_POP' },
        { name: 'NET_RX_LEN', value: NET_RX_LEN, doc: 'length of the received frame at the head of the queue, 0 when empty (restarts RX_DATA)' },
        { name: 'NET_RX_DATA', value: NET_RX_DATA, doc: 'next 4 bytes of the head frame' },
        { name: 'NET_RX_DROPPED', value: NET_RX_DROPPED, doc: 'frames dropped because the receive queue was full (read-only)' },
        { name: 'NET_CMD_SEND', value: NET_CMD_SEND, doc: 'send the TX_LEN bytes written', decimal: true },
        { name: 'NET_CMD_POP', value: NET_CMD_POP, doc: 'drop the head frame of the receive queue', decimal: true },
        { name: 'NET_WINDOW', value: NET_WINDOW, doc: 'size of the register window' },
        { name: 'NET_COMPATIBLE', value: NET_COMPATIBLE, doc: 'device-tree compatible string of the network node' },
      ],
    },
    {
      section: 'VM generation ID (read-only 32-bit registers, offsets from VIRT_GENID). A fresh random 128-bit ID at creation and after every restore of a snapshot; COUNT numbers the generations, so a guest that sees it change reseeds its random generator from the ID and reads its MAC address again',
      constants: [
        { name: 'GENID_COUNT', value: GENID_COUNT, doc: 'generation number: 1 at creation, the saved number + 1 after a restore' },
        { name: 'GENID_ID', value: GENID_ID, doc: 'the 128-bit ID, GENID_ID_WORDS words from here (random; the seed of the guest\'s random generator)' },
        { name: 'GENID_ID_WORDS', value: GENID_ID_WORDS, doc: 'words of the ID', decimal: true },
        { name: 'GENID_WINDOW', value: GENID_WINDOW, doc: 'size of the register window' },
        { name: 'GENID_COMPATIBLE', value: GENID_COMPATIBLE, doc: 'device-tree compatible string of the generation-ID node' },
      ],
    },
    {
      section: 'SiFive test finisher (32-bit writes to VIRT_TEST)',
      constants: [
        { name: 'FINISHER_FAIL', value: FINISHER_FAIL, doc: 'fail: (code << 16) | FINISHER_FAIL exits with code' },
        { name: 'FINISHER_PASS', value: FINISHER_PASS, doc: 'pass: exit code 0' },
        { name: 'FINISHER_RESET', value: FINISHER_RESET, doc: 'reset request' },
      ],
    },
    {
      section: 'Boot handoff: the firmware starts at VIRT_DRAM in M-mode with a0 = hart id, a1 = device tree, a2 = struct fw_dynamic_info',
      constants: [
        { name: 'FW_DYNAMIC_INFO_MAGIC', value: FW_DYNAMIC_INFO_MAGIC, doc: "fw_dynamic_info.magic ('OSBI')" },
        { name: 'FW_DYNAMIC_INFO_VERSION', value: FW_DYNAMIC_INFO_VERSION, doc: 'fw_dynamic_info.version written by QEMU 7.2 and Exovisor', decimal: true },
        { name: 'FW_NEXT_MODE_S', value: FW_NEXT_MODE_S, doc: 'fw_dynamic_info.next_mode: enter the next stage in S-mode', decimal: true },
        { name: 'BOOTARGS_MAX', value: BOOTARGS_MAX, doc: 'longest /chosen/bootargs the host writes and the kernel keeps, without its NUL', decimal: true },
      ],
    },
  ],
  structs: [
    {
      name: 'fw_dynamic_info',
      doc: 'What the loader tells the firmware about the next boot stage (OpenSBI layout, RV32)',
      fields: [
        { name: 'magic', type: 'uint32_t', doc: 'FW_DYNAMIC_INFO_MAGIC' },
        { name: 'version', type: 'uint32_t', doc: 'FW_DYNAMIC_INFO_VERSION' },
        { name: 'next_addr', type: 'uint32_t', doc: 'entry point of the kernel' },
        { name: 'next_mode', type: 'uint32_t', doc: 'FW_NEXT_MODE_S' },
        { name: 'options', type: 'uint32_t', doc: 'unused (0)' },
        { name: 'boot_hart', type: 'uint32_t', doc: 'hart that boots (0)' },
      ],
    },
  ],
};
