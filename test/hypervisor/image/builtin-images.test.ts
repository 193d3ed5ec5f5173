/**
 * Seeding a library with the built-in images from the repository's build
 * outputs (as the CLI does), and guessing an imported file's kind from its
 * contents: snapshots by their magic, ELF executables that are PV images
 * without processes unikernels, other executables kernels, relocatables
 * objects, the rest disks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFromPackage } from '../../../hypervisor/cli/store-commands.js';
import { builtinRepoPath, seedBuiltins } from '../../../hypervisor/image/builtin-images.js';
import { guessKind } from '../../../hypervisor/image/guess-kind.js';
import { ImageLibrary } from '../../../hypervisor/image/library.js';
import { checkFs, readFs } from '../../../hypervisor/image/mkfs.js';
import { SNAPSHOT_MAGIC } from '../../../hypervisor/image/snapshot-format.js';
import { fsStore } from '../../../hypervisor/image/store-fs.js';
import { buildUnikernel } from '../../../hypervisor/image/unikernel.js';
import { ROOT } from '../../helpers/cli.js';

const repo = (path: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, path)));
const MODULES = readdirSync(join(ROOT, 'libos/uni/build')).filter((f) => f.endsWith('.o')).sort();

describe('seedBuiltins', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'exovisor-seed-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the kernels, firmware, app and module objects and an empty disk as built-in entries, once', async () => {
    const lib = new ImageLibrary(fsStore(dir));
    const added = await seedBuiltins(lib, loadFromPackage);
    const entries = await lib.list();
    expect(added).toBe(entries.length);
    const names = entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['kernel', 'kernel-pv', 'sbi', 'hello.o', 'kvserver.o', 'empty-disk', ...MODULES.map((m) => `libos-${m}`)]));
    expect(entries.every((e) => e.builtin)).toBe(true);
    expect((await lib.get('kernel-pv')).bytes).toEqual(repo('libos/kernel/build/kernel-pv.elf'));
    expect((await lib.get('libos-posix.o')).bytes).toEqual(repo('libos/uni/build/posix.o'));
    const hello = await lib.get('hello.o');
    expect(hello.bytes).toEqual(repo('apps/build/hello/hello.o'));
    expect(hello.entry).toMatchObject({ kind: 'object', meta: { role: 'app', app: 'hello', modules: 'posix', source: '/images/objects/hello.o' } });
    const disk = await lib.get('empty-disk');
    expect(disk.entry.kind).toBe('disk');
    expect(checkFs(disk.bytes)).toEqual([]);
    expect(readFs(disk.bytes).files).toEqual([]);
    expect(await seedBuiltins(lib, loadFromPackage)).toBe(0);
  });

  it('puts back a removed built-in and skips images that cannot be loaded', async () => {
    const lib = new ImageLibrary(fsStore(dir));
    await lib.remove('sbi');
    expect(await seedBuiltins(lib, loadFromPackage)).toBe(1);
    const fresh = new ImageLibrary(fsStore(join(dir, 'other')));
    const onlyKernel = (path: string): Promise<Uint8Array> => (path === 'kernel.elf' ? loadFromPackage(path) : Promise.reject(new Error('404')));
    expect(await seedBuiltins(fresh, onlyKernel)).toBe(2);
    expect((await fresh.list()).map((e) => e.name)).toEqual(['empty-disk', 'kernel']);
  });

  it('leaves an entry from a newer Exovisor under a built-in name alone, and seeds the rest', async () => {
    const store = fsStore(join(dir, 'newer'));
    const lib = new ImageLibrary(store);
    await seedBuiltins(lib, loadFromPackage);
    const manifest = JSON.parse(new TextDecoder().decode(await store.get('manifest/sbi'))) as object;
    const newer = new TextEncoder().encode(JSON.stringify({ ...manifest, format: 99 }));
    await store.set('manifest/sbi', newer);
    await lib.remove('kernel');
    expect(await seedBuiltins(lib, loadFromPackage)).toBe(1);
    expect(await store.get('manifest/sbi')).toEqual(newer);
    expect((await lib.list()).map((e) => e.name)).toContain('kernel');
    await expect(lib.get('sbi')).rejects.toMatchObject({ kind: 'version' });
  });

  it('maps paths under /images/ to the repository as the web server does, and nothing else', () => {
    expect(builtinRepoPath('sbi.elf')).toBe('libos/sbi/build/sbi.elf');
    expect(builtinRepoPath('uni/net.o')).toBe('libos/uni/build/net.o');
    expect(builtinRepoPath('objects/hello.o')).toBe('apps/build/hello/hello.o');
    for (const p of ['../package.json', 'uni/../../x.o', 'objects/a/b.o', 'toString', 'hello.elf']) expect(builtinRepoPath(p)).toBeNull();
  });
});

describe('guessKind', () => {
  it('tells kernels, unikernels, objects and disks apart', () => {
    expect(guessKind(repo('libos/kernel/build/kernel.elf'))).toBe('kernel');
    expect(guessKind(repo('libos/kernel/build/kernel-pv.elf'))).toBe('kernel');
    expect(guessKind(repo('libos/sbi/build/sbi.elf'))).toBe('kernel');
    expect(guessKind(repo('libos/uni/build/hello.uni.elf'))).toBe('unikernel');
    expect(guessKind(repo('apps/build/hello/hello.o'))).toBe('object');
    expect(guessKind(repo('libos/uni/build/posix.o'))).toBe('object');
    expect(guessKind(new Uint8Array(4096))).toBe('disk');
    const snap = new Uint8Array(64);
    snap.set(new TextEncoder().encode(SNAPSHOT_MAGIC));
    expect(guessKind(snap)).toBe('snapshot');
    expect(guessKind(snap.subarray(0, SNAPSHOT_MAGIC.length - 1))).toBe('disk');
    expect(guessKind(repo('package.json'))).toBe('disk');
  });

  it('calls a unikernel linked by the TypeScript linker a unikernel', () => {
    const modules = MODULES.map((f) => ({ name: f, data: repo(`libos/uni/build/${f}`) }));
    const built = buildUnikernel({ app: [{ name: 'hello.o', data: repo('apps/build/hello/hello.o') }], modules }, ['posix']);
    expect(guessKind(built.image)).toBe('unikernel');
  });
});
