/**
 * The threads library-OS module: the test unikernel test/uni/threads.c
 * (linked by GNU ld with the modules, as the reference unikernels are)
 * runs through the real CLI and hypervisor and passes every check — the
 * round-robin order, sleeps waking by deadline, event waits that time out
 * or are signalled (also from an event-channel handler), errno per thread,
 * join, a thread in the runtime's uni_wait_until not holding up a sleeper,
 * and 50 threads in turn and at once with their stacks reused. A thread
 * that writes over the bottom of its stack crashes the domain at the next
 * switch. Nothing requires the module by default, yet `--libos` selects it,
 * and apps run unchanged on its scheduler, which then carries every wait
 * of the console, the disk and the network.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, exovisor } from '../../helpers/cli.js';

const IMAGE = join(ROOT, 'test/uni/build/threads.uni.elf');
const dir = mkdtempSync(join(tmpdir(), 'exo-uni-threads-'));

/** Every check test/uni/threads.c makes, in order. */
const CHECKS = [
  'main is thread 0',
  'creation: increasing ids, uni_thread_self',
  'round-robin yield order ABCABCABC',
  'sleeps of 30, 10 and 20 ms wake in order 10, 20, 30, none early',
  'an unsignalled event wait times out after 20 ms',
  'a wait signalled after 5 ms returns signalled before its timeout',
  'a signal with no waiter wakes nobody',
  'a broadcast wakes all three waiters',
  'a signal from an event-channel handler wakes the waiting thread',
  'errno is per thread (ENOENT, EBADF, main\'s untouched)',
  'join returns the exit status (returned 42, uni_thread_exit(7))',
  'a second join, a join of oneself and of thread 0 are refused',
  'a 10 ms sleep is not delayed by a thread in uni_wait_until for 2 s',
  'the waiter returns on the next event, not at its deadline',
  '50 threads with 256 KiB stacks, one after another, in 1024 pages',
  '50 threads at once, all joined, stacks given back',
  'counters: every thread created exited, only thread 0 is left, idle blocks counted',
];

interface Stats { state: string; exit_code: number | null; hypercalls: Record<string, number> }

function run(args: string[]): { status: number | null; stdout: string; stderr: string; stats: Stats } {
  const r = exovisor(['run', '--mode', 'uni', '--no-disk', '--timeout', '120', '--stats', ...args], 180_000);
  const json = r.stderr.split('\n').find((l) => l.startsWith('{')) ?? '{}';
  return { ...r, stats: JSON.parse(json) as Stats };
}

describe('the threads module', () => {
  it('passes every check of test/uni/threads.c and exits 0', () => {
    const r = run([IMAGE, '--', 'threads']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('FAIL'))).toEqual([]);
    const oks = lines.filter((l) => l.startsWith('threads: ok ')).map((l) => l.slice('threads: ok '.length));
    expect(oks).toEqual(CHECKS);
    const stats = lines.find((l) => l.startsWith('threads: stats: '));
    expect(stats).toMatch(/^threads: stats: \d+ switches, 118 created, 118 exited, [1-9]\d* idle blocks, \d+ polls, 1 live$/);
    expect(lines[lines.length - 1]).toBe('threads: SUCCESS');
    expect(r.status).toBe(0);
    expect([r.stats.state, r.stats.exit_code]).toEqual(['shutdown', 0]);
    expect(r.stats.hypercalls['set_timer_op']).toBeGreaterThan(0); // the idle scheduler armed the timer
  }, 200_000);

  it('crashes the domain at the next switch when a thread overwrote the bottom of its stack', () => {
    const r = run([IMAGE, '--', 'threads', 'overflow']);
    expect(r.stdout).toContain('threads: overwrote the bottom of the stack\n');
    expect(r.stdout).not.toContain('went unnoticed');
    expect(r.stdout).toMatch(/^uni: panic: threads: a thread overflowed its stack \(the canary at its bottom is overwritten\)$/m);
    expect(r.stderr).toMatch(/^exovisor: guest crashed: .*SHUTDOWN_crash, status 1\)$/m);
    expect(r.stats.state).toBe('crashed');
    expect(r.status).not.toBe(0);
  }, 200_000);

  it('is selected with --libos although no app requires it, and an app runs unchanged on its scheduler', () => {
    const image = join(dir, 'hello.uni');
    const b = exovisor(['build', 'hello', '--libos', 'posix,threads', '-o', image]);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/^threads +\d+/m);
    expect(b.stdout).toMatch(/\(modules: .*\bthreads\b.*\)/);
    const plain = exovisor(['build', 'hello', '-o', join(dir, 'plain.uni')]);
    expect(plain.stdout).not.toMatch(/^threads /m);
    const r = run([image, '--', 'hello']);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'apps/hello/hello.expected'), 'latin1'));
    expect(r.status).toBe(0);
  }, 200_000);

  it('carries the waits of the disk and the network: fsbench and pingpong run as without it', () => {
    const fs = join(dir, 'fsbench.uni'), pp = join(dir, 'pingpong.uni');
    expect(exovisor(['build', 'fsbench', '--libos', 'posix,fs,threads', '-o', fs]).status).toBe(0);
    expect(exovisor(['build', 'pingpong', '--libos', 'posix,net,threads', '-o', pp]).status).toBe(0);
    const disk = exovisor(['run', '--mode', 'uni', '--timeout', '120', fs, '--', 'fsbench', '256'], 180_000);
    expect(disk.stdout).toMatch(/^fsbench: wrote and read back 256 KiB, checksum [0-9a-f]{8}\n$/);
    expect(disk.status).toBe(0);
    const net = exovisor(['run', '--mode', 'uni', '--timeout', '120', pp, '--peer', 'pingpong serve', '--', 'pingpong', 'ping', '20'], 180_000);
    expect(net.stdout).toMatch(/^pingpong: 20 round trips, 0 lost, /m);
    expect(net.stderr).toMatch(/^\[peer\] pingpong: answered 20 pings$/m);
    expect(net.status).toBe(0);
  }, 400_000);
});
