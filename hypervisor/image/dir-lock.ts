/**
 * A lock on a directory shared by processes (Node): a lock file created
 * exclusively and holding the owner's pid. A lock whose owner is gone (the
 * process died holding it) is taken over; a live owner is waited for, up
 * to a limit, after which the caller gets a StoreError naming it.
 */
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './store.js';

/** The lock file's name (a dot-file: no store key encodes to it). */
const LOCK_FILE = '.lock';
/** How long to wait for a live owner before giving up. */
const WAIT_MS = 30_000;

/** True when process `pid` exists (EPERM: it does, owned by someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the lock file; false when it already exists. */
async function tryCreate(file: string): Promise<boolean> {
  try {
    const fh = await open(file, 'wx');
    await fh.writeFile(String(process.pid));
    await fh.close();
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** The pid in the lock file, or null when it is unreadable or gone. */
async function owner(file: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const pid = text === null ? NaN : Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/** Takes the lock on `dir` (creating the directory), waiting for a live owner. */
async function acquire(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
    if (await tryCreate(file)) return file;
    const pid = await owner(file);
    // A file with no pid yet is being written by its creator: wait for it.
    if (pid !== null && pid !== process.pid && !alive(pid)) {
      await unlink(file).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new StoreError('io', `the image store ${dir} is in use by process ${pid ?? 'unknown'}; try again when it has finished, or remove ${file} if no Exovisor is running`);
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** Runs `fn` holding the lock on `dir`. */
export async function withDirLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const file = await acquire(dir);
  try {
    return await fn();
  } finally {
    await unlink(file).catch(() => undefined);
  }
}
