/**
 * kvserver and the kv store (libos/uni/kv): the same scripted session gives
 * the same bytes under the kernel on the trap-and-emulate VMM, under the
 * pv-ops kernel and as a unikernel linked with the kv module; the store is
 * a file on the disk in one format, so what one guest kind puts another
 * reads back from a --disk file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFs, mkfs, readFs } from '../../../hypervisor/image/mkfs.js';
import { ROOT, exovisor } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'exo-kv-'));
const image = join(dir, 'kvserver.uni');
const INPUT = readFileSync(join(ROOT, 'apps/kvserver/kvserver.input'), 'latin1');
const EXPECTED = readFileSync(join(ROOT, 'apps/kvserver/kvserver.expected'), 'latin1');

type Guest = 'full' | 'pv' | 'uni';

/** Runs kvserver under `guest` with `input` on stdin. */
function kvserver(guest: Guest, input: string, extra: string[] = []): ReturnType<typeof exovisor> {
  const target = guest === 'full' ? ['kernel'] : guest === 'pv' ? ['kernel-pv'] : [image];
  return exovisor(['run', '--mode', guest, '--timeout', '120', ...extra, ...target, '--', 'kvserver'], 180_000, input);
}

/** A fresh disk file holding only the kvserver program. */
function disk(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, mkfs({ sizeBytes: 4 << 20, files: [{ name: 'kvserver', data: readFileSync(join(ROOT, 'apps/build/kvserver.elf')) }] }));
  return file;
}

beforeAll(() => {
  const b = exovisor(['build', 'kvserver', '-o', image]);
  expect(b.stderr).toBe('');
  expect(b.status).toBe(0);
  expect(b.stdout).toMatch(/^kv +\d+/m);
  expect(b.stdout).toMatch(/^fs +\d+/m);
});

describe('kvserver', () => {
  it('the scripted session: byte-identical under full, pv and as a unikernel, equal to kvserver.expected', () => {
    expect(INPUT.trimEnd().split('\n').pop()).toBe('quit');
    for (const guest of ['full', 'pv', 'uni'] as const) {
      const r = kvserver(guest, INPUT);
      expect(r.stdout, guest).toBe(EXPECTED);
      expect(r.status, guest).toBe(0);
    }
  }, 400_000);

  it('keeps its data in a --disk file, in one format for every guest kind', () => {
    const file = disk('persist.img');
    const put = kvserver('uni', 'put color blue\nput shape round cornered\nput gone soon\ndel gone\nquit\n', ['--disk', file]);
    expect(put.stdout).toBe('OK\nOK\nOK\nOK\nBYE\n');
    expect(put.status).toBe(0);

    const pv = kvserver('pv', 'get color\nget shape\nget gone\ncount\nput color red\nquit\n', ['--disk', file]);
    expect(pv.stdout).toBe('blue\nround cornered\nNOT FOUND\n2\nOK\nBYE\n');
    expect(pv.status).toBe(0);

    const full = kvserver('full', 'get color\ncount\nquit\n', ['--disk', file]);
    expect(full.stdout).toBe('red\n2\nBYE\n');
    const uni = kvserver('uni', 'get color\nget shape\nquit\n', ['--disk', file]);
    expect(uni.stdout).toBe('red\nround cornered\nBYE\n');

    // The file as kv.h documents it: a 128-byte header, then 256 slots of 128 bytes.
    const img = new Uint8Array(readFileSync(file));
    expect(checkFs(img)).toEqual([]);
    const db = readFs(img).read('kv.db');
    expect(db.length).toBe(128 * 257);
    const dv = new DataView(db.buffer, db.byteOffset, db.byteLength);
    expect(new TextDecoder().decode(db.subarray(0, 4))).toBe('EXKV');
    expect([dv.getUint32(4, true), dv.getUint32(8, true), dv.getUint32(12, true)]).toEqual([1, 128, 256]);
    const live = new Map<string, string>();
    let deleted = 0;
    for (let i = 0; i < 256; i++) {
      const s = db.subarray(128 * (1 + i), 128 * (2 + i));
      if (s[0] === 2) deleted++;
      if (s[0] !== 1) continue;
      live.set(new TextDecoder().decode(s.subarray(4, 4 + s[1]!)), new TextDecoder().decode(s.subarray(36, 36 + s[2]!)));
    }
    expect(live).toEqual(new Map([['color', 'red'], ['shape', 'round cornered']]));
    expect(deleted).toBe(1);
  }, 400_000);

  it('fills up at 256 keys, and a deleted slot is used again', () => {
    // Short lines: the CLI hands all of stdin to the guest's console ring (4 KiB) at once.
    let input = '';
    for (let i = 0; i < 256; i++) input += `put k${i} ${i}\n`;
    input += 'put one more\ncount\nput k7 changed\nget k7\ndel k100\nput one more\nget one\nget k255\ncount\nquit\n';
    expect(input.length).toBeLessThan(4000);
    const r = kvserver('uni', input);
    expect(r.stdout).toBe('OK\n'.repeat(256) + 'ERR store full\n256\nOK\nchanged\nOK\nOK\nmore\n255\n256\nBYE\n');
    expect(r.status).toBe(0);
  }, 200_000);

  it('without a disk, a unikernel says so and exits 1', () => {
    const r = kvserver('uni', 'quit\n', ['--no-disk']);
    expect(r.stdout).toBe('kvserver: cannot create kv.db: no file system (no disk?)\n');
    expect(r.status).toBe(1);
  }, 100_000);
});
