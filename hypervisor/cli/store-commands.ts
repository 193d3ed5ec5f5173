/**
 * What the `images` and `snapshot` commands share: the image library on
 * disk (`--store DIR`, else $EXOVISOR_STORE, else ~/.exovisor), seeded with
 * the built-in images from the package on first use; subcommand tables and
 * their dispatcher; the listing table; and how a StoreError ends the
 * command — one line, exit 2 for bad input (a bad or unknown name), 1 for
 * everything else (storage full, damaged entry, newer format).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { builtinRepoPath, MODULE_INDEX, seedBuiltins } from '../image/builtin-images.js';
import { ImageLibrary, StoreError, type ImageEntry, type UnreadableEntry } from '../image/library.js';
import { formatBytes } from '../image/store.js';
import { fsStore } from '../image/store-fs.js';
import { UsageError } from './args.js';
import { packageRoot } from './package-root.js';

/** One subcommand of a command group (`images ls`, `snapshot rm`, …). */
export interface StoreSubcommand {
  /** Its usage line, without the leading `exovisor`. */
  usage: string;
  /** Runs it with the arguments after its name; returns the exit status. */
  run(argv: string[]): Promise<number>;
}

/** The store directory: `flag`, else $EXOVISOR_STORE, else ~/.exovisor. */
export function storeDir(flag: string | undefined): string {
  if (flag === '') throw new UsageError('--store needs a directory');
  const env = process.env['EXOVISOR_STORE'];
  return flag ?? (env !== undefined && env !== '' ? env : join(homedir(), '.exovisor'));
}

/** Reads a built-in image path under /images/ from the package (the module index is made from the module folder). */
export async function loadFromPackage(path: string): Promise<Uint8Array> {
  const root = packageRoot();
  if (path === MODULE_INDEX) {
    const files = readdirSync(join(root, 'libos/uni/build')).filter((f) => f.endsWith('.o')).sort();
    return new TextEncoder().encode(JSON.stringify(files));
  }
  const file = builtinRepoPath(path);
  if (file === null) throw new Error(`no built-in image at ${path}`);
  return new Uint8Array(await readFile(join(root, file)));
}

/** The library in the store directory chosen by `flag`, with the built-in images seeded. */
export async function openLibrary(flag: string | undefined): Promise<ImageLibrary> {
  const lib = new ImageLibrary(fsStore(storeDir(flag)));
  await seedBuiltins(lib, loadFromPackage);
  return lib;
}

/** parseArgs over `argv` with `options` and `--store DIR`. */
export function parseStoreArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, store: { type: 'string' } } as O & { store: { type: 'string' } } });
}

/** Exit status for a StoreError: 2 when the input was bad, 1 when the storage or an entry is the problem. */
function storeErrorStatus(e: StoreError): number {
  return e.kind === 'invalid' || e.kind === 'missing' ? 2 : 1;
}

/** Runs subcommand argv[0] of `group` from `table`; a StoreError ends it with one line on stderr. */
export async function runSubcommand(group: string, table: Readonly<Record<string, StoreSubcommand>>, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const cmd = sub !== undefined && Object.hasOwn(table, sub) ? table[sub]! : undefined;
  if (!cmd) {
    const usage = Object.values(table).map((c) => `exovisor ${c.usage}`).join(' | ');
    throw new UsageError(sub === undefined ? `usage: ${usage}` : `unknown subcommand '${group} ${sub}'; usage: ${usage}`);
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    process.stderr.write(`exovisor: ${e.message}\n`);
    return storeErrorStatus(e);
  }
}

/**
 * Prints `entries` as a table (or as {images: [...]} JSON); entries whose
 * manifest cannot be read follow as rows of kind `damaged` with the reason
 * (in JSON, under `damaged` when asked for), so they are never silently hidden.
 */
export function printEntries(entries: readonly ImageEntry[], json: boolean, unreadable?: readonly UnreadableEntry[]): void {
  const damaged = unreadable?.map((u) => ({ name: u.name, problem: u.error.message }));
  if (json) {
    process.stdout.write(JSON.stringify({ images: entries, ...(damaged ? { damaged } : {}) }) + '\n');
    return;
  }
  const w = Math.max(4, ...entries.map((e) => e.name.length), ...(damaged ?? []).map((d) => d.name.length));
  const lines = [`${'NAME'.padEnd(w)}  KIND       ${'SIZE'.padStart(10)}  DATE                      BUILT-IN`];
  for (const e of entries) {
    lines.push(`${e.name.padEnd(w)}  ${e.kind.padEnd(9)}  ${formatBytes(e.size).padStart(10)}  ${e.date.padEnd(24)}  ${e.builtin ? 'yes' : 'no'}`);
  }
  for (const d of damaged ?? []) lines.push(`${d.name.padEnd(w)}  damaged    ${d.problem}`);
  process.stdout.write(lines.join('\n') + '\n');
}

/**
 * The entry called `name`, or StoreError 'missing' naming the command that
 * lists what there is. A name the listing leaves out may still be stored
 * with a damaged or newer manifest: the library's own read says which, so
 * the user is not told that an entry they can see on disk does not exist.
 */
export async function findEntry(lib: ImageLibrary, name: string, lister: string): Promise<ImageEntry> {
  const entry = (await lib.list()).find((e) => e.name === name);
  if (entry) return entry;
  const why = await lib.get(name).then(() => null, (e: unknown) => e);
  if (why instanceof StoreError && why.kind !== 'missing') throw why;
  throw new StoreError('missing', `no image named '${name}'; '${lister}' lists them`);
}

/**
 * The body of an `rm NAME` subcommand (`usage` its usage line, `lister` the
 * command listing what there is): finds the entry, lets `check` refuse it
 * by throwing, removes it and returns it (a damaged one too, unchecked).
 */
export async function removeNamed(argv: string[], usage: string, lister: string, check: (e: ImageEntry) => void = () => undefined): Promise<Pick<ImageEntry, 'name' | 'builtin'>> {
  const { values, positionals } = parseStoreArgs(argv, {});
  if (positionals.length !== 1) throw new UsageError(`usage: exovisor ${usage}`);
  const name = positionals[0]!;
  const lib = await openLibrary(values.store);
  // An entry whose manifest cannot be read is removed unchecked: the message that reported it says to delete it.
  const entry = await findEntry(lib, name, lister).catch(unreadable);
  if (entry) check(entry);
  await lib.remove(name);
  return entry ?? { name, builtin: false };
}

/** Null when `e` says an entry is stored but cannot be read (damaged, or from a newer Exovisor); rethrows anything else. */
function unreadable(e: unknown): null {
  if (e instanceof StoreError && (e.kind === 'corrupt' || e.kind === 'version')) return null;
  throw e;
}
