/**
 * Network interfaces on one virtual switch for hostile front-ends: each a
 * real NetBack over rings and pages granted from real machine memory, with
 * a front-end that writes transmit requests field by field (so any field
 * may lie) and posts receive pages as netfront does.
 */
import { layout } from '../../hypervisor/abi/constant.js';
import { NETIF_RX_REQUEST, NETIF_TX_REQUEST, NETIF_TX_RESPONSE } from '../../hypervisor/abi/ring.js';
import type { MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { abiNumber } from '../../hypervisor/pv/backend.js';
import { NetBack, VSwitch } from '../../hypervisor/pv/netback.js';
import { FrontRing, Guest, machine } from '../hypervisor/pv/frontend.js';

const TX = layout(NETIF_TX_REQUEST).offsets, TXR = layout(NETIF_TX_RESPONSE).offsets, RX = layout(NETIF_RX_REQUEST).offsets;
/** netif statuses, from the ABI. */
export const NET = { okay: abiNumber('NETIF_RSP_OKAY'), error: abiNumber('NETIF_RSP_ERROR') };
const TX_REF = 1, RX_REF = 2, RX_FIRST = 100;
/** The grant of the transmit data page. */
export const TX_PAGE = 10;

/** The fields of one transmit request. */
export interface TxFields { gref: number; offset: number; flags: number; size: number }

/** One hostile (or honest) interface. */
export class Nic {
  readonly guest: Guest;
  readonly tx: FrontRing;
  readonly rx: FrontRing;
  readonly back: NetBack;
  /** The transmit data page's frame. */
  readonly txFrame: number;
  /** The frames of the receive pages posted so far, in order. */
  readonly rxFrames: number[] = [];
  private rxPosted = 0;

  // A domain `domid` on `sw` with its rings, one transmit page and a back-end (spinning on its transmit ring when `spin`).
  constructor(mm: MachineMemory, sw: VSwitch, domid: number, spin = false) {
    this.guest = new Guest(mm, domid);
    this.tx = new FrontRing(this.guest.page(this.guest.granted(TX_REF)), abiNumber('NETIF_TX_SLOT_BYTES'), abiNumber('NETIF_TX_RING_SIZE'));
    this.rx = new FrontRing(this.guest.page(this.guest.granted(RX_REF)), abiNumber('NETIF_RX_SLOT_BYTES'), abiNumber('NETIF_RX_RING_SIZE'));
    this.txFrame = this.guest.granted(TX_PAGE);
    this.back = new NetBack(this.guest.grants, TX_REF, RX_REF, mm, sw, { notify: () => undefined, spin: { enabled: spin } });
  }

  /** Publishes one transmit request of `fields` (any may lie) and kicks; the statuses of the responses. */
  transmit(fields: TxFields): number[] {
    this.tx.push((v) => {
      v.setUint32(TX['gref']!, fields.gref, true);
      v.setUint16(TX['offset']!, fields.offset, true);
      v.setUint16(TX['flags']!, fields.flags, true);
      v.setUint16(TX['size']!, fields.size, true);
    });
    this.tx.publish();
    this.back.kick();
    return this.tx.responses().map((r) => r.getInt16(TXR['status']!, true));
  }

  /** Sends `frame` from offset 0 of the transmit page; the statuses. */
  send(frame: Uint8Array): number[] {
    this.guest.page(this.txFrame).set(frame);
    return this.transmit({ gref: TX_PAGE, offset: 0, flags: 0, size: frame.length });
  }

  /** Posts `n` new receive pages (fresh grants each) and kicks. */
  post(n: number): void {
    for (let i = 0; i < n; i++) {
      const ref = RX_FIRST + this.rxPosted++;
      this.rxFrames.push(this.guest.granted(ref));
      this.rx.push((v) => { v.setUint16(RX['id']!, ref & 0xffff, true); v.setUint32(RX['gref']!, ref, true); });
    }
    this.rx.publish();
    this.back.kick();
  }
}

/** A frame from `src` to `dst` of `len` bytes (EtherType 0x0800, payload numbered). */
export function frame(dst: Uint8Array, src: Uint8Array, len: number): Uint8Array {
  const f = new Uint8Array(len);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = 0x08;
  for (let i = 14; i < len; i++) f[i] = i & 0xff;
  return f;
}

/** `n` interfaces (domains 5..) on one switch (their back-ends spinning when `spin`). */
export function lan(n: number, spin = false): { mm: MachineMemory; sw: VSwitch; nics: Nic[] } {
  const mm = machine(1024), sw = new VSwitch();
  return { mm, sw, nics: Array.from({ length: n }, (_, i) => new Nic(mm, sw, 5 + i, spin)) };
}
