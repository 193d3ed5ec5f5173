/**
 * Inspection: what the hypervisor can show about the machine and one
 * domain without asking the guest, for the dashboard's host view and
 * inspector. Machine memory's owner of every frame; and for a domain its
 * rings, event channels and grants (PV: pv-inspect.ts), the page tables in
 * use as its mode has them, and its P2M as runs. Page tables are found from
 * the satp the vCPU publishes in its control block and read from machine
 * memory here: a PV guest's pinned tables (machine frames), a full guest's
 * active shadow (host-physical) and its own tables (guest-physical, read
 * through the P2M, as the VMM's walker does), a native guest's own tables.
 * Everything is bounded and plain data, so it crosses comlink as is.
 */
import type { BootSpec, Domain, DomainState } from './domain.js';
import { DOMID_FREE, DOMID_HYPERVISOR, FRAME_SIZE, type MachineMemory } from './machine-memory.js';
import { dumpSv32, type PageTableDump, type TableSpace } from './page-table-dump.js';
import { pvChannels, pvEventState, pvGrants, pvRings, type ChannelInspection, type GrantInspection, type RingInspection } from './pv-inspect.js';
import { CB_GUEST_SATP, CB_HGATP, CB_SATP } from '../worker/protocol.js';
import { HPA_BASE } from '../vmm/shadow.js';

export type { ChannelInspection, GrantInspection, RingInspection } from './pv-inspect.js';
export type { MappingRun, PageTableDump } from './page-table-dump.js';

/** frameOwners' entry for the hypervisor's own frames and the back-ends' (frame tables, P2M tables, control blocks, shared pages, orphans). */
export const FRAME_OWNER_HYPERVISOR = 0xffff;

/** Consecutive guest frames backed by consecutive machine frames. */
export interface P2mRun { pfn: number; mfn: number; count: number }

/** How much one inspection returns at most. */
export interface InspectLimits { channels: number; grants: number; pageTableRuns: number; p2mRuns: number }

/** The defaults: enough for a person to read, small enough to send twice a second. */
export const INSPECT_LIMITS: InspectLimits = { channels: 256, grants: 128, pageTableRuns: 128, p2mRuns: 256 };

/** One domain as the hypervisor sees it. */
export interface DomainInspection {
  id: number;
  name: string;
  mode: BootSpec['kind'];
  state: DomainState;
  /** PV: the back-ends' rings (none for other kinds: their devices are emulated). */
  rings: RingInspection[];
  /** PV: the open ports (the first `limits.channels`), and how many are open. */
  channels: ChannelInspection[];
  channels_open: number;
  /** PV: shared info's upcall flag and selector word (null for other kinds). */
  events: { upcall_pending: boolean; pending_sel: number } | null;
  /** PV: the in-use grant entries (the first `limits.grants`), and how many are in use. */
  grants: GrantInspection[];
  grants_in_use: number;
  /** The address spaces in use as the mode has them (see the module comment). */
  page_tables: PageTableDump[];
  /** Guest frame → machine frame, as runs (the first `limits.p2mRuns`). */
  p2m: { runs: P2mRun[]; frames: number; truncated: boolean };
}

/**
 * One entry per machine frame: 0 free, FRAME_OWNER_HYPERVISOR the
 * hypervisor's or the back-ends', else the owning domain's id.
 */
export function frameOwners(mm: MachineMemory): Uint16Array {
  const out = new Uint16Array(mm.frames);
  const owners = mm.owners;
  for (let i = 0; i < out.length; i++) {
    const o = owners[i]!;
    out[i] = o === DOMID_FREE ? 0 : o === DOMID_HYPERVISOR || o < 0 || o >= FRAME_OWNER_HYPERVISOR ? FRAME_OWNER_HYPERVISOR : o;
  }
  return out;
}

/** The P2M as runs of consecutive machine frames. */
export function p2mRuns(p2m: Int32Array, max: number): DomainInspection['p2m'] {
  const runs: P2mRun[] = [];
  let truncated = false;
  for (let pfn = 0; pfn < p2m.length; pfn++) {
    const mfn = p2m[pfn]!, last = runs[runs.length - 1];
    if (last && last.pfn + last.count === pfn && last.mfn + last.count === mfn) { last.count++; continue; }
    if (runs.length >= max) { truncated = true; break; }
    runs.push({ pfn, mfn, count: 1 });
  }
  return { runs, frames: p2m.length, truncated };
}

/** Tables in machine memory named by machine frame (PV), or by host-physical page (a full guest's shadows: `hpa`). */
function machineSpace(mm: MachineMemory, label: string, hpa: boolean): TableSpace {
  const base = hpa ? HPA_BASE / FRAME_SIZE : 0;
  return {
    label, space: 'machine',
    frameOf: (ppn) => ppn - base,
    readTable: (ppn) => {
      const mfn = ppn - base;
      return mfn >= 0 && mfn < mm.frames ? new Int32Array(mm.buffer, mfn * FRAME_SIZE, 1024) : null;
    },
  };
}

/** A guest's own tables: guest-physical pages read through its P2M (pages outside its RAM are not read). */
function guestSpace(d: Domain, label: string): TableSpace {
  const ramPpn = d.memory.ramBase / FRAME_SIZE, p2m = d.memory.p2m;
  return {
    label, space: 'guest-physical',
    frameOf: (ppn) => ppn,
    readTable: (ppn) => {
      const gfn = ppn - ramPpn;
      return gfn >= 0 && gfn < p2m.length ? new Int32Array(d.memory.p2m.buffer, p2m[gfn]! * FRAME_SIZE, 1024) : null;
    },
  };
}

/** The address spaces the domain's vCPU runs on now, as its mode has them. */
function pageTables(d: Domain, mm: MachineMemory, maxRuns: number): PageTableDump[] {
  const satp = Atomics.load(d.cb, CB_SATP);
  const kind = d.spec.boot.kind;
  if (kind === 'pv' || kind === 'uni') {
    return [dumpSv32(satp, machineSpace(mm, 'guest page tables (direct paging: the guest\'s pinned tables hold machine frames)', false), maxRuns)];
  }
  if (kind === 'full') {
    return [
      dumpSv32(satp, machineSpace(mm, 'shadow page tables (guest-virtual → machine frame, built by the VMM)', true), maxRuns),
      dumpSv32(Atomics.load(d.cb, CB_GUEST_SATP), guestSpace(d, 'guest page tables (guest-virtual → guest-physical, read through the P2M)'), maxRuns),
    ];
  }
  if (kind === 'hw') {
    // The Sv32x4 root is 16 KiB; its first 4 KiB (guest-physical addresses below 4 GiB, where RAM and devices are) is read as an Sv32 root.
    return [
      dumpSv32(Atomics.load(d.cb, CB_HGATP), machineSpace(mm, 'G-stage table (hgatp: guest-physical → machine frame, built by the hypervisor)', true), maxRuns),
      dumpSv32(satp, guestSpace(d, 'guest page tables (vsatp: guest-virtual → guest-physical, read through the P2M)'), maxRuns),
    ];
  }
  return [dumpSv32(satp, guestSpace(d, 'guest page tables (virtual → guest-physical, read through the P2M)'), maxRuns)];
}

/** Everything inspection shows of domain `d`. */
export function inspectDomain(d: Domain, mm: MachineMemory, limits: InspectLimits = INSPECT_LIMITS): DomainInspection {
  const pv = d.pv;
  const channels = pv ? pvChannels(pv, mm, limits.channels) : { channels: [], open: 0 };
  const grants = pv ? pvGrants(pv, mm, limits.grants) : { grants: [], in_use: 0 };
  return {
    id: d.id, name: d.spec.name, mode: d.spec.boot.kind, state: d.state,
    rings: pv ? pvRings(pv, mm) : [],
    channels: channels.channels, channels_open: channels.open,
    events: pv ? pvEventState(pv, mm) : null,
    grants: grants.grants, grants_in_use: grants.in_use,
    page_tables: pageTables(d, mm, limits.pageTableRuns),
    p2m: p2mRuns(d.memory.p2m, limits.p2mRuns),
  };
}
