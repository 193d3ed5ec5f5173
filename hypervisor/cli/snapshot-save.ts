/**
 * `exovisor snapshot save NAME --after MS …` and `exovisor snapshot restore
 * NAME`: the snapshots of `run --snapshot-after` and `run --restore`, kept
 * in the image library (kind 'snapshot') instead of in files. Save runs
 * the guest as `run` would, pauses it after MS milliseconds, and stores
 * the snapshot with what it was made from once the run has stopped;
 * restore reads it back (every chunk checked) and runs it to its end.
 */
import { formatBytes } from '../image/store.js';
import { checkName } from '../image/manifest.js';
import { StoreError, type ImageEntry } from '../image/library.js';
import { UsageError, parseDuration } from './args.js';
import { runNative } from './run-native.js';
import { parseSnapshotRequest, restoreSnapshot } from './run-snapshot.js';
import { nativeOptions, parseRunArgs, type RunOptions } from './run.js';
import { findEntry, openLibrary, parseStoreArgs, type StoreSubcommand } from './store-commands.js';

/** Longest metadata string the library keeps. */
const MAX_META_STRING = 1024;

/**
 * Removes option `flag` (`--flag VALUE` or `--flag=VALUE`) from the options
 * before `--` in `argv`; returns its last value and the rest.
 */
export function takeOption(argv: readonly string[], flag: string): { value: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === flag) {
      if (i + 1 >= argv.length || argv[i + 1] === '--') throw new UsageError(`${flag} needs a value`);
      value = argv[++i];
    } else if (a.startsWith(`${flag}=`)) {
      value = a.slice(flag.length + 1);
    } else {
      rest.push(a);
    }
  }
  return { value, rest };
}

/** What a stored snapshot records about its making (shown by `snapshot ls --json`). */
function snapshotMeta(o: RunOptions, afterMs: number, insns: number): ImageEntry['meta'] {
  return {
    guest: o.mode,
    from: o.file.slice(0, MAX_META_STRING),
    ...(o.mode === 'native' ? { firmware: o.firmware.slice(0, MAX_META_STRING) } : {}),
    command: o.program.join(' ').slice(0, MAX_META_STRING),
    ram: o.ram,
    after_ms: afterMs,
    insns,
  };
}

const SAVE_USAGE = 'snapshot save NAME --after MS [run options] KERNEL -- PROGRAM [ARGS]';

const save: StoreSubcommand = {
  usage: SAVE_USAGE,
  async run(argv) {
    const [name, ...args] = argv;
    if (name === undefined || name.startsWith('-')) throw new UsageError(`usage: exovisor ${SAVE_USAGE}`);
    checkName(name);
    const after = takeOption(args, '--after');
    const store = takeOption(after.rest, '--store');
    if (after.value === undefined) throw new UsageError(`--after MS is required; usage: exovisor ${SAVE_USAGE}`);
    const o = parseRunArgs(store.rest);
    if (o.snapshot) throw new UsageError('--snapshot-after and --snapshot-out write a file; snapshot save takes --after and stores in the library');
    const req = parseSnapshotRequest(after.value, name, o.mode)!;
    if (o.mode === 'bare') throw new UsageError('--mode bare runs without a hypervisor worker and cannot be snapshotted');
    const lib = await openLibrary(store.value);
    if ((await lib.list()).some((e) => e.name === name)) {
      throw new UsageError(`an image named '${name}' already exists; 'exovisor snapshot rm ${name}' deletes a snapshot, or choose another name`);
    }
    let kept: { bytes: Uint8Array; insns: number } | null = null;
    req.keep = (bytes, insns) => { kept = { bytes, insns }; };
    const status = await runNative({ ...nativeOptions(o, o.mode), snapshot: req });
    const got = kept as { bytes: Uint8Array; insns: number } | null;
    if (!got) return status === 0 ? 1 : status;
    const entry = await lib.put(name, 'snapshot', got.bytes, snapshotMeta(o, req.afterMs, got.insns));
    process.stderr.write(`exovisor: snapshot of the guest after ${got.insns} instructions saved as '${name}' (${formatBytes(entry.size)}); the run stops here ('exovisor snapshot restore ${name}' continues it)\n`);
    return 0;
  },
};

const restore: StoreSubcommand = {
  usage: 'snapshot restore NAME [--timeout SECONDS] [--stats]',
  async run(argv) {
    const { values, positionals } = parseStoreArgs(argv, { timeout: { type: 'string' }, stats: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError(`usage: exovisor ${restore.usage}`);
    const name = positionals[0]!;
    checkName(name);
    const timeoutMs = values.timeout === undefined ? undefined : parseDuration('--timeout', values.timeout);
    const lib = await openLibrary(values.store);
    const found = await findEntry(lib, name, 'exovisor snapshot ls');
    if (found.kind !== 'snapshot') throw new StoreError('invalid', `'${name}' is a ${found.kind} image, not a snapshot; 'exovisor snapshot ls' lists the snapshots`);
    const { bytes } = await lib.get(name);
    return restoreSnapshot(bytes, `snapshot '${name}'`, { stats: values.stats ?? false, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  },
};

/** `snapshot save` and `snapshot restore`, for the snapshot command table. */
export const SAVE_RESTORE_COMMANDS: Readonly<Record<string, StoreSubcommand>> = { save, restore };
