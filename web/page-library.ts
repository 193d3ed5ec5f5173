/**
 * The page's image library: an ImageLibrary on IndexedDB, seeded on first
 * use with the built-in images the server provides under /images/, and the
 * messages the dashboard shows when storing fails.
 */
import { seedBuiltins } from '../hypervisor/image/builtin-images.js';
import { ImageLibrary, StoreError } from '../hypervisor/image/library.js';
import { idbStore, requestPersistence } from '../hypervisor/image/store-idb.js';
import { formatBytes } from '../hypervisor/image/store.js';
import { fetchImage } from './guest-images.js';

let library: Promise<ImageLibrary> | null = null;

/** The page's library, opened and seeded with the built-ins on first use (and again if that failed). */
export function pageLibrary(): Promise<ImageLibrary> {
  library ??= (async () => {
    const lib = new ImageLibrary(idbStore());
    await seedBuiltins(lib, fetchImage);
    return lib;
  })().catch((e: unknown) => {
    library = null;
    throw e;
  });
  return library;
}

let persistence: Promise<boolean> | null = null;

/**
 * Asks the browser, once per page and from the first save the user makes
 * (browsers weigh requests made from a user action), to keep the library
 * when storage runs short; resolves to whether it will.
 */
export function keepLibrary(): Promise<boolean> {
  persistence ??= requestPersistence();
  return persistence;
}

/** What to tell the user when saving `name` failed; for a full store, the space used and available. */
export function saveFailure(name: string, e: unknown): string {
  if (e instanceof StoreError && e.kind === 'quota') {
    const space = e.usage !== undefined && e.quota !== undefined ? ` (${formatBytes(e.usage)} used of ${formatBytes(e.quota)} available)` : '';
    return `Could not save '${name}': the browser's storage for this page is full${space}. Delete images or snapshots from the library and try again.`;
  }
  return `Could not save '${name}': ${e instanceof Error ? e.message : String(e)}`;
}

/** A library name made from free text (names are letters, digits, '.', '_' and '-', at most 64 characters). */
export function libraryName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 64).replace(/-+$/, '');
  return name || 'image';
}
