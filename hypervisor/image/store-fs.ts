/**
 * A BlobStore on a directory (Node): one file per key, the key encoded into
 * a safe file name, every write made atomic by writing a temporary file,
 * syncing it and renaming it over the old one — so a crash or a full disk
 * mid-write leaves the previous value, never half of the new one. The
 * directory can be locked against other processes (dir-lock.ts).
 */
import { mkdir, open, readdir, readFile, rename, stat, statfs, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { withDirLock } from './dir-lock.js';
import { StoreError, toStoreError, type BlobStore } from './store.js';

/** Temporary files start with this (no encoded key starts with a dot). */
const TMP_PREFIX = '.tmp-';
/** A temporary file this old belongs to a write that died; keys() removes it. */
const STALE_TMP_MS = 10 * 60_000;
/** Longest encoded file name (most file systems allow 255 bytes). */
const MAX_FILE_NAME = 240;

/** The file name of `key`: bytes outside [A-Za-z0-9_-] and a leading dot become %XX. */
function encodeKey(key: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(key)) {
    const c = String.fromCharCode(b);
    const safe = /[A-Za-z0-9_-]/.test(c) || (c === '.' && out !== '');
    out += safe ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (out === '' || out.length > MAX_FILE_NAME) throw new StoreError('invalid', `store key '${key.slice(0, 80)}' is empty or too long`);
  return out;
}

/** The key of file name `file`, or null when the file is not one of ours. */
function decodeKey(file: string): string | null {
  if (file.startsWith('.')) return null;
  try { return decodeURIComponent(file); } catch { return null; }
}

/** Writes `value` to `file` atomically: a synced temporary file renamed over it. */
async function writeAtomic(dir: string, file: string, value: Uint8Array): Promise<void> {
  const tmp = join(dir, `${TMP_PREFIX}${process.pid}-${Math.random().toString(36).slice(2)}`);
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(value);
    await fh.datasync();
  } catch (e) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, join(dir, file));
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Removes temporary files left by writes that died long ago. */
async function sweepTemps(dir: string, files: readonly string[]): Promise<void> {
  const now = Date.now();
  for (const f of files.filter((n) => n.startsWith(TMP_PREFIX))) {
    const s = await stat(join(dir, f)).catch(() => null);
    if (s && now - s.mtimeMs > STALE_TMP_MS) await unlink(join(dir, f)).catch(() => undefined);
  }
}

/** The code of a Node system error, if it is one. */
function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/** A BlobStore keeping each key as a file in `dir` (created on the first write). */
export function fsStore(dir: string): BlobStore {
  const store: BlobStore = {
    async get(key) {
      try {
        return new Uint8Array(await readFile(join(dir, encodeKey(key))));
      } catch (e) {
        if (errno(e) === 'ENOENT') return undefined;
        throw await toStoreError(e, store, `reading ${key} in ${dir}`);
      }
    },
    async set(key, value) {
      try {
        await mkdir(dir, { recursive: true });
        await writeAtomic(dir, encodeKey(key), value);
      } catch (e) {
        throw await toStoreError(e, store, `writing ${key} in ${dir}`);
      }
    },
    async del(key) {
      try {
        await unlink(join(dir, encodeKey(key)));
      } catch (e) {
        if (errno(e) !== 'ENOENT') throw await toStoreError(e, store, `deleting ${key} in ${dir}`);
      }
    },
    async keys() {
      let files: string[];
      try {
        files = await readdir(dir);
      } catch (e) {
        if (errno(e) === 'ENOENT') return [];
        throw await toStoreError(e, store, `listing ${dir}`);
      }
      await sweepTemps(dir, files);
      return files.map(decodeKey).filter((k): k is string => k !== null);
    },
    async estimate() {
      try {
        const s = await statfs(dir);
        return { usage: (s.blocks - s.bavail) * s.bsize, quota: s.blocks * s.bsize };
      } catch {
        return null;
      }
    },
    lock: (fn) => withDirLock(dir, fn),
  };
  return store;
}
