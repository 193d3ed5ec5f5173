/**
 * The bare platform as guests see it: the physical memory map of the `virt`
 * board (the subset of QEMU's hw/riscv/virt.c that bare programs use) and
 * the device register layouts guest code touches. This file is the single
 * source of these numbers: the emulator imports them, and header.ts
 * generates libos/include/exovisor/virt.h from them for C guests.
 */

/** One named constant with the comment the C header gives it. */
export interface AbiConstant {
  name: string;
  value: number;
  doc: string;
  /** Written in decimal in C (a quantity, not an address or bit pattern). */
  decimal?: boolean;
}

/** Physical memory map (names as in QEMU's virt board). */
export const VIRT_TEST = 0x0010_0000;
export const VIRT_CLINT = 0x0200_0000;
export const VIRT_UART0 = 0x1000_0000;
export const VIRT_DRAM = 0x8000_0000;

/** CLINT register offsets (SiFive layout, hart 0). */
export const CLINT_MSIP = 0x0000;
export const CLINT_MTIMECMP = 0x4000;
export const CLINT_MTIME = 0xbff8;
/** mtime ticks per second. */
export const TIMEBASE_HZ = 10_000_000;

/** ns16550a register offsets and bits guests use. */
export const UART_RBR_THR = 0;
export const UART_LSR = 5;
export const UART_LSR_DR = 0x01;
export const UART_LSR_THRE = 0x20;

/** SiFive test finisher commands (low 16 bits of the word written). */
export const FINISHER_FAIL = 0x3333;
export const FINISHER_PASS = 0x5555;
export const FINISHER_RESET = 0x7777;

/** The constants exported to C, in header order, grouped by section title. */
export const VIRT_ABI: ReadonlyArray<{ section: string; constants: AbiConstant[] }> = [
  {
    section: 'Physical memory map',
    constants: [
      { name: 'VIRT_TEST', value: VIRT_TEST, doc: 'SiFive test finisher' },
      { name: 'VIRT_CLINT', value: VIRT_CLINT, doc: 'core-local interruptor' },
      { name: 'VIRT_UART0', value: VIRT_UART0, doc: 'ns16550a console UART' },
      { name: 'VIRT_DRAM', value: VIRT_DRAM, doc: 'start of RAM' },
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
      { name: 'UART_LSR', value: UART_LSR, doc: 'line status' },
      { name: 'UART_LSR_DR', value: UART_LSR_DR, doc: 'LSR: a received byte is ready' },
      { name: 'UART_LSR_THRE', value: UART_LSR_THRE, doc: 'LSR: transmit holding register empty' },
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
];
