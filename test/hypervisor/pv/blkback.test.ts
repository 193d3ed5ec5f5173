/**
 * The block back-end driven by a front-end written as the C driver writes
 * it: multi-segment reads and writes compared byte for byte with the disk,
 * flush and unknown operations, notification suppression, and the hostile
 * front-end — segments past the disk or the page, bad, foreign and
 * read-only grants (refused with nothing moved), a request rewritten while
 * the back-end works, ring indices moved past the ring or backwards, and a
 * front-end that never stops publishing.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { BLKIF_MAX_SEGMENTS, BLKIF_RESPONSE } from '../../../hypervisor/abi/ring.js';
import { abiNumber, BackendError } from '../../../hypervisor/pv/backend.js';
import { BlkBack, SECTOR_SIZE } from '../../../hypervisor/pv/blkback.js';
import { FRAME_SIZE, type MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { blkRequest as request, counter, FrontRing, Guest, machine, pattern, type BlkSeg as Seg } from './frontend.js';

const P = layout(BLKIF_RESPONSE).offsets;
const OP_READ = abiNumber('BLKIF_OP_READ'), OP_WRITE = abiNumber('BLKIF_OP_WRITE'), OP_FLUSH = abiNumber('BLKIF_OP_FLUSH_DISKCACHE');
const OKAY = abiNumber('BLKIF_RSP_OKAY'), ERROR = abiNumber('BLKIF_RSP_ERROR'), EOPNOTSUPP = abiNumber('BLKIF_RSP_EOPNOTSUPP');
const RING_SIZE = abiNumber('BLKIF_RING_SIZE'), SLOT = abiNumber('BLKIF_SLOT_BYTES');
const DISK_SECTORS = 64, RING_REF = 1, FE = 5;

interface Env { mm: MachineMemory; guest: Guest; ring: FrontRing; back: BlkBack; disk: Uint8Array; notes: () => number; flushes: () => number; pages: Map<number, number> }

/** A domain with a disk of DISK_SECTORS patterned sectors, its ring granted as RING_REF, and data pages granted as refs 10.. */
function setup(domid = FE): Env {
  const mm = machine(), guest = new Guest(mm, domid), n = counter(), f = counter();
  const ringFrame = guest.granted(RING_REF);
  const ring = new FrontRing(guest.page(ringFrame), SLOT, RING_SIZE);
  const disk = pattern(DISK_SECTORS * SECTOR_SIZE, 42);
  const back = new BlkBack(guest.grants, RING_REF, mm, disk, { notify: n.fn, flush: f.fn });
  const pages = new Map<number, number>();
  for (let ref = 10; ref < 10 + BLKIF_MAX_SEGMENTS; ref++) pages.set(ref, guest.granted(ref));
  return { mm, guest, ring, back, disk, notes: n.count, flushes: f.count, pages };
}

/** Publishes one request, kicks, and returns the [id, operation, status] of every response. */
function roundTrip(e: Env, op: number, id: number, sector: number, segs: Seg[], nr?: number): Array<[number, number, number]> {
  e.ring.push((v) => request(v, op, id, sector, segs, nr));
  e.ring.publish();
  e.back.kick();
  return e.ring.responses().map((r) => [r.getUint32(P['id']!, true), r.getUint8(P['operation']!), r.getInt16(P['status']!, true)]);
}

const page = (e: Env, ref: number): Uint8Array => e.guest.page(e.pages.get(ref)!);
const sectors = (e: Env, from: number, count: number): Uint8Array => e.disk.subarray(from * SECTOR_SIZE, (from + count) * SECTOR_SIZE);
/** The disk and every data page, to compare before and after a refused request. */
function snapshot(e: Env): Buffer {
  return Buffer.concat([e.disk, ...[...e.pages.keys()].map((r) => page(e, r))]);
}

describe('block back-end', () => {
  it('reads a multi-segment request into the granted pages, sectors consecutive across segments', () => {
    const e = setup();
    const segs = [{ gref: 10, first: 2, last: 7 }, { gref: 11, first: 0, last: 7 }, { gref: 12, first: 0, last: 1 }];
    expect(roundTrip(e, OP_READ, 0xdead, 5, segs)).toEqual([[0xdead, OP_READ, OKAY]]);
    expect(page(e, 10).subarray(2 * SECTOR_SIZE)).toEqual(sectors(e, 5, 6));
    expect(page(e, 11)).toEqual(sectors(e, 11, 8));
    expect(page(e, 12).subarray(0, 2 * SECTOR_SIZE)).toEqual(sectors(e, 19, 2));
    expect(page(e, 10).subarray(0, 2 * SECTOR_SIZE).every((b) => b === 0)).toBe(true); // outside the segment: untouched
    expect(page(e, 12).subarray(2 * SECTOR_SIZE).every((b) => b === 0)).toBe(true);
    expect(e.back.counters).toMatchObject({ requests: 1, segments: 3, sectors_read: 16, errors: 0 });
  });

  it('writes a multi-segment request from the granted pages (read-only grants suffice)', () => {
    const e = setup();
    e.guest.grant(13, e.pages.get(13)!, { readonly: true });
    const data = pattern(2 * FRAME_SIZE, 7);
    page(e, 13).set(data.subarray(0, FRAME_SIZE));
    page(e, 14).set(data.subarray(FRAME_SIZE));
    const before = Uint8Array.from(e.disk);
    const segs = [{ gref: 13, first: 4, last: 7 }, { gref: 14, first: 0, last: 2 }];
    expect(roundTrip(e, OP_WRITE, 1, 60 - 7, segs)).toEqual([[1, OP_WRITE, OKAY]]); // ends exactly at the disk's last sector
    expect(sectors(e, 53, 4)).toEqual(page(e, 13).subarray(4 * SECTOR_SIZE));
    expect(sectors(e, 57, 3)).toEqual(page(e, 14).subarray(0, 3 * SECTOR_SIZE));
    before.set(sectors(e, 53, 7), 53 * SECTOR_SIZE);
    expect(Buffer.from(e.disk).equals(before)).toBe(true); // nothing else changed
    expect(e.back.counters).toMatchObject({ sectors_written: 7, segments: 2 });
  });

  it('flushes with no segments, refuses a flush with segments, and answers unknown operations EOPNOTSUPP', () => {
    const e = setup();
    expect(roundTrip(e, OP_FLUSH, 2, 0, [], 0)).toEqual([[2, OP_FLUSH, OKAY]]);
    expect(e.flushes()).toBe(1);
    expect(roundTrip(e, OP_FLUSH, 3, 0, [{ gref: 10, first: 0, last: 0 }])).toEqual([[3, OP_FLUSH, ERROR]]);
    expect(roundTrip(e, 2, 4, 0, [{ gref: 10, first: 0, last: 0 }])).toEqual([[4, 2, EOPNOTSUPP]]);
    expect(e.flushes()).toBe(1);
    expect(e.back.counters.errors).toBe(2);
  });

  it('ignores a kick from its own flush callback, and still answers everything in order', () => {
    const e = setup();
    let nested: boolean | null = null;
    const back = new BlkBack(e.guest.grants, RING_REF, e.mm, e.disk, { notify: () => {}, flush: () => { nested = back.kick(); } });
    e.back.close();
    e.ring.push((v) => request(v, OP_FLUSH, 1, 0, [], 0));
    e.ring.push((v) => request(v, OP_READ, 2, 0, [{ gref: 10, first: 0, last: 0 }]));
    e.ring.publish();
    back.kick();
    expect(nested).toBe(false);
    expect(e.ring.responses().map((r) => [r.getUint32(P['id']!, true), r.getInt16(P['status']!, true)])).toEqual([[1, OKAY], [2, OKAY]]);
  });

  it('notifies only when the front-end\'s rsp_event lies within what was published, and counts the rest', () => {
    const e = setup();
    const seg = [{ gref: 10, first: 0, last: 0 }];
    roundTrip(e, OP_READ, 1, 0, seg); // rsp_event 1: notify
    expect(e.notes()).toBe(1);
    e.ring.set('rsp_event', 100); // front-end busy: does not want to hear about the next few
    roundTrip(e, OP_READ, 2, 0, seg);
    roundTrip(e, OP_READ, 3, 0, seg);
    expect(e.notes()).toBe(1);
    e.ring.set('rsp_event', 4);
    roundTrip(e, OP_READ, 4, 0, seg);
    expect(e.notes()).toBe(2);
    expect(e.back.counters).toMatchObject({ notify_sent: 2, notify_suppressed: 2 });
    expect(e.ring.get('req_event')).toBe(5); // asks to hear of the next request before sleeping
  });

  it('answers several requests published at once in order, across the ring\'s wrap', () => {
    const e = setup();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < RING_SIZE - 5; i++) e.ring.push((v) => request(v, OP_READ, round * 1000 + i, i, [{ gref: 10 + (i % 4), first: i % 8, last: i % 8 }]));
      e.ring.publish();
      e.back.kick();
      expect(e.ring.responses().map((r) => r.getUint32(P['id']!, true))).toEqual(Array.from({ length: RING_SIZE - 5 }, (_, i) => round * 1000 + i));
    }
    expect(e.back.counters).toMatchObject({ requests: 3 * (RING_SIZE - 5), errors: 0 });
  });

  it('refuses bad segments and grants with BLKIF_RSP_ERROR, changing neither disk nor guest memory', () => {
    const e = setup();
    const other = e.guest.frame();
    e.guest.grant(20, other, { grantee: 9 }); // granted to another domain
    e.guest.grant(21, other, { readonly: true }); // read-only: the back-end may not write into it
    const foreignGuest = new Guest(e.mm, 6);
    e.guest.grant(22, foreignGuest.frame()); // a frame the front-end does not own
    const good = { gref: 10, first: 0, last: 7 };
    const cases: Array<[number, number, Seg[], number?]> = [
      [OP_READ, DISK_SECTORS - 8, [good, { gref: 11, first: 0, last: 0 }]], // one sector past the disk
      [OP_READ, 0xffff_fff8, [good]], // sector_number near 2^32
      [OP_READ, 0, [good, { gref: 11, first: 0, last: 8 }]], // past the page
      [OP_READ, 0, [good, { gref: 11, first: 5, last: 4 }]], // first_sect > last_sect
      [OP_READ, 0, [good, { gref: 9999, first: 0, last: 0 }]], // no such grant
      [OP_READ, 0, [good, { gref: 20, first: 0, last: 0 }]], // not granted to the back-end
      [OP_READ, 0, [good, { gref: 21, first: 0, last: 0 }]], // read into a read-only grant
      [OP_WRITE, 0, [good, { gref: 22, first: 0, last: 0 }]], // a frame the front-end does not own
      [OP_READ, 0, [], 0], // no segments
      [OP_READ, 0, [good], BLKIF_MAX_SEGMENTS + 1], // too many segments
    ];
    for (const [i, [op, sector, segs, nr]] of cases.entries()) {
      page(e, 10).fill(0xa5);
      const before = snapshot(e);
      expect(roundTrip(e, op, i, sector, segs, nr)).toEqual([[i, op, ERROR]]);
      expect(snapshot(e).equals(before)).toBe(true);
    }
    expect(e.back.counters).toMatchObject({ errors: cases.length, sectors_read: 0, sectors_written: 0 });
    expect(e.back.broken).toBeNull();
  });

  it('acts on its copy of a request that the front-end rewrites while the back-end works on it', () => {
    const e = setup();
    const slot = e.ring.slot(e.ring.next);
    e.guest.grants.hook = () => request(slot, OP_WRITE, 666, DISK_SECTORS + 100, [{ gref: 9999, first: 0, last: 7 }]);
    expect(roundTrip(e, OP_READ, 7, 8, [{ gref: 10, first: 0, last: 7 }])).toEqual([[7, OP_READ, OKAY]]);
    expect(page(e, 10)).toEqual(sectors(e, 8, 8));
  });

  it('marks a front-end broken whose req_prod runs past the ring or backwards; another domain\'s disk is unaffected', () => {
    const a = setup(5), b = setup(6);
    a.ring.set('req_prod', RING_SIZE + 1);
    expect(a.back.kick()).toBe(false);
    expect(a.back.broken).toMatch(/req_prod/);
    expect(a.ring.get('rsp_prod')).toBe(0);
    expect(roundTrip(a, OP_READ, 1, 0, [{ gref: 10, first: 0, last: 0 }])).toEqual([]); // served no more
    roundTrip(b, OP_READ, 1, 0, [{ gref: 10, first: 0, last: 0 }]);
    b.ring.set('req_prod', 0); // backwards
    b.back.kick();
    expect(b.back.broken).toMatch(/req_prod/);
    const c = setup(7);
    expect(roundTrip(c, OP_READ, 3, 0, [{ gref: 10, first: 0, last: 0 }])).toEqual([[3, OP_READ, OKAY]]);
  });

  it('bounds the work of one kick against a front-end that never stops publishing', () => {
    const e = setup();
    let published = 0;
    const more = (): void => {
      e.ring.push((v) => request(v, OP_READ, published++, 0, [{ gref: 10, first: 0, last: 0 }]));
      e.ring.publish();
      e.ring.responses(); // and consumes answers as fast as they come, so the ring never fills
      e.guest.grants.hook = more;
    };
    more();
    expect(e.back.kick()).toBe(true); // stopped at its bound with work left
    expect(e.back.counters.requests).toBeLessThan(10 * RING_SIZE);
    expect(e.back.broken).toBeNull();
  });

  it('maps the ring grant while connected and unmaps it on close; refuses an ungranted ring', () => {
    const e = setup();
    expect(e.guest.grants.liveMaps).toBe(1);
    expect(e.guest.grantFlags(RING_REF) & (abiNumber('GTF_reading') | abiNumber('GTF_writing'))).not.toBe(0);
    e.back.close();
    e.back.close();
    expect(e.guest.grants.liveMaps).toBe(0);
    expect(e.back.kick()).toBe(false);
    expect(() => new BlkBack(e.guest.grants, 300, e.mm, e.disk, { notify: () => {} })).toThrow(BackendError);
    expect(() => new BlkBack(e.guest.grants, RING_REF, e.mm, new Uint8Array(100), { notify: () => {} })).toThrow(/whole number of sectors/);
  });
});
