/**
 * Exovisor's network interface for the virt board (not on QEMU), so that a
 * kernel on the emulated machine — native, or under the trap-and-emulate
 * VMM — reaches the virtual switch the PV guests use. Programmed I/O like
 * the PIO disk: a frame goes out as NET_TX_LEN, its bytes four per
 * NET_TX_DATA write and NET_CMD_SEND; received frames wait in a bounded
 * queue read through NET_RX_LEN and NET_RX_DATA and dropped with
 * NET_CMD_POP. The interrupt line is high while the queue holds a frame.
 */
import {
  NET_CMD, NET_CMD_POP, NET_CMD_SEND, NET_MAC_HI, NET_MAC_LO, NET_RX_DATA, NET_RX_DROPPED, NET_RX_LEN, NET_TX_DATA,
  NET_TX_LEN, NET_WINDOW,
} from '../abi/virt.js';
import { DeviceStateError, type MmioDevice, type Width } from './device.js';

/** Largest Ethernet frame without FCS (NETIF_MTU_FRAME). */
const MTU_FRAME = 1514;
/** Smallest frame: an Ethernet header. */
const MIN_FRAME = 14;
/** Received frames the interface holds before it drops new ones. */
export const NIC_RX_QUEUE = 64;

/** What the interface counts. */
export interface NetNicCounters {
  tx_frames: number;
  rx_frames: number;
  /** Frames that found the receive queue full. */
  rx_dropped: number;
  /** Sends refused: a bad length, or fewer bytes written than TX_LEN. */
  tx_errors: number;
  /** Sends whose data ran past the transmit buffer: the bytes past it were dropped, the frame that fits went out. */
  tx_overruns: number;
}

/** Saved interface state: the queue and the partly written frame. */
interface NetNicState { rx: number[][]; rxPos: number; tx: number[]; txLen: number; txPos: number }

/** A network interface with MAC `mac`; `send` puts a frame on the wire, `irq` drives its interrupt line. */
export class NetNic implements MmioDevice {
  readonly size = NET_WINDOW;
  readonly counters: NetNicCounters = { tx_frames: 0, rx_frames: 0, rx_dropped: 0, tx_errors: 0, tx_overruns: 0 };
  private rx: Uint8Array[] = [];
  private rxPos = 0;
  private tx = new Uint8Array(MTU_FRAME + 3);
  private txLen = 0;
  private txPos = 0;
  /** More was written to TX_DATA than the buffer holds since TX_LEN (counted at the send). */
  private txOverrun = false;

  constructor(readonly name: string, readonly base: number, readonly mac: Uint8Array, private readonly send: (frame: Uint8Array) => void,
    private readonly irq: (level: boolean) => void) {}

  /** A frame from the switch (SwitchPort): queued, or dropped when the queue is full; never throws. */
  deliver(frame: Uint8Array): void {
    if (this.rx.length >= NIC_RX_QUEUE || frame.length > MTU_FRAME) { this.counters.rx_dropped++; return; }
    this.rx.push(frame.slice());
    this.counters.rx_frames++;
    if (this.rx.length === 1) this.irq(true);
  }

  /** Reads a register (32-bit only). */
  read(offset: number, width: Width): number | null {
    if (width !== 4) return null;
    const m = this.mac;
    switch (offset) {
      case NET_MAC_LO: return (m[0]! | (m[1]! << 8) | (m[2]! << 16) | (m[3]! << 24)) >>> 0;
      case NET_MAC_HI: return m[4]! | (m[5]! << 8);
      case NET_RX_LEN: this.rxPos = 0; return this.rx[0]?.length ?? 0;
      case NET_RX_DATA: return this.rxWord();
      case NET_RX_DROPPED: return this.counters.rx_dropped >>> 0;
      default: return offset < NET_WINDOW && (offset & 3) === 0 ? 0 : null;
    }
  }

  /** The next four bytes of the head frame (zeros past its end or with none). */
  private rxWord(): number {
    const f = this.rx[0];
    let v = 0;
    for (let k = 0; k < 4; k++) v |= (f?.[this.rxPos + k] ?? 0) << (8 * k);
    this.rxPos = Math.min(this.rxPos + 4, MTU_FRAME + 4); // past the frame reads zeros; the position stays bounded
    return v >>> 0;
  }

  /** Writes a register (32-bit only). */
  write(offset: number, width: Width, value: number): boolean {
    if (width !== 4) return false;
    switch (offset) {
      case NET_TX_LEN: this.txLen = value >>> 0; this.txPos = 0; this.txOverrun = false; return true;
      case NET_TX_DATA:
        // Bytes past the buffer are dropped (the send counts an overrun): the position stays bounded.
        if (this.txPos + 4 > this.tx.length) { this.txOverrun = true; return true; }
        for (let k = 0; k < 4; k++) this.tx[this.txPos + k] = value >>> (8 * k);
        this.txPos += 4;
        return true;
      case NET_CMD: this.command(value); return true;
      default: return offset < NET_WINDOW && (offset & 3) === 0;
    }
  }

  /** NET_CMD_SEND or NET_CMD_POP (anything else is ignored). */
  private command(cmd: number): void {
    if (cmd === NET_CMD_SEND) {
      const len = this.txLen;
      if (len < MIN_FRAME || len > MTU_FRAME || this.txPos < len) { this.counters.tx_errors++; return; }
      if (this.txOverrun) this.counters.tx_overruns++;
      this.txOverrun = false;
      this.counters.tx_frames++;
      this.txPos = 0;
      this.send(this.tx.slice(0, len));
    } else if (cmd === NET_CMD_POP && this.rx.length > 0) {
      this.rx.shift();
      this.rxPos = 0;
      if (this.rx.length === 0) this.irq(false);
    }
  }

  /** Power-on state: nothing queued, nothing being written. */
  reset(): void {
    this.rx = [];
    this.rxPos = 0;
    this.txLen = 0;
    this.txPos = 0;
    this.txOverrun = false;
    this.irq(false);
  }

  /** The queue and the partly written frame. */
  saveState(): NetNicState {
    return { rx: this.rx.map((f) => [...f]), rxPos: this.rxPos, tx: [...this.tx.subarray(0, Math.min(this.txPos, this.tx.length))], txLen: this.txLen, txPos: this.txPos };
  }

  /** Puts back what saveState returned (checked: frames within the MTU, the queue within its bound). */
  restoreState(state: unknown): void {
    const s = state as Partial<NetNicState> | null;
    if (!s || !Array.isArray(s.rx) || !Array.isArray(s.tx) || s.rx.length > NIC_RX_QUEUE || s.tx.length > this.tx.length) {
      throw new DeviceStateError(this.name, 'expected a receive queue of at most 64 frames and a transmit buffer');
    }
    if (s.rx.some((f) => !Array.isArray(f) || f.length > MTU_FRAME)) throw new DeviceStateError(this.name, 'a queued frame is larger than the MTU');
    this.rx = s.rx.map((f) => Uint8Array.from(f));
    this.tx.fill(0).set(s.tx);
    [this.rxPos, this.txLen, this.txPos] = [Number(s.rxPos) | 0, Number(s.txLen) >>> 0, Number(s.txPos) | 0];
    this.irq(this.rx.length > 0);
  }
}
