/**
 * `exovisor compare` runs one app under every guest kind through the real
 * CLI: each mode prints the same output, the counters relate as the designs
 * predict (the trap-and-emulate VMM exits on every device access and
 * privileged instruction, hardware assistance only on device accesses and
 * SBI, with no shadow syncs and longer nested walks, the PV kernel batches
 * them into hypercalls, a unikernel makes fewer still), every workload runs
 * in every mode with its boot time to the app's first instruction, pingpong
 * runs as two guests of each mode, a failing mode is a row with an error and
 * status 1, and bad input is one line with status 2.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

interface Peer { insns: number; boot_insns: number; exits_total: number; state: string; exit_code: number; output: string }
interface Row {
  mode: string; wall_ms: number; insns: number; exits: Record<string, number>; exits_total: number;
  insns_overhead: number | null; hypercalls: number | null; image_bytes: number; memory_bytes: number;
  boot_ms: number | null; boot_insns: number | null; rtt_us: number | null; peer?: Peer;
  shadow_syncs: number | null; walk_refs_per_miss: number | null; output: string; error?: string;
}

const MODES = ['native', 'full', 'hw', 'pv', 'uni'];

/** Checks a row's boot figures: the app started after some boot work, before the run ended, in guest time no shorter than the instructions take. */
function expectBoot(row: Row, clock: 'deterministic' | 'realtime' = 'deterministic'): void {
  expect(row.boot_insns).toBeGreaterThan(1000);
  expect(row.boot_insns!).toBeLessThan(row.insns);
  // The deterministic clock ticks once per 10 instructions at 10 MHz, plus any idle time skipped.
  if (clock === 'deterministic') expect(row.boot_ms!).toBeGreaterThanOrEqual(Math.floor(row.boot_insns! / 10) / 10_000 - 0.001);
  else expect(row.boot_ms!).toBeGreaterThan(0);
}

function compareJson(args: string[]): { status: number | null; rows: Row[]; stderr: string } {
  const r = exovisor(['compare', '--json', ...args], 240_000);
  const rows = r.stdout.startsWith('{') ? (JSON.parse(r.stdout) as { rows: Row[] }).rows : [];
  return { status: r.status, rows, stderr: r.stderr };
}

describe('exovisor compare', () => {
  it('runs hello in the five modes with the same output and native as the baseline', () => {
    const r = compareJson(['hello']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.rows.map((row) => row.mode)).toEqual(['native', 'full', 'hw', 'pv', 'uni']);
    for (const row of r.rows) {
      expect(row.error).toBeUndefined();
      expect(row.output).toBe(r.rows[0]!.output);
      expect(row.insns).toBeGreaterThan(0);
      expect(row.wall_ms).toBeGreaterThan(0);
      expect(row.image_bytes).toBeGreaterThan(0);
      expect(row.memory_bytes).toBeGreaterThan(0);
      expect(row.exits_total).toBe(Object.values(row.exits).reduce((a, b) => a + b, 0));
    }
    expect(r.rows[0]!.output).toContain('hello');
    for (const row of r.rows) expectBoot(row);
    expect(r.rows[0]!.insns_overhead).toBe(1);
    expect(r.rows[0]!.hypercalls).toBeNull();
    expect(r.rows[3]!.hypercalls).toBeGreaterThan(0);
    // The unikernel runs far fewer instructions than any kernel and its image is a fraction of the kernel's.
    expect(r.rows[4]!.insns_overhead).toBeLessThan(0.5);
    expect(r.rows[4]!.image_bytes).toBeLessThan(r.rows[3]!.image_bytes / 2);
    expect(r.rows[2]!.image_bytes).toBe(r.rows[1]!.image_bytes); // hw boots the very kernel full does
  }, 300_000);

  it('gives each mode a fresh disk: fsbench exits most under full, fewer hardware-assisted, fewer as pv, fewest as a unikernel', () => {
    const r = compareJson(['fsbench', '--modes', 'full,hw,pv,uni', '--', '1024']);
    expect(r.status).toBe(0);
    const [full, hw, pv, uni] = r.rows;
    expect(r.rows.map((row) => row.mode)).toEqual(['full', 'hw', 'pv', 'uni']);
    for (const row of r.rows) expect(row.output).toBe('fsbench: wrote and read back 1024 KiB, checksum ' + /checksum (\w+)/.exec(full!.output)![1] + '\n');
    expect(full!.exits_total).toBeGreaterThan(hw!.exits_total);
    expect(hw!.exits_total).toBeGreaterThan(pv!.exits_total);
    expect(pv!.exits_total).toBeGreaterThan(uni!.exits_total);
    // Nested paging: no shadows to keep in sync, and each TLB miss reads the G-stage table for every guest entry.
    expect(hw!.shadow_syncs).toBe(0);
    expect(hw!.exits['csr'] ?? 0).toBe(0);
    expect(hw!.walk_refs_per_miss).toBeGreaterThan(full!.walk_refs_per_miss!);
    expect(full!.insns_overhead).toBeNull(); // no native run to compare with
  }, 300_000);

  it('prints a table with a header and one line per mode', () => {
    const r = exovisor(['compare', 'hello', '--modes', 'pv,uni'], 120_000);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^MODE +WALL_MS +INSNS +WALLx +INSNSx +BOOT_MS +BOOT_INSNS +EXITS +HCALLS .*EXITS_BY_REASON$/);
    expect(lines[1]).toMatch(/^pv +\d+ +\d+ +- +- +\d+\.\d+ +\d+ .*hypercall=\d+/);
    expect(lines[2]).toMatch(/^uni +\d+ +\d+ /);
  }, 180_000);

  it.each([
    ['compute', [], /^compute: sieve, crc32, matmul, sort\n[^]*checksum: cadbe193\ndone\n$/],
    ['syscall', ['500'], /^syscall: 500 getpid calls, pid 1\n$/],
    ['fsbench', ['64'], /^fsbench: wrote and read back 64 KiB, checksum \w+\n$/],
    ['spawnstorm', ['20'], /^spawnstorm: 20 children spawned and reaped, 0 bad statuses\n$/],
  ])('runs %s in every mode with the same output and a boot time to its first instruction', (app, args, output) => {
    const r = compareJson([app, '--', ...args]);
    expect(r.rows.map((row) => [row.mode, row.error])).toEqual(MODES.map((m) => [m, undefined]));
    expect(r.status).toBe(0);
    for (const row of r.rows) {
      expect(row.output).toMatch(output);
      expect(row.output).toBe(r.rows[0]!.output);
      expectBoot(row);
    }
    const [native, full, hw, pv, uni] = r.rows as [Row, Row, Row, Row, Row];
    // A kernel boots and execs the app; a unikernel only sets itself up before main.
    expect(uni.boot_insns!).toBeLessThan(full.boot_insns! / 2);
    expect(uni.boot_insns!).toBeLessThan(hw.boot_insns! / 2);
    expect(uni.boot_insns!).toBeLessThan(pv.boot_insns! / 2);
    expect(native.insns_overhead).toBe(1);
  }, 300_000);

  it('runs pingpong as two guests of each mode: the client row with its round trip, the server as its peer', () => {
    const r = compareJson(['pingpong', '--', 'ping', '3']);
    expect(r.rows.map((row) => [row.mode, row.error])).toEqual(MODES.map((m) => [m, undefined]));
    expect(r.status).toBe(0);
    for (const row of r.rows) {
      expect(row.output).toMatch(/^pingpong: found a server at 02:00:00:00:00:01\npingpong: 3 round trips, 0 lost, rtt min \d+ us, avg (\d+) us, max \d+ us\n$/);
      expect(row.rtt_us).toBe(Number(/avg (\d+) us/.exec(row.output)![1]));
      expectBoot(row, 'realtime');
      expect(row.peer!.output).toBe('pingpong: serving on 02:00:00:00:00:01\npingpong: answered 3 pings\n');
      expect([row.peer!.state, row.peer!.exit_code]).toEqual(['shutdown', 0]);
      expect(row.peer!.boot_insns).toBeGreaterThan(1000);
      expect(row.peer!.exits_total).toBeGreaterThan(0);
    }
  }, 300_000);

  it('reports a mode that does not finish as a row with an error and exits 1', () => {
    const r = compareJson(['cat', '--modes', 'pv', '--timeout', '1']);
    expect(r.status).toBe(1);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.error).toMatch(/timeout/);
    expect(r.rows[0]!.insns).toBeGreaterThan(0);
  }, 120_000);

  it.each([
    [['hello', '--modes', 'native,bogus'], /^exovisor: unknown mode 'bogus'/],
    [['nosuchapp'], /^exovisor: unknown app 'nosuchapp'/],
    [['hello', '--modes', 'hw,full,hw'], /^exovisor: --modes names a mode twice\n$/],
    [[], /^exovisor: compare takes one app/],
  ])('refuses %j with one line and status 2', (args, message) => {
    const r = exovisor(['compare', ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
