/**
 * Snapshots from `exovisor run`: `--snapshot-after MS --snapshot-out FILE`
 * pauses the guest after MS milliseconds of running (wall time from its
 * start), writes its snapshot to FILE and stops the run (exit status 0);
 * `--restore FILE` builds the domain from a snapshot file and runs it to
 * its end with the console on stdin/stdout, as a fresh run would.
 */
import { parseArgs } from 'node:util';
import { SnapshotFormatError, snapshotSummary, type SnapshotSummary } from '../image/snapshot-format.js';
import type { HypervisorClient } from '../worker/client.js';
import { UsageError, cliTier, parseDuration } from './args.js';
import { readInput } from './images.js';
import { runNative, saveFile } from './run-native.js';

/** What --snapshot-after and --snapshot-out ask for. */
export interface SnapshotRequest {
  afterMs: number;
  file: string;
  /**
   * Takes the snapshot instead of writing `file` (`exovisor snapshot save`
   * stores it in the image library once the run has ended); `insns` is how
   * far the guest had run.
   */
  keep?: (bytes: Uint8Array, insns: number) => void;
}

/** Writes a snapshot taken after `insns` instructions to `file` and says how to continue it. */
function writeSnapshotFile(file: string, bytes: Uint8Array, insns: number): void {
  saveFile(file, bytes);
  process.stderr.write(`exovisor: snapshot of the guest after ${insns} instructions written to ${file}; the run stops here ('exovisor run --restore ${file}' continues it)\n`);
}

/** A snapshot scheduled during a run. */
export interface ScheduledSnapshot {
  /** True once the snapshot is written and the run should end. */
  readonly taken: boolean;
  /** Why it was not taken (the guest ended first, or the snapshot failed), once known. */
  readonly failure: string | null;
  /** Stops the timer and waits for a snapshot in progress. */
  settle(): Promise<void>;
}

/** Pauses domain `id` after `req.afterMs`, snapshots it into `req.file` (atomically) and leaves it paused. */
export function scheduleSnapshot(client: HypervisorClient, id: number, req: SnapshotRequest): ScheduledSnapshot {
  const s = { taken: false, failure: null as string | null, work: Promise.resolve() };
  const timer = setTimeout(() => {
    s.work = (async () => {
      try {
        await client.api.pause(id);
        const bytes = await client.api.snapshot(id);
        const insns = (await client.api.stats(id)).insns;
        (req.keep ?? ((b, n) => writeSnapshotFile(req.file, b, n)))(bytes, insns);
        s.taken = true;
      } catch (e) {
        s.failure = `no snapshot written: ${e instanceof Error ? e.message : String(e)}`;
      }
    })();
  }, req.afterMs);
  return {
    get taken() { return s.taken; },
    get failure() { return s.failure; },
    async settle() {
      clearTimeout(timer);
      await s.work;
      if (!s.taken && s.failure === null) s.failure = `no snapshot written: the guest ended before ${req.afterMs} ms`;
    },
  };
}

/** Reads --snapshot-after and --snapshot-out (both or neither). */
export function parseSnapshotRequest(after: string | undefined, out: string | undefined, mode: string): SnapshotRequest | null {
  if (after === undefined && out === undefined) return null;
  if (after === undefined || out === undefined || out === '') throw new UsageError('--snapshot-after MS and --snapshot-out FILE go together');
  if (mode === 'bare') {
    throw new UsageError('--snapshot-after applies to --mode native, full, hw, pv and uni; --mode bare runs without a hypervisor worker to pause it');
  }
  return { afterMs: parseDuration('--snapshot-after', /^\d+(\.\d+)?$/.test(after) ? `${after}ms` : after), file: out };
}

const RESTORE_USAGE = 'usage: exovisor run --restore FILE [--timeout SECONDS] [--stats]';

/** True when `argv` asks `run` to restore a snapshot. */
export function isRestoreRun(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--restore' || a.startsWith('--restore='));
}

/** `exovisor run --restore FILE`: the snapshot's domain, continued to its end; returns the exit status. */
export async function runRestore(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { restore: { type: 'string' }, timeout: { type: 'string' }, stats: { type: 'boolean' } },
  });
  if (positionals.length > 0 || !values.restore) throw new UsageError(`--restore takes a snapshot file and no image or program; ${RESTORE_USAGE}`);
  return restoreSnapshot(readInput(values.restore), values.restore, {
    stats: values.stats ?? false,
    ...(values.timeout === undefined ? {} : { timeoutMs: parseDuration('--timeout', values.timeout) }),
  });
}

/** How a restored snapshot runs. */
export interface RestoreOptions {
  timeoutMs?: number;
  stats: boolean;
}

/**
 * Runs the domain of snapshot `bytes` to its end with the console on
 * stdin/stdout; returns the exit status. A damaged snapshot is a
 * UsageError naming `source` (where the bytes came from).
 */
export async function restoreSnapshot(bytes: Uint8Array, source: string, o: RestoreOptions): Promise<number> {
  let info: SnapshotSummary;
  try {
    info = snapshotSummary(bytes);
  } catch (e) {
    throw new UsageError(`${source}: ${e instanceof SnapshotFormatError ? e.message : String(e)}`);
  }
  return runNative({
    mode: info.kind === 'full' || info.kind === 'hw' || info.kind === 'pv' || info.kind === 'uni' ? info.kind : 'native', restore: bytes,
    kernel: '', firmware: '', program: [], ram: info.ramBytes, disk: null, noDisk: true,
    clock: 'deterministic', tier: cliTier(undefined), stats: o.stats,
    ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
  });
}
