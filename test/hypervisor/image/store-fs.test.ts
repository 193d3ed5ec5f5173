/**
 * The directory BlobStore: any key round-trips through a safe file name,
 * writes replace whole files (no temporary file is left or listed), the
 * directory is created on the first write, estimate() reports the file
 * system's space, and storage-full errors become StoreError 'quota'.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBytes, StoreError, toStoreError } from '../../../hypervisor/image/store.js';
import { fsStore } from '../../../hypervisor/image/store-fs.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'exovisor-fs-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('fsStore', () => {
  it('round-trips keys with slashes, dots, percent signs and non-ASCII into plain file names', async () => {
    const s = fsStore(join(dir, 'store'));
    expect(await s.keys()).toEqual([]);
    expect(await s.get('nothing')).toBeUndefined();
    const keys = ['manifest/a', 'chunk/a/1/0', '.hidden', '..', 'per%cent', 'naïve ключ', 'a.b-c_d'];
    for (const [i, k] of keys.entries()) await s.set(k, Uint8Array.of(i, i + 1));
    expect((await s.keys()).sort()).toEqual([...keys].sort());
    for (const [i, k] of keys.entries()) expect(await s.get(k)).toEqual(Uint8Array.of(i, i + 1));
    for (const f of readdirSync(join(dir, 'store'))) expect(f).toMatch(/^[A-Za-z0-9_%-][A-Za-z0-9._%-]*$/);
  });

  it('replaces a value whole and deletes keys (deleting a missing key is no error)', async () => {
    const s = fsStore(dir);
    await s.set('k', new Uint8Array(1000).fill(1));
    await s.set('k', Uint8Array.of(2));
    expect(await s.get('k')).toEqual(Uint8Array.of(2));
    expect(readdirSync(dir)).toEqual(['k']);
    await s.del('k');
    await s.del('k');
    expect(await s.keys()).toEqual([]);
  });

  it('ignores temporary files and removes stale ones', async () => {
    const s = fsStore(dir);
    await s.set('k', Uint8Array.of(1));
    writeFileSync(join(dir, '.tmp-fresh'), 'x');
    writeFileSync(join(dir, '.tmp-stale'), 'x');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(join(dir, '.tmp-stale'), old, old);
    expect(await s.keys()).toEqual(['k']);
    expect(existsSync(join(dir, '.tmp-fresh'))).toBe(true);
    expect(existsSync(join(dir, '.tmp-stale'))).toBe(false);
  });

  it('refuses an empty or over-long key', async () => {
    const s = fsStore(dir);
    await expect(s.set('', Uint8Array.of(1))).rejects.toMatchObject({ name: 'StoreError', kind: 'invalid' });
    await expect(s.set('x'.repeat(300), Uint8Array.of(1))).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('estimates the file system space, and says null before the directory exists', async () => {
    const e = await fsStore(dir).estimate();
    expect(e!.quota).toBeGreaterThan(0);
    expect(e!.usage).toBeGreaterThan(0);
    expect(e!.usage).toBeLessThanOrEqual(e!.quota);
    expect(await fsStore(join(dir, 'not-yet')).estimate()).toBeNull();
  });

  it('turns a write into a path it cannot create into StoreError io naming the key', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    const err = await fsStore(join(dir, 'file', 'sub')).set('k', Uint8Array.of(1)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('io');
    expect((err as StoreError).message).toMatch(/^storage failed while writing k in .*sub: /);
  });
});

describe('StoreError for full storage', () => {
  it('maps ENOSPC and QuotaExceededError to quota with the space used and available', async () => {
    const s = fsStore(dir);
    const space = (await s.estimate())!;
    for (const cause of [Object.assign(new Error('write'), { code: 'ENOSPC' }), new DOMException('full', 'QuotaExceededError')]) {
      const e = await toStoreError(cause, s, 'saving');
      expect(e.kind).toBe('quota');
      expect(e.quota).toBe(space.quota);
      expect(e.message).toBe(`not enough storage: ${formatBytes(e.usage!)} used of ${formatBytes(space.quota)}; free space or delete images`);
    }
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(1.2 * 2 ** 30)).toBe('1.2 GiB');
  });
});
