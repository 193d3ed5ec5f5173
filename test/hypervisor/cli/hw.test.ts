/**
 * `exovisor run --mode hw`: the same kernel binary `--mode full` runs, in
 * VS/VU mode with H-extension semantics and nested paging, must behave
 * exactly as under the trap-and-emulate VMM. Every app prints the same
 * bytes and exits the same way; the counters show what changed: the guest's
 * privileged instructions and its own traps no longer exit, only SBI calls,
 * guest-page faults on device registers, wfi and injected interrupts do;
 * there are no shadow tables to sync, and each TLB miss reads more
 * page-table entries (every guest entry is G-translated). Snapshots of hw
 * guests: test/hypervisor/cli/run-snapshot.test.ts and core/snapshot.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

interface Run { status: number | null; stdout: string; stderr: string; stats: Record<string, unknown> }

/** Runs `program` on the kernel in `mode` (fresh disk), with --stats. */
function run(mode: 'full' | 'hw', program: string[], input = ''): Run {
  const r = exovisor(['run', '--mode', mode, '--timeout', '120', '--stats', 'kernel', '--', ...program], 180_000, input);
  const last = r.stderr.trimEnd().split('\n').pop() ?? '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, stats: JSON.parse(last.startsWith('{') ? last : '{}') as Record<string, unknown> };
}

const APPS: Array<{ program: string[]; input?: string }> = [
  { program: ['hello', 'hardware', 'assisted'] },
  { program: ['compute'] },
  { program: ['syscall', '20000'] },
  { program: ['fsbench', '1024'] },
  { program: ['spawnstorm'] },
  { program: ['cat'], input: 'typed in VS mode\n\x04' },
  { program: ['ls'] },
  { program: ['no-such-program'] },
];

describe('the kernel under --mode hw behaves as under --mode full', () => {
  for (const { program, input } of APPS) {
    it(`${program.join(' ')}: same output and exit status`, () => {
      const full = run('full', program, input);
      const hw = run('hw', program, input);
      expect(hw.stdout, hw.stderr).toBe(full.stdout);
      expect(hw.status).toBe(full.status);
      expect(hw.stats['mode']).toBe('hw');
      expect(full.stdout.length).toBeGreaterThan(0);
    }, 400_000);
  }
});

describe('--mode hw counters', () => {
  it('spawnstorm: no shadow syncs or write-protection faults, and no exit for the guest\'s own sret, CSRs or traps', () => {
    const r = run('hw', ['spawnstorm', '50']);
    expect(r.status).toBe(0);
    const exits = r.stats['exits'] as Record<string, number>;
    const hvm = r.stats['hvm'] as Record<string, number>;
    expect(Object.keys(exits).sort()).toEqual(['guest_page_fault', 'interrupt', 'sbi', 'virtual_instruction']);
    expect(r.stats['shadow_syncs']).toBe(0);
    expect(hvm['wp_faults']).toBe(0);
    expect(hvm['injected_faults']).toBe(0); // the guest's page faults and process ecalls went straight to it
    const traps = r.stats['traps'] as number;
    expect(traps).toBeGreaterThan(exits['sbi']! + exits['guest_page_fault']! + exits['virtual_instruction']!); // most traps stay in the guest
    expect(hvm['gstage_walks']).toBeGreaterThan(0);
  }, 200_000);

  it('hello: every device register access is a guest-page fault the hypervisor emulates, and nested walks read more per TLB miss', () => {
    const hw = run('hw', ['hello']);
    const full = run('full', ['hello']);
    const exits = hw.stats['exits'] as Record<string, number>;
    const hvm = hw.stats['hvm'] as Record<string, number>;
    const mmio = hw.stats['mmio'] as Record<string, number>;
    expect(hvm['mmio_emulated']).toBe(exits['guest_page_fault']);
    const deviceExits = Object.values(mmio).reduce((a, b) => a + b, 0);
    expect(deviceExits).toBeGreaterThanOrEqual(exits['guest_page_fault']!);
    expect(deviceExits - exits['guest_page_fault']!).toBeLessThan(100); // SBI console and shutdown add a few
    const perMiss = (s: Record<string, unknown>): number => (s['walk_refs'] as number) / (s['tlb_misses'] as number);
    expect(perMiss(hw.stats)).toBeGreaterThan(perMiss(full.stats));
    expect(hw.stats['walk_refs']).toBe(hvm['walk_refs']);
  }, 200_000);
});
