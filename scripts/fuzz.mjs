#!/usr/bin/env node
/**
 * `npm run fuzz`: runs the fuzz targets and the hostile-input tests with a
 * seed and budget of its own (random unless --seed; --time seconds per
 * property or --runs iterations), then adds up the counts each test wrote
 * to .tmp/fuzz-stats/ and prints them. With --summary the test output is
 * kept short and the figures are the last line. Exits non-zero when any
 * case fails; bad options print one line and exit 2.
 *
 *   npm run fuzz -- --time 60
 *   npm run fuzz -- --runs 20000 --seed 42
 *   npm run fuzz -- --summary
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STATS_DIR = join(ROOT, '.tmp', 'fuzz-stats');
/** Folders whose tests count: the fuzz targets, and the hostile-input batteries when they exist. */
const TEST_DIRS = ['test/fuzz', 'test/hostile'];
/** Seconds per property when neither --time nor --runs is given. */
const DEFAULT_TIME_S = 10;
const USAGE = 'usage: npm run fuzz -- [--time <seconds>] [--runs <n>] [--seed <n>] [--summary]';

/** Prints one line and exits 2: the CLI's answer to bad input. */
function refuse(why) {
  process.stderr.write(`fuzz: ${why}; ${USAGE}\n`);
  process.exit(2);
}

/** A whole number from option `name`'s value, or refuse. */
function wholeNumber(name, raw, min) {
  const v = Number(raw);
  if (raw === undefined || !Number.isSafeInteger(v) || v < min) refuse(`${name} needs a whole number of at least ${min}, got '${raw ?? ''}'`);
  return v;
}

/** The options from argv: time (s), runs, seed, summary. */
function parseArgs(argv) {
  const o = { time: 0, runs: 0, seed: Math.floor(Math.random() * 2 ** 31), summary: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--summary') o.summary = true;
    else if (a === '--time') o.time = wholeNumber(a, argv[++i], 1);
    else if (a === '--runs') o.runs = wholeNumber(a, argv[++i], 1);
    else if (a === '--seed') o.seed = wholeNumber(a, argv[++i], 0);
    else refuse(`unknown option '${a}'`);
  }
  // Neither budget given: a longer run than `npm test`'s, still bounded.
  if (!o.time && !o.runs) o.time = DEFAULT_TIME_S;
  return o;
}

/** Runs vitest on the test folders with the budget in the environment; returns its exit status. */
function runTests(o) {
  const dirs = TEST_DIRS.filter((d) => existsSync(join(ROOT, d)));
  const timeoutMs = (o.time + 120) * 1000;
  const args = ['vitest', 'run', ...dirs, `--testTimeout=${timeoutMs}`, ...(o.summary ? ['--reporter=dot'] : [])];
  const env = { ...process.env, FUZZ_SEED: String(o.seed) };
  if (o.time) env.FUZZ_TIME_MS = String(o.time * 1000);
  if (o.runs) env.FUZZ_RUNS = String(o.runs);
  const r = spawnSync('npx', args, { cwd: ROOT, env, stdio: 'inherit' });
  return r.status ?? 1;
}

/** The totals of every record in STATS_DIR. */
function totals() {
  const t = { hostileCases: 0, fuzzIterations: 0, regressions: 0, targets: 0 };
  const files = existsSync(STATS_DIR) ? readdirSync(STATS_DIR).filter((f) => f.endsWith('.json')) : [];
  for (const f of files) {
    const rec = JSON.parse(readFileSync(join(STATS_DIR, f), 'utf8'));
    t.hostileCases += rec.hostileCases ?? 0;
    t.fuzzIterations += rec.fuzzIterations ?? 0;
    t.regressions += rec.regressions ?? 0;
    t.targets++;
  }
  return t;
}

/** Runs everything and prints the figures last. */
function main() {
  const o = parseArgs(process.argv.slice(2));
  rmSync(STATS_DIR, { recursive: true, force: true });
  mkdirSync(STATS_DIR, { recursive: true });
  process.stdout.write(`fuzz: seed ${o.seed}${o.time ? `, ${o.time} s per property` : ''}${o.runs ? `, ${o.runs} runs per property` : ''}\n`);
  const status = runTests(o);
  const t = totals();
  const verdict = status === 0 ? 'all passed' : `FAILED (replay with --seed ${o.seed})`;
  process.stdout.write(`fuzz summary: hostile cases tried ${t.hostileCases}, fuzz iterations ${t.fuzzIterations}, ` +
    `crashes found and fixed ${t.regressions} (regression cases), ${t.targets} targets, ${verdict}\n`);
  process.exit(status === 0 ? 0 : 1);
}

main();
