/**
 * Runs the real `exovisor` command (the compiled dist/hypervisor/cli/exovisor.js)
 * in a child process, with a hard kill after `timeoutMs` so a hung guest can
 * never hang the test run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Result of one CLI run. */
export interface CliResult { status: number | null; stdout: string; stderr: string }

/** Runs `exovisor ...args`, with `input` on its stdin when given and `env` added to the environment. */
export function exovisor(args: string[], timeoutMs = 60_000, input?: string, env?: Record<string, string>): CliResult {
  const r = spawnSync(process.execPath, [`${ROOT}dist/hypervisor/cli/exovisor.js`, ...args], {
    cwd: ROOT, encoding: 'latin1', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 8 << 20,
    ...(input === undefined ? {} : { input }), ...(env === undefined ? {} : { env: { ...process.env, ...env } }),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Expects exit status `status`, nothing on stdout, and exactly one `exovisor: …` line on stderr matching `message`. */
export function expectOneLine(r: CliResult, status: number, message: RegExp): void {
  expect(r.status, r.stderr).toBe(status);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^exovisor: [^\n]*\n$/);
  expect(r.stderr).toMatch(message);
}
