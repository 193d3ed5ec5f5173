/**
 * A real image library on the directory store in a temporary directory,
 * holding two entries: `alpha`, which damage never touches, and `beta`,
 * which the library fuzz and the manifest regressions damage. `check()`
 * holds the library to its promises with beta damaged; `restore()` puts
 * beta back whole.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ImageLibrary, StoreError } from '../../hypervisor/image/library.js';
import { manifestKey, parseChunkKey } from '../../hypervisor/image/manifest.js';
import type { BlobStore } from '../../hypervisor/image/store.js';
import { fsStore } from '../../hypervisor/image/store-fs.js';

const A = new Uint8Array(150).map((_, i) => i * 7);
const B = new Uint8Array(100).map((_, i) => 255 - i);

/** Every key and value of `store`, for before/after comparisons. */
async function snapshotOf(store: BlobStore): Promise<Map<string, Uint8Array | undefined>> {
  return new Map(await Promise.all((await store.keys()).sort().map(async (k) => [k, await store.get(k)] as const)));
}

/** The two-entry library in its own temporary directory. */
export class LibraryFixture {
  private constructor(readonly dir: string, readonly store: BlobStore, readonly lib: ImageLibrary) {}

  /** Creates the directory and stores alpha (3 chunks, with metadata) and beta (2 chunks). */
  static async open(): Promise<LibraryFixture> {
    const dir = mkdtempSync(join(tmpdir(), 'exovisor-fuzz-lib-'));
    const store = fsStore(dir);
    const f = new LibraryFixture(dir, store, new ImageLibrary(store, { chunkBytes: 64 }));
    await f.lib.put('alpha', 'kernel', A, { arch: 'rv32' });
    await f.lib.put('beta', 'disk', B);
    return f;
  }

  /** The stored keys of beta's chunks, in chunk order. */
  async betaChunks(): Promise<string[]> {
    return (await this.store.keys()).filter((k) => parseChunkKey(k)?.name === 'beta').sort();
  }

  /** Replaces beta's stored manifest with `bytes`. */
  setBetaManifest(bytes: Uint8Array): Promise<void> {
    return this.store.set(manifestKey('beta'), bytes);
  }

  /** Alpha listed and intact; beta intact or refused with a StoreError naming it; a save over a newer beta refused. */
  async check(): Promise<void> {
    const listed = await this.lib.list();
    expect(listed.find((e) => e.name === 'alpha')).toMatchObject({ kind: 'kernel', size: A.length, meta: { arch: 'rv32' } });
    expect((await this.lib.get('alpha')).bytes).toEqual(A);
    try {
      expect((await this.lib.get('beta')).bytes).toEqual(B);
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      expect(['corrupt', 'version', 'missing']).toContain(e.kind);
      expect(e.message).toMatch(/'beta'/);
      if (e.kind === 'version') await this.expectRefusedSave();
    }
  }

  /** A save over an entry a newer Exovisor wrote is refused and changes nothing stored. */
  private async expectRefusedSave(): Promise<void> {
    const before = await snapshotOf(this.store);
    await expect(this.lib.put('beta', 'disk', A)).rejects.toMatchObject({ kind: 'version' });
    expect(await snapshotOf(this.store)).toEqual(before);
  }

  /** Puts beta back as it was stored at first (under a new generation). */
  async restore(): Promise<void> {
    for (const k of [manifestKey('beta'), ...(await this.betaChunks())]) await this.store.del(k);
    await this.lib.put('beta', 'disk', B);
  }

  /** Removes the directory. */
  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
