/**
 * A BlobStore on IndexedDB (browser, page or worker), through idb-keyval:
 * one object store, each key holding one Uint8Array. IndexedDB's
 * QuotaExceededError becomes StoreError 'quota' with the space the origin
 * uses and may use (navigator.storage.estimate()).
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { toStoreError, type BlobStore } from './store.js';

/** The database the dashboard's image library uses unless told otherwise. */
export const DEFAULT_DB_NAME = 'exovisor-images';
/** The object store inside it. */
const STORE_NAME = 'blobs';

/** The parts of navigator.storage this file uses (persist() is Window-only, so typed loosely). */
interface StorageApi {
  estimate?(): Promise<{ usage?: number; quota?: number }>;
  persist?(): Promise<boolean>;
}

/** navigator.storage, when the platform has it. */
function storageApi(): StorageApi | undefined {
  return (globalThis as { navigator?: { storage?: StorageApi } }).navigator?.storage;
}

/** Turns what IndexedDB returned into bytes (values are stored as Uint8Array; older ones may be buffers). */
function asBytes(v: unknown): Uint8Array | undefined {
  if (v === undefined) return undefined;
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  return undefined;
}

/** A BlobStore in the IndexedDB database `dbName`. */
export function idbStore(dbName = DEFAULT_DB_NAME): BlobStore {
  const db: UseStore = createStore(dbName, STORE_NAME);
  const store: BlobStore = {
    async get(key) {
      try { return asBytes(await get(key, db)); } catch (e) { throw await toStoreError(e, store, `reading ${key}`); }
    },
    async set(key, value) {
      try { await set(key, value, db); } catch (e) { throw await toStoreError(e, store, `writing ${key}`); }
    },
    async del(key) {
      try { await del(key, db); } catch (e) { throw await toStoreError(e, store, `deleting ${key}`); }
    },
    async keys() {
      try {
        return (await keys(db)).filter((k): k is string => typeof k === 'string');
      } catch (e) {
        throw await toStoreError(e, store, 'listing the image store');
      }
    },
    async estimate() {
      const est = await storageApi()?.estimate?.().catch(() => undefined);
      return est && typeof est.usage === 'number' && typeof est.quota === 'number' ? { usage: est.usage, quota: est.quota } : null;
    },
  };
  return store;
}

/**
 * Asks the browser to keep this origin's storage under pressure
 * (navigator.storage.persist()); true when it is (or already was) persistent.
 * Call it from a user action: browsers may ignore the request otherwise.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageApi();
  if (!storage?.persist) return false;
  try { return await storage.persist(); } catch { return false; }
}
