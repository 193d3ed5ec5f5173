/**
 * The device tree of Exovisor's virt board, laid out the way QEMU 7.2's
 * riscv `virt` machine lays out its own (hw/riscv/virt.c): the same node
 * names, cell sizes, compatible strings and interrupt wiring, minus the
 * devices Exovisor does not have (virtio-mmio, PCI, flash, fw-cfg, RTC),
 * plus the PIO disk when one is attached. Firmware and kernels find the
 * memory, the timebase, the console and the interrupt controllers here.
 */
import {
  BOOTARGS_MAX,
  DISK_COMPATIBLE, DISK_IRQ, DISK_WINDOW, FINISHER_PASS, FINISHER_RESET, PLIC_NUM_SOURCES, PLIC_SIZE, TIMEBASE_HZ,
  UART0_IRQ, VIRT_CLINT, VIRT_DISK, VIRT_DRAM, VIRT_PLIC, VIRT_TEST, VIRT_UART0, NET_COMPATIBLE, NET_IRQ, NET_WINDOW, VIRT_NET, GENID_COMPATIBLE, GENID_WINDOW, VIRT_GENID,
} from '../abi/virt.js';
import { IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_EXT } from '../cpu/isa.js';
import { buildFdt, cells64, type FdtNode, type FdtProp, type FdtValue } from '../image/fdt.js';

/** Longest kernel command line, in bytes (Linux's COMMAND_LINE_SIZE on RISC-V, less the NUL). */
export const VIRT_BOOTARGS_MAX = BOOTARGS_MAX;

/** Window sizes of the devices whose size the guest ABI leaves to the device tree (QEMU's virt memmap). */
const CLINT_WINDOW = 0x1_0000;
const UART0_WINDOW = 0x100;
const TEST_WINDOW = 0x1000;
/** The ns16550a input clock QEMU advertises (1.8432 MHz × 2). */
const UART_CLOCK_HZ = 3_686_400;
/** The ISA the hart implements (misa: RV32IMAC with S and U modes). */
const RISCV_ISA = 'rv32imac_zicsr_zifencei';
/** RAM must end inside the 32-bit physical address space. */
const RAM_MAX = 2 ** 32 - VIRT_DRAM;
const PAGE = 4096;

/** What the tree describes. */
export interface VirtFdtOptions {
  /** RAM size in bytes: a positive multiple of 4 KiB that ends below 4 GiB. */
  ramBytes: number;
  /** Kernel command line (/chosen/bootargs), at most VIRT_BOOTARGS_MAX bytes, no NUL. */
  bootargs: string;
  /** Whether the PIO disk is attached. */
  disk: boolean;
  /** Whether the network interface is attached. */
  net?: boolean;
  /** The one hart's id (only hart 0 exists). */
  hartId?: 0;
}

/** Why the tree could not be described. */
export class VirtFdtError extends Error {
  override readonly name = 'VirtFdtError';
}

/** Name of a node at `addr` ("serial@10000000"). */
const at = (name: string, addr: number): string => `${name}@${addr.toString(16)}`;
const prop = (name: string, value: FdtValue): FdtProp => ({ name, value });
/** A reg entry of 2 address cells and 2 size cells. */
const reg = (addr: number, size: number): FdtProp => prop('reg', [...cells64(addr), ...cells64(size)]);
const node = (name: string, props: FdtProp[], children: FdtNode[] = [], label?: string): FdtNode =>
  label === undefined ? { name, props, children } : { name, label, props, children };

/** Refuses options a guest could not boot with. */
function validate(o: VirtFdtOptions): void {
  const ram = o.ramBytes;
  if (!Number.isSafeInteger(ram) || ram <= 0 || ram % PAGE !== 0 || ram > RAM_MAX) {
    throw new VirtFdtError(`RAM size ${ram} must be a positive multiple of 4 KiB of at most ${RAM_MAX / 2 ** 20} MiB`);
  }
  const len = new TextEncoder().encode(o.bootargs).length;
  if (len > VIRT_BOOTARGS_MAX) throw new VirtFdtError(`bootargs is ${len} bytes; the limit is ${VIRT_BOOTARGS_MAX}`);
  if (o.bootargs.includes('\0')) throw new VirtFdtError('bootargs must not contain a NUL character');
  if ((o.hartId ?? 0) !== 0) throw new VirtFdtError(`hart ${String(o.hartId)} does not exist; the board has hart 0 only`);
}

/** /cpus with hart 0 and its local interrupt controller (phandles "cpu0", "cpu0_intc"). */
function cpus(): FdtNode {
  const intc = node('interrupt-controller', [
    prop('#interrupt-cells', [1]), prop('interrupt-controller', []), prop('compatible', 'riscv,cpu-intc'),
  ], [], 'cpu0_intc');
  const cpu = node('cpu@0', [
    prop('device_type', 'cpu'), prop('reg', [0]), prop('status', 'okay'), prop('compatible', 'riscv'),
    prop('riscv,isa', RISCV_ISA), prop('mmu-type', 'riscv,sv32'),
  ], [intc], 'cpu0');
  const map = node('cpu-map', [], [node('cluster0', [], [node('core0', [prop('cpu', [{ ref: 'cpu0' }])])])]);
  return node('cpus', [prop('#address-cells', [1]), prop('#size-cells', [0]), prop('timebase-frequency', [TIMEBASE_HZ])], [cpu, map]);
}

/** /soc: the CLINT, the PLIC (phandle "plic"), the UART, the test finisher, the disk, the network interface and the generation ID. */
function soc(disk: boolean, net: boolean): FdtNode {
  const intc = { ref: 'cpu0_intc' };
  const plicParent = prop('interrupt-parent', [{ ref: 'plic' }]);
  const devices = [
    node(at('clint', VIRT_CLINT), [
      prop('compatible', ['sifive,clint0', 'riscv,clint0']), reg(VIRT_CLINT, CLINT_WINDOW),
      prop('interrupts-extended', [intc, IRQ_M_SOFT, intc, IRQ_M_TIMER]),
    ]),
    node(at('plic', VIRT_PLIC), [
      prop('#interrupt-cells', [1]), prop('#address-cells', [0]), prop('compatible', ['sifive,plic-1.0.0', 'riscv,plic0']),
      prop('interrupt-controller', []), prop('interrupts-extended', [intc, IRQ_M_EXT, intc, IRQ_S_EXT]),
      reg(VIRT_PLIC, PLIC_SIZE), prop('riscv,ndev', [PLIC_NUM_SOURCES - 1]),
    ], [], 'plic'),
    node(at('serial', VIRT_UART0), [
      prop('compatible', 'ns16550a'), reg(VIRT_UART0, UART0_WINDOW), prop('clock-frequency', [UART_CLOCK_HZ]),
      prop('interrupts', [UART0_IRQ]), plicParent,
    ]),
    node(at('test', VIRT_TEST), [
      prop('compatible', ['sifive,test1', 'sifive,test0', 'syscon']), reg(VIRT_TEST, TEST_WINDOW),
    ], [], 'test'),
  ];
  if (disk) {
    devices.push(node(at('disk', VIRT_DISK), [
      prop('compatible', DISK_COMPATIBLE), reg(VIRT_DISK, DISK_WINDOW), prop('interrupts', [DISK_IRQ]), plicParent,
    ]));
  }
  if (net) {
    devices.push(node(at('net', VIRT_NET), [
      prop('compatible', NET_COMPATIBLE), reg(VIRT_NET, NET_WINDOW), prop('interrupts', [NET_IRQ]), plicParent,
    ]));
  }
  devices.push(node(at('genid', VIRT_GENID), [prop('compatible', GENID_COMPATIBLE), reg(VIRT_GENID, GENID_WINDOW)]));
  return node('soc', [
    prop('#address-cells', [2]), prop('#size-cells', [2]), prop('compatible', 'simple-bus'), prop('ranges', []),
  ], devices);
}

/** syscon-poweroff / syscon-reboot through the test finisher, as QEMU describes them. */
function finisherControls(): FdtNode[] {
  const control = (name: string, value: number): FdtNode => node(name, [
    prop('compatible', `syscon-${name}`), prop('regmap', [{ ref: 'test' }]), prop('offset', [0]), prop('value', [value]),
  ]);
  return [control('poweroff', FINISHER_PASS), control('reboot', FINISHER_RESET)];
}

/** The board's device tree as a DTB (version 17). */
export function virtDeviceTree(opts: VirtFdtOptions): Uint8Array {
  validate(opts);
  const root = node('', [
    prop('#address-cells', [2]), prop('#size-cells', [2]), prop('compatible', 'riscv-virtio'), prop('model', 'riscv-virtio,exovisor'),
  ], [
    node('chosen', [prop('bootargs', opts.bootargs), prop('stdout-path', `/soc/${at('serial', VIRT_UART0)}`)]),
    node(at('memory', VIRT_DRAM), [prop('device_type', 'memory'), reg(VIRT_DRAM, opts.ramBytes)]),
    cpus(),
    soc(opts.disk, opts.net ?? false),
    ...finisherControls(),
  ]);
  return buildFdt(root, { bootCpuid: opts.hartId ?? 0 });
}
