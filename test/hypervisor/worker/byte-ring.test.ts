/**
 * The single-producer, single-consumer byte ring in shared memory: data
 * comes out in order across the wrap of the data area and of the 32-bit
 * counters, a full ring drops what does not fit and counts it, a reader
 * gets everything written, waitReadable wakes on data and on timeout, and
 * a producer in a real worker thread hands over every byte in order.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { ByteRing } from '../../../hypervisor/worker/byte-ring.js';
import { ROOT } from '../../helpers/cli.js';

const seq = (n: number, from = 0): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (from + i) & 0xff);

describe('ByteRing', () => {
  it('refuses a capacity that is not a power of two', () => {
    for (const cap of [0, 3, 100, 4095]) expect(() => new ByteRing(cap)).toThrow(RangeError);
    expect(() => new ByteRing(new SharedArrayBuffer(16))).toThrow(/power of two/);
    expect(() => new ByteRing(1024)).not.toThrow();
  });

  it('reads everything written, across several writes, and nothing twice', () => {
    const ring = new ByteRing(64);
    expect(ring.read()).toEqual(new Uint8Array(0));
    expect(ring.write(seq(10))).toBe(10);
    expect(ring.write(seq(5, 10))).toBe(5);
    expect(ring.read()).toEqual(seq(15));
    expect(ring.read()).toEqual(new Uint8Array(0));
    expect(ring.dropped).toBe(0);
  });

  it('wraps around the end of the data area', () => {
    const ring = new ByteRing(16);
    ring.write(seq(11));
    expect(ring.read()).toEqual(seq(11));
    expect(ring.write(seq(16, 100))).toBe(16); // bytes 11..15 then 0..10 of the data area
    expect(ring.read()).toEqual(seq(16, 100));
    for (let round = 0; round < 50; round++) {
      const n = (round * 7) % 17;
      expect(ring.write(seq(n, round))).toBe(n);
      expect(ring.read()).toEqual(seq(n, round));
    }
  });

  it('keeps working when the free-running counters pass 2^31 and wrap', () => {
    const ring = new ByteRing(16);
    const idx = new Int32Array(ring.sab, 0, 2); // head, tail
    idx[0] = idx[1] = 0x7fff_fff8;
    expect(ring.write(seq(16))).toBe(16);
    expect(idx[0]).toBeLessThan(0);
    expect(ring.write(seq(1))).toBe(0);
    expect(ring.read()).toEqual(seq(16));
    expect(ring.write(seq(9, 50))).toBe(9);
    expect(ring.read()).toEqual(seq(9, 50));
  });

  it('drops what does not fit in a full ring, counts it, and keeps what fit', () => {
    const ring = new ByteRing(16);
    expect(ring.write(seq(20))).toBe(16);
    expect(ring.dropped).toBe(4);
    expect(ring.write(seq(3))).toBe(0);
    expect(ring.dropped).toBe(7);
    expect(ring.read()).toEqual(seq(16));
    expect(ring.write(seq(4, 200))).toBe(4);
    expect(ring.read()).toEqual(seq(4, 200));
    expect(ring.dropped).toBe(7);
  });

  it('fills exactly the room left behind an unread tail', () => {
    const ring = new ByteRing(16);
    ring.write(seq(10));
    expect(ring.write(seq(10, 10))).toBe(6);
    expect(ring.read()).toEqual(seq(16));
  });

  it('two ends opened on the same buffer share the data', () => {
    const producer = new ByteRing(32);
    const consumer = new ByteRing(producer.sab);
    producer.write(seq(20));
    expect(consumer.read()).toEqual(seq(20));
    producer.write(seq(40));
    expect(consumer.dropped).toBe(8);
  });

  describe('waitReadable', () => {
    it('resolves at once when data is already there', async () => {
      const ring = new ByteRing(16);
      ring.write(seq(1));
      const t0 = performance.now();
      await ring.waitReadable(5000);
      expect(performance.now() - t0).toBeLessThan(1000);
    });

    it('resolves when data arrives', async () => {
      const ring = new ByteRing(16);
      setTimeout(() => ring.write(seq(3)), 50);
      const t0 = performance.now();
      await ring.waitReadable(5000);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(ring.read()).toEqual(seq(3));
    });

    it('resolves on timeout when nothing arrives', async () => {
      const ring = new ByteRing(16);
      const t0 = performance.now();
      await ring.waitReadable(120);
      const waited = performance.now() - t0;
      expect(waited).toBeGreaterThanOrEqual(100);
      expect(waited).toBeLessThan(2000);
      expect(ring.read()).toHaveLength(0);
    });

    it('waits again after everything has been read', async () => {
      const ring = new ByteRing(16);
      ring.write(seq(2));
      ring.read();
      const t0 = performance.now();
      await ring.waitReadable(100);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(80);
    });
  });
});

/** A producer thread: writes `total` pattern bytes in chunks of varying size, retrying what a full ring refused. */
const PRODUCER = `
import { parentPort, workerData } from 'node:worker_threads';
import { ByteRing } from ${JSON.stringify(pathToFileURL(`${ROOT}dist/hypervisor/worker/byte-ring.js`).href)};
const { sab, total } = workerData;
const ring = new ByteRing(sab);
const nap = new Int32Array(new SharedArrayBuffer(4));
let at = 0, chunk = 1, refusals = 0;
while (at < total) {
  const n = Math.min(chunk, total - at);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = ((at + i) * 7 + 3) & 0xff;
  const wrote = ring.write(bytes);
  at += wrote;
  if (wrote < n) { refusals++; Atomics.wait(nap, 0, 0, 1); }
  chunk = (chunk * 5 + 3) % 1000 + 1;
}
parentPort.postMessage({ refusals });
`;
const producerFile = join(tmpdir(), `exovisor-ring-producer-${process.pid}.mjs`);
writeFileSync(producerFile, PRODUCER);
afterAll(() => rmSync(producerFile, { force: true }));

describe('ByteRing across threads', () => {
  it('a consumer here sees every byte a worker produces, in order', async () => {
    const total = 1 << 20;
    const ring = new ByteRing(1 << 12); // far smaller than the data: the ring fills and wraps many times
    const worker = new Worker(producerFile, { workerData: { sab: ring.sab, total } });
    try {
      const done = new Promise<{ refusals: number }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      const got = new Uint8Array(total);
      let at = 0;
      const deadline = performance.now() + 15_000;
      while (at < total && performance.now() < deadline) {
        await ring.waitReadable(200);
        const bytes = ring.read();
        if (at + bytes.length > total) throw new Error(`read ${at + bytes.length} bytes, more than the ${total} written`);
        got.set(bytes, at);
        at += bytes.length;
      }
      expect(at).toBe(total);
      let firstBad = -1;
      for (let i = 0; i < total && firstBad < 0; i++) if (got[i] !== ((i * 7 + 3) & 0xff)) firstBad = i;
      expect(firstBad).toBe(-1);
      const { refusals } = await done;
      // Every refusal was a full ring, counted as dropped before the producer retried.
      expect(ring.dropped > 0).toBe(refusals > 0);
    } finally {
      await worker.terminate();
    }
  }, 20_000);
});
