/**
 * The hypervisor's side of a PV domain in a snapshot: its event channels
 * (kept at their port numbers), its store, the console and store
 * back-ends' private indices, and which back-ends were connected with their
 * rings' private indices. A restored domain binds the same guest ports to
 * new back-end ports and maps the (relocated) ring grants again. What a
 * snapshot cannot carry is refused at capture, naming what to undo:
 * frames or a packet filter bound with exo_op (disk extents are kept), grant mappings of
 * other domains' frames, other domains mapping this one's grants, and
 * event channels to other domains.
 */
import { DOMID_BACKEND, pvConst } from '../abi/pv.js';
import { abiString } from '../pv/backend.js';
import { formatMac } from '../pv/vswitch.js';
import type { ConsoleBackState } from '../pv/console-back.js';
import type { StoreBackState } from '../pv/store.js';
import type { SavedPort } from './evtchn.js';
import type { PvDomain } from './pv-domain.js';
import { SnapshotError } from './snapshot-error.js';

const EXO_EXTENTS_MAX = pvConst('EXO_EXTENTS_MAX');

/** A back-end ring's private indices. */
interface RingState { reqCons: number; rspProdPvt: number }

/** What a snapshot keeps of a PV domain's hypervisor side. */
export interface PvDomainState {
  /** Old machine frames of the shared-info and grant-table pages (relocated with RAM). */
  sharedInfo: number;
  grantFrame: number;
  entry: number;
  startInfo: number;
  freeStart: number;
  /** Old machine frames of the console and store pages. */
  consoleFrame: number;
  storeFrame: number;
  mac: number[] | null;
  /** The guest's ports; those connected to a back-end saved as unbound for DOMID_BACKEND, with `devices` naming them. */
  ports: SavedPort[];
  devices: Array<{ name: string; port: number }>;
  store: Array<[string, string]>;
  console: ConsoleBackState;
  storeBack: StoreBackState;
  blk: RingState | null;
  net: { tx: RingState; rx: RingState } | null;
  /** Disk extents bound with exo_op (sector ranges: they hold no frames). */
  extents: Array<{ first: number; count: number }>;
  /** Frames queued for the guest's network interface and dropped by the snapshot. */
  rxDropped: number;
  counters: Record<string, number>;
}

function unsupported(what: string, message: string): SnapshotError {
  return new SnapshotError('unsupported', `${what} ${message} before taking a snapshot`);
}

/** Refuses what a snapshot cannot carry, naming what to undo. */
function checkCapture(pv: PvDomain, what: string): void {
  if (pv.bound.size > 0) throw unsupported(what, `holds ${pv.bound.size} frames bound with exo_op; unbind them (EXO_unbind_frames)`);
  if (pv.netFilter) throw unsupported(what, 'has a packet filter bound with exo_op; unbind it');
  if (pv.maps.size > 0) throw unsupported(what, `maps ${pv.maps.size} grants of other domains; unmap them (GNTTABOP_unmap_grant_ref)`);
  const others = pv.grants.mapsNotBy(DOMID_BACKEND);
  if (others > 0) throw unsupported(what, `has ${others} of its grants mapped by other domains; have them unmapped`);
}

/** Saves domain `pv`'s hypervisor side (the domain is paused); throws SnapshotError for what cannot be carried. */
export function savePvDomain(pv: PvDomain, what: string): PvDomainState {
  checkCapture(pv, what);
  const deviceOf = new Map([...pv.devicePorts].map(([name, back]) => [back, name]));
  const ports: SavedPort[] = [], devices: PvDomainState['devices'] = [];
  for (const p of pv.channels.saveState()) {
    if (p.kind !== 'interdomain' || p.remoteDom === pv.domid) { ports.push(p); continue; }
    const name = p.remoteDom === DOMID_BACKEND ? deviceOf.get(p.remotePort) : undefined;
    if (name === undefined) throw unsupported(what, `has event channel ${p.port} bound to domain ${p.remoteDom}; close it (EVTCHNOP_close)`);
    ports.push({ port: p.port, kind: 'unbound', remoteDom: DOMID_BACKEND });
    devices.push({ name, port: p.port });
  }
  const l = pv.layout;
  return {
    sharedInfo: pv.sharedInfo, grantFrame: pv.grantFrame, entry: l.entry, startInfo: l.startInfo, freeStart: l.freeStart,
    consoleFrame: l.consoleFrame, storeFrame: l.storeFrame, mac: pv.mac ? Array.from(pv.mac) : null, ports, devices,
    store: [...pv.store.entries()], console: pv.console.saveState(), storeBack: pv.storeBack.saveState(),
    blk: pv.blk ? pv.blk.ring.saveState() : null,
    net: pv.net ? { tx: pv.net.tx.saveState(), rx: pv.net.rx.saveState() } : null,
    extents: pv.extents.map((e) => ({ ...e })), rxDropped: pv.net?.rxQueued ?? 0, counters: { ...pv.counters },
  };
}

/**
 * Puts saved state back into a restored domain whose memory is already
 * relocated: ports at their numbers, the store, the console and store
 * back-ends, and the block and network back-ends mapped again over the
 * relocated grants. Throws SnapshotError naming what does not fit; the
 * caller releases the domain.
 */
export function restorePvDomain(pv: PvDomain, s: PvDomainState): void {
  try {
    pv.channels.restoreState(s.ports);
    for (const [key, value] of s.store) {
      const bad = typeof key === 'string' && typeof value === 'string' ? pv.store.write(key, value) : 'EINVAL';
      if (bad) throw new Error(`store key ${String(key)} is refused (${bad})`);
    }
    if (pv.mac) pv.store.write(abiString('STORE_VIF_MAC'), formatMac(pv.mac)); // the restored interface's own address
    restoreExtents(pv, s.extents);
    pv.console.restoreState(s.console);
    pv.storeBack.restoreState(s.storeBack);
    for (const d of s.devices) {
      if (d.name === 'console' || d.name === 'store') pv.connectDevice(d.name, d.port);
      else if (d.name !== 'blk0' && d.name !== 'net0') throw new Error(`unknown back-end ${String(d.name)}`);
    }
    restoreRings(pv, s);
    for (const [k, v] of Object.entries(s.counters)) if (k in pv.counters && typeof v === 'number') (pv.counters as unknown as Record<string, number>)[k] = v;
  } catch (e) {
    if (e instanceof SnapshotError) throw e;
    throw new SnapshotError('state', `snapshot refused: its PV state does not fit: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Takes the bound disk extents back, each inside the disk (checked as EXO_bind_extent checks it). */
function restoreExtents(pv: PvDomain, extents: PvDomainState['extents']): void {
  const sectors = pv.disk ? Math.floor(pv.disk.length / 512) : 0;
  if (!Array.isArray(extents) || extents.length > EXO_EXTENTS_MAX) throw new Error(`at most ${EXO_EXTENTS_MAX} disk extents`);
  for (const e of extents) {
    const first = e?.first, count = e?.count;
    if (!Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count <= 0 || first + count > sectors) throw new Error('a disk extent lies outside the disk');
    pv.extents.push({ first, count });
  }
}

/** Connects the block and network back-ends the snapshot had (from the store's keys) and takes their ring indices back. */
function restoreRings(pv: PvDomain, s: PvDomainState): void {
  const has = (name: string): boolean => s.devices.some((d) => d.name === name);
  if (has('blk0') !== (s.blk !== null) || has('net0') !== (s.net !== null)) throw new Error('the back-ends and their ports disagree');
  if (s.blk) {
    if (pv.store.read(abiString('STORE_VBD_EVTCHN')) !== String(s.devices.find((d) => d.name === 'blk0')!.port)) throw new Error('the block port is not the one in the store');
    pv.connectBlock();
    if (!pv.blk) throw new Error('the block back-end cannot map its ring again');
    pv.blk.ring.restoreState(s.blk);
  }
  if (s.net) {
    if (pv.store.read(abiString('STORE_VIF_EVTCHN')) !== String(s.devices.find((d) => d.name === 'net0')!.port)) throw new Error('the network port is not the one in the store');
    pv.connectNet();
    if (!pv.net) throw new Error('the network back-end cannot map its rings again');
    pv.net.tx.restoreState(s.net.tx);
    pv.net.rx.restoreState(s.net.rx);
  }
}

/** Runs every back-end once after a restore: notifications pending in the old back-end domain are not saved. */
export function kickBackends(pv: PvDomain): void {
  pv.console.kick();
  pv.serveStore();
  pv.blk?.kick();
  pv.net?.kick();
}
