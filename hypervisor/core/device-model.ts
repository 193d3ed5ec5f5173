/**
 * The emulated devices of one domain, living in the hypervisor worker: the
 * UART, the PLIC, the PIO disk (when the domain has one), the network
 * interface on the virtual switch (when asked for) and the SiFive
 * test/reset device, at QEMU virt addresses, and the VM generation-ID
 * device (not on QEMU). `handleExit` serves one MMIO
 * exit from the domain's control block; interrupt lines flow from the
 * devices through the PLIC into the control block's IRQ word, and the vCPU
 * is woken when they change.
 */
import { DISK_IRQ, NET_IRQ, UART0_IRQ, VIRT_DISK, VIRT_GENID, VIRT_NET, VIRT_PLIC, VIRT_TEST, VIRT_UART0 } from '../abi/virt.js';
import type { MmioDevice, Width } from '../devices/device.js';
import { GenIdDevice } from '../devices/genid.js';
import { NetNic } from '../devices/net-nic.js';
import type { VSwitch } from '../pv/vswitch.js';
import { PioDisk } from '../devices/pio-disk.js';
import { Plic } from '../devices/plic.js';
import { SifiveTest, type FinisherRequest } from '../devices/sifive-test.js';
import { Uart } from '../devices/uart.js';
import {
  CB_ADDR, CB_DATA, CB_IRQ, CB_REASON, CB_RESULT, CB_SIZE, CB_STATE, CB_WAKE, EXIT_MMIO_READ, EXIT_MMIO_WRITE,
  RESULT_BUS_ERROR, RESULT_OK, RESULT_SHUTDOWN, STATE_DONE,
} from '../worker/protocol.js';

/** What the device model tells its domain. */
export interface DeviceModelHost {
  /** Bytes the guest wrote to its console. */
  console(byte: number): void;
  /** The guest asked the finisher to exit or reset. */
  finish(r: FinisherRequest): void;
}

/** Counters of one domain's device model. */
export interface DeviceModelCounters {
  /** MMIO accesses by device name. */
  mmio: Record<string, number>;
  /** Accesses no device answered (bus errors returned to the guest). */
  unmapped: number;
  /** Rising edges of an external interrupt line delivered to the vCPU. */
  irqsInjected: number;
}

/** The devices of one domain and its exit handler. */
export class DeviceModel {
  readonly uart: Uart;
  readonly plic: Plic;
  readonly disk: PioDisk | null;
  /** The network interface, attached to the virtual switch until `close`. */
  readonly nic: NetNic | null;
  /** The machine's VM generation (a restore makes the next one). */
  readonly genid: GenIdDevice;
  readonly devices: MmioDevice[];
  /** MMIO accesses per device, in `devices` order (counted where served; named by `counters`). */
  private readonly accesses: number[];
  private unmapped = 0;
  private irqsInjected = 0;
  /** The device the last exit went to: exits come in bursts to one device, so it is looked at first. */
  private last: MmioDevice;
  private lastIndex = 0;
  private shutdown = false;
  private irqLines = 0;

  /** `cb` is the domain's control block; `disk` the disk contents, when it has a disk; `vswitch` the switch its network interface joins, when it has one. */
  constructor(private readonly cb: Int32Array, host: DeviceModelHost, disk: Uint8Array | null, private readonly vswitch: VSwitch | null = null) {
    this.plic = new Plic('plic', VIRT_PLIC, (mask, bits) => this.setIrq(mask, bits));
    this.uart = new Uart('uart0', VIRT_UART0, (b) => host.console(b), (level) => this.plic.setLevel(UART0_IRQ, level));
    const test = new SifiveTest('test', VIRT_TEST, (r) => {
      this.shutdown = true;
      host.finish(r);
    });
    this.disk = disk ? new PioDisk('disk', VIRT_DISK, disk, (level) => this.plic.setLevel(DISK_IRQ, level)) : null;
    this.nic = vswitch ? this.attachNic(vswitch) : null;
    this.genid = new GenIdDevice('genid', VIRT_GENID);
    this.devices = [test, this.plic, this.uart, ...(this.disk ? [this.disk] : []), ...(this.nic ? [this.nic] : []), this.genid];
    this.accesses = this.devices.map(() => 0);
    this.last = test;
  }

  /** A network interface with a fresh MAC address, on `vswitch`. */
  private attachNic(vswitch: VSwitch): NetNic {
    const nic: NetNic = new NetNic('net', VIRT_NET, vswitch.allocateMac(), (frame) => vswitch.forward([frame], nic), (level) => this.plic.setLevel(NET_IRQ, level));
    vswitch.attach(nic);
    return nic;
  }

  /** Takes the network interface off the switch (the domain is going away). */
  close(): void {
    if (this.nic) this.vswitch?.detach(this.nic);
  }

  /** The counters now (a copy). */
  get counters(): DeviceModelCounters {
    const mmio: Record<string, number> = {};
    this.devices.forEach((d, i) => { mmio[d.name] = this.accesses[i]!; });
    return { mmio, unmapped: this.unmapped, irqsInjected: this.irqsInjected };
  }

  /** Serves the exit waiting in the control block and hands the answer back to the vCPU; allocates nothing. */
  handleExit(): void {
    const cb = this.cb;
    const reason = cb[CB_REASON]!, addr = cb[CB_ADDR]! >>> 0, size = cb[CB_SIZE]! as Width;
    let result = RESULT_BUS_ERROR;
    const i = this.find(addr, size);
    if (i >= 0 && (size === 1 || size === 2 || size === 4)) {
      const dev = this.devices[i]!;
      this.accesses[i]!++;
      if (reason === EXIT_MMIO_READ) {
        const v = dev.read(addr - dev.base, size);
        if (v !== null) { cb[CB_DATA] = v; result = RESULT_OK; }
      } else if (reason === EXIT_MMIO_WRITE) {
        if (dev.write(addr - dev.base, size, cb[CB_DATA]!)) result = RESULT_OK;
      }
    }
    if (result === RESULT_BUS_ERROR) this.unmapped++;
    if (this.shutdown && result === RESULT_OK) result = RESULT_SHUTDOWN;
    cb[CB_RESULT] = result;
    Atomics.store(cb, CB_STATE, STATE_DONE);
    Atomics.notify(cb, CB_STATE);
  }

  // Index of the device whose window holds [addr, addr + size), or -1: the last one first, then all.
  private find(addr: number, size: number): number {
    const l = this.last;
    if (addr >= l.base && addr + size <= l.base + l.size) return this.lastIndex;
    const ds = this.devices;
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i]!;
      if (addr >= d.base && addr + size <= d.base + d.size) {
        this.last = d;
        this.lastIndex = i;
        return i;
      }
    }
    return -1;
  }

  /** The PLIC's outputs changed: publish them in the control block and wake the vCPU. */
  private setIrq(mask: number, bits: number): void {
    const next = (this.irqLines & ~mask) | (bits & mask);
    if (next === this.irqLines) return;
    if (next & ~this.irqLines) this.irqsInjected++;
    this.irqLines = next;
    Atomics.store(this.cb, CB_IRQ, next);
    Atomics.add(this.cb, CB_WAKE, 1);
    Atomics.notify(this.cb, CB_WAKE);
  }

  /** Bytes of console input the UART can still hold. */
  get inputRoom(): number {
    return this.uart.inputRoom;
  }

  /** Queues console input for the guest (the UART raises its receive interrupt). */
  input(bytes: Uint8Array): void {
    this.uart.pushInput(bytes);
  }
}
