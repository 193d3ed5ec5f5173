/**
 * The fuzzing harness every fuzz and hostile-input test shares: fast-check
 * runs with a seed and a budget taken from the environment (fixed and small
 * under `npm test`, random and long under `npm run fuzz`), an oracle that
 * tells a clean refusal (the module's typed error) from a crash, and the
 * per-target counts written to `.tmp/fuzz-stats/` for `npm run fuzz --
 * --summary` to add up (see test/fuzz/README.md).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT } from '../helpers/cli.js';

/** Seed used when FUZZ_SEED is not set, so `npm test` is reproducible. */
export const DEFAULT_SEED = 0x0e_c0_5e;
/** Where each target's counts go (git-ignored through /.tmp/). */
export const STATS_DIR = join(ROOT, '.tmp', 'fuzz-stats');
/** Committed crash inputs, one folder per target. */
export const REGRESSIONS_DIR = join(ROOT, 'test', 'fuzz', 'regressions');

/** How long and from where one property runs. */
export interface FuzzBudget {
  seed: number;
  numRuns: number;
  /** Wall-clock cap in ms; runs stop early (without failing) when it is reached. */
  timeMs: number;
  /** fast-check replay path (FUZZ_PATH): with the seed, reruns exactly the failing case. */
  path?: string;
}

/** Reads a non-negative integer from the environment, or `fallback` when unset; throws on garbage so a typo is not a silent default. */
function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${name}=${raw} is not a non-negative integer`);
  return v;
}

/** The budget of one property: `defaultRuns` runs within a few seconds unless FUZZ_RUNS / FUZZ_TIME_MS / FUZZ_SEED say otherwise. */
export function fuzzBudget(defaultRuns: number, defaultTimeMs = 4000): FuzzBudget {
  const timeMs = envInt('FUZZ_TIME_MS', 0);
  const runs = envInt('FUZZ_RUNS', 0);
  // A time budget alone means "as many runs as fit".
  const numRuns = runs > 0 ? runs : timeMs > 0 ? 2 ** 30 : defaultRuns;
  const path = process.env['FUZZ_PATH'] || undefined;
  return { seed: envInt('FUZZ_SEED', DEFAULT_SEED) | 0, numRuns, timeMs: timeMs > 0 ? timeMs : defaultTimeMs, ...(path ? { path } : {}) };
}

/** Counts one target reports. */
export interface TargetCounts {
  /** Generated inputs the property ran on. */
  fuzzIterations?: number;
  /** Hand-built hostile inputs (structured cases, regression replays, hostile guests). */
  hostileCases?: number;
  /** Crash inputs replayed: each is a crash once found and fixed. */
  regressions?: number;
}

/** The on-disk record of one target. */
export interface StatsRecord { target: string; fuzzIterations: number; hostileCases: number; regressions: number; seed: number | null }

/** Adds `counts` to target `target`'s record in STATS_DIR (one JSON file per target; a test file's targets are its own). */
export function recordCounts(target: string, counts: TargetCounts, seed: number | null = null): void {
  mkdirSync(STATS_DIR, { recursive: true });
  const file = join(STATS_DIR, `${target.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
  let old: StatsRecord = { target, fuzzIterations: 0, hostileCases: 0, regressions: 0, seed };
  try {
    old = JSON.parse(readFileSync(file, 'utf8')) as StatsRecord;
  } catch {
    // First record of this target in this run.
  }
  const rec: StatsRecord = {
    target, seed: seed ?? old.seed,
    fuzzIterations: old.fuzzIterations + (counts.fuzzIterations ?? 0), hostileCases: old.hostileCases + (counts.hostileCases ?? 0),
    regressions: (old.regressions ?? 0) + (counts.regressions ?? 0),
  };
  writeFileSync(file, `${JSON.stringify(rec)}\n`);
}

/** A clean refusal: an instance of one of the module's typed errors. */
export type ErrorClass = abstract new (...args: never[]) => Error;

/** Rethrows `e` unless it is one of `allowed`: anything else (TypeError, RangeError, ...) is a crash. */
export function expectRefusal(e: unknown, allowed: readonly ErrorClass[]): void {
  if (allowed.some((c) => e instanceof c)) {
    if ((e as Error).message.trim() === '') throw new Error(`${(e as Error).name} with an empty message`);
    return;
  }
  throw e;
}

/** Runs `parse(input)`; a typed refusal is fine, anything else escapes. Returns the result, or undefined when refused. */
export function parsesOrRefuses<T>(parse: () => T, allowed: readonly ErrorClass[]): T | undefined {
  try {
    return parse();
  } catch (e) {
    expectRefusal(e, allowed);
    return undefined;
  }
}

/** The async form of parsesOrRefuses. */
export async function parsesOrRefusesAsync<T>(parse: () => Promise<T>, allowed: readonly ErrorClass[]): Promise<T | undefined> {
  try {
    return await parse();
  } catch (e) {
    expectRefusal(e, allowed);
    return undefined;
  }
}

/** Throws a report fast-check can shrink from: the seed, the path and the failing input. */
function failure(target: string, details: fc.RunDetails<unknown>): Error {
  const hint = `replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''}`;
  const why = details.errorInstance instanceof Error ? `${details.errorInstance.name}: ${details.errorInstance.message}` : String(details.errorInstance);
  const input = fc.stringify(details.counterexample).slice(0, 2000);
  return new Error(`fuzz target ${target} failed after ${details.numRuns} runs; ${hint}\n${why}\ninput: ${input}`);
}

/** Runs `property` under the target's budget, records its iterations, and throws a replayable report on failure. */
export async function fuzz<Ts extends [unknown, ...unknown[]]>(
  target: string, arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }, predicate: (...args: Ts) => void | Promise<void>, defaultRuns: number,
): Promise<number> {
  const budget = fuzzBudget(defaultRuns);
  let iterations = 0;
  // fast-check stops waiting for a run when the time budget ends; the run
  // itself goes on, so it is awaited before anything else may touch its state.
  let inflight: Promise<unknown> = Promise.resolve();
  const counted = (...args: Ts): Promise<void> => {
    iterations++;
    const run = (async () => predicate(...args))();
    inflight = run.catch(() => undefined);
    return run;
  };
  const property = fc.asyncProperty(...arbitraries, counted);
  const details = await fc.check(property, {
    seed: budget.seed, numRuns: budget.numRuns, interruptAfterTimeLimit: budget.timeMs, markInterruptAsFailure: false,
    ...(budget.path ? { path: budget.path } : {}),
  });
  await inflight;
  recordCounts(target, { fuzzIterations: iterations }, budget.seed);
  if (details.failed) throw failure(target, details as fc.RunDetails<unknown>);
  return iterations;
}

/** The names of `target`'s committed regression files ending in `ext`, sorted (none when the folder does not exist). */
function regressionFiles(target: string, ext: string): string[] {
  try {
    return readdirSync(join(REGRESSIONS_DIR, target)).filter((f) => f.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

/** The committed regression inputs of `target` as [file name, bytes], sorted by name. */
export function regressionInputs(target: string): Array<[string, Uint8Array]> {
  return regressionFiles(target, '.bin').map((f) => [f, new Uint8Array(readFileSync(join(REGRESSIONS_DIR, target, f)))]);
}

/** The committed JSON regression cases of `target` (shrunk fast-check counterexamples of structured targets) as [file name, case], sorted by name. */
export function regressionCases(target: string): Array<[string, unknown]> {
  return regressionFiles(target, '.json').map((f) => [f, JSON.parse(readFileSync(join(REGRESSIONS_DIR, target, f), 'utf8')) as unknown]);
}
