/**
 * `exovisor snapshot ls|rm|save|restore`: the snapshots in the image library
 * (entries of kind 'snapshot'). The subcommands sit in a table; saving and
 * restoring, which run guests, live in snapshot-save.ts.
 */
import { StoreError } from '../image/library.js';
import { UsageError } from './args.js';
import { SAVE_RESTORE_COMMANDS } from './snapshot-save.js';
import { openLibrary, parseStoreArgs, printEntries, removeNamed, runSubcommand, type StoreSubcommand } from './store-commands.js';

const ls: StoreSubcommand = {
  usage: 'snapshot ls [--json]',
  async run(argv) {
    const { values, positionals } = parseStoreArgs(argv, { json: { type: 'boolean' } });
    if (positionals.length !== 0) throw new UsageError(`usage: exovisor ${ls.usage}`);
    const entries = (await (await openLibrary(values.store)).list()).filter((e) => e.kind === 'snapshot');
    printEntries(entries, values.json ?? false);
    return 0;
  },
};

const rm: StoreSubcommand = {
  usage: 'snapshot rm NAME',
  async run(argv) {
    const entry = await removeNamed(argv, rm.usage, 'exovisor snapshot ls', (e) => {
      if (e.kind !== 'snapshot') throw new StoreError('invalid', `'${e.name}' is a ${e.kind} image, not a snapshot; 'exovisor images rm' deletes it`);
    });
    process.stdout.write(`removed snapshot ${entry.name}\n`);
    return 0;
  },
};

/** The `snapshot` subcommands, by name. */
export const SNAPSHOT_COMMANDS: Record<string, StoreSubcommand> = { ls, rm, ...SAVE_RESTORE_COMMANDS };

/** Runs `exovisor snapshot …`; returns the exit status. */
export function snapshotCommand(argv: string[]): Promise<number> {
  return runSubcommand('snapshot', SNAPSHOT_COMMANDS, argv);
}
