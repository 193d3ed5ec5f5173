/**
 * The image library on a real directory (fsStore): chunked round trips,
 * saves that fail at every possible write leaving the previous version
 * whole and listed, damaged and missing chunks caught by their checksums,
 * manifests from a newer format refused without change, garbage from
 * interrupted saves swept, and bad names refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageLibrary, StoreError } from '../../../hypervisor/image/library.js';
import type { BlobStore } from '../../../hypervisor/image/store.js';
import { fsStore } from '../../../hypervisor/image/store-fs.js';
import { prng } from '../../helpers/prng.js';

/** `n` pseudo-random bytes from `seed`. */
function bytesOf(n: number, seed: number): Uint8Array {
  const next = prng(seed);
  return Uint8Array.from({ length: n }, () => next() & 0xff);
}

/** `store`, but set() throws a QuotaExceededError-like error on call number `failAt` (1-based) and after. */
function failingStore(store: BlobStore, failAt: number): BlobStore & { sets: number } {
  const s = {
    sets: 0,
    get: (k: string) => store.get(k),
    del: (k: string) => store.del(k),
    keys: () => store.keys(),
    estimate: () => store.estimate(),
    async set(k: string, v: Uint8Array) {
      if (++s.sets >= failAt) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return store.set(k, v);
    },
  };
  return s;
}

/** The StoreError `p` rejects with. */
async function storeError(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(StoreError);
  return e as StoreError;
}

let dir: string;
let store: BlobStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'exovisor-lib-'));
  store = fsStore(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ImageLibrary', () => {
  it('stores a multi-chunk image and reads the same bytes back, with its entry listed', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 1000 });
    const data = bytesOf(4500, 1);
    const entry = await lib.put('disk.img', 'disk', data, { sectors: 9, note: 'x', ro: false });
    expect(entry).toMatchObject({ name: 'disk.img', kind: 'disk', size: 4500, builtin: false, meta: { sectors: 9, note: 'x', ro: false } });
    expect((await store.keys()).filter((k) => k.startsWith('chunk/'))).toHaveLength(5);
    const back = await lib.get('disk.img');
    expect(back.bytes).toEqual(data);
    expect(back.entry).toEqual(entry);
    expect(await lib.list()).toEqual([entry]);
    // A fresh library on the same directory sees the same.
    expect((await new ImageLibrary(fsStore(dir)).get('disk.img')).bytes).toEqual(data);
  });

  it('stores an empty image and a built-in entry', async () => {
    const lib = new ImageLibrary(store);
    await lib.put('empty', 'object', new Uint8Array(0), {}, { builtin: true });
    const { entry, bytes } = await lib.get('empty');
    expect(bytes.length).toBe(0);
    expect(entry.builtin).toBe(true);
  });

  it('keeps the previous version whole and listed when an overwrite fails at any write', async () => {
    const v1 = bytesOf(3000, 2), v2 = bytesOf(3500, 3);
    await new ImageLibrary(store, { chunkBytes: 1000 }).put('kern', 'kernel', v1, { v: 1 });
    const writes = 4 + 1; // four chunks of v2, then its manifest
    for (let k = 1; k <= writes; k++) {
      const failing = failingStore(store, k);
      const err = await storeError(new ImageLibrary(failing, { chunkBytes: 1000 }).put('kern', 'kernel', v2, { v: 2 }));
      expect(err.kind).toBe('quota');
      expect(err.message).toMatch(/^not enough storage: .* used of .*; free space or delete images$/);
      expect(err.usage).toBeGreaterThan(0);
      const lib = new ImageLibrary(store, { chunkBytes: 1000 });
      expect((await lib.list()).map((e) => [e.name, e.size, e.meta['v']])).toEqual([['kern', 3000, 1]]);
      expect((await lib.get('kern')).bytes).toEqual(v1);
    }
    // Nothing of the failed saves is left behind, and the overwrite then succeeds.
    expect((await store.keys()).filter((k) => k.startsWith('chunk/'))).toHaveLength(3);
    const lib = new ImageLibrary(store, { chunkBytes: 1000 });
    await lib.put('kern', 'kernel', v2, { v: 2 });
    expect((await lib.get('kern')).bytes).toEqual(v2);
    expect((await store.keys()).sort()).toEqual(['chunk/kern/2/0', 'chunk/kern/2/1', 'chunk/kern/2/2', 'chunk/kern/2/3', 'manifest/kern']);
  });

  it('maps a browser-style QuotaExceededError to StoreError quota as well', async () => {
    const quota = failingStore(store, 1);
    quota.set = async () => { throw new DOMException('quota', 'QuotaExceededError'); };
    const err = await storeError(new ImageLibrary(quota).put('a', 'disk', new Uint8Array(10)));
    expect(err.kind).toBe('quota');
  });

  it('reports a damaged chunk as corrupt', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 100 });
    await lib.put('x', 'disk', bytesOf(250, 4));
    const chunk = (await store.get('chunk/x/1/1'))!;
    chunk[7]! ^= 1;
    await store.set('chunk/x/1/1', chunk);
    const err = await storeError(lib.get('x'));
    expect(err.kind).toBe('corrupt');
    expect(err.message).toBe("image 'x' is damaged: chunk 2 of 3 fails its checksum; delete it and store it again");
  });

  it('reports a missing or truncated chunk as corrupt, and an unknown name as missing', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 100 });
    await lib.put('x', 'disk', bytesOf(250, 5));
    await store.set('chunk/x/1/2', new Uint8Array(10));
    expect((await storeError(lib.get('x'))).message).toMatch(/chunk 3 of 3 has 10 bytes, not 50/);
    await store.del('chunk/x/1/0');
    expect((await storeError(lib.get('x'))).message).toMatch(/chunk 1 of 3 is missing/);
    const missing = await storeError(lib.get('nothing'));
    expect(missing.kind).toBe('missing');
    expect((await storeError(lib.remove('nothing'))).kind).toBe('missing');
  });

  it('refuses a manifest that is not JSON or does not add up', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 100 });
    await lib.put('x', 'disk', bytesOf(250, 6));
    const m = JSON.parse(new TextDecoder().decode((await store.get('manifest/x'))!)) as { size: number };
    await store.set('manifest/x', new TextEncoder().encode(JSON.stringify({ ...m, size: 251 })));
    expect((await storeError(lib.get('x'))).message).toMatch(/damaged \(its chunks do not add up to its size\)/);
    await store.set('manifest/x', new TextEncoder().encode('{nope'));
    expect((await storeError(lib.get('x'))).kind).toBe('corrupt');
    // A damaged entry is left out of the list, its chunks are kept, and a new put replaces it.
    expect(await lib.list()).toEqual([]);
    expect((await store.keys()).filter((k) => k.startsWith('chunk/x/'))).toHaveLength(3);
    await lib.put('x', 'disk', bytesOf(50, 7));
    expect((await lib.get('x')).bytes).toEqual(bytesOf(50, 7));
    expect((await store.keys()).filter((k) => k.startsWith('chunk/x/'))).toHaveLength(1);
  });

  it('refuses an entry from a newer format with StoreError version and changes nothing', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 100 });
    await lib.put('snap', 'snapshot', bytesOf(150, 8));
    const m = JSON.parse(new TextDecoder().decode((await store.get('manifest/snap'))!)) as Record<string, unknown>;
    await store.set('manifest/snap', new TextEncoder().encode(JSON.stringify({ ...m, format: 99, generation: 7 })));
    const before = (await store.keys()).sort();
    const err = await storeError(lib.get('snap'));
    expect(err.kind).toBe('version');
    expect(err.message).toBe("image 'snap' was stored by a newer Exovisor (format 99; this one reads up to 1); update Exovisor to use it");
    expect((await storeError(lib.put('snap', 'snapshot', new Uint8Array(5)))).kind).toBe('version');
    expect(await lib.list()).toEqual([]);
    expect((await store.keys()).sort()).toEqual(before);
  });

  it('sweeps chunks that no manifest points at on list and put', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 100 });
    await lib.put('keep', 'disk', bytesOf(150, 9));
    await store.set('chunk/keep/9/0', new Uint8Array(3));
    await store.set('chunk/gone/1/0', new Uint8Array(3));
    await store.set('chunk/gone/1/1', new Uint8Array(3));
    await lib.list();
    expect((await store.keys()).sort()).toEqual(['chunk/keep/1/0', 'chunk/keep/1/1', 'manifest/keep']);
    await store.set('chunk/other/3/0', new Uint8Array(3));
    await lib.put('other', 'disk', bytesOf(10, 10));
    expect((await store.keys()).filter((k) => k.startsWith('chunk/other/'))).toEqual(['chunk/other/4/0']);
    expect((await lib.get('keep')).bytes).toEqual(bytesOf(150, 9));
  });

  it('removes an entry with all its chunks', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 100 });
    await lib.put('a', 'disk', bytesOf(300, 11));
    await lib.put('b', 'object', bytesOf(30, 12));
    await lib.remove('a');
    expect((await lib.list()).map((e) => e.name)).toEqual(['b']);
    expect((await store.keys()).filter((k) => k.includes('/a/') || k.endsWith('/a'))).toEqual([]);
  });

  it('runs concurrent operations one at a time', async () => {
    const lib = new ImageLibrary(store, { chunkBytes: 64 });
    const puts = Array.from({ length: 6 }, (_, i) => lib.put('same', 'disk', bytesOf(300 + i, 20 + i)));
    await Promise.all([...puts, lib.list()]);
    expect((await lib.get('same')).bytes).toEqual(bytesOf(305, 25));
    expect((await store.keys()).filter((k) => k.startsWith('chunk/'))).toHaveLength(5);
  });

  it('keeps two libraries on one directory from sweeping each other\'s saves in progress', async () => {
    const a = new ImageLibrary(fsStore(dir), { chunkBytes: 64 });
    const b = new ImageLibrary(fsStore(dir), { chunkBytes: 64 });
    for (let i = 0; i < 5; i++) {
      await Promise.all([a.put('big', 'disk', bytesOf(2000, 30 + i)), b.list(), b.put('small', 'disk', bytesOf(100, i)), b.list()]);
      expect((await b.get('big')).bytes).toEqual(bytesOf(2000, 30 + i));
    }
  });

  it('takes over the lock of a process that died holding it', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, '.lock'), String(dead));
    const lib = new ImageLibrary(store);
    await lib.put('a', 'disk', Uint8Array.of(1));
    expect((await lib.get('a')).bytes).toEqual(Uint8Array.of(1));
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it.each([
    ['empty', ''], ['slash', 'a/b'], ['leading dot', '.hidden'], ['space', 'my disk'], ['too long', 'x'.repeat(65)], ['NUL', 'a\0b'],
  ])('refuses a bad name (%s)', async (_, name) => {
    const lib = new ImageLibrary(store);
    for (const call of [lib.put(name, 'disk', new Uint8Array(1)), lib.get(name), lib.remove(name)]) {
      const err = await storeError(call);
      expect(err.kind).toBe('invalid');
      expect(err.message).toMatch(/bad image name .*: use 1 to 64 letters, digits/);
    }
    expect(await store.keys()).toEqual([]);
  });

  it('refuses a bad kind, bad metadata and non-byte contents', async () => {
    const lib = new ImageLibrary(store);
    const bad = async (p: Promise<unknown>): Promise<string> => {
      const e = await storeError(p);
      expect(e.kind).toBe('invalid');
      return e.message;
    };
    expect(await bad(lib.put('a', 'elf' as 'disk', new Uint8Array(1)))).toMatch(/bad image kind 'elf'/);
    expect(await bad(lib.put('a', 'disk', new Uint8Array(1), { n: Number.NaN }))).toMatch(/finite number/);
    expect(await bad(lib.put('a', 'disk', new Uint8Array(1), { 'a b': 1 }))).toMatch(/metadata key/);
    expect(await bad(lib.put('a', 'disk', [1, 2] as unknown as Uint8Array))).toMatch(/must be bytes/);
    expect(() => new ImageLibrary(store, { chunkBytes: 0 })).toThrow(/chunk size/);
    expect(await store.keys()).toEqual([]);
  });
});
