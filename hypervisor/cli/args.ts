/**
 * Parsing of the command line's values: sizes, durations, counts, loss rates. Every
 * failure is a `UsageError` whose message names the flag and what it takes.
 */
import { type CpuTier, defaultTier, parseTier, TierError } from '../core/tier.js';

/** Bad command-line input: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1, k: 1024, kib: 1024, m: 1 << 20, mib: 1 << 20, g: 1 << 30, gib: 1 << 30,
};

/** Parses a byte size such as `128M`, `64MiB`, `1G` or `4096`. */
export function parseSize(flag: string, text: string): number {
  const m = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`${flag} takes a size like 128M or 1G, got '${text}'`);
  return Number(m[1]) * unit;
}

/** Parses a duration in seconds (`10`, `2.5`, `2s`) or milliseconds (`500ms`); returns milliseconds. */
export function parseDuration(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(text.trim());
  if (!m) throw new UsageError(`${flag} takes a duration like 10, 2.5s or 500ms, got '${text}'`);
  const v = Number(m[1]);
  return m[2] === 'ms' ? v : v * 1000;
}

/** Parses a non-negative integer count (`1000000`, `1e6`, `500M`). */
export function parseCount(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?(?:e\d+)?)([kmg]?)$/i.exec(text.trim());
  if (!m) throw new UsageError(`${flag} takes a count like 1000000, 1e6 or 500M, got '${text}'`);
  const mult = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[m[2]!.toLowerCase()] ?? 1;
  const v = Math.floor(Number(m[1]) * mult);
  if (!Number.isSafeInteger(v)) throw new UsageError(`${flag}: ${text} is too large`);
  return v;
}

/** Parses a frame-loss rate `PERCENT[:SEED]` (`5`, `2.5:7`): a percentage in [0, 100] and a seed (default 1). */
export function parseLoss(flag: string, text: string): { percent: number; seed: number } {
  const m = /^(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(text.trim());
  const percent = m ? Number(m[1]) : NaN;
  const seed = m?.[2] === undefined ? 1 : Number(m[2]);
  if (!m || percent > 100 || !Number.isSafeInteger(seed) || seed > 0xffff_ffff) {
    throw new UsageError(`${flag} takes PERCENT[:SEED] like 5 or 2.5:7 (a percentage up to 100, a seed up to 4294967295), got '${text}'`);
  }
  return { percent, seed };
}

/** The CPU tier: `--tier` when given, else EXOVISOR_TIER, else jit; a bad name of either is a UsageError. */
export function cliTier(flag: string | undefined): CpuTier {
  try {
    return flag === undefined ? defaultTier() : parseTier(flag, '--tier');
  } catch (e) {
    if (e instanceof TierError) throw new UsageError(e.message);
    throw e;
  }
}
