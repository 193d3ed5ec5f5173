/**
 * The guest OS kernel on Exovisor's own virt board (`exovisor run --mode
 * native`), which adds the PIO disk QEMU lacks: the console apps print what
 * they print on QEMU, fsbench writes and reads back a file on a real EXFS
 * disk, and the disk the kernel leaves behind passes checkFs — bitmap,
 * block references and link counts all consistent.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFs, mkfs, readFs } from '../../hypervisor/image/mkfs.js';
import { exovisor, ROOT } from '../helpers/cli.js';

const KERNEL = 'libos/kernel/build/kernel.elf';
const tmp = mkdtempSync(join(tmpdir(), 'exovisor-kernel-'));

/** Boots the kernel running `program` (with `disk`: a file, or none). */
function boot(program: string[], disk: string | null, timeoutS = 120): { status: number | null; stdout: string } {
  const diskArgs = disk === null ? ['--no-disk'] : ['--disk', disk];
  const r = exovisor(['run', '--mode', 'native', '--timeout', String(timeoutS), ...diskArgs, KERNEL, '--', ...program],
    (timeoutS + 30) * 1000);
  return { status: r.status, stdout: r.stdout };
}

/** apps/<name>/<name>.expected. */
const expected = (name: string): string => readFileSync(`${ROOT}apps/${name}/${name}.expected`, 'latin1');

/** A fresh EXFS disk file holding the named app images from apps/build. */
function diskWith(file: string, apps: string[], sizeBytes = 16 << 20): string {
  const files = apps.map((name) => ({ name, data: readFileSync(`${ROOT}apps/build/${name}.elf`) }));
  const path = join(tmp, file);
  writeFileSync(path, mkfs({ sizeBytes, files }));
  return path;
}

/** fsbench's byte at offset pos (apps/fsbench/fsbench.c). */
const pattern = (pos: number): number => (Math.imul(pos, 2654435761) >>> 24) & 0xff;

describe('guest OS kernel on Exovisor (native mode)', () => {
  for (const name of ['hello', 'compute', 'syscall', 'spawnstorm']) {
    it(`${name} prints the same as on QEMU and exits 0`, () => {
      const r = boot([name], null);
      expect(r.stdout).toBe(expected(name));
      expect(r.status).toBe(0);
    }, 150_000);
  }

  it('ls without a disk lists no files', () => {
    const r = boot(['ls'], null);
    expect(r.stdout).toBe(expected('ls'));
    expect(r.status).toBe(0);
  }, 150_000);

  it('ls lists the files of the disk with their sizes', () => {
    const disk = diskWith('ls.img', ['hello', 'ls']);
    const size = (n: string): number => readFileSync(`${ROOT}apps/build/${n}.elf`).length;
    const r = boot(['ls'], disk);
    const line = (n: string): string => `${n.padEnd(27)} ${String(size(n)).padStart(10)}\n`;
    expect(r.stdout).toBe(`${line('hello')}${line('ls')}2 files, ${size('hello') + size('ls')} bytes\n`);
    expect(r.status).toBe(0);
  }, 150_000);

  it('runs a program from the disk: fsbench prints its .expected output and leaves a clean disk', () => {
    const disk = diskWith('fsbench.img', ['fsbench']);
    const r = boot(['fsbench'], disk, 240);
    expect(r.stdout).toBe(expected('fsbench'));
    expect(r.status).toBe(0);
    const image = new Uint8Array(readFileSync(disk));
    expect(checkFs(image)).toEqual([]);
    expect(readFs(image).files.map((f) => f.name)).toEqual(['fsbench']);
  }, 300_000);

  it('fsbench keep leaves its file on the disk byte for byte, through the indirect block', () => {
    const disk = diskWith('keep.img', ['fsbench']);
    const kib = 600; // 150 blocks: past the 12 direct ones
    const r = boot(['fsbench', String(kib), 'keep'], disk, 240);
    expect(r.status).toBe(0);
    const image = new Uint8Array(readFileSync(disk));
    expect(checkFs(image)).toEqual([]);
    const data = readFs(image).read('fsbench.dat');
    expect(data.length).toBe(kib * 1024);
    let bad = -1;
    for (let i = 0; i < data.length && bad < 0; i++) if (data[i] !== pattern(i)) bad = i;
    expect(bad).toBe(-1);
  }, 300_000);

  it('exits 127 for a program neither on the disk nor built in', () => {
    const r = boot(['fsbench'], null);
    expect(r.stdout).toBe('init: fsbench: not found\n');
    expect(r.status).toBe(127);
  }, 150_000);
});
