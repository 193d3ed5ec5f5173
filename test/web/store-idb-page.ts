/**
 * The in-page half of store-idb.test.ts: loaded by Vite's dev server into a
 * real Chromium page, it drives the image library on real IndexedDB and
 * returns plain data for the test to check.
 */
import { ImageLibrary, StoreError } from '../../hypervisor/image/library.js';
import type { BlobStore } from '../../hypervisor/image/store.js';
import { idbStore, requestPersistence } from '../../hypervisor/image/store-idb.js';

/** Chunk size the page uses, so a few KiB make several chunks. */
const CHUNK = 1000;

/** `n` bytes that depend on `seed` and each position. */
export function pattern(n: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + (i >> 8)) & 0xff);
}

/** True when `a` and `b` hold the same bytes. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** `store`, but set() throws IndexedDB's QuotaExceededError from call number `failAt` (1-based) on. */
function quotaAfter(store: BlobStore, failAt: number): BlobStore {
  let sets = 0;
  return {
    get: (k) => store.get(k), del: (k) => store.del(k), keys: () => store.keys(), estimate: () => store.estimate(),
    async set(k, v) {
      if (++sets >= failAt) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return store.set(k, v);
    },
  };
}

/** Round trip: put two images, read one back, list, remove, and report what was seen. */
export async function roundTrip(db: string): Promise<{ same: boolean; listed: string[]; afterRemove: string[]; chunkKeys: number; missingKind: string }> {
  const store = idbStore(db);
  const lib = new ImageLibrary(store, { chunkBytes: CHUNK });
  await lib.put('kernel-a', 'kernel', pattern(4321, 1), { note: 'first' });
  await lib.put('junk', 'disk', pattern(10, 2));
  const back = await lib.get('kernel-a');
  const listed = (await lib.list()).map((e) => `${e.name}:${e.kind}:${e.size}:${String(e.meta['note'] ?? '')}`);
  await lib.remove('junk');
  const missing = await lib.get('junk').catch((e: unknown) => e);
  return {
    same: same(back.bytes, pattern(4321, 1)),
    listed,
    afterRemove: (await lib.list()).map((e) => e.name),
    chunkKeys: (await store.keys()).filter((k) => k.startsWith('chunk/')).length,
    missingKind: missing instanceof StoreError ? missing.kind : String(missing),
  };
}

/** Tries to overwrite 'kernel-a' with the failure injected at every write; after each, whether the old version is whole and listed. */
export async function failingOverwrites(db: string): Promise<Array<{ kind: string; message: string; usage: number | null; intact: boolean; listed: boolean }>> {
  const store = idbStore(db);
  const writes = Math.ceil(9000 / CHUNK) + 1;
  const out = [];
  for (let k = 1; k <= writes; k++) {
    const err = await new ImageLibrary(quotaAfter(store, k), { chunkBytes: CHUNK }).put('kernel-a', 'kernel', pattern(9000, 3)).then(() => null, (e: unknown) => e);
    const lib = new ImageLibrary(store, { chunkBytes: CHUNK });
    const entry = (await lib.list()).find((e) => e.name === 'kernel-a');
    const e = err as StoreError | null;
    out.push({
      kind: e?.kind ?? 'none', message: e?.message ?? '', usage: e?.usage ?? null,
      intact: same((await lib.get('kernel-a')).bytes, pattern(4321, 1)), listed: entry?.size === 4321,
    });
  }
  return out;
}

/** What a fresh page finds: whether 'kernel-a' still holds its first version, the entries, the space estimate and the persistence answer. */
export async function readBack(db: string): Promise<{ same: boolean; names: string[]; estimate: { usage: number; quota: number } | null; persisted: boolean }> {
  const store = idbStore(db);
  const lib = new ImageLibrary(store, { chunkBytes: CHUNK });
  const { bytes } = await lib.get('kernel-a');
  return { same: same(bytes, pattern(4321, 1)), names: (await lib.list()).map((e) => e.name), estimate: await store.estimate(), persisted: await requestPersistence() };
}
