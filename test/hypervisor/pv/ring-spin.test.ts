/**
 * Spin-before-sleep of the ring back-ends. After a kick the block back-end
 * watches its ring: requests published meanwhile are served without a
 * notification, responses go out one publish per batch with notifications
 * sent or suppressed as rsp_event asks, and an empty window sends it back
 * to sleeping (req_event set: the next request is notified again); a ring
 * that stays idle stops it spinning at all. And while one back-end spins on
 * a ring that never runs dry, the event loop still turns, so another
 * domain's back-end is served throughout; a front-end worker is served in
 * full and notifies only a sleeping back-end.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { BLKIF_REQUEST, BLKIF_RESPONSE, RING_HEADER, RING_PAGE, RING_SLOTS_OFFSET, ringSlots } from '../../../hypervisor/abi/ring.js';
import { BackRing } from '../../../hypervisor/core/ring.js';
import { abiNumber } from '../../../hypervisor/pv/backend.js';
import { BlkBack } from '../../../hypervisor/pv/blkback.js';
import { RingSpin } from '../../../hypervisor/pv/ring-spin.js';
import { counter, FrontRing, Guest, machine, until } from './frontend.js';

const R = layout(BLKIF_REQUEST).offsets, P = layout(BLKIF_RESPONSE).offsets, H = layout(RING_HEADER).offsets;
const OP_FLUSH = abiNumber('BLKIF_OP_FLUSH_DISKCACHE'), OKAY = abiNumber('BLKIF_RSP_OKAY');
const RING_SIZE = abiNumber('BLKIF_RING_SIZE'), SLOT = abiNumber('BLKIF_SLOT_BYTES');
const RING_REF = 1, FE = 5;

/** A block back-end that spins (window ceiling `maxUs`), its front-end ring and the count of notifications it raised. */
function setup(maxUs?: number): { ring: FrontRing; back: BlkBack; notes: () => number } {
  const mm = machine(), guest = new Guest(mm, FE), n = counter();
  const ring = new FrontRing(guest.page(guest.granted(RING_REF)), SLOT, RING_SIZE);
  const back = new BlkBack(guest.grants, RING_REF, mm, new Uint8Array(8 * 512), { notify: n.fn, spin: { enabled: true, ...(maxUs ? { maxUs } : {}) } });
  return { ring, back, notes: n.count };
}

/** Pushes flush requests with these ids; publishes; true when the back-end asked to be notified. */
function flushes(ring: FrontRing, ...ids: number[]): boolean {
  for (const id of ids) ring.push((v) => { v.setUint8(R['operation']!, OP_FLUSH); v.setUint32(R['id']!, id, true); });
  return ring.publish();
}

/** [id, status] of each response published since the last look. */
const answered = (ring: FrontRing): Array<[number, number]> => ring.responses().map((r) => [r.getUint32(P['id']!, true), r.getInt16(P['status']!, true)]);

describe('a spinning block back-end', () => {
  it('serves requests published after a kick without a notification, then sleeps and asks for one again', async () => {
    const { ring, back } = setup();
    expect(flushes(ring, 1)).toBe(true);
    back.kick();
    expect(answered(ring)).toEqual([[1, OKAY]]);
    expect(flushes(ring, 2, 3)).toBe(false); // the back-end watches: no notification asked for
    await until(() => back.counters.sleeps === 1);
    expect(answered(ring)).toEqual([[2, OKAY], [3, OKAY]]);
    expect(back.counters).toMatchObject({ requests: 3, flushes: 3, sleeps: 1 });
    expect(back.counters.spin_hits).toBeGreaterThanOrEqual(1);
    expect(back.counters.spin_misses).toBe(1); // the window that closed empty
    expect(ring.get('req_event')).toBe(4); // asleep: wake me at the next request
    expect(flushes(ring, 4)).toBe(true);
  });

  it('publishes each batch once and notifies only as rsp_event asks', async () => {
    const { ring, back, notes } = setup();
    flushes(ring, 1, 2, 3);
    back.kick(); // one publish of three responses; rsp_event 1 lies within: notified
    expect(back.counters).toMatchObject({ notify_sent: 1, notify_suppressed: 0 });
    flushes(ring, 4, 5); // served by the watcher; the front-end has not re-armed: suppressed
    await until(() => back.counters.requests === 5);
    expect(back.counters).toMatchObject({ notify_sent: 1, notify_suppressed: 1 });
    expect(answered(ring).map(([id]) => id)).toEqual([1, 2, 3, 4, 5]);
    await until(() => back.counters.sleeps === 1);
    ring.rearm();
    expect(flushes(ring, 6)).toBe(true);
    back.kick();
    expect(back.counters).toMatchObject({ requests: 6, notify_sent: 2, notify_suppressed: 1 });
    expect(notes()).toBe(2);
    await until(() => back.counters.sleeps === 2);
  });

  it('stops spinning once the ring stays idle: each kick then sleeps at once', async () => {
    const { ring, back } = setup(8);
    let id = 0, atOnce = false;
    // Each round: one request (notified: the back-end sleeps), then nothing within the window. The hit rate falls and the window closes.
    for (let round = 0; round < 200 && !atOnce; round++) {
      const sleeps = back.counters.sleeps;
      expect(flushes(ring, ++id)).toBe(true);
      back.kick();
      atOnce = back.counters.sleeps > sleeps; // the kick made the final check itself: no watcher
      await until(() => back.counters.sleeps > sleeps);
    }
    expect(atOnce).toBe(true);
    const c = back.counters;
    expect(c.spin_hits).toBe(0);
    expect(c.spin_misses).toBeGreaterThan(10);
    expect(c.sleeps).toBe(id);
    expect(c.requests).toBe(id);
    for (let i = 0; i < 5; i++) {
      expect(flushes(ring, ++id)).toBe(true);
      back.kick();
      expect(back.counters.sleeps).toBe(id);
      expect(ring.get('req_event')).toBe(id + 1);
    }
  });
});

/** The front-end worker: publishes 4-byte ids into 64-byte slots as fast as the ring has room for `ms`, notifying as req_event asks. */
const FRONT = `
const { workerData: w, parentPort } = require('node:worker_threads');
const idx = new Int32Array(w.page), bytes = new Uint8Array(w.page), bell = new Int32Array(w.bell);
let prod = 0, notifies = 0;
const end = Date.now() + w.ms;
while (Date.now() < end) {
  if (prod - (Atomics.load(idx, w.rspProd) >>> 0) >= w.size) continue;
  const at = w.slots + (prod & (w.size - 1)) * w.slot;
  bytes[at] = prod; bytes[at + 1] = prod >>> 8; bytes[at + 2] = prod >>> 16; bytes[at + 3] = prod >>> 24;
  const old = prod++;
  Atomics.store(idx, w.reqProd, prod);
  if (((prod - (Atomics.load(idx, w.reqEvent) >>> 0)) >>> 0) < ((prod - old) >>> 0)) { notifies++; Atomics.add(bell, 0, 1); Atomics.notify(bell, 0); }
}
parentPort.postMessage({ prod, notifies });
`;
const SLOT64 = 64, SLOTS64 = ringSlots(SLOT64);

/** A fresh shared ring page of 64-byte slots, with its front-end (SHARED_RING_INIT done). */
function ringPage(): { page: Uint8Array; front: FrontRing } {
  const page = new Uint8Array(new SharedArrayBuffer(RING_PAGE));
  return { page, front: new FrontRing(page, SLOT64, SLOTS64) };
}

/**
 * A back-end of an echo ring (each response the request's id, checked to
 * come in order) that spins, in this thread; `afterPass` runs after each
 * pass (a front-end that answers at once).
 */
function echoBack(page: Uint8Array, afterPass: () => void = () => {}): { ring: BackRing; spin: RingSpin; kick: () => void } {
  const ring = new BackRing(page, SLOT64, SLOTS64);
  const req = new Uint8Array(SLOT64), rsp = new Uint8Array(4);
  let next = 0;
  const pass = (): boolean => {
    for (let n = ring.unconsumed(); n > 0; n--, next++) {
      ring.takeRequest(req);
      rsp.set(req.subarray(0, 4));
      if ((rsp[0]! | (rsp[1]! << 8) | (rsp[2]! << 16) | (rsp[3]! << 24)) >>> 0 !== next) throw new Error(`request ${next} out of order`);
      ring.putResponse(rsp);
    }
    ring.publish();
    afterPass();
    return true;
  };
  const spin = new RingSpin(ring, pass, (e) => { throw e; }, { enabled: true });
  // A kick as the back-ends make it: serve, then let the watcher take over, or sleep unless requests arrived meanwhile.
  const kick = (): void => {
    do pass(); while (!spin.watch() && spin.finalCheck());
  };
  return { ring, spin, kick };
}

/** Sends one request with id `id` through `front` and kicks `back`; the id it answered. */
function echo(front: FrontRing, back: { kick: () => void }, id: number): number[] {
  front.push((v) => v.setUint32(0, id, true));
  front.publish();
  back.kick();
  return front.responses().map((r) => r.getUint32(0, true));
}

describe('fairness while spinning', () => {
  it('serves another back-end every few milliseconds while one spins on a ring that never runs dry', async () => {
    // A's front-end answers each pass with a new request at once, for 300 ms: A's watcher hits every time and never sleeps.
    const a = ringPage(), end = performance.now() + 300;
    let sent = 0;
    const feed = (): void => {
      a.front.responses();
      if (performance.now() < end) a.front.push((v) => v.setUint32(0, sent++, true));
      a.front.publish();
    };
    const aBack = echoBack(a.page, feed);
    feed();
    aBack.kick();
    // B: a request from a timer every millisecond meanwhile, answered in the same turn.
    const b = ringPage(), bBack = echoBack(b.page);
    const seenByB: number[] = [];
    while (performance.now() < end) {
      await new Promise((r) => setTimeout(r, 1));
      expect(echo(b.front, bBack, seenByB.length)).toEqual([seenByB.length]);
      seenByB.push(aBack.spin.counters.spin_hits);
    }
    await until(() => aBack.spin.sleeps === 1);
    expect(aBack.spin.counters.spin_hits).toBeGreaterThan(1000);
    expect(aBack.ring.counters.responses).toBe(sent);
    // B had its turns while A kept hitting: the watcher yields to the event loop every few milliseconds.
    expect(seenByB.length).toBeGreaterThan(30);
    expect(seenByB.filter((hits, i) => i > 0 && hits > seenByB[i - 1]!).length).toBeGreaterThan(20);
  });

  it('serves a front-end worker in full, and sleeps once it goes idle', async () => {
    const a = ringPage(), back = echoBack(a.page), bell = new Int32Array(new SharedArrayBuffer(4));
    const w = {
      page: a.page.buffer, bell: bell.buffer, ms: 200, size: SLOTS64, slot: SLOT64, slots: RING_SLOTS_OFFSET,
      reqProd: H['req_prod']! >>> 2, reqEvent: H['req_event']! >>> 2, rspProd: H['rsp_prod']! >>> 2,
    };
    const worker = new Worker(FRONT, { eval: true, workerData: w });
    const done = new Promise<{ prod: number; notifies: number }>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    let closed = false;
    // A's event channel: a kick for each notification the front-end raises.
    void (async () => {
      for (let seen = 0; !closed;) {
        const r = Atomics.waitAsync(bell, 0, seen, 20);
        if (r.async) await r.value;
        if (Atomics.load(bell, 0) !== seen) { seen = Atomics.load(bell, 0); back.kick(); }
      }
    })();
    const { prod, notifies } = await done;
    await worker.terminate();
    await until(() => back.ring.counters.requests === prod && back.ring.indices().req_event === prod + 1).finally(() => { closed = true; });
    const c = back.spin.counters;
    expect(prod).toBeGreaterThan(100);
    expect(back.ring.counters.responses).toBe(prod);
    expect(c.sleeps).toBeGreaterThan(0);
    expect(notifies).toBeLessThanOrEqual(c.sleeps + 1); // a sleeping back-end only (and the first request: SHARED_RING_INIT)
  }, 20_000);
});
