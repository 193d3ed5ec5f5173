/**
 * The S-mode probe kernels (test/vmm/*.c): each checks one part of what a
 * trap-and-emulate VMM must reproduce — privileged CSRs and instructions,
 * trap reflection, page-table lifecycle, timer interrupts — and must print
 * exactly its .expected file (recorded on QEMU with the SBI firmware, the
 * reference machine) and exit 0, wherever it runs: on QEMU, on Exovisor's
 * board with the same firmware (native), deprivileged under the VMM
 * (full), which answers SBI itself, and in VS mode under the
 * hardware-assisted hypervisor (hw), which answers SBI too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exovisor, ROOT } from '../helpers/cli.js';
import { hasTool } from '../helpers/tools.js';

const FIRMWARE = 'libos/sbi/build/sbi.elf';
const PROBES = ['privileged', 'traps', 'pagetables', 'timer'] as const;

type Probe = (typeof PROBES)[number];

const elf = (name: Probe): string => `test/vmm/build/${name}.elf`;
const expected = (name: Probe): string => readFileSync(`${ROOT}test/vmm/${name}.expected`, 'latin1');

/** Boots a probe as the kernel behind the SBI firmware on QEMU's virt board. */
function runQemu(name: Probe): { status: number | null; stdout: string } {
  const r = spawnSync('timeout', ['-s', 'KILL', '30', 'qemu-system-riscv32', '-machine', 'virt', '-bios', FIRMWARE,
    '-kernel', elf(name), '-nographic', '-monitor', 'none', '-serial', 'stdio'],
  { cwd: ROOT, input: '', encoding: 'latin1', maxBuffer: 1 << 20 });
  return { status: r.status, stdout: r.stdout };
}

/** Boots a probe with `exovisor run --mode <mode>` (the trailing program name is ignored by the probes). */
function runExovisor(mode: 'native' | 'full' | 'hw', name: Probe): { status: number | null; stdout: string; stderr: string } {
  return exovisor(['run', '--mode', mode, '--timeout', '30', '--no-disk', elf(name), '--', 'x'], 60_000, '');
}

/** One test per probe: under `mode` it prints what it prints on QEMU and exits 0. */
function itPrintsAsOnQemu(mode: 'native' | 'full' | 'hw'): void {
  for (const name of PROBES) {
    it(`${name} prints the same as on QEMU and exits 0`, () => {
      const r = runExovisor(mode, name);
      expect(r.stdout, r.stderr).toBe(expected(name));
      expect(r.status, r.stderr).toBe(0);
    });
  }
}

describe.runIf(hasTool('qemu-system-riscv32'))('S-mode probes on QEMU with the SBI firmware', () => {
  for (const name of PROBES) {
    it(`${name} prints ${name}.expected and exits 0`, () => {
      const r = runQemu(name);
      expect(r.stdout).toBe(expected(name));
      expect(r.status).toBe(0);
    });
  }
});

describe('S-mode probes on Exovisor with the SBI firmware (native)', () => {
  itPrintsAsOnQemu('native');
});

describe('S-mode probes deprivileged under the VMM (full)', () => {
  itPrintsAsOnQemu('full');

  it('every emulated privileged instruction and trap path shows in the VMM counters', () => {
    const r = exovisor(['run', '--mode', 'full', '--timeout', '30', '--no-disk', '--stats', elf('privileged'), '--', 'x'], 60_000, '');
    const s = JSON.parse(r.stderr.trimEnd().split('\n').pop()!) as { exits: Record<string, number>; vmm: { privileged: Record<string, number> } };
    for (const kind of ['csr', 'sret', 'sfence_vma', 'wfi', 'sbi_ecall']) expect(s.vmm.privileged[kind], kind).toBeGreaterThan(0);
    expect(s.exits['reflected']).toBeGreaterThan(0); // the U-mode ecalls, delivered to the probe's stvec
    expect(s.exits['interrupt']).toBeGreaterThan(0); // virtual timer interrupts
  });
});

describe('S-mode probes in VS mode under the hardware-assisted hypervisor (hw)', () => {
  itPrintsAsOnQemu('hw');

  it('only SBI calls, wfi and the injected timer exit: the probe\'s CSRs, sret, sfence.vma and traps stay in the guest', () => {
    const r = exovisor(['run', '--mode', 'hw', '--timeout', '30', '--no-disk', '--stats', elf('privileged'), '--', 'x'], 60_000, '');
    const s = JSON.parse(r.stderr.trimEnd().split('\n').pop()!) as { exits: Record<string, number>; hvm: Record<string, number>; traps: number };
    expect(Object.keys(s.exits).sort()).toEqual(['guest_page_fault', 'interrupt', 'sbi', 'virtual_instruction']);
    expect(s.exits['sbi']).toBeGreaterThan(0);
    expect(s.hvm['wfi']).toBeGreaterThan(0);
    expect(s.exits['interrupt']).toBeGreaterThan(0); // VSTIP injected for the SBI timer
    expect(s.hvm['injected_faults']).toBe(0);
    expect(s.traps).toBeGreaterThan(s.exits['sbi']! + s.exits['virtual_instruction']!); // the U-mode ecalls went straight to the probe
  });
});
