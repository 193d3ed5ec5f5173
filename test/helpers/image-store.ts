/**
 * The dashboard's image store as the tests reach it: raw IndexedDB in the
 * page, under the image library — to write entries the library never
 * checked (damage that happened after they were stored) and to see every
 * stored key and value, whatever the library would list.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_DB_NAME } from '../../hypervisor/image/store-idb.js';

/** Writes `records` (key, bytes) straight into the page's image store, then returns every key with the SHA-256 of its value. */
export function imageStore(page: Page, records: ReadonlyArray<readonly [string, Uint8Array]> = []): Promise<Record<string, string>> {
  const wire = records.map(([k, v]) => [k, Buffer.from(v).toString('base64')] as const);
  return page.evaluate(async ([dbName, writes]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const done = (tx: IDBTransaction): Promise<void> => new Promise((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
    try {
      const tx = db.transaction('blobs', 'readwrite');
      for (const [key, b64] of writes) tx.objectStore('blobs').put(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)), key);
      const keys = tx.objectStore('blobs').getAllKeys(), values = tx.objectStore('blobs').getAll();
      await done(tx);
      const out: Record<string, string> = {};
      for (const [i, key] of keys.result.entries()) {
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', (values.result[i] as Uint8Array).slice()));
        out[String(key)] = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      }
      return out;
    } finally {
      db.close();
    }
  }, [DEFAULT_DB_NAME, wire] as const);
}
