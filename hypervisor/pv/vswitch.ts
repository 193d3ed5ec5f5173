/**
 * A virtual Ethernet switch connecting the domains' network back-ends. It
 * learns nothing: each port registers its MAC address, a unicast frame goes
 * to the port with the destination MAC (bytes 0..5), a broadcast or
 * multicast frame (low bit of byte 0 set) to every port but the sender, and
 * a frame for an unknown address (or back to its sender) is dropped and
 * counted. Frames wait in a bounded backlog and are delivered by one loop,
 * so a delivery that makes a port transmit again (a notify wired straight
 * to another kick) queues instead of recursing. Optionally a seeded loss
 * model drops frames first, and an observer (a packet capture) sees each
 * frame that goes on to be switched.
 */
import { BackendError } from './backend.js';
import type { FrameLoss } from './frame-loss.js';

/** Bytes of a MAC address. */
export const MAC_BYTES = 6;
/** Frames the switch holds while delivering (four transmit rings' worth); more are dropped and counted. */
export const SWITCH_BACKLOG = 1024;

/** What the switch needs of an interface. */
export interface SwitchPort {
  readonly mac: Uint8Array;
  /** Takes a frame for the interface's guest (shared between receivers: never modified); must not throw. */
  deliver(frame: Uint8Array): void;
}

/** Counters of one switch. */
export interface SwitchCounters {
  /** Frames handed to a port (a broadcast counts once per receiver). */
  delivered: number;
  broadcast: number;
  /** Unicast frames for no attached port, or for their sender. */
  dropped_unknown: number;
  /** Frames dropped because the backlog was full. */
  dropped_backlog: number;
  /** Deliveries a port failed (threw) on: counted, so one port cannot break the sender. */
  port_errors: number;
  /** Frames the loss model (`loss`) dropped. */
  dropped_loss: number;
}

/** "aa:bb:cc:dd:ee:ff" for a 6-byte MAC address. */
export function formatMac(mac: Uint8Array): string {
  return [...mac.subarray(0, MAC_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** The virtual switch. */
export class VSwitch {
  readonly counters: SwitchCounters = { delivered: 0, broadcast: 0, dropped_unknown: 0, dropped_backlog: 0, port_errors: 0, dropped_loss: 0 };
  /** Drops frames at random before they are switched (testing retransmission); null: none. */
  loss: FrameLoss | null = null;
  /** Sees every frame the switch goes on to switch (after `loss`), in order; must not throw (a packet capture). */
  observer: ((frame: Uint8Array) => void) | null = null;
  private readonly ports = new Map<string, SwitchPort>();
  private readonly backlog: Array<{ frame: Uint8Array; from: SwitchPort }> = [];
  private delivering = false;
  private nextMac = 1;

  /** A locally administered unicast MAC no port of this switch uses: 02:00:nn:nn:nn:nn from a per-switch counter. */
  allocateMac(): Uint8Array {
    for (;;) {
      const n = this.nextMac;
      if (n > 0xffff_ffff) throw new BackendError({ kind: 'mac-exhausted' });
      this.nextMac++;
      const mac = Uint8Array.of(0x02, 0x00, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
      if (!this.ports.has(formatMac(mac))) return mac;
    }
  }

  /** Connects `port`; BackendError when its MAC is not a unicast address or is already attached. */
  attach(port: SwitchPort): void {
    const key = formatMac(port.mac);
    if (port.mac.length !== MAC_BYTES || port.mac[0]! & 1) throw new BackendError({ kind: 'mac-invalid', mac: key });
    if (this.ports.has(key)) throw new BackendError({ kind: 'mac-in-use', mac: key });
    this.ports.set(key, port);
  }

  /** Disconnects `port` (frames already in the backlog for it are dropped). */
  detach(port: SwitchPort): void {
    const key = formatMac(port.mac);
    if (this.ports.get(key) === port) this.ports.delete(key);
  }

  /** Ports attached. */
  get size(): number {
    return this.ports.size;
  }

  /**
   * Switches frames `from` sent, in order (each at least 14 bytes, owned by
   * the switch from now on). All are queued before any is delivered, so
   * frames a delivery makes someone send go behind them.
   */
  forward(frames: readonly Uint8Array[], from: SwitchPort): void {
    for (const frame of frames) {
      if (this.backlog.length >= SWITCH_BACKLOG) this.counters.dropped_backlog++;
      else this.backlog.push({ frame, from });
    }
    if (this.delivering) return; // the loop below is already running further up the stack
    this.delivering = true;
    try {
      for (let next = this.backlog.shift(); next; next = this.backlog.shift()) this.switchOne(next.frame, next.from);
    } finally {
      this.delivering = false;
    }
  }

  private switchOne(frame: Uint8Array, from: SwitchPort): void {
    if (this.loss?.drop()) { this.counters.dropped_loss++; return; }
    this.observer?.(frame);
    if (frame[0]! & 1) {
      this.counters.broadcast++;
      for (const p of [...this.ports.values()]) if (p !== from) this.hand(p, frame);
      return;
    }
    const to = this.ports.get(formatMac(frame));
    if (!to || to === from) { this.counters.dropped_unknown++; return; }
    this.hand(to, frame);
  }

  private hand(port: SwitchPort, frame: Uint8Array): void {
    this.counters.delivered++;
    try {
      port.deliver(frame);
    } catch {
      this.counters.port_errors++;
    }
  }
}
