/**
 * Hostile block front-ends against the block back-end, with a bystander
 * domain's disk on the same machine: req_prod run past the ring or moved
 * backwards (also while the back-end spins on the ring), a front-end that
 * republishes on every notification, a request rewritten while the
 * back-end works on it, malformed segments, ranges and grants, a front-end
 * that never reads its responses, and ring or data pages pinned as page
 * tables. Each is refused or bounded and counted, the offender is marked,
 * and the bystander is served as before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BLKIF_MAX_SEGMENTS } from '../../hypervisor/abi/ring.js';
import { BackendError } from '../../hypervisor/pv/backend.js';
import { BlkBack, SECTOR_SIZE } from '../../hypervisor/pv/blkback.js';
import { recordCounts } from '../fuzz/harness.js';
import { regression } from './found-faults.js';
import { until } from '../hypervisor/pv/frontend.js';
import { mmuOf } from './ring-pin.js';
import { BLK, DATA_REF, DISK_SECTORS, image, REQ, request, roundTrip, statuses, twoDisks, type Disk } from './ring-blk.js';

let cases = 0;
afterAll(() => recordCounts('hostile-rings-blk', { hostileCases: cases }));

/** The bystander still reads its own sectors correctly. */
function bystanderServed(good: Disk): void {
  expect(roundTrip(good, BLK.read, 77, 3, [{ gref: DATA_REF, first: 0, last: 3 }])).toEqual([[77, BLK.okay]]);
  expect(good.guest.page(good.pages[0]!).subarray(0, 4 * SECTOR_SIZE)).toEqual(good.disk.subarray(3 * SECTOR_SIZE, 7 * SECTOR_SIZE));
  expect(good.back.broken).toBeNull();
}

describe('hostile block rings', () => {
  it('marks broken a front-end whose req_prod runs past the ring or backwards, and serves it no more', () => {
    for (const [name, prod] of [['past', (n: number) => n + BLK.ringSize + 1], ['far past', (n: number) => n + 0x7fff_0000], ['backwards', (n: number) => n - 1]] as const) {
      const { bad, good } = twoDisks();
      expect(roundTrip(bad, BLK.read, 1, 0, [{ gref: DATA_REF, first: 0, last: 0 }])).toEqual([[1, BLK.okay]]);
      const before = image(bad), rspProd = bad.ring.get('rsp_prod');
      bad.ring.set('req_prod', prod(bad.ring.get('req_prod')));
      expect(bad.back.kick(), name).toBe(false);
      expect(bad.back.broken, name).toMatch(/req_prod/);
      expect(bad.back.counters, name).toMatchObject({ requests: 1, ring_errors: 1 });
      bad.ring.set('req_prod', 2); // even a sane index again: a broken ring is not read
      bad.back.kick();
      expect(bad.back.counters.requests, name).toBe(1);
      expect(bad.ring.get('rsp_prod'), name).toBe(rspProd);
      expect(image(bad).equals(before), name).toBe(true);
      bystanderServed(good);
      cases++;
    }
  });

  it('marks broken a front-end that corrupts req_prod while the back-end spins on its ring (no notification)', async () => {
    const { bad, good } = twoDisks(true);
    bad.ring.push((v) => request(v, BLK.read, 1, 0, [{ gref: DATA_REF, first: 0, last: 0 }]));
    bad.ring.publish();
    bad.back.kick(); // served; the back-end now watches the ring from a later task
    bad.ring.set('req_prod', bad.ring.get('req_prod') + 0x1000);
    await until(() => bad.back.broken !== null);
    expect(bad.back.broken).toMatch(/req_prod/);
    expect(bad.back.counters).toMatchObject({ requests: 1, ring_errors: 1 });
    bystanderServed(good);
    cases++;
  });

  it('bounds one kick against a front-end that republishes a full ring on every notification', () => {
    const { bad, good } = twoDisks();
    let published = 0;
    const fill = (): void => {
      statuses(bad); // reads its responses: every slot is free again
      for (let i = 0; i < BLK.ringSize; i++) bad.ring.push((v) => request(v, BLK.read, published++, 0, [{ gref: DATA_REF, first: 0, last: 0 }]));
      bad.ring.publish();
      bad.ring.rearm();
    };
    fill();
    bad.onNotify.fn = fill;
    expect(bad.back.kick()).toBe(true); // it stopped at its bound with requests left
    expect(bad.back.counters.requests).toBeLessThanOrEqual(4 * BLK.ringSize);
    expect(bad.back.counters.requests).toBeGreaterThanOrEqual(BLK.ringSize);
    expect(bad.notes()).toBeGreaterThan(0);
    expect(bad.back.broken).toBeNull(); // busy is not hostile: it is served again at the next kick
    bystanderServed(good);
    cases++;
  });

  it('acts on its copy of a request the front-end rewrites while the back-end reads the segments', () => {
    const { bad, good } = twoDisks();
    const segs = [{ gref: DATA_REF, first: 0, last: 7 }, { gref: DATA_REF + 1, first: 0, last: 7 }];
    const slot = bad.ring.slot(bad.ring.next);
    bad.guest.grants.hook = () => { // between the back-end's copy and its use of the request
      slot.setUint8(REQ.nr, 255);
      slot.setUint32(REQ.sector, DISK_SECTORS - 1, true);
      slot.setUint8(REQ.last, 200);
    };
    const diskBefore = Buffer.from(bad.disk);
    expect(roundTrip(bad, BLK.read, 9, 4, segs)).toEqual([[9, BLK.okay]]);
    expect(bad.guest.page(bad.pages[0]!)).toEqual(bad.disk.subarray(4 * SECTOR_SIZE, 12 * SECTOR_SIZE));
    expect(bad.guest.page(bad.pages[1]!)).toEqual(bad.disk.subarray(12 * SECTOR_SIZE, 20 * SECTOR_SIZE));
    expect(bad.back.counters).toMatchObject({ segments: 2, sectors_read: 16, bad_requests: 0 });
    expect(Buffer.from(bad.disk).equals(diskBefore)).toBe(true);
    bystanderServed(good);
    cases++;
  });

  it('answers malformed segments, ranges and grants BLKIF_RSP_ERROR, moving nothing, and counts each', () => {
    const { bad, good } = twoDisks();
    bad.guest.grant(DATA_REF + 20, bad.guest.frame(), { readonly: true });
    bad.guest.grant(DATA_REF + 21, bad.guest.frame(), { grantee: 9 });
    const page = (first: number, last: number, gref = DATA_REF) => [{ gref, first, last }];
    const all = Array.from({ length: BLKIF_MAX_SEGMENTS + 1 }, (_, i) => ({ gref: DATA_REF + (i % BLKIF_MAX_SEGMENTS), first: 0, last: 0 }));
    const cases_: Array<[string, number, number, Array<{ gref: number; first: number; last: number }>, number?]> = [
      ['last sector past the page', BLK.read, 0, page(0, 8)], ['first after last', BLK.write, 0, page(5, 4)],
      ['chain past the page', BLK.write, 0, page(7, 255)], ['past the disk end', BLK.read, DISK_SECTORS, page(0, 0)],
      ['straddling the disk end', BLK.write, DISK_SECTORS - 2, page(0, 3)], ['sector near 2^32', BLK.read, 0xffff_fffe, page(0, 7)],
      ['more segments than the maximum', BLK.read, 0, all], ['no segments', BLK.write, 0, [], 0],
      ['nr_segments 255', BLK.read, 0, page(0, 0), 255], ['grant never made', BLK.read, 0, page(0, 0, 200)],
      ['read into a read-only grant', BLK.read, 0, page(0, 0, DATA_REF + 20)], ['grant for another domain', BLK.write, 0, page(0, 0, DATA_REF + 21)],
      ['ref past the table', BLK.read, 0, page(0, 0, 0xffff_ffff)],
    ];
    const before = image(bad);
    cases_.forEach(([name, op, sector, segs, nr], id) => expect(roundTrip(bad, op, id, sector, segs, nr), name).toEqual([[id, BLK.error]]));
    expect(image(bad).equals(before)).toBe(true);
    expect(bad.back.counters).toMatchObject({ bad_requests: cases_.length, errors: cases_.length, sectors_read: 0, sectors_written: 0, ring_errors: 0 });
    bystanderServed(good);
    cases += cases_.length;
  });

  it('never writes a response slot the front-end has not handed back, and resumes once it reads its responses', () => {
    const { bad, good } = twoDisks();
    for (let i = 0; i < BLK.ringSize; i++) bad.ring.push((v) => request(v, BLK.read, i, i, [{ gref: DATA_REF, first: 0, last: 0 }]));
    bad.ring.publish();
    bad.back.kick(); // a full ring answered; the front-end never reads a response
    expect(bad.ring.get('rsp_prod')).toBe(BLK.ringSize);
    const page = Buffer.from(bad.ring.page);
    for (let i = 0; i < 5; i++) bad.back.kick();
    expect(Buffer.from(bad.ring.page).equals(page)).toBe(true); // nothing produced over unread responses
    expect(bad.back.counters.requests).toBe(BLK.ringSize);
    bad.ring.set('req_prod', 2 * BLK.ringSize + 1); // more requests than slots it freed: refused whole
    bad.back.kick();
    expect(bad.back.broken).toMatch(/req_prod/);
    expect(bad.ring.get('rsp_prod')).toBe(BLK.ringSize);
    cases++;

    const slow = twoDisks().good; // a slow but honest front-end: served again once it reads
    for (let i = 0; i < BLK.ringSize; i++) slow.ring.push((v) => request(v, BLK.read, i, 0, [{ gref: DATA_REF, first: 0, last: 0 }]));
    slow.ring.publish();
    slow.back.kick();
    expect(statuses(slow)).toHaveLength(BLK.ringSize);
    expect(roundTrip(slow, BLK.read, 500, 1, [{ gref: DATA_REF, first: 0, last: 0 }])).toEqual([[500, BLK.okay]]);
    bystanderServed(good);
    cases++;
  });

  it('regression: never writes a page the front-end pinned as a page table, and holds its ring and read pages against a pin', () => {
    regression('hostile-rings-blk', 'block-read-into-page-table', 'ring-page-as-page-table');
    const { mm, bad, good } = twoDisks();
    const ringFrame = bad.back.ring.indices().offset / 4096, table = bad.pages[2]!;
    const mmu = mmuOf(mm, 5, [ringFrame, ...bad.pages]);
    expect(mmu.pin(ringFrame, 1)).toBeLessThan(0); // the back-end writes responses there: it can never become a table
    expect(mmu.pin(table, 1)).toBe(0);
    const before = Buffer.from(bad.guest.page(table));
    bad.disk.fill(0xff, 0, 8 * SECTOR_SIZE); // what a hostile front-end would have written as forged entries
    expect(roundTrip(bad, BLK.read, 1, 0, [{ gref: DATA_REF, first: 0, last: 7 }, { gref: DATA_REF + 2, first: 0, last: 7 }])).toEqual([[1, BLK.error]]);
    expect(Buffer.from(bad.guest.page(table)).equals(before)).toBe(true);
    expect(bad.guest.page(bad.pages[0]!).every((b) => b === 0)).toBe(true); // refused whole: the first segment did not move either
    expect(bad.back.counters).toMatchObject({ bad_requests: 1, sectors_read: 0 });
    expect(roundTrip(bad, BLK.write, 2, 8, [{ gref: DATA_REF + 2, first: 0, last: 0 }])).toEqual([[2, BLK.okay]]); // reading a table is fine
    expect(mmu.unpin(table, false)).toBe(0);
    expect(mmu.pin(bad.pages[0]!, 1)).toBe(0); // no reference left behind by the requests
    expect(() => new BlkBack(bad.guest.grants, DATA_REF, mm, new Uint8Array(SECTOR_SIZE), { notify: () => undefined })).toThrow(BackendError);
    bad.back.close();
    bad.ring.page.fill(0); // a front-end reusing its old ring page as a table clears it first
    expect(mmu.pin(ringFrame, 1)).toBe(0); // unmapped: the reference went with it
    bystanderServed(good);
    cases += 3;
  });
});
