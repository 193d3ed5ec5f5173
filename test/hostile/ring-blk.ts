/**
 * Two PV disks on one machine for hostile block front-ends: the hostile
 * domain's back-end and a bystander's, each with its own ring, grants and
 * patterned disk, and the blkif request and response layouts as the C
 * front-end fills and reads them.
 */
import { layout } from '../../hypervisor/abi/constant.js';
import { BLKIF_MAX_SEGMENTS, BLKIF_REQUEST, BLKIF_RESPONSE } from '../../hypervisor/abi/ring.js';
import type { MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { abiNumber } from '../../hypervisor/pv/backend.js';
import { BlkBack, SECTOR_SIZE } from '../../hypervisor/pv/blkback.js';
import { blkRequest, counter, FrontRing, Guest, machine, pattern, type BlkSeg } from '../hypervisor/pv/frontend.js';

export { blkRequest as request };

const R = layout(BLKIF_REQUEST).offsets, P = layout(BLKIF_RESPONSE).offsets;
/** blkif operations and statuses, from the ABI. */
export const BLK = {
  read: abiNumber('BLKIF_OP_READ'), write: abiNumber('BLKIF_OP_WRITE'),
  okay: abiNumber('BLKIF_RSP_OKAY'), error: abiNumber('BLKIF_RSP_ERROR'),
  ringSize: abiNumber('BLKIF_RING_SIZE'), slot: abiNumber('BLKIF_SLOT_BYTES'),
};
/** Sectors of each test disk. */
export const DISK_SECTORS = 64;
/** Grant refs: the ring, then data pages from DATA_REF. */
const RING_REF = 1;
export const DATA_REF = 10;

/** One segment: granted page `gref`, sectors first..last of it. */
export type Seg = BlkSeg;

/** One domain's disk as its front-end sees it. */
export interface Disk { guest: Guest; ring: FrontRing; back: BlkBack; disk: Uint8Array; notes: () => number; pages: number[];
  /** Runs at each notification after it is counted (the front-end acting on it), when set. */
  onNotify: { fn: (() => void) | null } }

/**
 * A disk of DISK_SECTORS patterned sectors for domain `domid` on `mm`: ring
 * granted as RING_REF, writable data pages as DATA_REF.. (its back-end
 * spinning when `spin`, confined to `extents` once any is bound).
 */
export function disk(mm: MachineMemory, domid: number, seed: number, spin = false, extents: Array<{ first: number; count: number }> = []): Disk {
  const guest = new Guest(mm, domid), n = counter();
  const ring = new FrontRing(guest.page(guest.granted(RING_REF)), BLK.slot, BLK.ringSize);
  const bytes = pattern(DISK_SECTORS * SECTOR_SIZE, seed);
  const onNotify: Disk['onNotify'] = { fn: null };
  const back = new BlkBack(guest.grants, RING_REF, mm, bytes, { notify: () => { n.fn(); onNotify.fn?.(); }, spin: { enabled: spin }, extents });
  const pages = Array.from({ length: BLKIF_MAX_SEGMENTS }, (_, i) => guest.granted(DATA_REF + i));
  return { guest, ring, back, disk: bytes, notes: n.count, pages, onNotify };
}

/** A hostile domain and a bystander on one machine (the hostile one's back-end confined to `extents` once any is bound). */
export function twoDisks(spin = false, extents: Array<{ first: number; count: number }> = []): { mm: MachineMemory; bad: Disk; good: Disk } {
  const mm = machine(512);
  return { mm, bad: disk(mm, 5, 1, spin, extents), good: disk(mm, 6, 2, spin) };
}

/** Byte offset of nr_segments and sector_number in a request slot (for rewriting one in place). */
export const REQ = { nr: R['nr_segments']!, sector: R['sector_number']!, last: R['seg_last_sect']! };

/** [id, status] of every response the front-end has not read yet. */
export function statuses(d: Disk): Array<[number, number]> {
  return d.ring.responses().map((r) => [r.getUint32(P['id']!, true), r.getInt16(P['status']!, true)]);
}

/** Publishes one request, kicks, and returns [id, status] of the responses. */
export function roundTrip(d: Disk, op: number, id: number, sector: number, segs: Seg[], nr?: number): Array<[number, number]> {
  d.ring.push((v) => blkRequest(v, op, id, sector, segs, nr));
  d.ring.publish();
  d.back.kick();
  return statuses(d);
}

/** The disk and the domain's data pages, to compare before and after refused requests. */
export function image(d: Disk): Buffer {
  return Buffer.concat([d.disk, ...d.pages.map((f) => d.guest.page(f))]);
}
