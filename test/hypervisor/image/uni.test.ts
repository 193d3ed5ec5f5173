/**
 * Library-OS module records: a module object declares its name, the modules
 * it requires and the hypercalls it makes in an `.exo.module` section; a
 * build resolves the wanted modules into everything they need, each after
 * its dependencies, and names what is missing or circular.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModuleError, moduleRecord, resolveModules, type ModuleRecord } from '../../../hypervisor/image/uni.js';
import { hasTool } from '../../helpers/tools.js';

const rec = (name: string, requires: string[] = []): ModuleRecord => ({ name, requires, hypercalls: [], doc: '' });

describe('module records', () => {
  it.runIf(hasTool('riscv64-unknown-elf-gcc'))('are read from the .exo.module section of a compiled object', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-mod-'));
    writeFileSync(join(dir, 'm.c'), [
      '__attribute__((section(".exo.module"), used)) static const char record[] =',
      '    "name=console\\0requires=pv, runtime\\0hypercalls=console_io,event_channel_op\\0doc=the PV console\\0";',
      'int console_putc(int c) { return c; }',
    ].join('\n'));
    execFileSync('riscv64-unknown-elf-gcc', ['-march=rv32imac', '-misa-spec=2.2', '-mabi=ilp32', '-c', '-o', join(dir, 'm.o'), join(dir, 'm.c')]);
    const r = moduleRecord(new Uint8Array(readFileSync(join(dir, 'm.o'))), 'm.o');
    expect(r).toEqual({ name: 'console', requires: ['pv', 'runtime'], hypercalls: ['console_io', 'event_channel_op'], doc: 'the PV console' });
    writeFileSync(join(dir, 'p.c'), 'int plain(void) { return 1; }\n');
    execFileSync('riscv64-unknown-elf-gcc', ['-march=rv32imac', '-misa-spec=2.2', '-mabi=ilp32', '-c', '-o', join(dir, 'p.o'), join(dir, 'p.c')]);
    expect(() => moduleRecord(new Uint8Array(readFileSync(join(dir, 'p.o'))), 'p.o')).toThrow(/p\.o: not a library-OS module/);
  });

  it('refuse what is not an ELF object, without crashing', () => {
    expect(() => moduleRecord(new TextEncoder().encode('not an object at all, just text'), 'x.o')).toThrow(ModuleError);
    const truncated = new Uint8Array(64);
    truncated.set([0x7f, 0x45, 0x4c, 0x46, 1, 1]);
    new DataView(truncated.buffer).setUint32(32, 10_000, true);
    new DataView(truncated.buffer).setUint16(46, 40, true);
    new DataView(truncated.buffer).setUint16(48, 3, true);
    expect(() => moduleRecord(truncated, 't.o')).toThrow(/t\.o: section headers lie outside the file/);
  });
});

describe('module resolution', () => {
  const all = new Map([rec('runtime'), rec('pv'), rec('console', ['pv', 'runtime']), rec('time', ['pv']), rec('posix', ['console', 'time', 'runtime'])].map((r) => [r.name, r]));

  it('adds every required module, each after its dependencies, once', () => {
    const order = resolveModules(['posix'], all);
    expect(new Set(order)).toEqual(new Set(['runtime', 'pv', 'console', 'time', 'posix']));
    expect(order).toHaveLength(5);
    for (const name of order) for (const dep of all.get(name)!.requires) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(name));
    expect(resolveModules(['time', 'time', 'pv'], all)).toEqual(['pv', 'time']);
  });

  it('names an unknown module and who required it, and links modules that require each other', () => {
    expect(() => resolveModules(['net'], all)).toThrow(/no library-OS module 'net'; available: console, posix, pv, runtime, time/);
    const broken = new Map(all);
    broken.set('fs', rec('fs', ['blk']));
    expect(() => resolveModules(['fs'], broken)).toThrow(/no library-OS module 'blk' \(required by fs\)/);
    const cyclic = new Map([rec('a', ['b']), rec('b', ['c']), rec('c', ['a'])].map((r) => [r.name, r]));
    expect(resolveModules(['a'], cyclic)).toEqual(['c', 'b', 'a']);
  });
});
