/**
 * The image library: kernels, unikernels, library-OS objects, disks and
 * snapshots, by name, on any BlobStore (IndexedDB in the browser, a
 * directory in Node). An entry is stored as chunks of a few MiB plus a
 * manifest written last (manifest.ts), each save under a new generation:
 * a save that fails midway — storage full, tab closed, process killed —
 * leaves the previous version whole and listed, and the chunks it did
 * write are swept on the next put or list. Every read checks each chunk's
 * size and SHA-256. Operations run one at a time: across tabs too where
 * the platform has Web Locks, across processes where the store can lock.
 */
import { concatBytes } from './bytes.js';
import {
  checkKind, checkName, chunkKey, decodeManifest, encodeManifest, entryOf, FORMAT_VERSION, manifestKey, manifestName,
  metaProblem, parseChunkKey, type ChunkRecord, type ImageEntry, type ImageKind, type Manifest,
} from './manifest.js';
import { StoreError, toStoreError, type BlobStore } from './store.js';

export { StoreError, type StoreErrorKind } from './store.js';
export type { ImageEntry, ImageKind } from './manifest.js';

/** Chunk size unless told otherwise: small enough for one IndexedDB put, large enough to keep keys few. */
export const DEFAULT_CHUNK_BYTES = 4 << 20;

/** Library tuning. */
export interface LibraryOptions {
  /** Bytes per chunk (tests use small ones to get many chunks). */
  chunkBytes?: number;
}

/** The Web Locks lock that serializes library operations across tabs and workers. */
const LOCK_NAME = 'exovisor-image-library';

interface LockManagerLike { request<T>(name: string, fn: () => Promise<T>): Promise<T> }

/** Runs `fn` under the cross-context lock when the platform has navigator.locks, else directly. */
function underWebLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks ? locks.request(LOCK_NAME, fn) : fn();
}

/** Lower-case hex SHA-256 of `bytes`. */
async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What is wrong with a chunk read back against its record, or null when nothing is. */
async function chunkProblem(chunk: Uint8Array | undefined, want: ChunkRecord): Promise<string | null> {
  if (!chunk) return 'is missing';
  if (chunk.length !== want.size) return `has ${chunk.length} bytes, not ${want.size}`;
  return (await sha256(chunk.slice())) === want.sha256 ? null : 'fails its checksum';
}

/** A manifest as read: the manifest, or why it cannot be read (damaged or newer: its chunks are left alone). */
type ManifestState = Manifest | StoreError;

/** An entry whose manifest cannot be read: its name, and the library's error saying why ('corrupt' or 'version'). */
export interface UnreadableEntry { name: string; error: StoreError }

/** The named images on one BlobStore. */
export class ImageLibrary {
  private readonly chunkBytes: number;
  /** The tail of this instance's operation queue. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: BlobStore, opts: LibraryOptions = {}) {
    const n = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    if (!Number.isSafeInteger(n) || n < 1) throw new StoreError('invalid', `chunk size must be a positive whole number of bytes, got ${n}`);
    this.chunkBytes = n;
  }

  /** Every readable entry, sorted by name; sweeps chunks no manifest points at. Damaged or newer entries are left out (get says why, catalog lists them). */
  async list(): Promise<ImageEntry[]> {
    return (await this.catalog()).entries;
  }

  /**
   * list()'s entries and, from the same reading of the manifests, the ones
   * it leaves out because their manifest is damaged or from a newer
   * Exovisor, each with the error get() would give: so a library can show
   * them as damaged (and offer to remove them) instead of hiding entries
   * that still hold storage. Both sorted by name; sweeps as list() does.
   */
  async catalog(): Promise<{ entries: ImageEntry[]; damaged: UnreadableEntry[] }> {
    return this.exclusive('listing images', async () => {
      const keys = await this.store.keys();
      const manifests = await this.readManifests(keys);
      await this.sweep(keys, manifests);
      const entries: ImageEntry[] = [], damaged: UnreadableEntry[] = [];
      for (const [name, m] of manifests) {
        if (m instanceof StoreError) damaged.push({ name, error: m });
        else entries.push(entryOf(m));
      }
      const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);
      return { entries: entries.sort(byName), damaged: damaged.sort(byName) };
    });
  }

  /** The entry and bytes of `name`: 'missing' when there is none, 'corrupt' when a chunk is absent or fails its checksum, 'version' when a newer Exovisor wrote it. */
  async get(name: string): Promise<{ entry: ImageEntry; bytes: Uint8Array }> {
    checkName(name);
    return this.exclusive(`reading image '${name}'`, async () => {
      const m = await this.readManifest(name);
      if (!m) throw new StoreError('missing', `no image named '${name}' in the library`);
      // Chunks are checked before the image is put together: memory follows
      // the bytes really stored, never the size a manifest claims.
      const chunks: Uint8Array[] = [];
      for (const [i, c] of m.chunks.entries()) {
        const chunk = await this.store.get(chunkKey(name, m.generation, i));
        const why = await chunkProblem(chunk, c);
        if (why) throw new StoreError('corrupt', `image '${name}' is damaged: chunk ${i + 1} of ${m.chunks.length} ${why}; delete it and store it again`);
        chunks.push(chunk!);
      }
      return { entry: entryOf(m), bytes: concatBytes(chunks, m.size) };
    });
  }

  /**
   * Stores `bytes` as `name`, replacing an older version only once the new
   * one is complete. 'invalid' for a bad name, kind or metadata, 'quota'
   * when the storage is full (the older version stays), 'version' when the
   * existing entry was written by a newer Exovisor (nothing is changed).
   */
  async put(name: string, kind: ImageKind, bytes: Uint8Array, meta: ImageEntry['meta'] = {}, opts: { builtin?: boolean } = {}): Promise<ImageEntry> {
    checkName(name);
    checkKind(kind);
    if (!(bytes instanceof Uint8Array)) throw new StoreError('invalid', `image '${name}': the contents must be bytes (a Uint8Array)`);
    const problem = metaProblem(meta);
    if (problem) throw new StoreError('invalid', `image '${name}': ${problem}`);
    return this.exclusive(`saving image '${name}'`, async () => {
      const keys = await this.store.keys();
      const old = await this.replaceable(name);
      await this.sweep(keys, new Map(old ? [[name, old]] : []), name);
      const oldGeneration = old && !(old instanceof StoreError) ? old.generation : 0;
      const generation = 1 + Math.max(oldGeneration, ...keys.map(parseChunkKey).filter((c) => c?.name === name).map((c) => c!.generation));
      const manifest: Manifest = {
        format: FORMAT_VERSION, name, kind, size: bytes.length, date: new Date().toISOString(), builtin: opts.builtin ?? false,
        generation, chunks: [], meta: { ...meta },
      };
      try {
        await this.writeChunks(manifest, bytes);
        await this.store.set(manifestKey(name), encodeManifest(manifest));
      } catch (e) {
        await this.deleteChunks(name, (g) => g === generation);
        throw e;
      }
      await this.deleteChunks(name, (g) => g !== generation);
      return entryOf(manifest);
    });
  }

  /** Deletes `name` (manifest first, so a removal cut short leaves only sweepable chunks); 'missing' when there is no such entry. */
  async remove(name: string): Promise<void> {
    checkName(name);
    return this.exclusive(`deleting image '${name}'`, async () => {
      const keys = await this.store.keys();
      const chunks = keys.filter((k) => parseChunkKey(k)?.name === name);
      if (!keys.includes(manifestKey(name)) && chunks.length === 0) throw new StoreError('missing', `no image named '${name}' in the library`);
      await this.store.del(manifestKey(name));
      for (const k of chunks) await this.store.del(k);
    });
  }

  /** Runs `fn` after every earlier operation of this library (and under the cross-tab lock); failures become StoreErrors. */
  private exclusive<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      try {
        return await underWebLock(() => (this.store.lock ? this.store.lock(fn) : fn()));
      } catch (e) {
        throw await toStoreError(e, this.store, doing);
      }
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** The manifest of `name`, or undefined when there is none (StoreError when it is damaged or newer). */
  private async readManifest(name: string): Promise<Manifest | undefined> {
    const bytes = await this.store.get(manifestKey(name));
    return bytes ? decodeManifest(bytes, name) : undefined;
  }

  /** The manifest a put of `name` replaces: a damaged one may be replaced, one from a newer Exovisor may not ('version'). */
  private async replaceable(name: string): Promise<ManifestState | undefined> {
    try {
      return await this.readManifest(name);
    } catch (e) {
      if (e instanceof StoreError && e.kind === 'corrupt') return e;
      throw e;
    }
  }

  /** Every manifest among `keys`, by name. */
  private async readManifests(keys: readonly string[]): Promise<Map<string, ManifestState>> {
    const out = new Map<string, ManifestState>();
    for (const name of keys.map(manifestName)) {
      if (name === null) continue;
      try {
        const m = await this.readManifest(name);
        if (m) out.set(name, m);
      } catch (e) {
        if (!(e instanceof StoreError) || (e.kind !== 'corrupt' && e.kind !== 'version')) throw e;
        out.set(name, e);
      }
    }
    return out;
  }

  /** Deletes chunks among `keys` (of entry `only`, when given) that no manifest in `manifests` points at. */
  private async sweep(keys: readonly string[], manifests: ReadonlyMap<string, ManifestState>, only?: string): Promise<void> {
    for (const k of keys) {
      const c = parseChunkKey(k);
      if (!c || (only !== undefined && c.name !== only)) continue;
      const m = manifests.get(c.name);
      if (m instanceof StoreError || m?.generation === c.generation) continue;
      await this.store.del(k);
    }
  }

  /** Writes `bytes` as the chunks of `m`'s generation, recording each one's size and checksum in `m`. */
  private async writeChunks(m: Manifest, bytes: Uint8Array): Promise<void> {
    for (let at = 0, i = 0; at < bytes.length; at += this.chunkBytes, i++) {
      // A copy: a view would make IndexedDB clone the whole underlying buffer.
      const chunk = bytes.slice(at, at + this.chunkBytes);
      m.chunks.push({ size: chunk.length, sha256: await sha256(chunk) });
      await this.store.set(chunkKey(m.name, m.generation, i), chunk);
    }
  }

  /** Best-effort removal of `name`'s chunks whose generation passes `which` (what is left is swept later). */
  private async deleteChunks(name: string, which: (generation: number) => boolean): Promise<void> {
    try {
      for (const k of await this.store.keys()) {
        const c = parseChunkKey(k);
        if (c?.name === name && which(c.generation)) await this.store.del(k);
      }
    } catch {
      // Left for the next sweep.
    }
  }
}
