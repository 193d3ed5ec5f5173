/**
 * Event channels of one PV domain, in Xen's 2-level model: per-port pending
 * and mask bits in the domain's shared-info page, a selector word with one
 * bit per word of pending bits, and an upcall-pending flag that makes the
 * vCPU take its event callback. Every bit lives in memory the guest reads
 * and writes concurrently from its own worker, so every update is an Atomics
 * operation. Interdomain channels connect two domains' ports; virtual IRQs
 * (VIRQ_TIMER, …) are ports bound to a hypervisor source.
 */
import { EVTCHN_WORDS, SHARED_INFO_OFFSETS, pvConst } from '../abi/pv.js';

/** Ports per domain. */
export const NR_PORTS = EVTCHN_WORDS * 32;
/** Xen's errno values, returned negated. */
const NR_VIRQS = pvConst('NR_VIRQS');
const EINVAL = pvConst('XEN_EINVAL'), ENOSPC = pvConst('XEN_ENOSPC'), EEXIST = pvConst('XEN_EEXIST'), ESRCH = pvConst('XEN_ESRCH');

/** What a port is connected to. */
export type PortState =
  | { kind: 'free' }
  | { kind: 'unbound'; remoteDom: number }
  | { kind: 'interdomain'; remote: EventChannels; remotePort: number }
  | { kind: 'virq'; virq: number };

/** A port as a snapshot keeps it: the peer named by domain id and port, not by object. */
export type SavedPort =
  | { port: number; kind: 'unbound'; remoteDom: number }
  | { port: number; kind: 'interdomain'; remoteDom: number; remotePort: number }
  | { port: number; kind: 'virq'; virq: number };

/** Counters for stats. */
export interface EvtchnCounters { sends: number; raised: number; upcalls: number; dropped: number }

/** Word indices of the shared-info fields, as Int32 offsets. */
const PENDING = SHARED_INFO_OFFSETS['evtchn_pending']! >>> 2;
const MASK = SHARED_INFO_OFFSETS['evtchn_mask']! >>> 2;
const SEL = SHARED_INFO_OFFSETS['evtchn_pending_sel']! >>> 2;
const UPCALL_PENDING = SHARED_INFO_OFFSETS['evtchn_upcall_pending']!;

/** The event channels of one domain. */
export class EventChannels {
  private readonly ports: PortState[] = Array.from({ length: NR_PORTS }, () => ({ kind: 'free' }) as PortState);
  private readonly virqs = new Map<number, number>();
  readonly counters: EvtchnCounters = { sends: 0, raised: 0, upcalls: 0, dropped: 0 };

  /**
   * `shared` views the domain's shared-info page (Int32 and byte views of the
   * same frame); `kick` wakes the vCPU when an upcall becomes pending.
   */
  constructor(readonly domid: number, private readonly i32: Int32Array, private readonly u8: Uint8Array, private readonly kick: () => void) {}

  /** The state of `port` (free when out of range). */
  state(port: number): PortState {
    return this.valid(port) ? this.ports[port]! : { kind: 'free' };
  }

  private valid(port: number): boolean {
    return Number.isInteger(port) && port > 0 && port < NR_PORTS; // port 0 is never used, as in Xen
  }

  private allocate(state: PortState): number {
    for (let p = 1; p < NR_PORTS; p++) {
      if (this.ports[p]!.kind === 'free') {
        this.ports[p] = state;
        return p;
      }
    }
    return -ENOSPC;
  }

  /** EVTCHNOP_alloc_unbound: a port that domain `remoteDom` may bind to. */
  allocUnbound(remoteDom: number): number {
    return this.allocate({ kind: 'unbound', remoteDom });
  }

  /** EVTCHNOP_bind_interdomain: connects a new local port to `remote`'s unbound port offered to this domain. */
  bindInterdomain(remote: EventChannels | undefined, remotePort: number): number {
    if (!remote) return -ESRCH;
    const r = remote.state(remotePort);
    if (r.kind !== 'unbound' || r.remoteDom !== this.domid) return -EINVAL;
    const port = this.allocate({ kind: 'interdomain', remote, remotePort });
    if (port < 0) return port;
    remote.ports[remotePort] = { kind: 'interdomain', remote: this, remotePort: port };
    return port;
  }

  /** EVTCHNOP_bind_virq: a port raised by the hypervisor's source `virq` (one port per VIRQ). */
  bindVirq(virq: number): number {
    if (!Number.isInteger(virq) || virq < 0 || virq >= NR_VIRQS) return -EINVAL;
    if (this.virqs.has(virq)) return -EEXIST;
    const port = this.allocate({ kind: 'virq', virq });
    if (port > 0) this.virqs.set(virq, port);
    return port;
  }

  /** EVTCHNOP_close: frees the port; an interdomain peer's end falls back to unbound (as in Xen). */
  close(port: number): number {
    const s = this.state(port);
    if (s.kind === 'free') return -EINVAL;
    if (s.kind === 'interdomain') s.remote.ports[s.remotePort] = { kind: 'unbound', remoteDom: this.domid };
    if (s.kind === 'virq') this.virqs.delete(s.virq);
    this.ports[port] = { kind: 'free' };
    Atomics.and(this.i32, PENDING + (port >>> 5), ~(1 << (port & 31)));
    return 0;
  }

  /** Closes every port (the domain is going away: its peers' ends fall back to unbound). */
  closeAll(): void {
    for (let p = 1; p < NR_PORTS; p++) if (this.ports[p]!.kind !== 'free') this.close(p);
  }

  /** Every port in use, for a snapshot. */
  saveState(): SavedPort[] {
    const out: SavedPort[] = [];
    this.ports.forEach((s, port) => {
      if (s.kind === 'unbound') out.push({ port, kind: 'unbound', remoteDom: s.remoteDom });
      else if (s.kind === 'virq') out.push({ port, kind: 'virq', virq: s.virq });
      else if (s.kind === 'interdomain') out.push({ port, kind: 'interdomain', remoteDom: s.remote.domid, remotePort: s.remotePort });
    });
    return out;
  }

  /**
   * Puts saved ports back at their numbers into a domain with none in use:
   * unbound ports, VIRQs (each once) and channels to itself (both ends
   * listed, each naming the other). Throws naming the first port that does not fit.
   */
  restoreState(saved: readonly SavedPort[]): void {
    for (const p of saved) {
      if (!this.valid(p.port) || this.ports[p.port]!.kind !== 'free') throw new Error(`event channel ${p.port} is out of range or listed twice`);
      if (p.kind === 'unbound' && Number.isInteger(p.remoteDom) && p.remoteDom >= 0 && p.remoteDom <= 0xffff) this.ports[p.port] = { kind: 'unbound', remoteDom: p.remoteDom };
      else if (p.kind === 'virq' && Number.isInteger(p.virq) && p.virq >= 0 && p.virq < NR_VIRQS && !this.virqs.has(p.virq)) {
        this.ports[p.port] = { kind: 'virq', virq: p.virq };
        this.virqs.set(p.virq, p.port);
      } else if (p.kind === 'interdomain' && p.remoteDom === this.domid && this.valid(p.remotePort)) this.ports[p.port] = { kind: 'interdomain', remote: this, remotePort: p.remotePort };
      else throw new Error(`event channel ${p.port} has a binding that cannot be restored`);
    }
    for (const p of saved) {
      const s = this.ports[p.port]!, peer = s.kind === 'interdomain' ? this.ports[s.remotePort]! : null;
      if (peer && (peer.kind !== 'interdomain' || peer.remotePort !== p.port)) throw new Error(`event channel ${p.port}'s other end is not port ${p.port}'s peer`);
    }
  }

  /** EVTCHNOP_send: raises the other end of an interdomain port (an unbound port drops it, as in Xen). */
  send(port: number): number {
    const s = this.state(port);
    this.counters.sends++;
    if (s.kind === 'interdomain') { s.remote.raise(s.remotePort); return 0; }
    if (s.kind === 'unbound') { this.counters.dropped++; return 0; }
    return -EINVAL;
  }

  /** Raises the port bound to `virq`, if any. */
  raiseVirq(virq: number): void {
    const port = this.virqs.get(virq);
    if (port !== undefined) this.raise(port);
  }

  /** Sets `port` pending (see `setPending`) and wakes the vCPU for a new upcall. */
  raise(port: number): void {
    if (!this.valid(port)) return;
    this.counters.raised++;
    if (setPending(this.i32, this.u8, port)) this.upcall();
  }

  /** EVTCHNOP_unmask: clears the mask bit, and re-raises the upcall if the port is pending (no event is lost while masked). */
  unmask(port: number): number {
    if (this.state(port).kind === 'free') return -EINVAL;
    const word = port >>> 5, bit = 1 << (port & 31);
    const wasMasked = Atomics.and(this.i32, MASK + word, ~bit) & bit;
    if (wasMasked && Atomics.load(this.i32, PENDING + word) & bit && markPending(this.i32, this.u8, word)) this.upcall();
    return 0;
  }

  private upcall(): void {
    this.counters.upcalls++;
    this.kick();
  }
}

/**
 * Xen's evtchn_2l_set_pending on a shared-info page (Int32 and byte views):
 * sets the port's pending bit; when it was not already pending and is not
 * masked, sets its selector bit, and when that was new, the upcall flag.
 * True when the upcall flag went from clear to set (the vCPU must be told).
 * Every step is an Atomics operation: the guest changes the same words.
 */
export function setPending(i32: Int32Array, u8: Uint8Array, port: number): boolean {
  const word = port >>> 5, bit = 1 << (port & 31);
  if (Atomics.or(i32, PENDING + word, bit) & bit) return false;
  if (Atomics.load(i32, MASK + word) & bit) return false;
  return markPending(i32, u8, word);
}

/** Sets selector bit `word` and then the upcall flag; true when the flag was clear. */
function markPending(i32: Int32Array, u8: Uint8Array, word: number): boolean {
  if (Atomics.or(i32, SEL, 1 << word) & (1 << word)) return false;
  return Atomics.exchange(u8, UPCALL_PENDING, 1) !== 1;
}
