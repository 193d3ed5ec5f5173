/**
 * The back-end domain (DOMID_BACKEND, in the role of Xen's dom0): the
 * event-channel endpoint of the split-driver back-ends that run in the
 * hypervisor worker. Its ports live in an EventChannels like any domain's,
 * over a hypervisor frame standing in for a shared-info page; when a
 * front-end raises one, the 2-level bitmaps are scanned (as a guest's
 * upcall handler would) on the next microtask and the port's handler runs.
 */
import { DOMID_BACKEND, SHARED_INFO_OFFSETS } from '../abi/pv.js';
import { EventChannels } from './evtchn.js';
import { FRAME_SIZE, type MachineMemory } from './machine-memory.js';

const PENDING = SHARED_INFO_OFFSETS['evtchn_pending']! >>> 2;
const MASK = SHARED_INFO_OFFSETS['evtchn_mask']! >>> 2;
const SEL = SHARED_INFO_OFFSETS['evtchn_pending_sel']! >>> 2;
const UPCALL_PENDING = SHARED_INFO_OFFSETS['evtchn_upcall_pending']!;

/** The back-ends' event channels. */
export class BackendDomain {
  readonly channels: EventChannels;
  private readonly frame: number;
  private readonly i32: Int32Array;
  private readonly u8: Uint8Array;
  private readonly handlers = new Map<number, () => void>();
  private scheduled = false;

  constructor(private readonly mm: MachineMemory) {
    this.frame = mm.allocContiguous(1);
    this.i32 = new Int32Array(mm.buffer, this.frame * FRAME_SIZE, FRAME_SIZE / 4);
    this.u8 = new Uint8Array(mm.buffer, this.frame * FRAME_SIZE, FRAME_SIZE);
    this.channels = new EventChannels(DOMID_BACKEND, this.i32, this.u8, () => this.schedule());
  }

  /** Connects a back-end port to `front`'s port (allocated unbound for DOMID_BACKEND); `handler` runs on each of its events. Returns the back-end port or a negative errno. */
  bind(front: EventChannels, frontPort: number, handler: () => void): number {
    const port = this.channels.bindInterdomain(front, frontPort);
    if (port > 0) this.handlers.set(port, handler);
    return port;
  }

  /** Offers a port that domain `domid` binds at once (the builder's console and store channels): returns [back-end port, guest port]. */
  connect(front: EventChannels, handler: () => void): [number, number] {
    const port = this.channels.allocUnbound(front.domid);
    if (port < 0) throw new Error('the back-end domain is out of event channels');
    const guest = front.bindInterdomain(this.channels, port);
    if (guest < 0) { this.channels.close(port); throw new Error(`domain ${front.domid} is out of event channels`); }
    this.handlers.set(port, handler);
    return [port, guest];
  }

  /** Raises the front-end end of back-end port `port`. */
  notify(port: number): void {
    this.channels.send(port);
  }

  /** Closes a back-end port (its front-end end falls back to unbound). */
  close(port: number): void {
    this.handlers.delete(port);
    this.channels.close(port);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.dispatch();
    });
  }

  /** The upcall handler: every pending, unmasked port's handler runs once. */
  private dispatch(): void {
    Atomics.store(this.u8, UPCALL_PENDING, 0);
    const sel = Atomics.exchange(this.i32, SEL, 0);
    for (let w = 0; w < 32; w++) {
      if (!((sel >>> w) & 1)) continue;
      const bits = Atomics.load(this.i32, PENDING + w) & ~Atomics.load(this.i32, MASK + w);
      for (let b = 0; b < 32; b++) {
        if (!((bits >>> b) & 1)) continue;
        Atomics.and(this.i32, PENDING + w, ~(1 << b));
        this.handlers.get(w * 32 + b)?.();
      }
    }
  }

  /** Returns the frame (at hypervisor shutdown). */
  release(): void {
    this.mm.release([this.frame]);
  }
}
