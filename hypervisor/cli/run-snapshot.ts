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
import { UsageError, parseDuration } from './args.js';
import { readInput } from './images.js';
import { runNative, saveFile } from './run-native.js';

/** What --snapshot-after and --snapshot-out ask for. */
export interface SnapshotRequest {
  afterMs: number;
  file: string;
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
        saveFile(req.file, await client.api.snapshot(id));
        const insns = (await client.api.stats(id)).insns;
        process.stderr.write(`exovisor: snapshot of the guest after ${insns} instructions written to ${req.file}; the run stops here ('exovisor run --restore ${req.file}' continues it)\n`);
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
  if (mode !== 'native' && mode !== 'full') {
    throw new UsageError(`--snapshot-after applies to --mode native and full; --mode ${mode} guests cannot be snapshotted by this version`);
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
  const bytes = readInput(values.restore);
  let info: SnapshotSummary;
  try {
    info = snapshotSummary(bytes);
  } catch (e) {
    throw new UsageError(`${values.restore}: ${e instanceof SnapshotFormatError ? e.message : String(e)}`);
  }
  return runNative({
    mode: info.kind === 'full' ? 'full' : 'native', restore: bytes,
    kernel: '', firmware: '', program: [], ram: info.ramBytes, disk: null, noDisk: true,
    clock: 'deterministic', tier: 'jit', stats: values.stats ?? false,
    ...(values.timeout === undefined ? {} : { timeoutMs: parseDuration('--timeout', values.timeout) }),
  });
}
