/**
 * `exovisor compare` runs one app under every guest kind through the real
 * CLI: each mode prints the same output, the counters relate as the designs
 * predict (the trap-and-emulate VMM exits on every device access and
 * privileged instruction, hardware assistance only on device accesses and
 * SBI, with no shadow syncs and longer nested walks, the PV kernel batches
 * them into hypercalls, a unikernel makes fewer still), a
 * failing mode is a row with an error and status 1, and bad input is one
 * line with status 2.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

interface Row {
  mode: string; wall_ms: number; insns: number; exits: Record<string, number>; exits_total: number;
  insns_overhead: number | null; hypercalls: number | null; image_bytes: number; memory_bytes: number;
  shadow_syncs: number | null; walk_refs_per_miss: number | null; output: string; error?: string;
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
    expect(lines[0]).toMatch(/^MODE +WALL_MS +INSNS +WALLx +INSNSx +EXITS +HCALLS .*EXITS_BY_REASON$/);
    expect(lines[1]).toMatch(/^pv +\d+ +\d+ .*hypercall=\d+/);
    expect(lines[2]).toMatch(/^uni +\d+ +\d+ /);
  }, 180_000);

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
