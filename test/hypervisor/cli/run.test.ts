/**
 * `exovisor run` as a user meets it: exit codes, one-line errors for bad
 * input (never a stack trace), limits, --stats and --trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exovisor, ROOT } from '../../helpers/cli.js';

const HELLO = 'test/guests/build/hello.elf';
const COMPUTE = 'apps/build/bare/compute.elf';
const tmp = mkdtempSync(join(tmpdir(), 'exovisor-cli-'));

/** Writes a copy of hello.elf with `patch` applied and returns its path. */
function patched(name: string, patch: (b: Buffer) => void): string {
  const b = Buffer.from(readFileSync(join(ROOT, HELLO)));
  patch(b);
  const file = join(tmp, name);
  writeFileSync(file, b);
  return file;
}

/** A bad-input failure: status 2 and exactly one line on stderr naming the problem. */
function expectOneLineError(args: string[], pattern: RegExp, env?: Record<string, string>): void {
  const r = exovisor(args, undefined, undefined, env);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^exovisor: /);
  expect(lines[0]).toMatch(pattern);
}

describe('exovisor run: bad input exits 2 with one clear line', () => {
  it('missing file', () => expectOneLineError(['run', '--mode', 'bare', join(tmp, 'nope.elf')], /no such file/));
  it('not an ELF', () => expectOneLineError(['run', '--mode', 'bare', 'package.json'], /not an ELF file/));
  it('ELF64', () => expectOneLineError(['run', '--mode', 'bare', patched('c64.elf', (b) => { b[4] = 2; })], /ELF64/));
  it('big-endian', () => expectOneLineError(['run', '--mode', 'bare', patched('be.elf', (b) => { b[5] = 2; })], /little-endian/));
  it('wrong machine', () => expectOneLineError(['run', '--mode', 'bare', patched('x86.elf', (b) => { b.writeUInt16LE(62, 18); })], /wrong machine/));
  it('segments outside RAM', () => expectOneLineError(['run', '--mode', 'bare', '--mem', '4K', HELLO], /outside RAM/));
  it('truncated file', () => {
    const file = join(tmp, 'short.elf');
    writeFileSync(file, readFileSync(join(ROOT, HELLO)).subarray(0, 200));
    expectOneLineError(['run', '--mode', 'bare', file], /truncated|past the end/);
  });
  it('missing --mode', () => expectOneLineError(['run', HELLO], /--mode is required/));
  it('unknown mode', () => expectOneLineError(['run', '--mode', 'warp', HELLO], /unknown --mode/));
  it('unknown option', () => expectOneLineError(['run', '--mode', 'bare', '--frobnicate', HELLO], /frobnicate/));
  it('bad size', () => expectOneLineError(['run', '--mode', 'bare', '--mem', 'lots', HELLO], /--mem/));
  it('unknown command', () => expectOneLineError(['fly'], /unknown command/));
  it('bad clock', () => expectOneLineError(['run', '--mode', 'bare', '--clock', 'sundial', HELLO], /--clock/));
  it('bad tier', () => expectOneLineError(['run', '--mode', 'bare', '--tier', 'warp', HELLO], /--tier/));
  it('bad EXOVISOR_TIER', () => expectOneLineError(['run', '--mode', 'bare', HELLO], /EXOVISOR_TIER/, { EXOVISOR_TIER: 'warp' }));
});

describe('exovisor run: EXOVISOR_TIER sets the default tier, --tier still wins', () => {
  const tierOf = (args: string[], env: string): unknown =>
    (JSON.parse(exovisor(['run', '--mode', 'bare', '--stats', ...args, HELLO], undefined, undefined, { EXOVISOR_TIER: env })
      .stderr.trimEnd().split('\n').at(-1)!) as { tier: unknown }).tier;
  it('unset: jit', () => expect(tierOf([], '')).toBe('jit'));
  it('interp', () => expect(tierOf([], 'interp')).toBe('interp'));
  it('--tier jit over EXOVISOR_TIER=interp', () => expect(tierOf(['--tier', 'jit'], 'interp')).toBe('jit'));
});

describe('exovisor run: limits', () => {
  it('--max-insns stops the guest with status 124 and says so', () => {
    const r = exovisor(['run', '--mode', 'bare', '--max-insns', '5000', COMPUTE]);
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/timeout: instruction limit reached after 5000 instructions/);
  });

  it('--timeout stops a long guest with status 124', () => {
    const r = exovisor(['run', '--mode', 'bare', '--timeout', '200ms', COMPUTE]);
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/timeout: time limit reached/);
  });
});

describe('exovisor run: --stats and --trace', () => {
  it('--stats prints one JSON object as the last line of stderr', () => {
    const r = exovisor(['run', '--mode', 'bare', '--stats', HELLO]);
    expect(r.status).toBe(0);
    const last = r.stderr.trimEnd().split('\n').at(-1)!;
    const s = JSON.parse(last) as Record<string, unknown>;
    expect(s.insns).toBeGreaterThan(1000);
    expect(typeof s.wall_ms).toBe('number');
    expect(typeof s.mips).toBe('number');
    expect(s.traps).toEqual({});
    expect(s.stop).toEqual({ kind: 'exit', code: 0 });
  });

  it('--stats counts traps by cause', () => {
    const r = exovisor(['run', '--mode', 'bare', '--stats', 'test/guests/build/traps.elf']);
    const s = JSON.parse(r.stderr.trimEnd().split('\n').at(-1)!) as { traps: Record<string, number> };
    expect(s.traps.ecall_m).toBeGreaterThanOrEqual(1);
    expect(s.traps.illegal_instruction).toBeGreaterThanOrEqual(1);
  });

  it('--clock realtime runs timer interrupts off the host clock with the same output', () => {
    const r = exovisor(['run', '--mode', 'bare', '--clock', 'realtime', '--timeout', '20', 'test/guests/build/timer.elf']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'test/guests/timer.expected'), 'latin1'));
  });

  it('is deterministic: two runs retire the same number of instructions', () => {
    const count = (): number => (JSON.parse(exovisor(['run', '--mode', 'bare', '--stats', 'test/guests/build/timer.elf']).stderr.trimEnd().split('\n').at(-1)!) as { insns: number }).insns;
    expect(count()).toBe(count());
  });

  it('--trace N prints exactly N disassembled instructions, from the entry point', () => {
    const r = exovisor(['run', '--mode', 'bare', '--trace', '25', HELLO]);
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    expect(lines[0]).toMatch(/^M 80000000: [0-9a-f]{4,8}\s+\S+/);
    for (const l of lines) expect(l).toMatch(/^M [0-9a-f]{8}: [0-9a-f]{4,8} +\S/);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'test/guests/hello.expected'), 'latin1'));
  });
});
