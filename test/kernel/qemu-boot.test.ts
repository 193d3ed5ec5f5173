/**
 * The guest OS kernel on QEMU's virt board (no disk there): booted through
 * the SBI firmware with `-append "<program> <args>"`, every console app
 * prints exactly its apps/<name>/<name>.expected and the machine's exit
 * status is the program's. The kernel itself prints nothing on a normal
 * boot, so the console carries the app's bytes alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARG_MAX } from '../../hypervisor/abi/syscall.js';
import { ROOT } from '../helpers/cli.js';
import { hasTool } from '../helpers/tools.js';

const SBI = 'libos/sbi/build/sbi.elf';
const KERNEL = 'libos/kernel/build/kernel.elf';

/** The console apps built into the kernel, each run with its default arguments. */
const CONSOLE_APPS = ['hello', 'compute', 'syscall', 'spawnstorm', 'cat', 'ls'];

/** Boots the kernel with `append` as bootargs and `input` on the console. */
function boot(append: string, input = ''): { status: number | null; stdout: string } {
  const r = spawnSync('timeout', ['-s', 'KILL', '60', 'qemu-system-riscv32', '-machine', 'virt', '-bios', SBI,
    '-kernel', KERNEL, '-append', append, '-nographic', '-monitor', 'none', '-serial', 'stdio'],
  { cwd: ROOT, input: Buffer.from(input, 'latin1'), encoding: 'latin1', maxBuffer: 1 << 20, timeout: 90_000 });
  return { status: r.status, stdout: r.stdout };
}

/** apps/<name>/<name>.<ext>, or '' when the file does not exist. */
function appFile(name: string, ext: string): string {
  const path = `${ROOT}apps/${name}/${name}.${ext}`;
  return existsSync(path) ? readFileSync(path, 'latin1') : '';
}

describe.runIf(hasTool('qemu-system-riscv32'))('guest OS kernel on QEMU', () => {
  for (const name of CONSOLE_APPS) {
    it(`${name} prints its .expected output and exits 0`, () => {
      const r = boot(name, appFile(name, 'input'));
      expect(r.stdout).toBe(appFile(name, 'expected'));
      expect(r.status).toBe(0);
    }, 90_000);
  }

  it('passes the remaining bootargs words as argv[1..]', () => {
    const r = boot('hello  alpha beta');
    expect(r.stdout).toBe('hello from pid 1\nhello: argv[1]=alpha\nhello: argv[2]=beta\n');
    expect(r.status).toBe(0);
  });

  it('takes its exit status from the program: syscall with a count', () => {
    const r = boot('syscall 1234');
    expect(r.stdout).toBe('syscall: 1234 getpid calls, pid 1\n');
    expect(r.status).toBe(0);
  });

  it('lists the built-in programs and exits 2 without a program name', () => {
    const r = boot('');
    expect(r.stdout).toBe(`usage: boot with a program name; available: ${CONSOLE_APPS.join(' ')}\n`);
    expect(r.status).toBe(2);
  });

  it('exits 127 for an unknown program', () => {
    const r = boot('nosuch arg');
    expect(r.stdout).toBe('init: nosuch: not found\n');
    expect(r.status).toBe(127);
  });

  it('refuses a command line of more words than argv holds, and takes one that fits exactly', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const over = boot(`hello ${words(ARG_MAX)}`);
    expect(over.stdout).toBe(`init: too many arguments (at most ${ARG_MAX} words)\n`);
    expect(over.status).toBe(2);
    const full = boot(`hello ${words(ARG_MAX - 1)}`);
    expect(full.stdout).toMatch(new RegExp(`hello: argv\\[${ARG_MAX - 1}\\]=w${ARG_MAX - 2}\n$`));
    expect(full.status).toBe(0);
  });

  it('reports a program that needs the disk as not found (QEMU has none)', () => {
    const r = boot('fsbench');
    expect(r.stdout).toBe('init: fsbench: not found\n');
    expect(r.status).toBe(127);
  });
});
