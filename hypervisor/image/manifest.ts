/**
 * How the image library lays an entry out in a BlobStore: the bytes as
 * chunks under `chunk/<name>/<generation>/<n>`, and a manifest under
 * `manifest/<name>` — JSON holding the format version, kind, size, date,
 * each chunk's size and SHA-256, the generation its chunks carry, and the
 * entry's metadata. The manifest is written last, so an entry exists only
 * once all of its chunks do. Everything read back is checked here: a stored
 * manifest is input like any other.
 */
import { StoreError } from './store.js';

/** The manifest format this version writes and reads; a larger one was written by a newer Exovisor. */
export const FORMAT_VERSION = 1;

/** What an image is: a kernel (native or pv-ops, or firmware), a unikernel, a relocatable object, a disk, a VM snapshot. */
export type ImageKind = 'kernel' | 'unikernel' | 'object' | 'disk' | 'snapshot';

/** Every ImageKind, for checking input. */
export const IMAGE_KINDS: readonly ImageKind[] = ['kernel', 'unikernel', 'object', 'disk', 'snapshot'];

/** One library entry as listed. */
export interface ImageEntry {
  name: string;
  kind: ImageKind;
  size: number;
  /** When it was stored, ISO 8601. */
  date: string;
  /** Seeded from the images that ship with Exovisor. */
  builtin: boolean;
  meta: Record<string, string | number | boolean>;
}

/** One stored chunk: its length and SHA-256 (lower-case hex). */
export interface ChunkRecord { size: number; sha256: string }

/** A manifest as stored. */
export interface Manifest extends ImageEntry {
  format: number;
  generation: number;
  chunks: ChunkRecord[];
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const META_KEY_RE = /^[A-Za-z0-9_.-]{1,64}$/;
const MAX_META_ENTRIES = 64;
const MAX_META_STRING = 1024;

/** The manifest's key. */
export function manifestKey(name: string): string { return `manifest/${name}`; }

/** The key of chunk `n` of `name`'s generation `generation`. */
export function chunkKey(name: string, generation: number, n: number): string { return `chunk/${name}/${generation}/${n}`; }

/** The name a manifest key belongs to, or null for other keys. */
export function manifestName(key: string): string | null {
  const name = key.startsWith('manifest/') ? key.slice('manifest/'.length) : null;
  return name !== null && NAME_RE.test(name) ? name : null;
}

/** The entry name and generation of a chunk key, or null for other keys. */
export function parseChunkKey(key: string): { name: string; generation: number } | null {
  const m = /^chunk\/([^/]+)\/(\d{1,15})\/\d{1,15}$/.exec(key);
  return m && NAME_RE.test(m[1]!) ? { name: m[1]!, generation: Number(m[2]) } : null;
}

/** Throws StoreError 'invalid' unless `name` is 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit. */
export function checkName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !NAME_RE.test(name)) {
    const shown = typeof name === 'string' ? `'${name.slice(0, 80)}'` : String(name);
    throw new StoreError('invalid', `bad image name ${shown}: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
  }
}

/** Throws StoreError 'invalid' unless `kind` is an ImageKind. */
export function checkKind(kind: unknown): asserts kind is ImageKind {
  if (!IMAGE_KINDS.includes(kind as ImageKind)) throw new StoreError('invalid', `bad image kind '${String(kind)}': use one of ${IMAGE_KINDS.join(', ')}`);
}

/** The problem with metadata `meta`, or null when it is a small map of short strings, finite numbers and booleans. */
export function metaProblem(meta: unknown): string | null {
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return 'metadata must be an object';
  const entries = Object.entries(meta);
  if (entries.length > MAX_META_ENTRIES) return `metadata has ${entries.length} entries; at most ${MAX_META_ENTRIES}`;
  for (const [k, v] of entries) {
    if (!META_KEY_RE.test(k)) return `metadata key '${k.slice(0, 80)}' must be 1 to 64 letters, digits, '_', '.' or '-'`;
    const ok = typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= MAX_META_STRING);
    if (!ok) return `metadata '${k}' must be a string of at most ${MAX_META_STRING} characters, a finite number or a boolean`;
  }
  return null;
}

/** The manifest's stored bytes. */
export function encodeManifest(m: Manifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(m));
}

/** A damaged manifest of `name`. */
function corrupt(name: string, why: string): StoreError {
  return new StoreError('corrupt', `image '${name}' is damaged (${why}); delete it and store it again`);
}

/** True when `c` is a well-formed chunk record. */
function isChunk(c: unknown): c is ChunkRecord {
  const r = c as ChunkRecord | null;
  return typeof r === 'object' && r !== null && Number.isSafeInteger(r.size) && r.size > 0 && typeof r.sha256 === 'string' && /^[0-9a-f]{64}$/.test(r.sha256);
}

/** The first field of `m` that is not well-formed, or null. */
function fieldProblem(m: Manifest, name: string): string | null {
  if (m.name !== name) return `it is stored under '${name}' but names '${String(m.name).slice(0, 80)}'`;
  if (!IMAGE_KINDS.includes(m.kind)) return `unknown kind '${String(m.kind)}'`;
  if (!Number.isSafeInteger(m.size) || m.size < 0) return 'bad size';
  if (typeof m.date !== 'string' || Number.isNaN(Date.parse(m.date))) return 'bad date';
  if (typeof m.builtin !== 'boolean') return 'bad built-in flag';
  if (!Number.isSafeInteger(m.generation) || m.generation < 1) return 'bad generation';
  if (!Array.isArray(m.chunks) || !m.chunks.every(isChunk)) return 'bad chunk list';
  if (m.chunks.reduce((s, c) => s + c.size, 0) !== m.size) return 'its chunks do not add up to its size';
  return metaProblem(m.meta);
}

/**
 * Reads the manifest stored for `name`: StoreError 'version' when a newer
 * Exovisor wrote it, 'corrupt' when it is not a well-formed manifest.
 */
export function decodeManifest(bytes: Uint8Array, name: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Manifest;
  } catch {
    throw corrupt(name, 'its manifest is not JSON');
  }
  if (typeof m !== 'object' || m === null || !Number.isSafeInteger(m.format) || m.format < 1) throw corrupt(name, 'no format version');
  if (m.format > FORMAT_VERSION) {
    throw new StoreError('version', `image '${name}' was stored by a newer Exovisor (format ${m.format}; this one reads up to ${FORMAT_VERSION}); update Exovisor to use it`);
  }
  const problem = fieldProblem(m, name);
  if (problem) throw corrupt(name, problem);
  return m;
}

/** The listed entry of manifest `m`. */
export function entryOf(m: Manifest): ImageEntry {
  return { name: m.name, kind: m.kind, size: m.size, date: m.date, builtin: m.builtin, meta: { ...m.meta } };
}
