/**
 * The network back-end (Xen's netback, for one interface of one domain).
 * The front-end grants the back-end domain two ring pages and shares one
 * event channel for both:
 *
 * - transmit: each tx request names `size` bytes at `offset` of a granted
 *   page; the back-end copies the frame out, answers NETIF_RSP_OKAY (or
 *   NETIF_RSP_ERROR for a bad size, offset, flags or grant) and hands the
 *   frame to the virtual switch;
 * - receive: the front-end posts rx requests, each an empty granted page;
 *   for each frame the switch delivers, the back-end takes the next one,
 *   copies the frame to offset 0 and answers with status = length. Frames
 *   that find no posted page wait in a small bounded queue (then are
 *   dropped and counted) and go out when the front-end posts more pages.
 *   With a packet filter bound (exo_op EXO_bind_net_filter), a frame it
 *   does not pass is dropped on arrival, before it takes a queue slot or a
 *   page, and counted as filtered.
 *
 * Trust: the front-end may be hostile. Requests are copied out of the ring
 * once (BackRing) and only the copy is read; each grant is checked by the
 * GrantTable on the copy that uses it, and a receive page (like either ring
 * page) is never one of the front-end's page tables; one kick handles at most
 * PASSES_PER_KICK transmit rings and the receive queue. A malformed
 * transmit request is answered NETIF_RSP_ERROR and counted (tx_errors);
 * a front-end that corrupts ring indices is marked broken with the reason
 * and counted (ring_errors), served no more (Xen's fatal error disabling
 * the vif), and frames for it are dropped and counted, never kept.
 *
 * Waiting: with `spin`, after a kick the back-end watches the transmit
 * ring for a short adaptive window before it asks to be notified
 * (pv/ring-spin.ts), so a front-end that keeps transmitting needs no
 * notifications. Request copies and responses go through buffers reused
 * from request to request.
 *
 * Re-entry: notify() and the switch may call back into kick() or
 * deliver() (a notify wired straight to another guest's front-end). They
 * only do so between requests — after the frames of a pass are handed to
 * the switch, after a publish — so a nested call starts from a consistent
 * ring, and the switch's backlog keeps the nesting one level deep.
 */
import { layout } from '../abi/constant.js';
import { DOMID_BACKEND } from '../abi/pv.js';
import { NETIF_RX_REQUEST, NETIF_RX_RESPONSE, NETIF_TX_REQUEST, NETIF_TX_RESPONSE, RING_PAGE } from '../abi/ring.js';
import type { GrantTable } from '../core/grant-table.js';
import { FRAME_SIZE, type MachineMemory } from '../core/machine-memory.js';
import { BackRing } from '../core/ring.js';
import { abiNumber, brokenReason, holdWritable, mapGrantedPage, releaseWritable, slotBuffer, unmapGrantedPage, type MappedPage, type SlotBuffer } from './backend.js';
import { matches, type PacketFilter } from './packet-filter.js';
import { RingSpin, type RingSpinCounters, type RingSpinOptions } from './ring-spin.js';
import { formatMac, type SwitchPort, type VSwitch } from './vswitch.js';

export { formatMac, MAC_BYTES, VSwitch, type SwitchCounters, type SwitchPort } from './vswitch.js';

const TX = layout(NETIF_TX_REQUEST).offsets, TXR = layout(NETIF_TX_RESPONSE);
const RX = layout(NETIF_RX_REQUEST).offsets, RXR = layout(NETIF_RX_RESPONSE);
/** Largest frame (Ethernet without FCS). */
export const NETIF_MTU_FRAME = abiNumber('NETIF_MTU_FRAME');
/** Smallest frame: an Ethernet header (destination, source, type). */
export const ETH_HEADER_BYTES = 14;
const RSP_OKAY = abiNumber('NETIF_RSP_OKAY'), RSP_ERROR = abiNumber('NETIF_RSP_ERROR');
/** Frames kept per interface while its guest has posted no receive page. */
export const RX_QUEUE_MAX = 64;
/** Transmit-ring passes one kick makes at most before handing back to the caller. */
const PASSES_PER_KICK = 4;

/** Counters of one interface (the spin counters: its transmit ring's watcher, zero when it only sleeps). */
export interface NetCounters extends RingSpinCounters {
  tx_frames: number;
  tx_bytes: number;
  /** Transmit requests refused (NETIF_RSP_ERROR). */
  tx_errors: number;
  rx_frames: number;
  rx_bytes: number;
  /** Frames for the guest that were lost: queue full, bad receive grant, bad length, interface down. */
  rx_dropped: number;
  /** Frames for the guest that its packet filter did not pass. */
  rx_filtered: number;
  /** Times the front-end corrupted a ring's indices (it is then marked broken and served no more). */
  ring_errors: number;
  notify_sent: number;
  notify_suppressed: number;
}

/** What a network back-end is connected to. */
export interface NetBackOptions {
  /** Raises the front-end's port. */
  notify: () => void;
  /** The interface's MAC address (default: one the switch allocates). */
  mac?: Uint8Array;
  /** Frames kept while no receive page is posted (default RX_QUEUE_MAX). */
  rxQueueMax?: number;
  /** The packet filter the guest bound (default none: every frame). */
  filter?: PacketFilter | null;
  /** Spin for transmit requests briefly after serving before sleeping (absent: sleep at once, kicked by each notification). */
  spin?: RingSpinOptions;
}

/** The back-end of one network interface, attached to a virtual switch. */
export class NetBack implements SwitchPort {
  /** Why the front-end was refused further service (null while healthy). */
  broken: string | null = null;
  readonly mac: Uint8Array;
  /** The guest's packet filter (exo_op): frames it does not pass are dropped on arrival; null passes every frame. */
  filter: PacketFilter | null;
  private closed = false;
  /** The transmit and receive rings (read by inspection; served only here). */
  readonly tx: BackRing;
  readonly rx: BackRing;
  private readonly maps: MappedPage[] = [];
  private readonly rxQueue: Uint8Array[] = [];
  private readonly rxQueueMax: number;
  private readonly own = { tx_frames: 0, tx_bytes: 0, tx_errors: 0, rx_frames: 0, rx_bytes: 0, rx_dropped: 0, rx_filtered: 0, ring_errors: 0 };
  /** Watches the transmit ring between kicks when spinning; makes its final check before every sleep. */
  private readonly spinner: RingSpin;
  /** Request copies and responses, reused from request to request (a nested call only comes between requests). */
  private readonly txReq: SlotBuffer;
  private readonly rxReq: SlotBuffer;
  private readonly txRsp = slotBuffer(TXR.size);
  private readonly rxRsp = slotBuffer(RXR.size);

  /**
   * Maps the front-end's transmit and receive ring pages (grants `txRef`
   * and `rxRef` in `grants`, the front-end's table) and attaches to
   * `vswitch`. Throws BackendError (with nothing left mapped) when a grant
   * is refused or the MAC is taken.
   */
  constructor(private readonly grants: GrantTable, txRef: number, rxRef: number, private readonly mm: MachineMemory, private readonly vswitch: VSwitch, private readonly opts: NetBackOptions) {
    this.rxQueueMax = opts.rxQueueMax ?? RX_QUEUE_MAX;
    this.filter = opts.filter ?? null;
    try {
      this.maps.push(mapGrantedPage(grants, txRef, mm));
      this.tx = new BackRing(this.maps[0]!.page, abiNumber('NETIF_TX_SLOT_BYTES'), abiNumber('NETIF_TX_RING_SIZE'));
      this.maps.push(mapGrantedPage(grants, rxRef, mm));
      this.rx = new BackRing(this.maps[1]!.page, abiNumber('NETIF_RX_SLOT_BYTES'), abiNumber('NETIF_RX_RING_SIZE'));
      this.mac = opts.mac ? Uint8Array.from(opts.mac) : vswitch.allocateMac();
      this.txReq = slotBuffer(this.tx.slotBytes);
      this.rxReq = slotBuffer(this.rx.slotBytes);
      this.spinner = new RingSpin(this.tx, () => this.spinPass(), (e) => this.fail(e), opts.spin);
      vswitch.attach(this); // last: from here on the switch may deliver
    } catch (e) {
      for (const m of this.maps) unmapGrantedPage(grants, mm, m);
      throw e;
    }
  }

  /** The MAC address as the store writes it (aa:bb:cc:dd:ee:ff). */
  get macString(): string {
    return formatMac(this.mac);
  }

  /** Frames waiting for the guest to post receive pages. */
  get rxQueued(): number {
    return this.rxQueue.length;
  }

  /** A snapshot of the counters. */
  get counters(): NetCounters {
    return {
      ...this.own,
      notify_sent: this.tx.counters.notify_sent + this.rx.counters.notify_sent,
      notify_suppressed: this.tx.counters.notify_suppressed + this.rx.counters.notify_suppressed,
      ...this.spinner.counters,
    };
  }

  /**
   * The front-end notified: transmit what it published (at most
   * PASSES_PER_KICK rings) and move queued frames into newly posted pages.
   * True when it stopped at its bound with requests left: kick again to go on. Never throws.
   */
  kick(): boolean {
    if (this.broken || this.closed) return false;
    try {
      const more = this.transmit();
      this.receive();
      return more;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  /** A frame from the switch for this guest: dropped unless the filter passes it, then into the next posted page, or queued (bounded). Never throws. */
  deliver(frame: Uint8Array): void {
    if (this.broken || this.closed || frame.length < ETH_HEADER_BYTES || frame.length > NETIF_MTU_FRAME) { this.own.rx_dropped++; return; }
    if (this.filter && !matches(this.filter, frame)) { this.own.rx_filtered++; return; }
    if (this.rxQueue.length >= this.rxQueueMax) { this.own.rx_dropped++; return; }
    this.rxQueue.push(frame);
    try {
      this.receive();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Detaches from the switch and unmaps both ring pages; the back-end serves no more. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.spinner.stop();
    this.vswitch.detach(this);
    for (const m of this.maps) unmapGrantedPage(this.grants, this.mm, m);
    this.own.rx_dropped += this.rxQueue.length;
    this.rxQueue.length = 0;
  }

  // Marks the front-end broken with the reason and counts it; frames waiting for it are dropped (counted): it is served no more.
  private fail(e: unknown): void {
    this.broken = brokenReason(e);
    this.own.ring_errors++;
    this.own.rx_dropped += this.rxQueue.length;
    this.rxQueue.length = 0;
  }

  /**
   * Answers transmit requests until the final check finds none (bounded),
   * or until the ring is empty when the back-end spins (its watcher looks
   * again from a later task); true when requests are left.
   */
  private transmit(): boolean {
    for (let pass = 0; pass < PASSES_PER_KICK; pass++) {
      this.transmitPass();
      if (this.broken || this.closed || this.spinner.watch() || !this.spinner.finalCheck()) return false;
    }
    return true;
  }

  // Answers every transmit request published, forwards the frames and publishes the responses (one notification at most).
  private transmitPass(): void {
    const frames: Uint8Array[] = [];
    for (let n = this.tx.unconsumed(); n > 0; n--) {
      this.tx.takeRequest(this.txReq.bytes);
      const frame = this.transmitOne();
      if (frame) frames.push(frame);
    }
    this.vswitch.forward(frames, this); // before anything can re-enter: keeps this interface's frames in order
    if (this.tx.publish()) this.opts.notify();
  }

  // The watcher's pass: transmit, then fill newly posted receive pages; false when the interface serves no more. Never throws.
  private spinPass(): boolean {
    if (this.broken || this.closed) return false;
    try {
      this.transmitPass();
      this.receive();
    } catch (e) {
      this.fail(e);
    }
    return !this.broken && !this.closed;
  }

  /** Copies the frame of the transmit request in `txReq` out of its granted page and answers it; the frame, or null when refused. */
  private transmitOne(): Uint8Array | null {
    const v = this.txReq.view;
    const gref = v.getUint32(TX['gref']!, true), offset = v.getUint16(TX['offset']!, true);
    const flags = v.getUint16(TX['flags']!, true), size = v.getUint16(TX['size']!, true);
    let frame: Uint8Array | null = null;
    if (flags === 0 && size >= ETH_HEADER_BYTES && size <= NETIF_MTU_FRAME && offset + size <= RING_PAGE) {
      const at = this.grants.copyRange(gref, DOMID_BACKEND, false, offset, size);
      if (at >= 0) frame = this.mm.bytes.slice(at, at + size);
    }
    if (frame) { this.own.tx_frames++; this.own.tx_bytes += size; } else this.own.tx_errors++;
    const { bytes: rsp, view: w } = this.txRsp;
    rsp.fill(0);
    w.setUint16(TXR.offsets['id']!, v.getUint16(TX['id']!, true), true);
    w.setInt16(TXR.offsets['status']!, frame ? RSP_OKAY : RSP_ERROR, true);
    this.tx.putResponse(rsp);
    return frame;
  }

  /** Moves queued frames into posted receive pages; asks to be notified of new pages while frames wait. */
  private receive(): void {
    while (this.rxQueue.length > 0) {
      if (this.rx.unconsumed() === 0 && !this.rx.finalCheck()) break;
      this.rx.takeRequest(this.rxReq.bytes);
      this.receiveOne(this.rxQueue.shift()!);
    }
    if (this.rx.publish()) this.opts.notify();
  }

  /** Copies `frame` into the page of the receive request in `rxReq` and answers it. */
  private receiveOne(frame: Uint8Array): void {
    const v = this.rxReq.view;
    let at = this.grants.copyRange(v.getUint32(RX['gref']!, true), DOMID_BACKEND, true, 0, frame.length);
    const page = [Math.floor(at / FRAME_SIZE)]; // never a page table, nor one while the frame is written
    if (at >= 0 && holdWritable(this.mm, page)) {
      this.mm.bytes.set(frame, at);
      releaseWritable(this.mm, page);
      this.own.rx_frames++;
      this.own.rx_bytes += frame.length;
    } else {
      at = -1;
      this.own.rx_dropped++;
    }
    const { bytes: rsp, view: w } = this.rxRsp;
    rsp.fill(0);
    w.setUint16(RXR.offsets['id']!, v.getUint16(RX['id']!, true), true);
    w.setUint16(RXR.offsets['offset']!, 0, true);
    w.setUint16(RXR.offsets['flags']!, 0, true);
    w.setInt16(RXR.offsets['status']!, at >= 0 ? frame.length : RSP_ERROR, true);
    this.rx.putResponse(rsp);
  }
}
