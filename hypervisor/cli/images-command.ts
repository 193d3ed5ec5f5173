/**
 * `exovisor images ls|import|export|rm`: the image library in the store
 * directory — kernels, unikernels, objects, disks and snapshots — listed,
 * imported from files (the kind guessed from the contents unless given),
 * exported to files, and deleted. Built-in images are seeded on first use
 * and come back after removal the next time the library is opened.
 */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkImage, ImageCheckError } from '../image/check-image.js';
import { guessKind } from '../image/guess-kind.js';
import { checkName, IMAGE_KINDS, type ImageKind } from '../image/manifest.js';
import { UsageError } from './args.js';
import { readInput } from './images.js';
import { openLibrary, parseStoreArgs, printEntries, removeNamed, runSubcommand, type StoreSubcommand } from './store-commands.js';

/** Writes `bytes` to `file` through a temporary file, so a failed export leaves no half file. */
function writeOutput(file: string, bytes: Uint8Array): void {
  const tmp = `${file}.exovisor-tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* nothing was written */ }
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot write (${code ?? String(e)})`);
  }
}

/** Checks a --kind value. */
function parseKind(text: string): ImageKind {
  if (!IMAGE_KINDS.includes(text as ImageKind)) throw new UsageError(`--kind takes ${IMAGE_KINDS.join(', ')}, got '${text}'`);
  return text as ImageKind;
}

const ls: StoreSubcommand = {
  usage: 'images ls [--json]',
  async run(argv) {
    const { values, positionals } = parseStoreArgs(argv, { json: { type: 'boolean' } });
    if (positionals.length !== 0) throw new UsageError(`usage: exovisor ${ls.usage}`);
    const { entries, damaged } = await (await openLibrary(values.store)).catalog();
    printEntries(entries, values.json ?? false, damaged);
    return 0;
  },
};

const importCmd: StoreSubcommand = {
  usage: 'images import FILE [--name NAME] [--kind KIND]',
  async run(argv) {
    const { values, positionals } = parseStoreArgs(argv, { name: { type: 'string' }, kind: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError(`usage: exovisor ${importCmd.usage}`);
    const file = positionals[0]!;
    const kind = values.kind === undefined ? undefined : parseKind(values.kind);
    const name = values.name ?? basename(file);
    try {
      checkName(name);
    } catch (e) {
      throw values.name === undefined ? new UsageError(`${(e as Error).message}; name it with --name`) : e;
    }
    const bytes = readInput(file);
    const lib = await openLibrary(values.store);
    if ((await lib.list()).some((e) => e.name === name)) {
      throw new UsageError(`an image named '${name}' already exists; remove it first or choose another --name`);
    }
    const chosen = kind ?? guessKind(bytes);
    try {
      await checkImage(chosen, bytes);
    } catch (e) {
      if (e instanceof ImageCheckError) throw new UsageError(`${file}: ${e.message}; nothing was stored`);
      throw e;
    }
    const entry = await lib.put(name, chosen, bytes, { source: basename(file) });
    process.stdout.write(`imported ${entry.name} (${entry.kind}, ${entry.size} bytes)\n`);
    return 0;
  },
};

const exportCmd: StoreSubcommand = {
  usage: 'images export NAME [-o FILE]',
  async run(argv) {
    const { values, positionals } = parseStoreArgs(argv, { output: { type: 'string', short: 'o' } });
    if (positionals.length !== 1) throw new UsageError(`usage: exovisor ${exportCmd.usage}`);
    if (values.output === '') throw new UsageError('-o needs a file name');
    const name = positionals[0]!;
    const { entry, bytes } = await (await openLibrary(values.store)).get(name);
    const out = values.output ?? name;
    writeOutput(out, bytes);
    process.stdout.write(`exported ${entry.name} to ${out} (${entry.size} bytes)\n`);
    return 0;
  },
};

const rm: StoreSubcommand = {
  usage: 'images rm NAME',
  async run(argv) {
    const entry = await removeNamed(argv, rm.usage, 'exovisor images ls');
    process.stdout.write(`removed ${entry.name}${entry.builtin ? ' (built-in: it is restored the next time the library is opened)' : ''}\n`);
    return 0;
  },
};

/** The `images` subcommands, by name. */
export const IMAGES_COMMANDS: Readonly<Record<string, StoreSubcommand>> = { ls, import: importCmd, export: exportCmd, rm };

/** Runs `exovisor images …`; returns the exit status. */
export function imagesCommand(argv: string[]): Promise<number> {
  return runSubcommand('images', IMAGES_COMMANDS, argv);
}
