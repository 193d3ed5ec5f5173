/**
 * The control API the main thread (dashboard, CLI, tests) calls on the
 * hypervisor worker through comlink: request/response pairs only. Console
 * bytes travel through shared-memory rings whose buffers `consoleRings`
 * hands out; they never ride on messages.
 */
import type { DomainInfo, DomainSpec, DomainStats } from '../core/domain.js';
import { Hypervisor, type HypervisorOptions, type SwitchOptions, type SwitchStats } from '../core/hypervisor.js';
import type { SnapshotSummary } from '../image/snapshot-format.js';
import type { DomainInspection } from '../core/inspect.js';
import type { GuestPoolCounters } from '../core/guest-pool.js';
import { heapUsedBytes } from './platform.js';

/** Settings the main thread chooses when it starts the hypervisor. */
export interface HypervisorConfig {
  machineBytes: number;
  watchdogMs?: number;
  /** The virtual switch: frame loss and a packet capture. */
  net?: SwitchOptions;
  /** Guest workers kept started and ready for the next domain starts (0 or absent: none). */
  prestart?: number;
}

/** What comlink exposes from the hypervisor worker. */
export interface HypervisorApi {
  /** Ready handshake: resolves once the hypervisor exists; returns machine facts. */
  init(config: HypervisorConfig): { frames: number; freeFrames: number };
  create(spec: DomainSpec): DomainInfo;
  start(id: number): Promise<DomainInfo>;
  pause(id: number): Promise<DomainInfo>;
  resume(id: number): DomainInfo;
  destroy(id: number): Promise<void>;
  list(): DomainInfo[];
  info(id: number): DomainInfo;
  stats(id: number): DomainStats;
  /** One entry per machine frame: 0 free, 0xffff the hypervisor's or the back-ends', else the owning domain's id. */
  frameOwners(): Uint16Array;
  /** A bounded view of domain `id`: rings, event channels, grants, page tables, P2M. */
  inspect(id: number): DomainInspection;
  consoleRings(id: number): { out: SharedArrayBuffer; in: SharedArrayBuffer };
  /** Asks a PV domain for `count` of its bound frames back within `deadlineMs` (exo_op revocation); the request's sequence number. */
  revoke(id: number, count: number, deadlineMs: number): number;
  waitForEnd(id: number, timeoutMs: number): Promise<DomainInfo>;
  disk(id: number): Uint8Array | null;
  memoryFacts(): { frames: number; freeFrames: number };
  /** The virtual switch's counters (and its capture's). */
  switchStats(): SwitchStats;
  /** The pre-started worker pool's counters, or null when the config asked for none. */
  workerPool(): GuestPoolCounters | null;
  /** Bytes of the hypervisor worker's JavaScript heap in use, or null where the platform does not say. */
  heapUsed(): number | null;
  /** The switch's packet capture (a libpcap file), or null when the config asked for none. */
  capture(): Uint8Array | null;
  /** Encodes a snapshot of a paused domain (refused, clearly, when it is not paused). */
  snapshot(id: number): Promise<Uint8Array>;
  /** Builds a new domain in state 'created' from a snapshot; start continues it where it was. */
  restore(snapshot: Uint8Array): Promise<DomainInfo>;
  /** A snapshot's header (checked, no decompression). */
  snapshotInfo(snapshot: Uint8Array): SnapshotSummary;
  /** Copies a domain as it runs (pause, snapshot, resume, restore, start); the copy's description. */
  clone(id: number): Promise<DomainInfo>;
  shutdown(): Promise<void>;
}

/** The API over a hypervisor created on `init` with the given platform hooks. */
export function hypervisorApi(platform: Omit<HypervisorOptions, 'machineBytes' | 'watchdogMs' | 'net' | 'prestart'>): HypervisorApi {
  let hv: Hypervisor | null = null;
  const h = (): Hypervisor => {
    if (!hv) throw new Error('hypervisor not initialised: call init first');
    return hv;
  };
  const facts = (): { frames: number; freeFrames: number } => ({ frames: h().memory.frames, freeFrames: h().memory.freeFrames });
  return {
    init(config) {
      if (hv) throw new Error('hypervisor already initialised');
      hv = new Hypervisor({
        ...platform, machineBytes: config.machineBytes,
        ...(config.watchdogMs ? { watchdogMs: config.watchdogMs } : {}), ...(config.net ? { net: config.net } : {}),
        ...(config.prestart ? { prestart: config.prestart } : {}),
      });
      return facts();
    },
    create: (spec) => h().create(spec),
    start: (id) => h().start(id),
    pause: (id) => h().pause(id),
    resume: (id) => h().resume(id),
    destroy: (id) => h().destroy(id),
    list: () => h().list(),
    info: (id) => h().info(id),
    stats: (id) => h().stats(id),
    frameOwners: () => h().frameOwners(),
    inspect: (id) => h().inspect(id),
    consoleRings: (id) => h().consoleRings(id),
    revoke: (id, count, ms) => h().revoke(id, count, ms),
    waitForEnd: (id, t) => h().waitForEnd(id, t),
    disk: (id) => h().disk(id),
    memoryFacts: facts,
    switchStats: () => h().switchStats(),
    workerPool: () => h().poolStats(),
    heapUsed: () => heapUsedBytes(),
    capture: () => h().captureFile(),
    snapshot: (id) => h().snapshot(id),
    restore: (snapshot) => h().restore(snapshot),
    snapshotInfo: (snapshot) => h().snapshotInfo(snapshot),
    clone: (id) => h().clone(id),
    shutdown: () => h().shutdown(),
  };
}
