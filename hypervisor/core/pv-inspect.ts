/**
 * What inspection reads of a PV domain's split-driver plumbing, all from
 * machine memory and the back-ends' own state, never from the guest's
 * word: each ring's indices (the shared ones as they stand on the page, the
 * back-end's private consumer), the event channels with their pending and
 * mask bits from the shared-info page, and the in-use entries of its grant
 * table. Everything returned is plain data (structured-clone friendly).
 */
import { layout } from '../abi/constant.js';
import { DOMID_BACKEND, GRANT_ENTRY, PV_HEADER, SHARED_INFO_OFFSETS, pvConst } from '../abi/pv.js';
import { CONSOLE_INTERFACE, STORE_INTERFACE } from '../abi/ring.js';
import { fieldCount } from '../pv/backend.js';
import { NR_PORTS } from './evtchn.js';
import { NR_GRANTS } from './grant-table.js';
import { FRAME_SIZE, type MachineMemory } from './machine-memory.js';
import type { PvDomain } from './pv-domain.js';
import type { BackRing } from './ring.js';

/**
 * One ring of a back-end. 'slots' rings (block, network) follow io/ring.h:
 * requests from the front-end, responses from the back-end, each with an
 * event index; `req_cons` is the back-end's own and the front-end's
 * `rsp_cons` is not visible (null). 'bytes' rings (console, store) are two
 * byte rings with no event indices: req_* is the guest-to-back-end ring
 * (console output, store requests), rsp_* the other way.
 */
export interface RingInspection {
  name: string;
  kind: 'slots' | 'bytes';
  /** Machine frame of the ring page. */
  frame: number;
  req_prod: number; req_cons: number; req_event: number | null;
  rsp_prod: number; rsp_cons: number | null; rsp_event: number | null;
  /** Slots of a slot ring, or bytes of the request ring; `rsp_size` the response ring's. */
  size: number; rsp_size: number;
  /** Why the back-end stopped serving the front-end, or null. */
  broken: string | null;
}

/** One open event-channel port of the domain. */
export interface ChannelInspection {
  port: number;
  state: 'unbound' | 'interdomain' | 'virq';
  /** unbound: who may bind; interdomain: the peer domain and port. */
  remote_dom: number | null;
  remote_port: number | null;
  virq: number | null;
  /** What it serves, when the hypervisor knows ('console', 'blk0', 'VIRQ_TIMER', ...). */
  label: string | null;
  pending: boolean;
  masked: boolean;
}

/** An in-use grant entry (the granting domain's words, as they stand). */
export interface GrantInspection {
  ref: number;
  /** GTF_* bits; the letters below spell the ones the dashboard shows. */
  flags: number;
  readonly: boolean; reading: boolean; writing: boolean;
  /** The domain allowed to use it (DOMID_BACKEND = 0: the back-ends). */
  domid: number;
  /** The machine frame granted. */
  frame: number;
}

const CONSOLE = layout(CONSOLE_INTERFACE).offsets, STORE = layout(STORE_INTERFACE).offsets;
const PENDING = SHARED_INFO_OFFSETS['evtchn_pending']!, MASK = SHARED_INFO_OFFSETS['evtchn_mask']!;
const GRANT_BYTES = layout(GRANT_ENTRY).size;
const GTF_readonly = pvConst('GTF_readonly'), GTF_reading = pvConst('GTF_reading'), GTF_writing = pvConst('GTF_writing');
/** VIRQ_* names by number, from the ABI. */
const VIRQ_NAMES = new Map(PV_HEADER.sections.flatMap((s) => s.constants).filter((c) => c.name.startsWith('VIRQ_') && typeof c.value === 'number').map((c) => [c.value as number, c.name]));

/** Word views of machine memory, one per buffer. */
const words = new WeakMap<SharedArrayBuffer, Int32Array>();

/** The aligned uint32 of machine memory at byte offset `at` (read atomically: the guest writes it concurrently). */
function u32(mm: MachineMemory, at: number): number {
  let w = words.get(mm.buffer);
  if (!w) words.set(mm.buffer, w = new Int32Array(mm.buffer));
  return Atomics.load(w, at >>> 2) >>> 0;
}

/** A slot ring as its back-end holds it. */
function slotRing(name: string, ring: BackRing, broken: string | null): RingInspection {
  const r = ring.indices();
  return {
    name, kind: 'slots', frame: Math.floor(r.offset / FRAME_SIZE), req_prod: r.req_prod, req_cons: r.req_cons, req_event: r.req_event,
    rsp_prod: r.rsp_prod, rsp_cons: null, rsp_event: r.rsp_event, size: r.size, rsp_size: r.size, broken,
  };
}

/** A page of two byte rings: `req` the guest → back-end ring, `rsp` the other (field names of its ABI struct). */
function byteRing(mm: MachineMemory, name: string, frame: number, off: Record<string, number>, names: [string, string, string, string], sizes: [number, number], broken: string | null): RingInspection {
  const at = (f: string): number => u32(mm, frame * FRAME_SIZE + off[f]!);
  return {
    name, kind: 'bytes', frame, req_prod: at(names[0]), req_cons: at(names[1]), req_event: null,
    rsp_prod: at(names[2]), rsp_cons: at(names[3]), rsp_event: null, size: sizes[0], rsp_size: sizes[1], broken,
  };
}

/** Every ring of the domain's back-ends. */
export function pvRings(pv: PvDomain, mm: MachineMemory): RingInspection[] {
  const rings = [
    byteRing(mm, 'console', pv.layout.consoleFrame, CONSOLE, ['out_prod', 'out_cons', 'in_prod', 'in_cons'],
      [fieldCount(CONSOLE_INTERFACE, 'out'), fieldCount(CONSOLE_INTERFACE, 'in')], pv.console.broken),
    byteRing(mm, 'store', pv.layout.storeFrame, STORE, ['req_prod', 'req_cons', 'rsp_prod', 'rsp_cons'],
      [fieldCount(STORE_INTERFACE, 'req'), fieldCount(STORE_INTERFACE, 'rsp')], pv.storeBack.broken),
  ];
  if (pv.blk) rings.push(slotRing('blk0', pv.blk.ring, pv.blk.broken));
  if (pv.net) rings.push(slotRing('net0 tx', pv.net.tx, pv.net.broken), slotRing('net0 rx', pv.net.rx, pv.net.broken));
  return rings;
}

/** Whether bit `port` of the bitmap at byte offset `base` of the shared-info frame is set. */
function bit(mm: MachineMemory, frame: number, base: number, port: number): boolean {
  return ((u32(mm, frame * FRAME_SIZE + base + (port >>> 5) * 4) >>> (port & 31)) & 1) === 1;
}

/** The domain's open ports (at most `max`), with their bits and what they serve. */
export function pvChannels(pv: PvDomain, mm: MachineMemory, max: number): { channels: ChannelInspection[]; open: number } {
  const byBackendPort = new Map([...pv.devicePorts].map(([name, port]) => [port, name]));
  const channels: ChannelInspection[] = [];
  let open = 0;
  for (let port = 1; port < NR_PORTS; port++) {
    const s = pv.channels.state(port);
    if (s.kind === 'free') continue;
    open++;
    if (channels.length >= max) continue;
    const c: ChannelInspection = {
      port, state: s.kind, remote_dom: null, remote_port: null, virq: null, label: null,
      pending: bit(mm, pv.sharedInfo, PENDING, port), masked: bit(mm, pv.sharedInfo, MASK, port),
    };
    if (s.kind === 'unbound') c.remote_dom = s.remoteDom;
    if (s.kind === 'interdomain') {
      c.remote_dom = s.remote.domid;
      c.remote_port = s.remotePort;
      if (s.remote.domid === DOMID_BACKEND) c.label = byBackendPort.get(s.remotePort) ?? null;
    }
    if (s.kind === 'virq') { c.virq = s.virq; c.label = VIRQ_NAMES.get(s.virq) ?? null; }
    channels.push(c);
  }
  return { channels, open };
}

/** The in-use entries of the domain's grant table (at most `max`), and how many there are. */
export function pvGrants(pv: PvDomain, mm: MachineMemory, max: number): { grants: GrantInspection[]; in_use: number } {
  const grants: GrantInspection[] = [];
  const base = pv.grantFrame * FRAME_SIZE;
  let inUse = 0;
  for (let ref = 0; ref < NR_GRANTS; ref++) {
    const head = u32(mm, base + ref * GRANT_BYTES);
    const flags = head & 0xffff;
    if ((flags & 3) === 0) continue;
    inUse++;
    if (grants.length >= max) continue;
    grants.push({
      ref, flags, readonly: (flags & GTF_readonly) !== 0, reading: (flags & GTF_reading) !== 0, writing: (flags & GTF_writing) !== 0,
      domid: head >>> 16, frame: u32(mm, base + ref * GRANT_BYTES + 4),
    });
  }
  return { grants, in_use: inUse };
}

/** The shared-info words of the 2-level event model: upcall pending, and the selector. */
export function pvEventState(pv: PvDomain, mm: MachineMemory): { upcall_pending: boolean; pending_sel: number } {
  const base = pv.sharedInfo * FRAME_SIZE;
  return {
    upcall_pending: mm.bytes[base + SHARED_INFO_OFFSETS['evtchn_upcall_pending']!] !== 0,
    pending_sel: u32(mm, base + SHARED_INFO_OFFSETS['evtchn_pending_sel']!),
  };
}
