/**
 * `exovisor run --mode native` as a user meets it: the firmware and kernel
 * boot through the hypervisor worker and a guest worker, the console is
 * stdin/stdout, the disk is fresh or a file that keeps what the guest
 * wrote, --stats reports the domain's counters, and every way of failing
 * has its own exit status and one clear line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFs, mkfs, readFs } from '../../../hypervisor/image/mkfs.js';
import { exovisor, ROOT } from '../../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'exovisor-native-'));
const native = (args: string[], program: string[], input?: string, timeoutS = 60): ReturnType<typeof exovisor> =>
  exovisor(['run', '--mode', 'native', '--timeout', String(timeoutS), ...args, 'kernel', '--', ...program], (timeoutS + 30) * 1000, input);

/** The JSON object on the last line of stderr. */
function statsOf(stderr: string): Record<string, unknown> {
  const last = stderr.trimEnd().split('\n').pop()!;
  return JSON.parse(last) as Record<string, unknown>;
}

describe('exovisor run --mode native', () => {
  it('boots the kernel, which loads the program from the fresh disk, passes its arguments, and exits with its status', () => {
    const r = native(['--stats'], ['hello', 'one', 'two']);
    expect(r.stdout).toBe('hello from pid 1\nhello: argv[1]=one\nhello: argv[2]=two\n');
    expect(r.status).toBe(0);
    const s = statsOf(r.stderr) as { insns: number; exits: Record<string, number>; mmio: Record<string, number>; state: string; exit_code: number; tlb_misses: number };
    expect(s.state).toBe('shutdown');
    expect(s.exit_code).toBe(0);
    expect(s.insns).toBeGreaterThan(100_000);
    expect(s.exits['mmio']).toBe(Object.values(s.mmio).reduce((a, b) => a + b, 0));
    expect(s.mmio['disk']).toBeGreaterThan(1000); // the ELF came off the PIO disk, 128 data-port exits per sector
    expect(s.mmio['uart0']).toBeGreaterThan(0);
    expect(s.mmio['test']).toBe(1); // the firmware's shutdown write
    expect(s.tlb_misses).toBeGreaterThan(0);
  }, 120_000);

  it('delivers console input through the UART receive interrupt (cat echoes until Ctrl-D)', () => {
    const r = native(['--stats'], ['cat'], 'typed line\nsecond\x04');
    expect(r.stdout).toBe('typed line\nsecond');
    expect(r.status).toBe(0);
    expect((statsOf(r.stderr) as { interrupts_injected: number }).interrupts_injected).toBeGreaterThan(0);
  }, 120_000);

  it('keeps what the guest wrote in a --disk file, consistently, for the next boot', () => {
    const disk = join(tmp, 'keep.img');
    writeFileSync(disk, mkfs({ sizeBytes: 8 << 20, files: [{ name: 'fsbench', data: readFileSync(`${ROOT}apps/build/fsbench.elf`) }, { name: 'ls', data: readFileSync(`${ROOT}apps/build/ls.elf`) }] }));
    expect(native(['--disk', disk], ['fsbench', '64', 'keep']).status).toBe(0);
    const image = new Uint8Array(readFileSync(disk));
    expect(checkFs(image)).toEqual([]);
    expect(readFs(image).files.map((f) => f.name).sort()).toEqual(['fsbench', 'fsbench.dat', 'ls']);
    const ls = native(['--disk', disk], ['ls']);
    expect(ls.stdout).toMatch(/^fsbench\.dat +65536$/m);
    expect(ls.status).toBe(0);
  }, 180_000);

  it('exits 127 when the program exists nowhere, with the kernel saying so', () => {
    const r = native([], ['no-such-program']);
    expect(r.stdout).toBe('init: no-such-program: not found\n');
    expect(r.status).toBe(127);
  }, 120_000);

  it('a crashing guest exits 125 and names the cause', () => {
    const r = exovisor(['run', '--mode', 'native', '--timeout', '30', '--firmware', 'test/guests/build/crash.elf', 'kernel', '--', 'hello'], 60_000);
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(/^exovisor: guest crashed: no progress: .*fetch_access/m);
  }, 90_000);

  it('--timeout stops a guest that runs too long with status 124', () => {
    const t0 = performance.now();
    const r = native([], ['syscall', '1000000000'], undefined, 2);
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/timeout/);
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});

describe('exovisor run --mode native: bad input exits 2 with one line and starts nothing', () => {
  const bad = (args: string[], pattern: RegExp): void => {
    const r = exovisor(['run', '--mode', 'native', ...args]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^exovisor: /);
    expect(lines[0]).toMatch(pattern);
  };
  it('no program', () => bad(['kernel'], /needs a kernel and a program/));
  it('missing kernel file', () => bad([join(tmp, 'nope.elf'), '--', 'hello'], /no such file, and not a built-in image/));
  it('kernel that is not an ELF', () => bad(['package.json', '--', 'hello'], /not an ELF file/));
  it('disk that is not whole sectors', () => {
    const disk = join(tmp, 'odd.img');
    writeFileSync(disk, new Uint8Array(1000));
    bad(['--disk', disk, 'kernel', '--', 'hello'], /whole number of 512-byte sectors/);
  });
  it('argument with a space', () => bad(['kernel', '--', 'hello', 'a b'], /whitespace/));
  it('RAM too small for firmware, kernel and device tree', () => bad(['--mem', '4M', 'kernel', '--', 'hello'], /outside RAM|overlaps/));
  it('--trace is for bare mode', () => bad(['--trace', '5', 'kernel', '--', 'hello'], /--trace applies to --mode bare/));
});
