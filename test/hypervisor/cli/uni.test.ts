/**
 * Unikernels: `exovisor build` links an app's object with the library-OS
 * modules it needs, using the linker written in TypeScript, and `run --mode
 * uni` boots the image on the PV interface with no kernel underneath. The
 * apps print what they print under the kernel; the images are a fraction of
 * the kernel's size and run far fewer instructions to the same output; and
 * the same objects linked by the GNU linker behave the same.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPS } from '../../../hypervisor/image/builtin.js';
import { ROOT, exovisor } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'exo-uni-'));

interface Run { status: number | null; stdout: string; stats: Record<string, unknown> }

function run(args: string[]): Run {
  const r = exovisor(['run', '--timeout', '120', '--stats', ...args], 180_000);
  const last = r.stderr.trimEnd().split('\n').pop() ?? '';
  return { status: r.status, stdout: r.stdout, stats: JSON.parse(last.startsWith('{') ? last : '{}') as Record<string, unknown> };
}

function build(app: string, extra: string[] = []): { status: number | null; stdout: string; stderr: string; image: string } {
  const image = join(dir, `${app}.uni`);
  const r = exovisor(['build', app, '-o', image, ...extra]);
  return { ...r, image };
}

describe('exovisor build', () => {
  it('links hello from its object and the modules it needs, and prints the size of each part', () => {
    const r = build('hello');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^PART +TEXT +RODATA +DATA +BSS +TOTAL$/m);
    for (const part of ['app', 'runtime', 'console', 'posix', 'libc', 'total']) expect(r.stdout).toMatch(new RegExp(`^${part} +\\d+`, 'm'));
    expect(r.stdout).toMatch(/image: .*hello\.uni, \d+ bytes \(modules: .*posix.*\)/);
    expect(r.stdout).not.toMatch(/^fs /m); // hello does not need the file system
  });

  it('links every app', () => {
    for (const app of APPS) {
      const r = build(app.name);
      expect(r.status, `${app.name}: ${r.stderr}`).toBe(0);
      expect(statSync(r.image).size).toBeLessThan(64 * 1024);
    }
  }, 120_000);

  it('refuses an unknown module and an input that is no object, with one line', () => {
    const bad = build('hello', ['--libos', 'posix,nosuch']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^exovisor: no library-OS module 'nosuch'; available: .*posix.*\n$/);
    const notObject = exovisor(['build', join(ROOT, 'apps/hello/hello.c'), '-o', join(dir, 'x.uni')]);
    expect(notObject.status).toBe(2);
    expect(notObject.stderr).toMatch(/^exovisor: .*hello\.c.*\n$/);
  });
});

describe('unikernels run as the apps do under the kernel', () => {
  for (const [app, args] of [['hello', ['hello', 'from', 'a', 'unikernel']], ['compute', ['compute']], ['fsbench', ['fsbench', '256']], ['syscall', ['syscall', '5000']]] as const) {
    it(`${app}: same output and status as under kernel-pv, from a far smaller image with far fewer instructions`, () => {
      const b = build(app);
      expect(b.status, b.stderr).toBe(0);
      const uni = run(['--mode', 'uni', b.image, '--', ...args]);
      const pv = run(['--mode', 'pv', 'kernel-pv', '--', ...args]);
      expect(uni.stdout).toBe(pv.stdout);
      expect(uni.status).toBe(0);
      expect(uni.stats['mode']).toBe('uni');
      const kernelBytes = statSync(join(ROOT, 'libos/kernel/build/kernel-pv.elf')).size;
      expect(statSync(b.image).size * 3).toBeLessThan(kernelBytes);
      if (app === 'hello') expect((uni.stats['insns'] as number) * 10).toBeLessThan(pv.stats['insns'] as number);
    }, 400_000);
  }

  it('the GNU linker\'s images of the same objects behave the same', () => {
    for (const app of ['hello', 'compute']) {
      const b = build(app);
      const ours = run(['--mode', 'uni', '--no-disk', b.image, '--', app]);
      const gnu = run(['--mode', 'uni', '--no-disk', join(ROOT, `libos/uni/build/${app}.uni.elf`), '--', app]);
      expect(ours.stdout).toBe(readFileSync(join(ROOT, `apps/${app}/${app}.expected`), 'latin1'));
      expect(ours.stdout).toBe(gnu.stdout);
      expect(ours.status).toBe(gnu.status);
      const a = ours.stats['insns'] as number, g = gnu.stats['insns'] as number;
      expect(Math.abs(a - g) / g).toBeLessThan(0.01);
    }
  }, 400_000);
});
