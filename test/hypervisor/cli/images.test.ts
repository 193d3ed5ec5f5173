/**
 * `exovisor images ls|import|export|rm` and `exovisor snapshot ls|rm` on a
 * temporary store directory: built-ins seeded on first use, import with the
 * kind guessed or given, export byte for byte, removal, the store chosen by
 * --store or $EXOVISOR_STORE, and one line with exit status 2 for bad input
 * (1 for a damaged entry).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exovisor, expectOneLine as fails, ROOT, type CliResult } from '../../helpers/cli.js';

let tmp: string;
let store: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'exovisor-images-'));
  store = join(tmp, 'store');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `exovisor images|snapshot ...args --store <store>`. */
const run = (args: string[]): CliResult => exovisor([...args, '--store', store]);

interface Listed { name: string; kind: string; size: number; builtin: boolean; date: string; meta: Record<string, unknown> }
const ls = (group = 'images'): Listed[] => {
  const r = run([group, 'ls', '--json']);
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { images: Listed[] }).images;
};

describe('exovisor images', () => {
  it('seeds the built-in images on first use and lists them as a table and as JSON', () => {
    const images = ls();
    expect(images.map((i) => i.name)).toEqual(expect.arrayContaining(['kernel', 'kernel-pv', 'sbi', 'hello.o', 'libos-posix.o', 'empty-disk']));
    const kernel = images.find((i) => i.name === 'kernel')!;
    expect(kernel).toMatchObject({ kind: 'kernel', builtin: true, size: readFileSync(join(ROOT, 'libos/kernel/build/kernel.elf')).length });
    expect(Date.parse(kernel.date)).toBeGreaterThan(0);
    const text = run(['images', 'ls']).stdout;
    expect(text).toMatch(/^NAME +KIND +SIZE +DATE +BUILT-IN$/m);
    expect(text).toMatch(/^kernel-pv +kernel +\d+\.\d KiB +\d{4}-\d\d-\d\dT[\d:.]+Z +yes$/m);
  });

  it('imports files with the kind guessed from their contents, or given', () => {
    const disk = join(tmp, 'data.img');
    writeFileSync(disk, new Uint8Array(2048).fill(7));
    const snap = join(tmp, 'cat.snap');
    const saved = exovisor(['run', '--mode', 'full', '--no-disk', '--snapshot-after', '300', '--snapshot-out', snap, 'kernel', '--', 'cat'], 120_000);
    expect(saved.status, saved.stderr).toBe(0);
    const imports: Array<[string[], string]> = [
      [[join(ROOT, 'libos/uni/build/hello.uni.elf')], 'imported hello.uni.elf (unikernel, '],
      [[join(ROOT, 'libos/kernel/build/kernel-pv.elf'), '--name', 'my-pv'], 'imported my-pv (kernel, '],
      [[join(ROOT, 'apps/build/ls/ls.o')], 'imported ls.o (object, '],
      [[disk], 'imported data.img (disk, 2048 bytes)'],
      [[snap, '--name', 'snap1'], 'imported snap1 (snapshot, '],
    ];
    for (const [args, out] of imports) {
      const r = run(['images', 'import', ...args]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.startsWith(out)).toBe(true);
    }
    const byName = new Map(ls().map((i) => [i.name, i]));
    expect(byName.get('my-pv')).toMatchObject({ kind: 'kernel', builtin: false, meta: { source: 'kernel-pv.elf' } });
    expect(byName.get('data.img')?.size).toBe(2048);
  });

  it('exports an image byte for byte, to NAME by default or to -o FILE', () => {
    const out = join(tmp, 'out.elf');
    const r = run(['images', 'export', 'hello.uni.elf', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`exported hello.uni.elf to ${out} (${readFileSync(out).length} bytes)\n`);
    expect(readFileSync(out)).toEqual(readFileSync(join(ROOT, 'libos/uni/build/hello.uni.elf')));
    // Without -o, the file is NAME in the working directory.
    const r2 = spawnSync(process.execPath, [join(ROOT, 'dist/hypervisor/cli/exovisor.js'), 'images', 'export', '--store', store, 'empty-disk'], { cwd: tmp, timeout: 60_000, killSignal: 'SIGKILL' });
    expect(r2.status).toBe(0);
    expect(readFileSync(join(tmp, 'empty-disk')).length).toBe(8 << 20);
  });

  it('removes an image; a removed built-in comes back the next time', () => {
    expect(run(['images', 'rm', 'data.img']).stdout).toBe('removed data.img\n');
    expect(ls().some((i) => i.name === 'data.img')).toBe(false);
    expect(run(['images', 'rm', 'sbi']).stdout).toMatch(/^removed sbi \(built-in: it is restored/);
    expect(ls().some((i) => i.name === 'sbi')).toBe(true);
  });

  it('uses $EXOVISOR_STORE when --store is not given', () => {
    const envStore = join(tmp, 'env-store');
    process.env['EXOVISOR_STORE'] = envStore;
    try {
      expect(exovisor(['images', 'ls']).status).toBe(0);
    } finally {
      delete process.env['EXOVISOR_STORE'];
    }
    expect(readdirSync(envStore)).toContain('manifest%2Fkernel');
  });

  it('lets several processes use one store at once', async () => {
    const cli = join(ROOT, 'dist/hypervisor/cli/exovisor.js');
    const files = [0, 1, 2].map((i) => {
      const f = join(tmp, `par${i}.img`);
      writeFileSync(f, new Uint8Array(100_352 + 512 * i).fill(i + 1));
      return f;
    });
    const runAsync = (args: string[]): Promise<number | null> => new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args, '--store', store], { stdio: 'ignore', timeout: 60_000, killSignal: 'SIGKILL' });
      child.on('close', resolve);
    });
    const statuses = await Promise.all([...files.map((f) => runAsync(['images', 'import', f])), runAsync(['images', 'ls']), runAsync(['images', 'ls'])]);
    expect(statuses).toEqual([0, 0, 0, 0, 0]);
    for (const [i, f] of files.entries()) {
      expect(run(['images', 'export', `par${i}.img`, '-o', `${f}.out`]).status).toBe(0);
      expect(readFileSync(`${f}.out`)).toEqual(readFileSync(f));
      expect(run(['images', 'rm', `par${i}.img`]).status).toBe(0);
    }
  });

  it('reports a damaged image with exit status 1', () => {
    const chunk = join(store, 'chunk%2Fmy-pv%2F1%2F0');
    const bytes = readFileSync(chunk);
    bytes[100]! ^= 0xff;
    writeFileSync(chunk, bytes);
    fails(run(['images', 'export', 'my-pv', '-o', join(tmp, 'x')]), 1, /image 'my-pv' is damaged: chunk 1 of 1 fails its checksum; delete it and store it again/);
  });

  it.each([
    [['images'], /usage: exovisor images ls/],
    [['images', 'frob'], /unknown subcommand 'images frob'/],
    [['images', 'ls', 'extra'], /usage: exovisor images ls \[--json\]/],
    [['images', 'ls', '--bogus'], /--bogus/],
    [['images', 'import'], /usage: exovisor images import FILE/],
    [['images', 'import', '/nonexistent/file.elf'], /\/nonexistent\/file.elf: no such file/],
    [['images', 'import', 'package.json', '--kind', 'elf'], /--kind takes kernel, unikernel, object, disk, snapshot, got 'elf'/],
    [['images', 'import', 'package.json', '--name', 'a/b'], /bad image name 'a\/b'/],
    [['images', 'import', 'README.md', '--name', 'kernel'], /an image named 'kernel' already exists; remove it first or choose another --name/],
    [['images', 'export', 'nothing'], /no image named 'nothing' in the library/],
    [['images', 'export', 'kernel', '-o', '/nonexistent/dir/k.elf'], /\/nonexistent\/dir\/k.elf: cannot write \(ENOENT\)/],
    [['images', 'rm', 'nothing'], /no image named 'nothing'; 'exovisor images ls' lists them/],
    [['snapshot'], /usage: exovisor snapshot ls/],
    [['snapshot', 'rm', 'kernel'], /'kernel' is a kernel image, not a snapshot; 'exovisor images rm' deletes it/],
  ])('bad input %j: one line, exit status 2', (args, re) => fails(run(args), 2, re));

  it('refuses a file that its kind cannot read, with the message of its reader, storing nothing', () => {
    const odd = join(tmp, 'odd.img');
    writeFileSync(odd, new Uint8Array(1000).fill(3));
    const elf = readFileSync(join(ROOT, 'apps/build/ls/ls.o'));
    const cut = join(tmp, 'cut.o');
    writeFileSync(cut, elf.subarray(0, 200));
    const before = ls().map((i) => i.name).sort();
    const cases: Array<[string[], RegExp]> = [
      [[odd], /odd\.img: not a usable disk image: a disk image must be a non-empty whole number of 512-byte sectors, got 1000 bytes; nothing was stored$/m],
      [[odd, '--name', 'snap2', '--kind', 'snapshot'], /odd\.img: not a usable snapshot image: .*; nothing was stored$/m],
      [[odd, '--name', 'k1', '--kind', 'kernel'], /odd\.img: not a usable kernel image: not an ELF file: bad magic number; nothing was stored$/m],
      [[cut, '--kind', 'object'], /cut\.o: not a usable object image: .*; nothing was stored$/m],
    ];
    for (const [args, message] of cases) fails(run(['images', 'import', ...args]), 2, message);
    expect(ls().map((i) => i.name).sort()).toEqual(before);
  });

  it('refuses a file name that is no valid image name and says to use --name', () => {
    const odd = join(tmp, 'my disk.img');
    writeFileSync(odd, new Uint8Array(512));
    fails(run(['images', 'import', odd]), 2, /bad image name 'my disk.img'.*; name it with --name$/m);
    fails(exovisor(['images', 'ls', '--store', '']), 2, /--store needs a directory/);
  });
});

describe('exovisor snapshot', () => {
  it('lists only snapshots and removes one', () => {
    expect(ls('snapshot').map((i) => i.name)).toEqual(['snap1']);
    expect(run(['snapshot', 'rm', 'snap1']).stdout).toBe('removed snapshot snap1\n');
    expect(ls('snapshot')).toEqual([]);
    expect(run(['snapshot', 'ls']).stdout).toMatch(/^NAME +KIND +SIZE +DATE +BUILT-IN\n$/);
  });
});
