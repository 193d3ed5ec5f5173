/**
 * `exovisor run --mode pv kernel-pv`: the pv-ops build of the kernel as a
 * paravirtual guest must behave exactly as the kernel does on the machine —
 * same bytes, same exit status, for every app — while doing its I/O over
 * split drivers: far fewer traps into the hypervisor than the emulated
 * devices of a full guest cost, and counters that show hypercalls, event
 * channels, ring notifications sent and suppressed, and page-table batches.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../../helpers/cli.js';

interface Run { status: number | null; stdout: string; stderr: string; stats: Record<string, unknown> }

/** Runs `program` in `mode` (fresh disk), with --stats. */
function run(mode: 'native' | 'full' | 'pv', program: string[], input = '', extra: string[] = []): Run {
  const kernel = mode === 'pv' ? 'kernel-pv' : 'kernel';
  const r = exovisor(['run', '--mode', mode, '--timeout', '120', '--stats', ...extra, kernel, '--', ...program], 180_000, input);
  const last = r.stderr.trimEnd().split('\n').pop() ?? '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, stats: JSON.parse(last.startsWith('{') ? last : '{}') as Record<string, unknown> };
}

const APPS: Array<{ program: string[]; input?: string }> = [
  { program: ['hello', 'para', 'virtual'] },
  { program: ['compute'] },
  { program: ['syscall', '20000'] },
  { program: ['fsbench', '1024'] },
  { program: ['spawnstorm'] },
  { program: ['cat'], input: 'typed into the PV console\n\x04' },
  { program: ['ls'] },
  { program: ['no-such-program'] },
];

describe('the pv-ops kernel under --mode pv behaves as the kernel under --mode native', () => {
  for (const { program, input } of APPS) {
    it(`${program.join(' ')}: same output and exit status`, () => {
      const native = run('native', program, input);
      const pv = run('pv', program, input);
      expect(pv.stdout).toBe(native.stdout);
      expect(pv.status).toBe(native.status);
      expect(pv.stats['mode']).toBe('pv');
      expect(native.stdout.length).toBeGreaterThan(0);
    }, 400_000);
  }

  it('runs without a disk as the native kernel does (programs built into the image)', () => {
    const native = run('native', ['ls'], '', ['--no-disk']);
    const pv = run('pv', ['ls'], '', ['--no-disk']);
    expect(pv.stdout).toBe(native.stdout);
    expect(pv.status).toBe(0);
  }, 200_000);
});

describe('--mode pv counters', () => {
  it('fsbench does its I/O over the block ring: far fewer exits than emulated devices in a full guest', () => {
    const full = run('full', ['fsbench', '1024']);
    const pv = run('pv', ['fsbench', '1024']);
    expect(pv.stdout).toBe(full.stdout);
    const total = (e: unknown): number => Object.values(e as Record<string, number>).reduce((a, b) => a + b, 0);
    const fullExits = total(full.stats['exits']), pvExits = total(pv.stats['exits']);
    expect(pvExits * 50).toBeLessThan(fullExits);
    const p = pv.stats['pv'] as { blk: { requests: number; sectors_written: number }; hypercall_exits: number };
    expect(p.blk.requests).toBeGreaterThan(10);
    expect(p.blk.sectors_written).toBeGreaterThan(0);
    expect((pv.stats['mmio'] as Record<string, number>)).toEqual({});
    expect(pv.stats['ring_notify_sent']).toBeGreaterThan(0);
    expect(typeof pv.stats['ring_notify_suppressed']).toBe('number');
    expect(pv.stats['evtchn_sends']).toBeGreaterThan(0);
  }, 400_000);

  it('reports hypercalls by name, page-table batches and upcalls', () => {
    const r = run('pv', ['spawnstorm', '20']);
    expect(r.status).toBe(0);
    const hc = r.stats['hypercalls'] as Record<string, number>;
    for (const name of ['mmu_update', 'mmuext_op', 'iret', 'event_channel_op', 'sched_op', 'set_callbacks']) expect(hc[name], name).toBeGreaterThan(0);
    const p = r.stats['pv'] as Record<string, number>;
    expect(p['mmu_update_ptes']).toBeGreaterThan(p['mmu_update_batches']!); // batching: more PTEs than calls
    expect(p['max_ptes_per_batch']).toBeGreaterThan(1);
    expect(p['mmu_refused']).toBe(0);
    expect(p['upcalls']).toBeGreaterThan(0);
    expect(p['traps_bounced']).toBeGreaterThan(20); // every system call reaches the kernel through the hypervisor
  }, 200_000);
});

describe('console input', () => {
  it('arrives whole when piped input is far larger than the console rings, natively and in a PV guest', () => {
    const text = Array.from({ length: 400 }, (_, i) => `line ${String(i).padStart(5, '0')} abcdefghijklmnopqrstuvwxyz\n`).join('');
    for (const mode of ['native', 'pv'] as const) {
      const r = run(mode, ['cat'], `${text}\x04`);
      expect(r.status).toBe(0);
      expect(r.stdout.length, mode).toBe(text.length);
      expect(r.stdout).toBe(text);
    }
  }, 200_000);
});
