/**
 * The C test programs, run by the real `exovisor run --mode bare` command:
 * each must print exactly its .expected output and exit with its manifest
 * code. Where QEMU is installed (mandatory in CI), each program marked
 * `qemu: true` is also run on qemu-system-riscv32's virt board and both
 * machines must agree byte for byte and on the exit status.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exovisor, ROOT } from '../helpers/cli.js';
import { hasTool } from '../helpers/tools.js';

interface GuestTest { name: string; exit: number; qemu: boolean; description: string }

const manifest = JSON.parse(readFileSync(`${ROOT}test/guests/manifest.json`, 'utf8')) as GuestTest[];
const elf = (name: string): string => `test/guests/build/${name}.elf`;

function runQemu(file: string): { status: number | null; stdout: string } {
  const r = spawnSync('timeout', ['-s', 'KILL', '30', 'qemu-system-riscv32', '-machine', 'virt', '-bios', 'none',
    '-kernel', file, '-nographic', '-monitor', 'none', '-serial', 'stdio'],
  { cwd: ROOT, encoding: 'latin1', maxBuffer: 1 << 20 });
  return { status: r.status, stdout: r.stdout };
}

/** Runs a guest with --stats; returns the result and the retired-instruction count. */
function runStats(name: string, tier: string): { status: number | null; stdout: string; insns: number; tlbHits: number } {
  const r = exovisor(['run', '--mode', 'bare', '--timeout', '30', '--stats', '--tier', tier, elf(name)]);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, `stderr of ${name}: ${r.stderr}`).toHaveLength(1);
  const s = JSON.parse(lines[0]!) as { insns: number; tlb_hits: number };
  return { status: r.status, stdout: r.stdout, insns: s.insns, tlbHits: s.tlb_hits };
}

describe('bare-mode guest programs', () => {
  it('are listed', () => expect(manifest.length).toBeGreaterThanOrEqual(10));

  for (const t of manifest) {
    // Both CPU tiers must print the expected bytes, exit the same way, retire the same instructions and hit the TLB as often.
    it(`${t.name}: ${t.description}`, () => {
      const expected = readFileSync(`${ROOT}test/guests/${t.name}.expected`, 'latin1');
      const interp = runStats(t.name, 'interp');
      const jit = runStats(t.name, 'jit');
      expect(interp.stdout).toBe(expected);
      expect(interp.status).toBe(t.exit);
      expect(jit.stdout).toBe(expected);
      expect(jit.status).toBe(t.exit);
      expect(jit.insns).toBe(interp.insns);
      expect(jit.tlbHits).toBe(interp.tlbHits); // both tiers count every load and store the TLB answered
    });
  }
});

describe.runIf(hasTool('qemu-system-riscv32'))('differential against QEMU', () => {
  for (const t of manifest.filter((m) => m.qemu)) {
    it(`${t.name} prints the same and exits the same on both machines`, () => {
      const ours = exovisor(['run', '--mode', 'bare', '--timeout', '30', elf(t.name)]);
      const theirs = runQemu(elf(t.name));
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.status).toBe(theirs.status);
    });
  }
});

describe('apps', () => {
  it('compute (the CPU benchmark) prints its expected checksums', () => {
    const r = exovisor(['run', '--mode', 'bare', '--timeout', '60', 'apps/build/bare/compute.elf'], 90_000);
    expect(r.stdout).toBe(readFileSync(`${ROOT}apps/compute/compute.expected`, 'latin1'));
    expect(r.status).toBe(0);
  }, 90_000);
});
