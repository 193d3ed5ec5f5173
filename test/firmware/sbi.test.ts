/**
 * The M-mode SBI firmware (libos/sbi/build/sbi.elf) on QEMU's virt board,
 * booted like OpenSBI's fw_dynamic (`-bios`), with the S-mode test payload
 * (test/firmware/build/payload.elf) as the kernel. The payload checks every
 * SBI call and the machine setup, prints one line per check, reads two
 * console bytes (the second one picks how it shuts down) and must print
 * exactly payload.expected — the firmware itself prints nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { hasTool } from '../helpers/tools.js';

const FIRMWARE = 'libos/sbi/build/sbi.elf';
const PAYLOAD = 'test/firmware/build/payload.elf';
/** The same payload linked at 0x80800000: reachable only through fw_dynamic_info.next_addr. */
const PAYLOAD_HIGH = 'test/firmware/build/payload_high.elf';

const expected = readFileSync(`${ROOT}test/firmware/payload.expected`, 'latin1');

/** Boots the firmware with `load` (how the payload gets into RAM) and `input` on the console. */
function runQemu(load: string[], input: string): { status: number | null; stdout: string } {
  const r = spawnSync('timeout', ['-s', 'KILL', '30', 'qemu-system-riscv32', '-machine', 'virt', '-bios', FIRMWARE,
    ...load, '-nographic', '-monitor', 'none', '-serial', 'stdio'],
  { cwd: ROOT, input, encoding: 'latin1', maxBuffer: 1 << 20 });
  return { status: r.status, stdout: r.stdout };
}

describe('SBI firmware image', () => {
  it('starts at 0x80000000 and fits in its PMP region', () => {
    const sym = new Map(readFileSync(`${ROOT}libos/sbi/build/sbi.sym`, 'latin1').trimEnd().split('\n')
      .map((line) => line.split(' '))
      .map(([addr, , name]) => [name!, Number.parseInt(addr!, 16)] as const));
    expect(sym.get('_start')).toBe(0x8000_0000);
    expect(sym.get('__fw_start')).toBe(0x8000_0000);
    expect(sym.get('__image_end')).toBeLessThanOrEqual(sym.get('__fw_end')!);
    expect(sym.get('__fw_end')).toBeLessThanOrEqual(0x8040_0000);
  });
});

describe.runIf(hasTool('qemu-system-riscv32'))('SBI firmware on QEMU', () => {
  it('passes every payload check and exits with the SRST exit reason (status 3)', () => {
    const r = runQemu(['-kernel', PAYLOAD], 's3');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(3);
  });

  it('shutdown with reason NONE exits with status 0', () => {
    const r = runQemu(['-kernel', PAYLOAD], 's0');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
  });

  it('shutdown with reason SYSFAIL exits with status 1', () => {
    const r = runQemu(['-kernel', PAYLOAD], 's1');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(1);
  });

  it('cold reboot restarts the firmware and the payload', () => {
    const r = runQemu(['-kernel', PAYLOAD], 'sr');
    expect(r.stdout).toBe(`${expected}sbi: reboot ok\n`);
    expect(r.status).toBe(4);
  });

  it('enters the kernel at fw_dynamic_info.next_addr', () => {
    const r = runQemu(['-kernel', PAYLOAD_HIGH], 's3');
    expect(r.stdout).toBe(expected.replace('sbi: boot args ok\n', 'sbi: boot args ok\nsbi: entered at next_addr\n'));
    expect(r.status).toBe(3);
  });

  it('enters the kernel at KERNEL_BASE when fw_dynamic_info names no next stage', () => {
    // Without -kernel, QEMU's fw_dynamic_info has next_addr = 0.
    const r = runQemu(['-device', `loader,file=${PAYLOAD}`], 's3');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(3);
  });
});
