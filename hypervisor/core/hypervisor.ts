/**
 * The hypervisor: machine memory, the domain table, and the policies that
 * span domains — creating and destroying them, and a watchdog that kills a
 * guest worker whose vCPU stops beating (a hung or runaway worker), so one
 * domain's failure never takes another down. It runs in the hypervisor
 * worker; how guest workers are spawned is injected (`SpawnGuest`), so the
 * same code runs in browsers, in Node and in tests.
 */
import { Domain, type DomainInfo, type DomainSpec, type DomainStats, type GuestRunner } from './domain.js';
import type { YieldFn } from './exit-pump.js';
import { DOMID_SELF } from '../abi/pv.js';
import { MachineMemory } from './machine-memory.js';
import { BackendDomain } from './backend-domain.js';
import type { PvEnvironment } from './pv-domain.js';
import { VSwitch, type SwitchCounters } from '../pv/vswitch.js';
import { FrameLoss, type FrameLossOptions } from '../pv/frame-loss.js';
import { PcapWriter, type PcapCounters } from '../pv/pcap.js';
import { captureSnapshot, planRestore, restoreDomain, snapshotInfo } from './snapshot.js';
import type { SnapshotSummary } from '../image/snapshot-format.js';
import { frameOwners, inspectDomain, type DomainInspection } from './inspect.js';
import { GuestPool, type GuestPoolCounters } from './guest-pool.js';
import { diskSizeProblem, DiskImageError } from '../image/disk-image.js';

/** Starts a guest worker for a domain (0: a spare for the pool) and waits for its ready handshake. */
export type SpawnGuest = (domid: number) => Promise<GuestRunner>;

/** Hypervisor settings. */
export interface HypervisorOptions {
  /** Machine memory in bytes. */
  machineBytes: number;
  spawnGuest: SpawnGuest;
  yieldFn: YieldFn;
  /** A running vCPU without a heartbeat for this long is killed (ms). */
  watchdogMs?: number;
  /** The virtual switch: frame loss, and a packet capture bounded to this many bytes. */
  net?: SwitchOptions;
  /** Guest workers kept started and ready, so a domain's start hands one over instead of spawning (guest-pool.ts); 0 or absent: none. */
  prestart?: number;
}

/** Test and observation settings of the virtual switch. */
export interface SwitchOptions {
  loss?: FrameLossOptions;
  captureBytes?: number;
}

/** The switch's counters, and its capture's when there is one. */
export interface SwitchStats extends SwitchCounters {
  capture?: PcapCounters;
}

/** Most domains at once (ids are never reused while the hypervisor lives). */
const MAX_DOMAINS = 256;

/** The domain table and machine memory. */
export class Hypervisor {
  readonly memory: MachineMemory;
  private readonly domains = new Map<number, Domain>();
  private nextId = 1;
  private readonly watchdogMs: number;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private readonly beats = new Map<number, { beat: number; since: number }>();
  /** Domains whose guest worker is being spawned. */
  private readonly starting = new Set<number>();

  /** Paravirtual services shared by every PV domain: the back-end domain and lookups of each other's channels and grants. */
  private readonly pvEnv: PvEnvironment;
  /** The capture of every frame the switch handles (HypervisorOptions.net.captureBytes), or null. */
  private readonly capture: PcapWriter | null = null;
  /** Pre-started guest workers (HypervisorOptions.prestart), or null. */
  private readonly pool: GuestPool | null;

  constructor(private readonly opts: HypervisorOptions) {
    this.memory = new MachineMemory(opts.machineBytes);
    this.watchdogMs = opts.watchdogMs ?? 5000;
    this.pool = opts.prestart ? new GuestPool(opts.prestart, opts.spawnGuest) : null;
    this.pvEnv = {
      backend: new BackendDomain(this.memory),
      channelsOf: (domid) => this.domains.get(domid)?.pv?.channels,
      grantsOf: (domid) => this.domains.get(domid)?.pv?.grants,
      vswitch: new VSwitch(),
      orphans: new Map(),
    };
    const net = opts.net ?? {};
    if (net.loss) this.pvEnv.vswitch.loss = new FrameLoss(net.loss);
    if (net.captureBytes !== undefined) {
      const capture = this.capture = new PcapWriter(net.captureBytes);
      this.pvEnv.vswitch.observer = (frame) => capture.record(frame);
    }
  }

  /** The virtual switch's counters (and its capture's). */
  switchStats(): SwitchStats {
    return { ...this.pvEnv.vswitch.counters, ...(this.capture ? { capture: { ...this.capture.counters } } : {}) };
  }

  /** The pre-started worker pool's counters, or null when there is no pool. */
  poolStats(): GuestPoolCounters | null {
    return this.pool?.counters() ?? null;
  }

  /** The switch's capture as a libpcap file, or null when none was asked for. */
  captureFile(): Uint8Array | null {
    return this.capture?.file() ?? null;
  }

  /** Creates a domain: allocates its memory and loads its images. Bad images throw with a clear message and leave nothing allocated. */
  create(spec: DomainSpec): DomainInfo {
    this.checkRoom();
    // Every front end's disk passes here: a PV back-end would otherwise serve a short disk as if it were whole.
    const diskProblem = spec.disk === undefined ? null : diskSizeProblem(spec.disk.length);
    if (diskProblem) throw new DiskImageError(diskProblem);
    const d = new Domain(this.nextId++, spec, this.memory, this.pvEnv);
    this.domains.set(d.id, d);
    return d.info();
  }

  /** Throws when no further domain may be created. */
  private checkRoom(): void {
    if (this.domains.size >= MAX_DOMAINS) throw new Error(`at most ${MAX_DOMAINS} domains at once`);
    if (this.nextId >= DOMID_SELF) throw new Error('domain ids are exhausted; restart the hypervisor');
  }

  /** Encodes a snapshot of paused domain `id` (core/snapshot.ts says what it holds). */
  snapshot(id: number): Promise<Uint8Array> {
    return captureSnapshot(this.get(id));
  }

  /** A snapshot's header, after checking its frame and checksum. */
  snapshotInfo(snapshot: Uint8Array): SnapshotSummary {
    return snapshotInfo(snapshot);
  }

  /** Builds a new domain ('created') from a snapshot; `start` continues it where it was. Bad input throws and allocates nothing. */
  async restore(snapshot: Uint8Array): Promise<DomainInfo> {
    const plan = await planRestore(snapshot);
    this.checkRoom();
    const d = restoreDomain(this.nextId, plan, this.memory, this.pvEnv);
    this.nextId++;
    this.domains.set(d.id, d);
    return d.info();
  }

  /** Copies domain `id` as it runs: pause, snapshot, resume (if it was running), restore, start the copy. */
  async clone(id: number): Promise<DomainInfo> {
    const wasRunning = this.get(id).state === 'running';
    if (wasRunning) await this.pause(id);
    let snap: Uint8Array;
    try {
      snap = await this.snapshot(id);
    } finally {
      if (wasRunning && this.get(id).state === 'paused') this.resume(id);
    }
    const copy = await this.restore(snap);
    return this.start(copy.id);
  }

  private get(id: number): Domain {
    const d = this.domains.get(id);
    if (!d) throw new Error(`no domain ${id}`);
    return d;
  }

  /** Spawns the domain's guest worker and starts its vCPU. */
  async start(id: number): Promise<DomainInfo> {
    const d = this.get(id);
    if (d.state !== 'created' || this.starting.has(id)) throw new Error(`domain ${id} is ${this.starting.has(id) ? 'starting' : d.state}; only a created domain can start`);
    this.starting.add(id);
    let runner: GuestRunner;
    try {
      runner = await (this.pool ? this.pool.take(id) : this.opts.spawnGuest(id));
    } finally {
      this.starting.delete(id);
    }
    if (this.domains.get(id) !== d || d.state !== 'created') {
      await runner.terminate(); // destroyed while its worker was starting
      throw new Error(`domain ${id} was destroyed while starting`);
    }
    d.start(runner, this.opts.yieldFn);
    this.beats.set(id, { beat: d.heartbeat(), since: performance.now() });
    this.armWatchdog();
    return d.info();
  }

  /** Parks a running domain's vCPU. */
  async pause(id: number): Promise<DomainInfo> {
    await this.get(id).pause(2000);
    return this.get(id).info();
  }

  /** Lets a paused domain run. */
  resume(id: number): DomainInfo {
    const d = this.get(id);
    d.resume();
    this.beats.set(id, { beat: d.heartbeat(), since: performance.now() });
    return d.info();
  }

  /** Stops the domain if it runs, kills its worker, and returns its memory. */
  async destroy(id: number): Promise<void> {
    const d = this.get(id);
    await d.stop(1000);
    await d.ended;
    d.release();
    this.domains.delete(id);
    this.beats.delete(id);
  }

  /** Every domain's description. */
  list(): DomainInfo[] {
    return [...this.domains.values()].map((d) => d.info());
  }

  info(id: number): DomainInfo {
    return this.get(id).info();
  }

  stats(id: number): DomainStats {
    return this.get(id).stats();
  }

  /** One entry per machine frame: 0 free, 0xffff the hypervisor's or the back-ends', else the owning domain's id. */
  frameOwners(): Uint16Array {
    return frameOwners(this.memory);
  }

  /** Domain `id`'s rings, event channels, grants, page tables and P2M, bounded (inspect.ts). */
  inspect(id: number): DomainInspection {
    return inspectDomain(this.get(id), this.memory);
  }

  /**
   * Asks PV domain `id` to give back `count` bound frames (exo_op) within
   * `deadlineMs` of its clock; at the deadline the hypervisor takes what
   * is missing itself. Returns the request's sequence number (shared_info.exo_revoke_seq).
   */
  revoke(id: number, count: number, deadlineMs: number): number {
    return this.get(id).revoke(count, deadlineMs);
  }

  /** The console rings (output: hypervisor → reader; input: writer → hypervisor). */
  consoleRings(id: number): { out: SharedArrayBuffer; in: SharedArrayBuffer } {
    const d = this.get(id);
    return { out: d.consoleOut.sab, in: d.consoleIn.sab };
  }

  /** Resolves with the domain's description once its vCPU has ended (or after `timeoutMs`). */
  async waitForEnd(id: number, timeoutMs: number): Promise<DomainInfo> {
    const d = this.get(id);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([d.ended, new Promise((r) => { timer = setTimeout(r, timeoutMs); })]);
    clearTimeout(timer);
    return d.info();
  }

  /** Disk contents of a domain (after it ended, to save them), or null. */
  disk(id: number): Uint8Array | null {
    const d = this.get(id);
    return d.pv ? d.pv.disk : d.devices.disk?.store ?? null;
  }

  /**
   * Starts the watchdog's interval. It also holds the hypervisor worker's
   * event loop open while domains run: in Node a pending Atomics.waitAsync
   * does not, and a worker with nothing else pending would exit under them.
   */
  private armWatchdog(): void {
    this.watchdog ??= setInterval(() => this.checkHeartbeats(), Math.max(50, this.watchdogMs / 4));
  }

  /** Kills the worker of any running domain whose heartbeat has not moved for watchdogMs. */
  private checkHeartbeats(): void {
    const now = performance.now();
    let running = 0;
    for (const d of this.domains.values()) {
      if (d.state !== 'running' && d.state !== 'paused') continue;
      running++;
      const beat = d.heartbeat();
      const last = this.beats.get(d.id);
      if (!last || last.beat !== beat) { this.beats.set(d.id, { beat, since: now }); continue; }
      if (now - last.since >= this.watchdogMs) {
        void d.kill(`watchdog: the vCPU showed no sign of life for ${Math.round((now - last.since) / 1000)} s; its worker was terminated`);
      }
    }
    if (running === 0 && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  /** Stops every domain, the spare workers and the watchdog. */
  async shutdown(): Promise<void> {
    await this.pool?.close();
    for (const id of [...this.domains.keys()]) await this.destroy(id);
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}
