/**
 * The proc library-OS module, processes on threads: the test unikernel
 * test/uni/proc.c runs through the real CLI and passes every check (pids,
 * statuses from main's return and from _exit, wait_child for one child and
 * for any, getpid in a child, orphans, refusals); spawnstorm links it by
 * default and prints what it prints under a kernel, and without it spawn
 * says the unikernel is one program.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, exovisor } from '../../helpers/cli.js';

const IMAGE = join(ROOT, 'test/uni/build/proc.uni.elf');
const dir = mkdtempSync(join(tmpdir(), 'exo-uni-proc-'));

describe('the proc module', () => {
  it('passes every check of test/uni/proc.c and exits 0', () => {
    const r = exovisor(['run', '--mode', 'uni', '--no-disk', '--timeout', '60', IMAGE, '--', 'proc'], 90_000);
    expect(r.stdout).toBe([
      'ok the boot process is pid 1',
      'ok the first child is pid 2',
      "ok wait_child(pid) gives main's return value",
      'ok a reaped child is gone',
      "ok a child's getpid is its own pid",
      'child 300 exits',
      "ok wait_child(-1) reaps both children: a returned status and exit's status & 0xff",
      'ok no child left: -EXO_ECHILD',
      'ok another program: -EXO_ENOENT',
      'ok a child that left a grandchild ends by itself',
      'ok the orphan passes to the boot process',
      'ok wait_child of a pid that is no child: -EXO_ECHILD',
      'proc: SUCCESS',
      '',
    ].join('\n'));
    expect(r.status).toBe(0);
  }, 120_000);

  it('is what spawnstorm links by default; without it spawn answers ENOSYS', () => {
    const withProc = join(dir, 'spawnstorm.uni'), without = join(dir, 'spawnstorm-posix.uni');
    expect(exovisor(['build', 'spawnstorm', '--json', '-o', withProc]).stdout).toMatch(/"modules":\[[^\]]*"threads","proc"\]/);
    expect(exovisor(['build', 'spawnstorm', '--libos', 'posix', '-o', without]).status).toBe(0);
    const ok = exovisor(['run', '--mode', 'uni', '--no-disk', '--timeout', '60', withProc, '--', 'spawnstorm', '40'], 90_000);
    expect([ok.stdout, ok.status]).toEqual(['spawnstorm: 40 children spawned and reaped, 0 bad statuses\n', 0]);
    const no = exovisor(['run', '--mode', 'uni', '--no-disk', '--timeout', '60', without, '--', 'spawnstorm', '4'], 90_000);
    expect([no.stdout, no.status]).toEqual(['spawnstorm: spawn of child 0 failed: error 38\n', 1]);
  }, 200_000);
});
