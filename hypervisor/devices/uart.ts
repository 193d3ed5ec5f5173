/**
 * ns16550a UART, the console of QEMU's virt board: byte registers at
 * offsets 0–7, a receive FIFO fed by the host, and transmit straight to a
 * sink (the transmitter is always ready: LSR reports THR empty).
 */
import { UART_LSR, UART_LSR_DR, UART_LSR_TEMT, UART_LSR_THRE, UART_RBR_THR } from '../abi/virt.js';
import { DeviceStateError, type MmioDevice, type Width } from './device.js';

const RBR_THR = UART_RBR_THR, IER = 1, IIR_FCR = 2, LCR = 3, MCR = 4, LSR = UART_LSR, MSR = 6, SCR = 7;
const LCR_DLAB = 0x80;
const LSR_DR = UART_LSR_DR, LSR_THRE = UART_LSR_THRE, LSR_TEMT = UART_LSR_TEMT;
const IER_RDI = 0x01, IER_THRI = 0x02;
const IIR_NONE = 0x01, IIR_THRI = 0x02, IIR_RDI = 0x04;
/** Receive FIFO bound: input beyond it is dropped and counted. */
const RX_LIMIT = 4096;

/** Saved UART registers. */
interface UartState { ier: number; lcr: number; mcr: number; scr: number; fcr: number; dll: number; dlm: number; rx: number[]; thrIrq: boolean }

/** An ns16550a-compatible UART. */
export class Uart implements MmioDevice {
  readonly size = 0x100;
  private s: UartState = Uart.fresh();
  /** Bytes the guest sent, for stats. */
  txBytes = 0;
  /** Input bytes dropped because the receive FIFO was full. */
  rxDropped = 0;

  /** `sink` receives every byte the guest transmits; `irq` is told the interrupt line level. */
  constructor(
    readonly name: string,
    readonly base: number,
    private readonly sink: (byte: number) => void,
    private readonly irq: (level: boolean) => void = () => {},
  ) {}

  private static fresh(): UartState {
    return { ier: 0, lcr: 0, mcr: 0, scr: 0, fcr: 0, dll: 0, dlm: 0, rx: [], thrIrq: false };
  }

  /** Queues bytes typed by the user for the guest to read. */
  /** Bytes of input the receiver can still hold. */
  get inputRoom(): number {
    return RX_LIMIT - this.s.rx.length;
  }

  pushInput(bytes: Iterable<number>): void {
    for (const b of bytes) {
      if (this.s.rx.length >= RX_LIMIT) this.rxDropped++;
      else this.s.rx.push(b & 0xff);
    }
    this.updateIrq();
  }

  read(offset: number, width: Width): number | null {
    if (width !== 1) return null;
    const s = this.s;
    const dlab = (s.lcr & LCR_DLAB) !== 0;
    switch (offset) {
      case RBR_THR: return dlab ? s.dll : this.readRbr();
      case IER: return dlab ? s.dlm : s.ier;
      case IIR_FCR: return this.readIir();
      case LCR: return s.lcr;
      case MCR: return s.mcr;
      case LSR: return LSR_THRE | LSR_TEMT | (s.rx.length > 0 ? LSR_DR : 0);
      case MSR: return 0xb0; // DCD, DSR, CTS asserted
      case SCR: return s.scr;
      default: return 0;
    }
  }

  private readRbr(): number {
    const b = this.s.rx.shift() ?? 0;
    this.updateIrq();
    return b;
  }

  private readIir(): number {
    const s = this.s;
    const fifo = s.fcr & 1 ? 0xc0 : 0;
    if (s.ier & IER_RDI && s.rx.length > 0) return fifo | IIR_RDI;
    if (s.ier & IER_THRI && s.thrIrq) {
      s.thrIrq = false; // reading IIR acknowledges the THR-empty interrupt
      this.updateIrq();
      return fifo | IIR_THRI;
    }
    return fifo | IIR_NONE;
  }

  write(offset: number, width: Width, value: number): boolean {
    if (width !== 1) return false;
    const s = this.s;
    const dlab = (s.lcr & LCR_DLAB) !== 0;
    const v = value & 0xff;
    switch (offset) {
      case RBR_THR:
        if (dlab) s.dll = v;
        else { this.txBytes++; this.sink(v); s.thrIrq = true; }
        break;
      case IER:
        if (dlab) s.dlm = v;
        else { s.ier = v & 0x0f; s.thrIrq = true; }
        break;
      case IIR_FCR: s.fcr = v & 0xc9; if (v & 2) s.rx.length = 0; break;
      case LCR: s.lcr = v; break;
      case MCR: s.mcr = v & 0x1f; break;
      case SCR: s.scr = v; break;
      default: break;
    }
    this.updateIrq();
    return true;
  }

  private updateIrq(): void {
    const s = this.s;
    this.irq((s.ier & IER_RDI && s.rx.length > 0) || (s.ier & IER_THRI && s.thrIrq) ? true : false);
  }

  reset(): void {
    this.s = Uart.fresh();
    this.updateIrq();
  }

  saveState(): unknown {
    return { ...this.s, rx: [...this.s.rx] };
  }

  restoreState(state: unknown): void {
    this.s = this.validate(state);
    this.updateIrq();
  }

  /** Checks a saved state field by field (registers are bytes); throws DeviceStateError naming the first bad one. */
  private validate(state: unknown): UartState {
    if (typeof state !== 'object' || state === null) throw new DeviceStateError(this.name, 'state: expected an object');
    const r = state as Record<string, unknown>;
    const byte = (v: unknown, what: string): number => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xff) throw new DeviceStateError(this.name, `${what}: expected a byte`);
      return v;
    };
    const rx = r['rx'];
    if (!Array.isArray(rx) || rx.length > RX_LIMIT) throw new DeviceStateError(this.name, `rx: expected an array of at most ${RX_LIMIT} bytes`);
    return {
      ier: byte(r['ier'], 'ier'), lcr: byte(r['lcr'], 'lcr'), mcr: byte(r['mcr'], 'mcr'), scr: byte(r['scr'], 'scr'),
      fcr: byte(r['fcr'], 'fcr'), dll: byte(r['dll'], 'dll'), dlm: byte(r['dlm'], 'dlm'),
      rx: rx.map((b: unknown, i) => byte(b, `rx[${i}]`)), thrIrq: r['thrIrq'] === true,
    };
  }
}
