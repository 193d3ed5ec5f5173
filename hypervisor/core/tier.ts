/**
 * The CPU tier a machine runs on when nothing chooses one: the translation
 * tier, or whatever the EXOVISOR_TIER environment variable names, so a whole
 * test suite or a script can run every guest on the reference interpreter
 * without each caller passing a tier. An explicit tier always wins.
 */

/** Execution tiers: `interp` is the reference interpreter; `jit` adds translated blocks. */
export type CpuTier = 'interp' | 'jit';

/** Why a tier name was refused (bad EXOVISOR_TIER or --tier value). */
export class TierError extends Error {
  override readonly name = 'TierError';
}

/** `value` as a tier; TierError naming `source` when it is neither jit nor interp. */
export function parseTier(value: string, source: string): CpuTier {
  if (value !== 'jit' && value !== 'interp') throw new TierError(`${source} takes jit or interp, got '${value}'`);
  return value;
}

/** The tier to use when none is given: EXOVISOR_TIER when set (Node only), else jit. */
export function defaultTier(): CpuTier {
  const env = typeof process === 'undefined' ? undefined : process.env?.['EXOVISOR_TIER'];
  return env === undefined || env === '' ? 'jit' : parseTier(env, 'EXOVISOR_TIER');
}
