/**
 * `exovisor run --mode full`: the same kernel binary, deprivileged under the
 * trap-and-emulate VMM, must behave exactly as on the machine. Every app
 * prints the same bytes and exits the same way as under `--mode native`;
 * the counters show the VMM at work — privileged instructions by kind,
 * device accesses emulated, and shadow syncs when processes come and go.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

interface Run { status: number | null; stdout: string; stats: Record<string, unknown> }

/** Runs `program` on the kernel in `mode` (fresh disk), with --stats. */
function run(mode: 'native' | 'full', program: string[], input = ''): Run {
  const r = exovisor(['run', '--mode', mode, '--timeout', '120', '--stats', 'kernel', '--', ...program], 180_000, input);
  const last = r.stderr.trimEnd().split('\n').pop() ?? '';
  return { status: r.status, stdout: r.stdout, stats: JSON.parse(last.startsWith('{') ? last : '{}') as Record<string, unknown> };
}

const APPS: Array<{ program: string[]; input?: string }> = [
  { program: ['hello', 'full', 'virtualization'] },
  { program: ['compute'] },
  { program: ['syscall', '20000'] },
  { program: ['fsbench', '1024'] },
  { program: ['spawnstorm'] },
  { program: ['cat'], input: 'typed under the VMM\n\x04' },
  { program: ['ls'] },
  { program: ['no-such-program'] },
];

describe('the kernel under --mode full behaves as under --mode native', () => {
  for (const { program, input } of APPS) {
    it(`${program.join(' ')}: same output and exit status`, () => {
      const native = run('native', program, input);
      const full = run('full', program, input);
      expect(full.stdout).toBe(native.stdout);
      expect(full.status).toBe(native.status);
      expect(full.stats['mode']).toBe('full');
      expect(native.stdout.length).toBeGreaterThan(0);
    }, 400_000);
  }
});

describe('--mode full counters', () => {
  it('spawnstorm shows shadow syncs: page tables built, switched and freed under write protection', () => {
    const r = run('full', ['spawnstorm', '50']);
    expect(r.status).toBe(0);
    const vmm = r.stats['vmm'] as { shadow_syncs: number; wp_faults: number; privileged: Record<string, number> };
    expect(r.stats['shadow_syncs']).toBe(vmm.shadow_syncs);
    expect(vmm.shadow_syncs).toBeGreaterThan(0);
    expect(vmm.wp_faults).toBeGreaterThan(0);
    expect(vmm.privileged['sret']).toBeGreaterThan(50); // every return to a process is an emulated sret
  }, 200_000);

  it('emulated devices: every disk and UART register access is a trapped access the VMM emulates', () => {
    const r = run('full', ['hello']);
    const exits = r.stats['exits'] as Record<string, number>;
    const mmio = r.stats['mmio'] as Record<string, number>;
    expect(exits['mmio']).toBeGreaterThan(1000);
    // Each emulated access becomes one exit to the device model; SBI console and shutdown add a few of their own.
    const deviceExits = Object.values(mmio).reduce((a, b) => a + b, 0);
    expect(deviceExits).toBeGreaterThanOrEqual(exits['mmio']!);
    expect(deviceExits - exits['mmio']!).toBeLessThan(100);
  }, 200_000);
});
