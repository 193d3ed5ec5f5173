/**
 * Malformed images that reach the CLI other than through `images import`.
 * Files named on the command line: kernels and unikernels whose entry lies
 * outside their segments, whose segments overlap, whose file size exceeds
 * their memory size, that are cut short or point past their end; snapshots
 * cut short or from a newer format; an object with a relocation the linker
 * does not know. And library entries damaged on disk after they were
 * stored: a chunk cut short, a manifest that is not JSON or from a newer
 * Exovisor (also on a built-in, which must not stop the library opening),
 * snapshot bytes replaced with ones that match their checksums. Each is one
 * line on stderr with the documented status — 2 for bad input, 1 for an
 * entry the library itself finds damaged — and leaves every file of the
 * library as it was, the other entries listed and readable.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_BASE } from '../../../hypervisor/abi/virt.js';
import { fsStore } from '../../../hypervisor/image/store-fs.js';
import { damagedSnapshots, wholeEntry, withEntry, withSegmentOffset } from '../../helpers/bad-images.js';
import { exovisor, expectOneLine, ROOT } from '../../helpers/cli.js';
import { elf32 } from '../../helpers/elf-writer.js';
import { patchObject } from '../../fuzz/elf-edit.js';

const SLOW = 120_000;
let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'exovisor-bad-images-')); });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes `bytes` to a file named `name` in the temporary folder; its path. */
function file(name: string, bytes: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

const read = (path: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, path)));

describe('exovisor run and build: a malformed file is one line and exit status 2', () => {
  const kernel = read('libos/kernel/build/kernel.elf');
  const kernelPv = read('libos/kernel/build/kernel-pv.elf');
  const uni = read('libos/uni/build/hello.uni.elf');
  const overlapping = elf32(KERNEL_BASE, [{ paddr: KERNEL_BASE, data: new Uint8Array(64) }, { paddr: KERNEL_BASE + 32, data: new Uint8Array(64) }]);
  const fileAboveMemory = elf32(KERNEL_BASE, [{ paddr: KERNEL_BASE, data: new Uint8Array(64), memSize: 16 }]);

  it.each([
    ['full', 'a kernel whose entry lies outside its segments', () => withEntry(kernel, 0x10), /kernel entry 0x10 lies outside every loaded segment/],
    ['hw', 'a kernel whose entry lies outside its segments', () => withEntry(kernel, 0x8000_0000), /kernel entry 0x80000000 lies outside every loaded segment/],
    ['native', 'a kernel whose entry lies outside its segments', () => withEntry(kernel, 0x8800_0000), /kernel entry 0x88000000 lies outside every loaded segment/],
    ['pv', 'a kernel whose entry lies outside its segments', () => withEntry(kernelPv, 0x9000_0000), /kernel entry 0x90000000 lies outside every loaded segment/],
    ['uni', 'a unikernel whose entry lies outside its segments', () => withEntry(uni, 0x8000_0000), /kernel entry 0x80000000 lies outside every loaded segment/],
    ['pv', 'a kernel with overlapping segments', () => overlapping, /kernel segment 0 overlaps kernel segment 1/],
    ['full', 'a kernel whose segment has more file bytes than memory', () => fileAboveMemory, /segment 0: file size 64 exceeds memory size 16/],
    ['full', 'a truncated kernel', () => kernel.subarray(0, 5000), /truncated ELF file: segment \d runs past the end of the file/],
    ['pv', 'a kernel whose segment lies at a huge file offset', () => withSegmentOffset(kernelPv, 0xffff_fff0), /truncated ELF file: segment 1 runs past the end of the file/],
  ])('run --mode %s with %s', (mode, what, bytes, message) => {
    const image = file(`${mode}-${what.replace(/\W+/g, '-')}.elf`, bytes());
    const program = mode === 'uni' ? [] : ['--', 'hello'];
    expectOneLine(exovisor(['run', '--mode', mode, '--no-disk', '--timeout', '20', image, ...program], SLOW), 2, message);
  });

  it('build with an object holding a relocation type the linker does not know', () => {
    const object = Uint8Array.from(read('apps/build/hello/hello.o'));
    patchObject(object, (dv, r) => dv.setUint8(r.offset + 4, 200));
    const out = join(tmp, 'never.uni');
    expectOneLine(exovisor(['build', file('hello.o', object), '-o', out]), 2, /unsupported relocation R_RISCV_200 in hello\.o /);
    expect(readdirSync(tmp).filter((f) => f.startsWith('never.uni'))).toEqual([]);
  });
});

/** Every file of store directory `dir`, by name, with its SHA-256. */
function storeFiles(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('a snapshot file cut short or from a newer format', () => {
  let snap: Uint8Array;
  beforeAll(() => {
    const out = join(tmp, 'compute.snap');
    const r = exovisor(['run', '--mode', 'full', '--no-disk', '--snapshot-after', '300', '--snapshot-out', out, 'kernel', '--', 'compute'], SLOW);
    expect(r.status, r.stderr).toBe(0);
    snap = new Uint8Array(readFileSync(out));
  }, SLOW);

  it('run --restore refuses each with one line naming the problem, exit status 2', () => {
    const bad = damagedSnapshots(snap);
    expectOneLine(exovisor(['run', '--restore', file('cut.snap', bad.truncated)]), 2, /cut\.snap: snapshot refused: .*cut short/);
    expectOneLine(exovisor(['run', '--restore', file('newer.snap', bad.newer)]), 2, /newer\.snap: snapshot refused: format version 2 is not one this Exovisor reads \(it reads up to 1\); use a newer Exovisor/);
  });

  describe('in the library, damaged on disk after it was stored', () => {
    let store: string;
    const lib = (args: string[], timeoutMs?: number) => exovisor([...args, '--store', store], timeoutMs);

    beforeAll(async () => {
      store = join(tmp, 'store');
      for (const name of ['good', 'cut-chunk', 'bad-manifest', 'newer-manifest']) {
        const r = lib(['images', 'import', join(tmp, 'compute.snap'), '--name', name, '--kind', 'snapshot']);
        expect(r.status, r.stderr).toBe(0);
      }
      // Damage the entries under the library, through the store layer itself.
      const raw = fsStore(store);
      const bad = damagedSnapshots(snap);
      for (const [name, bytes] of Object.entries({ 'checksum-snap': bad.checksum, 'cut-snap': bad.truncated, 'newer-snap': bad.newer })) {
        for (const [key, value] of wholeEntry(name, 'snapshot', bytes)) await raw.set(key, value);
      }
      truncateSync(join(store, 'chunk%2Fcut-chunk%2F1%2F0'), 1000);
      await raw.set('manifest/bad-manifest', new TextEncoder().encode('{"format":1,'));
      const newer = JSON.parse(new TextDecoder().decode(await raw.get('manifest/newer-manifest'))) as { format: number };
      await raw.set('manifest/newer-manifest', new TextEncoder().encode(JSON.stringify({ ...newer, format: 99 })));
      const kernel = JSON.parse(new TextDecoder().decode(await raw.get('manifest/kernel'))) as { format: number };
      await raw.set('manifest/kernel', new TextEncoder().encode(JSON.stringify({ ...kernel, format: 99 })));
    }, SLOW);

    it.each([
      ['cut-chunk', 1, /^exovisor: image 'cut-chunk' is damaged: chunk 1 of 1 has 1000 bytes, not \d+; delete it and store it again$/m],
      ['bad-manifest', 1, /^exovisor: image 'bad-manifest' is damaged \(its manifest is not JSON\); delete it and store it again$/m],
      ['newer-manifest', 1, /^exovisor: image 'newer-manifest' was stored by a newer Exovisor \(format 99; this one reads up to 1\); update Exovisor to use it$/m],
      ['checksum-snap', 2, /^exovisor: snapshot 'checksum-snap': snapshot refused: the checksum does not match: the file is corrupted$/m],
      ['cut-snap', 2, /^exovisor: snapshot 'cut-snap': snapshot refused: .*cut short$/m],
      ['newer-snap', 2, /^exovisor: snapshot 'newer-snap': snapshot refused: format version 2 is not one this Exovisor reads/],
    ])('snapshot restore %s: one line, status %i, nothing in the library changed', (name, status, message) => {
      const before = storeFiles(store);
      expectOneLine(lib(['snapshot', 'restore', name], SLOW), status, message);
      expect(storeFiles(store)).toEqual(before);
    });

    it('a built-in entry from a newer Exovisor is refused by name and does not stop the library opening; ls lists what it cannot read apart', () => {
      const before = storeFiles(store);
      expectOneLine(lib(['images', 'export', 'kernel', '-o', join(tmp, 'kernel.out')]), 1, /^exovisor: image 'kernel' was stored by a newer Exovisor \(format 99/);
      const listed = lib(['images', 'ls', '--json']);
      expect(listed.status, listed.stderr).toBe(0);
      const { images, damaged } = JSON.parse(listed.stdout) as { images: Array<{ name: string }>; damaged: Array<{ name: string; problem: string }> };
      expect(images.map((e) => e.name)).toEqual(expect.arrayContaining(['good', 'cut-chunk', 'checksum-snap', 'cut-snap', 'newer-snap', 'kernel-pv', 'sbi']));
      // Entries whose manifest cannot be read are listed apart, with why; their files stay for a newer Exovisor or for rm.
      expect(damaged).toEqual([
        { name: 'bad-manifest', problem: "image 'bad-manifest' is damaged (its manifest is not JSON); delete it and store it again" },
        { name: 'kernel', problem: "image 'kernel' was stored by a newer Exovisor (format 99; this one reads up to 1); update Exovisor to use it" },
        { name: 'newer-manifest', problem: "image 'newer-manifest' was stored by a newer Exovisor (format 99; this one reads up to 1); update Exovisor to use it" },
      ]);
      expect(images.map((e) => e.name)).not.toContain('kernel');
      expect(lib(['images', 'ls']).stdout).toMatch(/^bad-manifest +damaged +image 'bad-manifest' is damaged \(its manifest is not JSON\)/m);
      expect(storeFiles(store)).toEqual(before);
    });

    it('the intact entry still exports byte for byte and restores to its end', () => {
      const out = join(tmp, 'good.out');
      expect(lib(['images', 'export', 'good', '-o', out]).status).toBe(0);
      expect(new Uint8Array(readFileSync(out))).toEqual(snap);
      const r = lib(['snapshot', 'restore', 'good', '--stats'], SLOW);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stderr.trimEnd().split('\n').pop()!)).toMatchObject({ state: 'shutdown', mode: 'full' });
    }, SLOW);

    it('a damaged entry can still be removed', () => {
      for (const name of ['bad-manifest', 'cut-chunk']) expect(lib(['images', 'rm', name]).stdout).toBe(`removed ${name}\n`);
      expect(Object.keys(storeFiles(store)).filter((f) => /bad-manifest|cut-chunk/.test(f))).toEqual([]);
    });
  });
});
