/**
 * The key-value store images and snapshots live in: a flat map from string
 * keys to byte values, with one implementation on IndexedDB in the browser
 * (store-idb.ts) and one on a directory in Node (store-fs.ts). The image
 * library (library.ts) builds chunked, checksummed, crash-safe entries on
 * top of it. Every failure leaves this layer as a `StoreError` whose
 * message says what the user can do about it.
 */

/** A flat byte store; keys are printable strings of at most a few hundred characters. */
export interface BlobStore {
  get(key: string): Promise<Uint8Array | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** Bytes used and available, when the platform can tell (navigator.storage.estimate(), statfs); null otherwise. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
  /** Optional: runs `fn` with the store to itself across processes (the library uses it for every operation). */
  lock?<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * What went wrong: `quota` the storage is full, `corrupt` a stored entry is
 * damaged, `missing` no entry by that name, `version` the entry was written
 * by a newer Exovisor, `io` the platform refused for another reason,
 * `invalid` a bad name, kind or value was given.
 */
export type StoreErrorKind = 'quota' | 'corrupt' | 'missing' | 'version' | 'io' | 'invalid';

/** A store or library failure; `usage`/`quota` are set for `quota` when the platform tells them. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly usage?: number;
  readonly quota?: number;

  constructor(readonly kind: StoreErrorKind, message: string, space?: { usage: number; quota: number } | null) {
    super(message);
    if (space) {
      this.usage = space.usage;
      this.quota = space.quota;
    }
  }
}

/** A byte count for people: `512 B`, `3.4 MiB`, `1.2 GiB`. */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n, u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`;
}

/** True for the platform's "storage is full" errors: IndexedDB's QuotaExceededError, Node's ENOSPC and EDQUOT. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** The `quota` StoreError, with the space used and available when `store` can tell. */
export async function quotaError(store: BlobStore): Promise<StoreError> {
  const space = await store.estimate().catch(() => null);
  const where = space ? `${formatBytes(space.usage)} used of ${formatBytes(space.quota)}` : 'the storage is full';
  return new StoreError('quota', `not enough storage: ${where}; free space or delete images`, space);
}

/**
 * Turns whatever a store operation threw into a StoreError: its own
 * StoreErrors unchanged, "storage full" into `quota` (with the space used
 * and available), anything else into `io` saying what was being done.
 */
export async function toStoreError(e: unknown, store: BlobStore, doing: string): Promise<StoreError> {
  if (e instanceof StoreError) return e;
  if (isQuotaError(e)) return quotaError(store);
  const why = e instanceof Error ? e.message : String(e);
  return new StoreError('io', `storage failed while ${doing}: ${why}`);
}
