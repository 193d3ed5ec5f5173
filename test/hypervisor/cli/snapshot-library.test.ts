/**
 * `exovisor snapshot save NAME --after MS …` and `exovisor snapshot restore
 * NAME` on a temporary store: the saving run and the restored run print,
 * together, exactly what one uninterrupted run prints; the snapshot is
 * listed with its kind, size and what it was made from; a missing or
 * non-snapshot name and a damaged snapshot are one line with status 2; an
 * entry damaged on disk is refused (status 1) while the others still read.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exovisor, expectOneLine as fails, type CliResult } from '../../helpers/cli.js';

let tmp: string;
let store: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'exovisor-snapshot-library-'));
  store = join(tmp, 'store');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PROGRAM = ['kernel', '--', 'compute'];
const SLOW = 120_000;

/** `exovisor snapshot SUB NAME --store <store> ...args` (the store before any `--`, which starts the program). */
const snapshot = (sub: string, name: string, args: string[] = [], timeoutMs = SLOW): CliResult =>
  exovisor(['snapshot', sub, name, '--store', store, ...args], timeoutMs);

interface Listed { name: string; kind: string; size: number; meta: Record<string, unknown> }

describe('exovisor snapshot save and restore', () => {
  let whole: CliResult;
  let first: CliResult;
  let second: CliResult;

  it('the saving run and the restored run together print the uninterrupted run\'s output', () => {
    whole = exovisor(['run', '--mode', 'full', '--no-disk', ...PROGRAM], SLOW);
    expect(whole.status).toBe(0);
    first = snapshot('save', 'compute-1', ['--mode', 'full', '--no-disk', '--after', '300', ...PROGRAM]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/snapshot of the guest after \d+ instructions saved as 'compute-1' \([\d.]+ [KM]iB\)/);
    expect(first.stdout).not.toContain('done');
    second = snapshot('restore', 'compute-1', ['--stats']);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout.length).toBeGreaterThan(0);
    expect(first.stdout + second.stdout).toBe(whole.stdout);
    const stats = JSON.parse(second.stderr.trimEnd().split('\n').pop()!) as { state: string; mode: string };
    expect(stats).toMatchObject({ state: 'shutdown', mode: 'full' });
  }, 300_000);

  it('snapshot ls lists it with its kind, size and what it was made from', () => {
    const json = exovisor(['snapshot', 'ls', '--json', '--store', store]);
    expect(json.status).toBe(0);
    const images = (JSON.parse(json.stdout) as { images: Listed[] }).images;
    expect(images.map((i) => i.name)).toEqual(['compute-1']);
    const e = images[0]!;
    expect(e.kind).toBe('snapshot');
    expect(e.size).toBeGreaterThan(4096);
    expect(e.meta).toMatchObject({ guest: 'full', from: 'kernel', command: 'compute', ram: 128 << 20, after_ms: 300 });
    const exported = join(tmp, 'compute-1.snap');
    expect(exovisor(['images', 'export', 'compute-1', '-o', exported, '--store', store]).status).toBe(0);
    expect(readFileSync(exported).length).toBe(e.size);
    const table = exovisor(['snapshot', 'ls', '--store', store]).stdout;
    expect(table).toMatch(/^compute-1 +snapshot +\d+\.\d [KM]iB +\d{4}-\d\d-\d\dT[\d:.]+Z +no$/m);
  });

  it('a missing name, a bad name, a non-snapshot and a taken name are one line with status 2', () => {
    fails(snapshot('restore', 'no-such-snapshot'), 2, /no image named 'no-such-snapshot'; 'exovisor snapshot ls' lists them/);
    fails(snapshot('restore', 'b@d'), 2, /bad image name 'b@d'/);
    fails(snapshot('restore', 'kernel'), 2, /'kernel' is a kernel image, not a snapshot/);
    fails(snapshot('save', 'compute-1', ['--mode', 'full', '--after', '5', 'kernel', '--', 'hello']), 2, /an image named 'compute-1' already exists/);
    fails(snapshot('save', 'x', ['--mode', 'full', 'kernel', '--', 'hello']), 2, /--after MS is required/);
    fails(snapshot('save', 'x', ['--mode', 'bare', '--after', '5', 'hello']), 2, /--mode bare/);
  });

  it('a file whose contents are not a snapshot is refused on import as bad input, and nothing is stored', () => {
    const junk = join(tmp, 'junk.bin');
    writeFileSync(junk, new Uint8Array(1000).fill(0x5a));
    fails(exovisor(['images', 'import', junk, '--name', 'junk', '--kind', 'snapshot', '--store', store]), 2, /junk\.bin: not a usable snapshot image: .*; nothing was stored/);
    fails(snapshot('restore', 'junk'), 2, /junk/);
  });

  it('an entry damaged on disk is refused with what is wrong, and the others still read', () => {
    const copy = exovisor(['images', 'import', join(tmp, 'compute-1.snap'), '--name', 'compute-2', '--kind', 'snapshot', '--store', store]);
    expect(copy.status, copy.stderr).toBe(0);
    const chunk = readdirSync(store).filter((f) => f.startsWith('chunk%2Fcompute-1%2F'));
    expect(chunk.length).toBe(1);
    const bytes = readFileSync(join(store, chunk[0]!));
    bytes[bytes.length >> 1]! ^= 0x40;
    writeFileSync(join(store, chunk[0]!), bytes);
    fails(snapshot('restore', 'compute-1'), 1, /image 'compute-1' is damaged: chunk 1 of 1 fails its checksum; delete it and store it again/);
    const other = snapshot('restore', 'compute-2');
    expect(other.status, other.stderr).toBe(0);
    expect(other.stdout).toBe(second.stdout);
    const listed = exovisor(['snapshot', 'ls', '--json', '--store', store]);
    expect((JSON.parse(listed.stdout) as { images: Listed[] }).images.map((i) => i.name)).toEqual(['compute-1', 'compute-2']);
    expect(exovisor(['snapshot', 'rm', 'compute-1', '--store', store]).status).toBe(0);
  }, 300_000);
});
