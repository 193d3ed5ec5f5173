/**
 * Generates the C headers guests include from the TypeScript definitions in
 * this folder, so no number is typed twice. A unit test fails when a
 * committed header differs from what this produces.
 */
import { VIRT_ABI, VIRT_CLINT, VIRT_DRAM, VIRT_TEST, VIRT_UART0 } from './virt.js';

const hex = (v: number): string => `0x${v.toString(16).padStart(8, '0')}u`;

/** The address map drawn as a comment, as xv6's memlayout.h does. */
function mapComment(): string[] {
  const rows = [
    [VIRT_TEST, 'VIRT_TEST    SiFive test finisher'],
    [VIRT_CLINT, 'VIRT_CLINT   CLINT: msip +0, mtimecmp +0x4000, mtime +0xbff8'],
    [VIRT_UART0, 'VIRT_UART0   ns16550a UART'],
    [VIRT_DRAM, 'VIRT_DRAM    RAM (128 MiB by default)'],
  ] as const;
  return [' *', ' * Physical address map of the bare platform:', ' *',
    ...rows.map(([a, what]) => ` *   ${hex(a).slice(0, -1)}  ${what}`)];
}

/** Text of libos/include/exovisor/virt.h. */
export function virtHeader(): string {
  const out = [
    '/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/virt.ts',
    ' * (npm run guests regenerates it).',
    ...mapComment(),
    ' */',
    '#ifndef EXOVISOR_VIRT_H',
    '#define EXOVISOR_VIRT_H',
  ];
  for (const { section, constants } of VIRT_ABI) {
    out.push('', `/* ${section}. */`);
    const width = Math.max(...constants.map((c) => c.name.length));
    for (const c of constants) out.push(`#define ${c.name.padEnd(width)} ${c.decimal ? `${c.value}u` : hex(c.value)} /* ${c.doc} */`);
  }
  out.push('', '#endif', '');
  return out.join('\n');
}

/** Every generated header: path relative to the repository root, and its text. */
export function generatedHeaders(): Array<{ path: string; text: string }> {
  return [{ path: 'libos/include/exovisor/virt.h', text: virtHeader() }];
}
