/**
 * What the dashboard tells the user when the image library cannot save:
 * a full store names the space used and available; library names made from
 * guest names and file names are names the library accepts.
 */
import { describe, expect, it } from 'vitest';
import { ImageLibrary, StoreError } from '../../hypervisor/image/library.js';
import type { BlobStore } from '../../hypervisor/image/store.js';
import { libraryName, saveFailure } from '../../web/page-library.js';

/** A store that holds `capacity` bytes and then refuses as a full browser store does. */
function smallStore(capacity: number): BlobStore {
  const m = new Map<string, Uint8Array>();
  const used = (): number => [...m.values()].reduce((a, v) => a + v.length, 0);
  return {
    get: async (k) => m.get(k),
    set: async (k, v) => {
      if (used() + v.length > capacity) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      m.set(k, v);
    },
    del: async (k) => { m.delete(k); },
    keys: async () => [...m.keys()],
    estimate: async () => ({ usage: used(), quota: capacity }),
  };
}

describe('saving to the library from the dashboard', () => {
  it('says how much space is used and available when the storage is full', async () => {
    const lib = new ImageLibrary(smallStore(3 << 20));
    await lib.put('first', 'disk', new Uint8Array(2 << 20));
    const failure = await lib.put('second', 'disk', new Uint8Array(2 << 20)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).kind).toBe('quota');
    const message = saveFailure('second', failure);
    expect(message).toMatch(/^Could not save 'second': the browser's storage for this page is full \(2\.0 MiB used of 3\.0 MiB available\)/);
    expect((await lib.list()).map((e) => e.name)).toEqual(['first']);
  });

  it('passes other failures on with their own message', () => {
    expect(saveFailure('x', new StoreError('invalid', 'bad name'))).toBe("Could not save 'x': bad name");
  });

  it('makes library names from guest and file names', async () => {
    const lib = new ImageLibrary(smallStore(1 << 20));
    for (const text of ['snapshot-cat (full)-2026-11-22T024310', 'my kernel.elf', '...', 'x'.repeat(100)]) {
      const name = libraryName(text);
      await lib.put(name, 'disk', new Uint8Array(1));
      expect((await lib.get(name)).entry.name).toBe(name);
    }
    expect(libraryName('snapshot-cat (full)')).toBe('snapshot-cat-full');
  });
});
