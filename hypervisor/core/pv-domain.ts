/**
 * The hypervisor's side of one paravirtual domain: its shared-info page and
 * event channels, its grant table, the configuration store, and the
 * back-ends serving it (console, block; network through the virtual
 * switch). It answers the hypercalls the vCPU cannot serve alone (event
 * channels, grants, the hypervisor console, shutdown) from the argument
 * structs the vCPU copied into the control block, and it connects a
 * front-end's back-end when the front-end announces itself in the store.
 * It also keeps the domain's exokernel bindings (exo_op, served by
 * pv-exo-ops.ts): the machine frames bound beyond its RAM (allocated, freed
 * at unbind, at a revocation deadline and when the domain goes), the disk
 * extents its block back-end is confined to, and the packet filter its
 * network back-end applies to the frames the switch sends it. A restored
 * domain (PvBuild.restore) gets its ports and back-ends back from
 * pv-domain-state.ts.
 */
import { layout } from '../abi/constant.js';
import {
  DOMID_BACKEND, DOMID_SELF, EVTCHN_ALLOC_UNBOUND, GNTTAB_MAP, GNTTAB_UNMAP, EVTCHN_BIND_INTERDOMAIN, EVTCHN_BIND_VIRQ, EVTCHN_PORT_OP, GNTTAB_COPY,
  GNTTAB_SETUP_TABLE, EVTCHNOP, GNTTABOP, HYPERCALLS, pvConst,
} from '../abi/pv.js';
import type { ElfImage } from '../image/elf.js';
import { abiNumber, abiString } from '../pv/backend.js';
import { BlkBack } from '../pv/blkback.js';
import { NetBack, formatMac, type VSwitch } from '../pv/netback.js';
import type { PacketFilter } from '../pv/packet-filter.js';
import { ConsoleBack } from '../pv/console-back.js';
import { Store, StoreBack } from '../pv/store.js';
import {
  CB_ADDR, CB_ARGS_BYTES, CB_ARGS_OFFSET, CB_DATA, CB_EXO_REVOKE_COUNT, CB_EXO_REVOKE_MS, CB_EXO_REVOKE_SEQ, CB_RESULT, CB_SIZE, CB_STATE, CB_WAKE,
  RESULT_OK, RESULT_SHUTDOWN, STATE_DONE,
} from '../worker/protocol.js';
import type { BackendDomain } from './backend-domain.js';
import { EventChannels } from './evtchn.js';
import { GNTST, GrantTable } from './grant-table.js';
import type { GuestMemory } from './guest-memory.js';
import { FRAME_SIZE, addWritable, dropWritable, type MachineMemory } from './machine-memory.js';
import { nextGeneration, writeSharedGeneration, type Generation } from './genid.js';
import { buildPvDomain, type PvLayout } from './pv-builder.js';
import { exoOp, type ExoHost } from './pv-exo-ops.js';
import { orderedFrames } from './snapshot-pv.js';

const c = pvConst;
const ring = abiNumber, str = abiString;
const XEN_EINVAL = c('XEN_EINVAL'), XEN_ESRCH = c('XEN_ESRCH'), XEN_ENOSYS = c('XEN_ENOSYS');
const EXO_REVOKE_MAX = c('EXO_REVOKE_MAX');
const SHUTDOWN_poweroff = c('SHUTDOWN_poweroff'), SHUTDOWN_crash = c('SHUTDOWN_crash');
const GNTCOPY_source_gref = c('GNTCOPY_source_gref'), GNTCOPY_dest_gref = c('GNTCOPY_dest_gref');
const EA = layout(EVTCHN_ALLOC_UNBOUND).offsets, EB = layout(EVTCHN_BIND_INTERDOMAIN).offsets;
const EV = layout(EVTCHN_BIND_VIRQ).offsets, EP = layout(EVTCHN_PORT_OP).offsets;
const GS = layout(GNTTAB_SETUP_TABLE).offsets, GC = layout(GNTTAB_COPY), GM = layout(GNTTAB_MAP), GU = layout(GNTTAB_UNMAP);

/** The machine-wide PV services a domain is connected to. */
export interface PvEnvironment {
  backend: BackendDomain;
  /** Event channels of another PV domain, for interdomain binding. */
  channelsOf(domid: number): EventChannels | undefined;
  /** Grant table of another PV domain, for copies from or to its grants. */
  grantsOf(domid: number): GrantTable | undefined;
  /** The virtual switch the domains' network interfaces attach to. */
  vswitch: VSwitch;
  /**
   * Frames of destroyed domains that other domains still map through
   * grants, with their live mapping counts: released by the last unmap.
   */
  orphans: Map<number, number>;
}

/**
 * How a PV domain's memory is set up: built for a kernel, or restored from a
 * snapshot — RAM filled by the caller, the boot pages named by guest frame,
 * ports and back-ends put back by restorePvDomain (core/pv-domain-state.ts).
 */
export type PvBuild = { kernel: ElfImage; cmdline: string } | { restore: PvRestore };

/** A restored PV domain's old P2M (its new frames take the same order), boot pages (guest frames and addresses) and MAC address. */
export interface PvRestore { p2m: number[]; entry: number; startInfo: number; consolePfn: number; storePfn: number; freeStart: number; mac: Uint8Array | null }

/** What the domain hears from its PV side. */
export interface PvDomainHost {
  /** Console bytes (PV console ring and console_io). */
  console(bytes: Uint8Array): void;
  /** SCHEDOP_shutdown: the exit status, or a crash message. */
  shutdown(r: { code: number } | { crash: string }): void;
}

/** Counters of the hypervisor side. */
export interface PvDomainCounters {
  grant_copies: number; grant_copy_bytes: number; grant_maps: number; hypercall_exits: number;
  /** exo_op: frames bound and unbound (in all), bindings refused, extents bound, revocations asked for, frames taken at deadlines. */
  exo_frames_bound: number; exo_frames_unbound: number; exo_bind_refused: number; exo_extents: number; exo_revoke_requests: number; exo_frames_revoked: number;
  /** exo_op: packet filters bound (removals not counted). */
  exo_net_filters: number;
  /** Hypercalls that raised an unexpected exception in the hypervisor (answered -EINVAL; a hypervisor bug, never the guest's doing). */
  internal_errors: number;
}

/** One PV domain, hypervisor side. */
export class PvDomain {
  readonly channels: EventChannels;
  readonly grants: GrantTable;
  readonly layout: PvLayout;
  readonly console: ConsoleBack;
  readonly store = new Store();
  readonly storeBack: StoreBack;
  blk: BlkBack | null = null;
  net: NetBack | null = null;
  /** The network interface's MAC address, when the domain has one. */
  readonly mac: Uint8Array | null;
  /** The VM generation the hypervisor wrote into shared info (kept here: the guest may scribble on its copy). */
  generation: Generation = nextGeneration(0);
  readonly counters: PvDomainCounters = {
    grant_copies: 0, grant_copy_bytes: 0, grant_maps: 0, hypercall_exits: 0,
    exo_frames_bound: 0, exo_frames_unbound: 0, exo_bind_refused: 0, exo_extents: 0, exo_revoke_requests: 0, exo_frames_revoked: 0,
    exo_net_filters: 0, internal_errors: 0,
  };
  /** Machine frames bound beyond RAM (exo_op), and the most the domain may hold. */
  readonly bound = new Set<number>();
  readonly maxBound: number;
  /** Disk extents bound (exo_op): once there is one, the block back-end serves only requests inside one. */
  readonly extents: Array<{ first: number; count: number }> = [];
  /** The packet filter bound (exo_op), applied by the network back-end from when it connects; null: every frame. */
  netFilter: PacketFilter | null = null;
  /** Hypervisor frames: shared info, grant table. */
  readonly sharedInfo: number;
  readonly grantFrame: number;
  private readonly ports: number[] = [];
  /** The back-end port serving each device ('console', 'store', 'blk0', 'net0'): inspection names the guest's ports by them. */
  readonly devicePorts = new Map<string, number>();
  private blkPort = 0;
  /** This domain's grant maps of other domains' (or its own) frames, by the handle it was given. */
  readonly maps = new Map<number, { table: GrantTable; inner: number; frame: number; readonly: boolean }>();
  private nextMapHandle = 1;
  private shutdownRequested = false;

  constructor(readonly domid: number, private readonly mm: MachineMemory, mem: GuestMemory, private readonly cb: Int32Array,
    private readonly env: PvEnvironment, build: PvBuild, readonly disk: Uint8Array | null,
    net: boolean, private readonly host: PvDomainHost) {
    // A restored interface gets a fresh MAC address, like its generation ID: two copies of one snapshot share neither.
    this.mac = ('restore' in build ? build.restore.mac !== null : net) ? env.vswitch.allocateMac() : null;
    this.maxBound = mem.frames.length;
    this.sharedInfo = mm.allocContiguous(1);
    this.grantFrame = mm.allocContiguous(1);
    try {
      const base = this.sharedInfo * FRAME_SIZE;
      this.channels = new EventChannels(domid, new Int32Array(mm.buffer, base, FRAME_SIZE / 4), new Uint8Array(mm.buffer, base, FRAME_SIZE), () => this.wake());
      this.grants = new GrantTable(mm, domid, this.grantFrame);
      writeSharedGeneration(new Int32Array(mm.buffer, base, FRAME_SIZE / 4), this.generation); // a restore writes the saved one's successor
      if ('restore' in build) {
        const r = build.restore, frame = (pfn: number): number => mem.frames[pfn] ?? -1;
        mem.frames.set(orderedFrames(r.p2m, mem.frames)); // before anything takes a frame number from it
        this.layout = { entry: r.entry, startInfo: r.startInfo, consoleFrame: frame(r.consolePfn), storeFrame: frame(r.storePfn), pageTables: [], freeStart: r.freeStart };
        if (this.layout.consoleFrame < 0 || this.layout.storeFrame < 0) throw new RangeError('the console or store page lies outside RAM');
      } else {
        const [, cGuest] = this.connectDevice('console', -1);
        const [, sGuest] = this.connectDevice('store', -1);
        this.layout = buildPvDomain(mem, build.kernel, { cmdline: build.cmdline, sharedInfo: this.sharedInfo, consoleEvtchn: cGuest, storeEvtchn: sGuest });
      }
      this.console = new ConsoleBack(mm, this.layout.consoleFrame, { output: (b) => host.console(b), notify: () => this.notifyDevice('console') });
      this.storeBack = new StoreBack(mm, this.layout.storeFrame, this.store, {
        notify: () => this.notifyDevice('store'),
        onWrite: (key, value) => this.frontendChanged(key, value),
      });
      if ('restore' in build) return;
      this.store.write(str('STORE_DOMID'), String(domid));
      if (disk) this.store.write(str('STORE_VBD_SECTORS'), String(Math.floor(disk.length / 512)));
      if (this.mac) this.store.write(str('STORE_VIF_MAC'), formatMac(this.mac));
    } catch (e) {
      this.release();
      throw e;
    }
  }

  /**
   * Connects the console or the store to the back-end domain: on a new
   * port (guestPort -1, at build) or on the guest's unbound port
   * `guestPort` (a restore). Returns [back-end port, guest port].
   */
  connectDevice(name: 'console' | 'store', guestPort: number): [number, number] {
    const handler = name === 'console' ? () => this.console.kick() : () => this.serveStore();
    const pair: [number, number] = guestPort < 0 ? this.env.backend.connect(this.channels, handler) : [this.env.backend.bind(this.channels, guestPort, handler), guestPort];
    if (pair[0] < 0) throw new RangeError(`event channel ${guestPort} cannot be bound for the ${name} (${pair[0]})`);
    this.ports.push(pair[0]);
    this.devicePorts.set(name, pair[0]);
    return pair;
  }

  private notifyDevice(name: string): void {
    const port = this.devicePorts.get(name);
    if (port !== undefined) this.env.backend.notify(port);
  }

  /** An event became pending for the vCPU: wake it if it sleeps. */
  private wake(): void {
    Atomics.add(this.cb, CB_WAKE, 1);
    Atomics.notify(this.cb, CB_WAKE);
  }

  /** Answers the store ring (bounded per call). */
  serveStore(): void {
    for (let i = 0; i < 64 && this.storeBack.kick(); i++) { /* a long backlog: go on */ }
  }

  /** A front-end wrote a store key: connect (or refuse) its back-end when it announces itself. */
  private frontendChanged(key: string, value: string): void {
    const initialised = value === String(ring('XenbusStateInitialised'));
    if (key === str('STORE_VBD_STATE') && initialised) this.connectBlock();
    if (key === str('STORE_VIF_STATE') && initialised) this.connectNet();
  }

  /** Reads a front-end's decimal key (NaN when absent). */
  private num(key: string): number {
    const v = this.store.read(str(key));
    return v !== undefined && /^[0-9]+$/.test(v) ? Number(v) : NaN;
  }

  /** Connects the network back-end to the rings and port the front-end published in the store. */
  connectNet(): void {
    const state = str('STORE_VIF_BACKEND_STATE');
    const mac = this.mac;
    if (!mac || this.net) { this.store.write(state, String(ring('XenbusStateClosed'))); return; }
    let port = 0;
    try {
      const net = new NetBack(this.grants, this.num('STORE_VIF_TX_RING_REF'), this.num('STORE_VIF_RX_RING_REF'), this.mm, this.env.vswitch, {
        mac, notify: () => this.env.backend.notify(port), filter: this.netFilter, spin: { enabled: true },
      });
      port = this.env.backend.bind(this.channels, this.num('STORE_VIF_EVTCHN'), () => { for (let i = 0; i < 64 && net.kick(); i++) { /* backlog */ } });
      if (port < 0) { net.close(); throw new Error(`event channel ${this.num('STORE_VIF_EVTCHN')} cannot be bound (${port})`); }
      this.net = net;
      this.ports.push(port);
      this.devicePorts.set('net0', port);
      this.store.write(state, String(ring('XenbusStateConnected')));
    } catch (e) {
      this.store.write(state, String(ring('XenbusStateClosed')));
      this.host.console(new TextEncoder().encode(`[exovisor] network back-end refused the front-end: ${(e as Error).message}\n`));
    }
  }

  /** Connects the block back-end to the ring and port the front-end published in the store. */
  connectBlock(): void {
    const state = str('STORE_VBD_BACKEND_STATE');
    if (!this.disk || this.blk) { this.store.write(state, String(ring('XenbusStateClosed'))); return; }
    const ref = this.num('STORE_VBD_RING_REF'), port = this.num('STORE_VBD_EVTCHN');
    try {
      const blk = new BlkBack(this.grants, ref, this.mm, this.disk, { notify: () => this.env.backend.notify(this.blkPort), extents: this.extents, spin: { enabled: true } });
      const back = this.env.backend.bind(this.channels, port, () => { for (let i = 0; i < 64 && blk.kick(); i++) { /* backlog */ } });
      if (back < 0) { blk.close(); throw new Error(`event channel ${port} cannot be bound (${back})`); }
      this.blk = blk;
      this.blkPort = back;
      this.ports.push(back);
      this.devicePorts.set('blk0', back);
      this.store.write(state, String(ring('XenbusStateConnected')));
    } catch (e) {
      this.store.write(state, String(ring('XenbusStateClosed')));
      this.host.console(new TextEncoder().encode(`[exovisor] block back-end refused the front-end: ${(e as Error).message}\n`));
    }
  }

  /** Serves the hypercall exit in the control block and hands the answer back. */
  handleExit(): void {
    const cb = this.cb;
    this.counters.hypercall_exits++;
    const nr = cb[CB_ADDR]!, cmd = cb[CB_DATA]!, count = cb[CB_SIZE]!;
    const args = new Uint8Array(cb.buffer, cb.byteOffset + CB_ARGS_OFFSET, CB_ARGS_BYTES);
    let r: number;
    try {
      r = this.serve(nr, cmd, count, args);
    } catch (e) {
      // Every refusal a guest can cause is an errno: an exception is the hypervisor's own fault. The guest gets
      // -EINVAL and runs on, but the fault is counted and named once on its console rather than hidden.
      r = -XEN_EINVAL;
      if (this.counters.internal_errors++ === 0) {
        this.host.console(new TextEncoder().encode(`[exovisor] internal error serving hypercall ${nr}: ${e instanceof Error ? e.message : String(e)}\n`));
      }
    }
    cb[CB_DATA] = r;
    cb[CB_RESULT] = this.shutdownRequested ? RESULT_SHUTDOWN : RESULT_OK;
    Atomics.store(cb, CB_STATE, STATE_DONE);
    Atomics.notify(cb, CB_STATE);
  }

  private serve(nr: number, cmd: number, count: number, args: Uint8Array): number {
    const dv = new DataView(args.buffer, args.byteOffset, args.length);
    switch (nr) {
      case HYPERCALLS.console_io:
        this.host.console(args.slice(0, Math.min(Math.max(count, 0), args.length)));
        return count;
      case HYPERCALLS.sched_op: {
        const reason = count & 0xff, status = (count >>> 8) & 0xff;
        this.shutdownRequested = true;
        if (reason === SHUTDOWN_poweroff) this.host.shutdown({ code: status });
        else if (reason === SHUTDOWN_crash) this.host.shutdown({ crash: `the guest kernel reported a crash (SHUTDOWN_crash, status ${status})` });
        else this.host.shutdown({ crash: `the guest asked for shutdown reason ${reason}, which is not supported` });
        return 0;
      }
      case HYPERCALLS.event_channel_op: return this.eventChannelOp(cmd, dv);
      case HYPERCALLS.grant_table_op: return this.grantTableOp(cmd, count, dv);
      case HYPERCALLS.exo_op: return exoOp(this.exoHost(), cmd, count, dv);
      default: return -XEN_ENOSYS;
    }
  }

  /** What exo_op's hypervisor side (core/pv-exo-ops.ts) reads and changes here. */
  private exoHost(): ExoHost {
    return {
      domid: this.domid, mm: this.mm, orphans: this.env.orphans, bound: this.bound, maxBound: this.maxBound, extents: this.extents,
      disk: this.disk, mac: this.mac, grants: this.grants, counters: this.counters,
      setNetFilter: (filter) => { this.netFilter = filter; if (this.net) this.net.filter = filter; },
    };
  }

  /**
   * Asks the domain to give back `count` bound frames within `deadlineMs`
   * (of its clock): the vCPU publishes the request in shared info and
   * enforces it at the deadline. Returns the request's sequence number.
   */
  requestRevoke(count: number, deadlineMs: number): number {
    if (!Number.isInteger(count) || count < 1 || count > EXO_REVOKE_MAX) throw new RangeError(`a revocation asks for 1 to ${EXO_REVOKE_MAX} frames, not ${count}`);
    if (!Number.isFinite(deadlineMs) || deadlineMs < 0 || deadlineMs > 2 ** 31 - 1) throw new RangeError(`bad revocation deadline ${deadlineMs} ms`);
    this.cb[CB_EXO_REVOKE_COUNT] = count;
    this.cb[CB_EXO_REVOKE_MS] = Math.round(deadlineMs);
    const seq = Atomics.add(this.cb, CB_EXO_REVOKE_SEQ, 1) + 1;
    this.counters.exo_revoke_requests++;
    this.wake();
    return seq;
  }

  private eventChannelOp(cmd: number, dv: DataView): number {
    const ch = this.channels;
    switch (cmd) {
      case EVTCHNOP.allocUnbound: {
        const dom = dv.getUint16(EA['dom']!, true);
        if (dom !== DOMID_SELF && dom !== this.domid) return -XEN_ESRCH;
        const remote = dv.getUint16(EA['remote_dom']!, true);
        const port = ch.allocUnbound(remote === DOMID_SELF ? this.domid : remote);
        if (port > 0) dv.setUint32(EA['port']!, port, true);
        return Math.min(port, 0);
      }
      case EVTCHNOP.bindInterdomain: {
        const remoteDom = dv.getUint16(EB['remote_dom']!, true);
        const remote = remoteDom === DOMID_BACKEND ? this.env.backend.channels
          : remoteDom === this.domid || remoteDom === DOMID_SELF ? ch : this.env.channelsOf(remoteDom);
        const port = ch.bindInterdomain(remote, dv.getUint32(EB['remote_port']!, true));
        if (port > 0) dv.setUint32(EB['local_port']!, port, true);
        return Math.min(port, 0);
      }
      case EVTCHNOP.bindVirq: {
        if (dv.getUint32(EV['vcpu']!, true) !== 0) return -XEN_EINVAL;
        const port = ch.bindVirq(dv.getUint32(EV['virq']!, true));
        if (port > 0) dv.setUint32(EV['port']!, port, true);
        return Math.min(port, 0);
      }
      case EVTCHNOP.close: return ch.close(dv.getUint32(EP['port']!, true));
      case EVTCHNOP.send: return ch.send(dv.getUint32(EP['port']!, true));
      case EVTCHNOP.unmask: return ch.unmask(dv.getUint32(EP['port']!, true));
      default: return -XEN_ENOSYS;
    }
  }

  private grantTableOp(cmd: number, count: number, dv: DataView): number {
    if (cmd === GNTTABOP.setup) {
      const dom = dv.getUint16(GS['dom']!, true);
      const ok = (dom === DOMID_SELF || dom === this.domid) && dv.getUint32(GS['nr_frames']!, true) === 1;
      dv.setInt16(GS['status']!, ok ? GNTST.okay : GNTST.general_error, true);
      if (ok) dv.setUint32(GS['frame']!, this.grantFrame, true);
      return 0;
    }
    if (cmd === GNTTABOP.copy) {
      for (let i = 0; i < count; i++) this.grantCopy(dv, i * GC.size);
      return 0;
    }
    if (cmd === GNTTABOP.map) { this.grantMap(dv); return 0; }
    if (cmd === GNTTABOP.unmap) { this.grantUnmap(dv); return 0; }
    return -XEN_ENOSYS;
  }

  /**
   * GNTTABOP_map_grant_ref for this domain (the vCPU installs the mapping):
   * the granting domain's entry is checked, and a writable map counts as a
   * writable mapping of the frame, refused when the frame is a page table.
   */
  private grantMap(dv: DataView): void {
    const o = GM.offsets, dom = dv.getUint16(o['dom']!, true), ref = dv.getUint32(o['ref']!, true);
    const readonly = (dv.getUint32(o['flags']!, true) & c('GNTMAP_readonly')) !== 0;
    const granter = dom === DOMID_SELF || dom === this.domid ? this.domid : dom;
    const table = granter === this.domid ? this.grants : this.env.grantsOf(granter);
    const status = (s: number): void => dv.setInt16(o['status']!, s, true);
    if (!table) { status(GNTST.bad_domain); return; }
    const m = table.map(ref, this.domid, readonly);
    if (typeof m === 'number') { status(m); return; }
    if (!readonly && !addWritable(this.mm.frameInfo, m.frame)) { table.unmap(m.handle); status(GNTST.permission_denied); return; }
    const handle = this.nextMapHandle++;
    this.maps.set(handle, { table, inner: m.handle, frame: m.frame, readonly });
    this.counters.grant_maps++;
    dv.setUint32(o['handle']!, handle, true);
    dv.setUint32(o['dev_bus_addr']!, m.frame * FRAME_SIZE, true);
    status(GNTST.okay);
  }

  /** GNTTABOP_unmap_grant_ref after the vCPU removed the mapping. */
  private grantUnmap(dv: DataView): void {
    const o = GU.offsets, handle = dv.getUint32(o['handle']!, true);
    dv.setInt16(o['status']!, this.dropMap(handle) ? GNTST.okay : GNTST.bad_handle, true);
  }

  /** Releases one of this domain's grant maps; false when `handle` is not one. */
  private dropMap(handle: number): boolean {
    const m = this.maps.get(handle);
    if (!m) return false;
    this.maps.delete(handle);
    m.table.unmap(m.inner);
    if (!m.readonly) dropWritable(this.mm.frameInfo, m.frame);
    // A mapping of a destroyed domain's frame held that frame (and the domain's grant table) alive.
    for (const f of [m.frame, m.table.tableFrame]) {
      const orphan = this.env.orphans.get(f);
      if (orphan === undefined) continue;
      if (orphan > 1) this.env.orphans.set(f, orphan - 1);
      else { this.env.orphans.delete(f); this.mm.release([f]); }
    }
    return true;
  }

  /**
   * Frames of this domain other domains still map (through its grants):
   * the domain's memory keeps them when it is released, and they count as
   * orphans until the last mapping goes.
   */
  heldByOthers(): Set<number> {
    const frames = this.grants.mappedFrames(), writable = this.grants.writableMappedFrames();
    for (const [f, n] of [...frames]) {
      // A bound frame taken back at a revocation while mapped is an orphan already, its mappings counted
      // then (pv-exo-ops.ts): counting them again would keep it held after its last unmap, leaked.
      if (this.mm.owner(f) !== this.domid) { frames.delete(f); continue; }
      this.env.orphans.set(f, (this.env.orphans.get(f) ?? 0) + n);
      // The domain's page tables go with it: the type and the writable references its own tables and pins
      // held on a frame that outlives it are dropped, leaving only the other domains' writable grant maps.
      Atomics.store(this.mm.frameInfo, f, 4 * (writable.get(f) ?? 0));
    }
    return new Set(frames.keys());
  }

  /** One GNTTABOP_copy segment; its status goes into the struct. */
  private grantCopy(dv: DataView, at: number): void {
    const o = GC.offsets, flags = dv.getUint16(at + o['flags']!, true), len = dv.getUint16(at + o['len']!, true);
    const side = (ref: number, domid: number, offset: number, write: boolean, isGref: boolean): number => {
      if (isGref) {
        const dom = domid === DOMID_SELF ? this.domid : domid;
        const table = dom === this.domid ? this.grants : this.env.grantsOf(dom);
        return table ? table.copyRange(ref, this.domid, write, offset, len) : GNTST.bad_domain;
      }
      if (domid !== DOMID_SELF && domid !== this.domid) return GNTST.bad_domain;
      if (offset + len > FRAME_SIZE) return GNTST.bad_copy_arg;
      return ref < this.mm.frames && this.mm.owner(ref) === this.domid ? ref * FRAME_SIZE + offset : GNTST.general_error;
    };
    const src = side(dv.getUint32(at + o['src_ref_or_gmfn']!, true), dv.getUint16(at + o['src_domid']!, true), dv.getUint16(at + o['src_offset']!, true), false, (flags & GNTCOPY_source_gref) !== 0);
    const dst = side(dv.getUint32(at + o['dst_ref_or_gmfn']!, true), dv.getUint16(at + o['dst_domid']!, true), dv.getUint16(at + o['dst_offset']!, true), true, (flags & GNTCOPY_dest_gref) !== 0);
    const status = src < 0 ? src : dst < 0 ? dst : this.copyInto(dst, src, len);
    dv.setInt16(at + o['status']!, status, true);
  }

  /**
   * Copies `len` bytes from machine offset `src` to `dst` holding a writable
   * reference on the destination frame meanwhile, as a writable mapping
   * would: a page table (local or granted) is never written behind its
   * validation, and no pin can type the frame during the copy. A GNTST code.
   */
  private copyInto(dst: number, src: number, len: number): number {
    const frame = Math.floor(dst / FRAME_SIZE);
    if (!addWritable(this.mm.frameInfo, frame)) return GNTST.permission_denied;
    this.mm.bytes.copyWithin(dst, src, src + len);
    dropWritable(this.mm.frameInfo, frame);
    this.counters.grant_copies++;
    this.counters.grant_copy_bytes += len;
    return GNTST.okay;
  }

  /** Closes the back-ends and returns the hypervisor frames and the bound frames nobody else maps. */
  release(): void {
    for (const h of [...this.maps.keys()]) this.dropMap(h);
    const mapped = this.grants?.mappedFrames() ?? new Map<number, number>();
    const free = [...this.bound].filter((f) => !mapped.has(f));
    this.mm.release(free);
    for (const f of free) this.bound.delete(f); // the rest are kept by heldByOthers, like RAM frames
    this.blk?.close();
    this.net?.close();
    for (const p of this.ports) this.env.backend.close(p);
    this.ports.length = 0;
    this.channels?.closeAll();
    // Other domains' maps of this domain's grants keep its grant table until they unmap.
    const live = this.grants?.liveMaps ?? 0;
    if (live > 0) this.env.orphans.set(this.grantFrame, live);
    this.mm.release([this.sharedInfo, ...(live > 0 ? [] : [this.grantFrame])].filter((f) => f !== undefined));
  }
}
