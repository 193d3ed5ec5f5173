/**
 * EXFS images: mkfs lays out the superblock, bitmap, inode table and data
 * (direct, indirect and double-indirect blocks) as abi/fs.ts defines them;
 * readFs reads every file back; checkFs passes what mkfs builds and what a
 * well-behaved kernel would write, and names the inode or block of each
 * corruption; corrupted images give errors, never exceptions.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import {
  FS_BLOCK_SIZE, FS_DIRENT, FS_DIRENT_SIZE, FS_INODE, FS_INODE_SIZE, FS_INODES_PER_BLOCK, FS_MAGIC, FS_MAX_FILE_BLOCKS,
  FS_NAME_MAX, FS_NDIRECT, FS_NINDIRECT, FS_ROOT_INO, FS_SUPERBLOCK, FS_T_DIR, FS_T_FILE, FS_T_FREE, FS_VERSION,
} from '../../../hypervisor/abi/fs.js';
import { checkFs, FsError, type FsFile, type FsProblem, mkfs, readFs } from '../../../hypervisor/image/mkfs.js';
import { prng } from '../../helpers/prng.js';

const SB = layout(FS_SUPERBLOCK).offsets;
const INO = layout(FS_INODE).offsets;
const DIRENT = layout(FS_DIRENT).offsets;
const MiB = 1 << 20;

/** Deterministic file contents. */
const content = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + (i >> 12)) & 0xff);

/** Field access on an image, at offsets from the ABI layout. */
class View {
  readonly dv: DataView;
  constructor(readonly img: Uint8Array) {
    this.dv = new DataView(img.buffer, img.byteOffset, img.byteLength);
  }
  sb(name: string): number {
    return this.dv.getUint32(SB[name]!, true);
  }
  setSb(name: string, v: number): void {
    this.dv.setUint32(SB[name]!, v, true);
  }
  inode(inum: number): number {
    return (this.sb('inode_start') + Math.floor(inum / FS_INODES_PER_BLOCK)) * FS_BLOCK_SIZE + (inum % FS_INODES_PER_BLOCK) * FS_INODE_SIZE;
  }
  get(inum: number, field: string, i = 0): number {
    const at = this.inode(inum) + INO[field]! + 4 * i;
    return field === 'type' || field === 'nlink' ? this.dv.getUint16(at, true) : this.dv.getUint32(at, true);
  }
  set(inum: number, field: string, v: number, i = 0): void {
    const at = this.inode(inum) + INO[field]! + 4 * i;
    if (field === 'type' || field === 'nlink') this.dv.setUint16(at, v, true);
    else this.dv.setUint32(at, v, true);
  }
  /** Byte offset of root-directory slot `slot` (the root's first block). */
  dirent(slot: number): number {
    return this.get(FS_ROOT_INO, 'direct', 0) * FS_BLOCK_SIZE + slot * FS_DIRENT_SIZE;
  }
  marked(b: number): boolean {
    return (this.img[this.sb('bitmap_start') * FS_BLOCK_SIZE + (b >> 3)]! >> (b & 7) & 1) === 1;
  }
  mark(b: number, on: boolean): void {
    const at = this.sb('bitmap_start') * FS_BLOCK_SIZE + (b >> 3);
    this.img[at] = on ? this.img[at]! | (1 << (b & 7)) : this.img[at]! & ~(1 << (b & 7));
  }
}

const FILES: FsFile[] = [
  { name: 'hello.txt', data: new TextEncoder().encode('hello, exfs\n') },
  { name: 'empty', data: new Uint8Array(0) },
  { name: 'twelve', data: content(FS_NDIRECT * FS_BLOCK_SIZE, 1) }, // exactly the direct blocks
  { name: 'indirect.bin', data: content(FS_NDIRECT * FS_BLOCK_SIZE + 1, 2) }, // one byte into the indirect block
  { name: 'x'.repeat(FS_NAME_MAX), data: content(3 * FS_BLOCK_SIZE - 5, 3) },
];
/** Needs the double-indirect block: 1036 + 1030 blocks. */
const BIG: FsFile = { name: 'dind.bin', data: content((FS_NDIRECT + FS_NINDIRECT + 1030) * FS_BLOCK_SIZE - 100, 4) };
const kinds = (ps: FsProblem[]): string[] => ps.map((p) => p.kind);
/** Byte equality without the deep-equality walk, which is slow on megabytes. */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

describe('mkfs', () => {
  it('builds an image that reads back byte for byte and checks clean', () => {
    const files = [...FILES, BIG];
    const img = mkfs({ sizeBytes: 16 * MiB, files });
    expect(img.length).toBe(16 * MiB);
    const fs = readFs(img);
    expect(fs.files).toEqual(files.map((f, i) => ({ name: f.name, size: f.data.length, inum: FS_ROOT_INO + 1 + i })));
    for (const f of files) expect(sameBytes(fs.read(f.name), f.data), f.name).toBe(true);
    expect(checkFs(img)).toEqual([]);
    expect(() => fs.read('nope')).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });

  it('lays out superblock, bitmap, inode table and data as abi/fs.ts says', () => {
    const img = mkfs({ sizeBytes: 4 * MiB, files: FILES });
    const v = new View(img);
    const nblocks = (4 * MiB) / FS_BLOCK_SIZE;
    expect([v.sb('magic'), v.sb('version'), v.sb('nblocks'), v.sb('bitmap_start'), v.sb('nbitmap')]).toEqual([FS_MAGIC, FS_VERSION, nblocks, 1, 1]);
    expect(v.sb('ninodes')).toBe(256); // one per 16 KiB
    expect([v.sb('inode_start'), v.sb('ninode_blocks'), v.sb('data_start')]).toEqual([2, 256 / FS_INODES_PER_BLOCK, 2 + 256 / FS_INODES_PER_BLOCK]);
    expect([v.get(FS_ROOT_INO, 'type'), v.get(FS_ROOT_INO, 'nlink'), v.get(FS_ROOT_INO, 'size')]).toEqual([FS_T_DIR, 1, FILES.length * FS_DIRENT_SIZE]);
    expect([v.get(0, 'type'), v.get(FS_ROOT_INO + FILES.length + 1, 'type')]).toEqual([FS_T_FREE, FS_T_FREE]);
    const dataStart = v.sb('data_start');
    expect(v.get(FS_ROOT_INO, 'direct', 0)).toBe(dataStart); // the root directory comes first
    expect(v.dv.getUint32(v.dirent(0) + DIRENT.inum!, true)).toBe(FS_ROOT_INO + 1);
    expect(new TextDecoder().decode(img.subarray(v.dirent(0) + DIRENT.name!, v.dirent(0) + DIRENT.name! + 10))).toBe('hello.txt\0');
    const twelve = FS_ROOT_INO + 3, ind = FS_ROOT_INO + 4;
    expect([v.get(twelve, 'type'), v.get(twelve, 'nlink'), v.get(twelve, 'indirect')]).toEqual([FS_T_FILE, 1, 0]);
    expect(v.get(ind, 'indirect')).not.toBe(0);
    expect(v.get(ind, 'dindirect')).toBe(0);
    // Blocks used: root 1 + hello 1 + twelve 12 + indirect.bin 13 data + 1 indirect + 3.
    const used = dataStart + 1 + 1 + 12 + 14 + 3;
    const markedCount = Array.from({ length: nblocks }, (_, b) => v.marked(b)).filter(Boolean).length;
    expect(markedCount).toBe(used);
    expect([v.marked(used - 1), v.marked(used)]).toEqual([true, false]);
  });

  it('takes an explicit inode count and rounds the default up to whole inode blocks', () => {
    expect(new View(mkfs({ sizeBytes: 64 * FS_BLOCK_SIZE, files: [] })).sb('ninodes')).toBe(64);
    expect(new View(mkfs({ sizeBytes: 64 * FS_BLOCK_SIZE, files: [], inodes: 10 })).sb('ninodes')).toBe(10);
    const many = Array.from({ length: 100 }, (_, i) => ({ name: `f${i}`, data: Uint8Array.of(i) }));
    const img = mkfs({ sizeBytes: 1 * MiB, files: many });
    expect(new View(img).sb('ninodes')).toBe(128);
    expect(readFs(img).files).toHaveLength(100);
    expect(checkFs(img)).toEqual([]);
  });

  it('spills a large root directory into its indirect block', () => {
    const many = Array.from({ length: FS_NDIRECT * (FS_BLOCK_SIZE / FS_DIRENT_SIZE) + 1 }, (_, i) => ({ name: `file-${i}`, data: new Uint8Array(0) }));
    const img = mkfs({ sizeBytes: 2 * MiB, files: many });
    expect(new View(img).get(FS_ROOT_INO, 'indirect')).not.toBe(0);
    expect(readFs(img).files.at(-1)).toEqual({ name: `file-${many.length - 1}`, size: 0, inum: FS_ROOT_INO + many.length });
    expect(checkFs(img)).toEqual([]);
  });

  it('refuses what it cannot build with a typed error', () => {
    const one = (name: string): FsFile[] => [{ name, data: new Uint8Array(1) }];
    const cases: Array<[() => unknown, string, RegExp]> = [
      [() => mkfs({ sizeBytes: MiB, files: one('x'.repeat(FS_NAME_MAX + 1)) }), 'bad-name', /1\.\.27 bytes/],
      [() => mkfs({ sizeBytes: MiB, files: one('a/b') }), 'bad-name', /"a\/b"/],
      [() => mkfs({ sizeBytes: MiB, files: one('') }), 'bad-name', /""/],
      [() => mkfs({ sizeBytes: MiB, files: one('..') }), 'bad-name', /"\.\."/],
      [() => mkfs({ sizeBytes: MiB, files: [...one('a'), ...one('a')] }), 'duplicate-name', /"a" appears twice/],
      [() => mkfs({ sizeBytes: MiB + 1, files: [] }), 'bad-size', /multiple of 4096/],
      [() => mkfs({ sizeBytes: 0, files: [] }), 'bad-size', /positive/],
      [() => mkfs({ sizeBytes: 2 * FS_BLOCK_SIZE, files: [] }), 'too-small', /cannot hold/],
      [() => mkfs({ sizeBytes: 16 * FS_BLOCK_SIZE, files: [{ name: 'big', data: new Uint8Array(16 * FS_BLOCK_SIZE) }] }), 'too-small', /need \d+ data blocks/],
      [() => mkfs({ sizeBytes: MiB, files: [...one('a'), ...one('b')], inodes: 3 }), 'too-many-files', /at least 4 inodes/],
    ];
    for (const [build, kind, msg] of cases) {
      expect(build).toThrow(FsError);
      expect(build).toThrow(msg);
      expect(build).toThrow(expect.objectContaining({ kind }));
    }
  });

  it('refuses a file above FS_MAX_FILE_BLOCKS', () => {
    const data = new Uint8Array(0);
    Object.defineProperty(data, 'length', { value: FS_MAX_FILE_BLOCKS * FS_BLOCK_SIZE + 1 });
    expect(() => mkfs({ sizeBytes: MiB, files: [{ name: 'huge', data }] })).toThrow(expect.objectContaining({ kind: 'file-too-large' }));
  });
});

describe('checkFs', () => {
  /** A fresh image with FILES and its view; file k (0-based in FILES) has inode FS_ROOT_INO + 1 + k. */
  function fresh(): { img: Uint8Array; v: View } {
    const img = mkfs({ sizeBytes: 2 * MiB, files: FILES });
    return { img, v: new View(img) };
  }
  const HELLO = FS_ROOT_INO + 1, EMPTY = FS_ROOT_INO + 2, TWELVE = FS_ROOT_INO + 3, IND = FS_ROOT_INO + 4, LONG = FS_ROOT_INO + 5;

  it('reports a bad superblock and nothing else', () => {
    const { img, v } = fresh();
    v.setSb('magic', 0x1234);
    expect(checkFs(img)).toEqual([{ kind: 'superblock', message: expect.stringMatching(/magic 0x1234/) }]);
    const other = fresh();
    other.v.setSb('nblocks', 10_000);
    expect(checkFs(other.img)).toEqual([{ kind: 'superblock', message: expect.stringMatching(/nblocks 10000/) }]);
    const third = fresh();
    third.v.setSb('data_start', third.v.sb('inode_start'));
    expect(kinds(checkFs(third.img))).toEqual(['superblock']);
    expect(() => readFs(third.img)).toThrow(expect.objectContaining({ kind: 'corrupt' }));
  });

  it('finds a block referenced twice, and the block that leaked', () => {
    const { img, v } = fresh();
    const shared = v.get(HELLO, 'direct', 0);
    const lost = v.get(LONG, 'direct', 1);
    v.set(LONG, 'direct', shared, 1);
    const ps = checkFs(img);
    expect(ps).toEqual([
      { kind: 'double-reference', message: `block ${shared} is referenced twice: by inode ${HELLO} data block ${shared} (logical block 0) and by inode ${LONG} data block ${shared} (logical block 1)` },
      { kind: 'leak', message: `block ${lost} is marked in use but nothing references it` },
    ]);
  });

  it('finds referenced blocks free in the bitmap, and marked blocks nobody references', () => {
    const { img, v } = fresh();
    const b = v.get(TWELVE, 'direct', 5);
    v.mark(b, false);
    v.mark(500, true);
    v.mark(1, false);
    expect(checkFs(img)).toEqual([
      { kind: 'unmarked', message: 'metadata block 1 is free in the bitmap' },
      { kind: 'unmarked', message: `block ${b} is used by inode ${TWELVE} data block ${b} (logical block 5) but free in the bitmap` },
      { kind: 'leak', message: 'block 500 is marked in use but nothing references it' },
    ]);
  });

  it('finds block pointers beyond the size, including a needless indirect block', () => {
    const { img, v } = fresh();
    v.set(LONG, 'size', 100); // still points at 3 blocks
    v.set(TWELVE, 'size', FS_BLOCK_SIZE * FS_NDIRECT - 1); // still 12 blocks: fine
    v.set(IND, 'size', FS_BLOCK_SIZE * FS_NDIRECT); // its indirect block now lies beyond the size
    const ps = checkFs(img);
    expect(kinds(ps)).toEqual(['beyond-size', 'beyond-size', 'beyond-size', 'beyond-size']);
    expect(ps[0]!.message).toMatch(new RegExp(`^inode ${IND}: indirect block \\d+ \\(from logical block 12\\) lies beyond its size 49152$`));
    expect(ps[2]!.message).toMatch(new RegExp(`^inode ${LONG}: data block \\d+ \\(logical block 1\\) lies beyond its size 100$`));
  });

  it('finds pointers outside the data area without following them', () => {
    const { img, v } = fresh();
    v.set(HELLO, 'direct', 1, 3); // the bitmap block
    v.set(IND, 'indirect', 0xffff_ffff);
    const ps = checkFs(img);
    expect(ps.slice(0, 2)).toEqual([
      { kind: 'out-of-range', message: `inode ${HELLO}: data block 1 (logical block 3) is outside the data area [${v.sb('data_start')}, 512)` },
      { kind: 'out-of-range', message: `inode ${IND}: indirect block 4294967295 (from logical block 12) is outside the data area [${v.sb('data_start')}, 512)` },
    ]);
    expect(kinds(ps.slice(2))).toEqual(['leak', 'leak']); // IND's own indirect block and the data block it mapped
    expect(() => readFs(img).read('indirect.bin')).toThrow(expect.objectContaining({ kind: 'corrupt' }));
  });

  it('finds entries naming free inodes, wrong link counts and orphans', () => {
    const { img, v } = fresh();
    v.set(EMPTY, 'type', FS_T_FREE);
    v.set(HELLO, 'nlink', 2);
    v.dv.setUint32(v.dirent(2) + DIRENT.inum!, 0, true); // drop "twelve" from the directory
    const ps = checkFs(img).filter((p) => p.kind !== 'leak');
    expect(ps).toEqual([
      { kind: 'dirent', message: `root entry 1 ("empty"): names inode ${EMPTY}, which is free` },
      { kind: 'nlink', message: `inode ${HELLO}: nlink 2, but 1 references` },
      { kind: 'nlink', message: `inode ${TWELVE}: nlink 1, but 0 references` },
      { kind: 'orphan', message: `inode ${TWELVE} is in use but no directory entry names it` },
    ]);
  });

  it('finds duplicate and unterminated names, bad types, a used inode 0 and entries past the inode table', () => {
    const { img, v } = fresh();
    img.set(new TextEncoder().encode('empty\0'), v.dirent(0) + DIRENT.name!);
    img.fill(0x41, v.dirent(3) + DIRENT.name!, v.dirent(3) + DIRENT.name! + FS_NAME_MAX + 1);
    v.dv.setUint32(v.dirent(4) + DIRENT.inum!, 1_000_000, true);
    v.set(TWELVE, 'type', 7);
    v.set(0, 'type', FS_T_FILE);
    const ps = checkFs(img).filter((p) => p.kind === 'dirent' || p.kind === 'inode');
    expect(ps.map((p) => p.message)).toEqual([
      'inode 0 is marked in use; it must never be',
      `inode ${TWELVE}: unknown type 7`,
      'root entry 1 ("empty"): name also used by entry 0',
      `root entry 2 ("twelve"): names inode ${TWELVE}, which is of unknown type 7`,
      'root entry 3: bad name (empty, containing "/" or without NUL)',
      'root entry 4 ("xxxxxxxxxxxxxxxxxxxxxxxxxxx"): inode 1000000 is past the inode table (128 inodes)',
    ]);
  });

  it('passes a disk changed the way a careful kernel would: delete, append, create', () => {
    const { img, v } = fresh();
    // Delete "hello.txt": free its block, clear its inode, clear its entry.
    v.mark(v.get(HELLO, 'direct', 0), false);
    img.fill(0, v.inode(HELLO), v.inode(HELLO) + FS_INODE_SIZE);
    v.dv.setUint32(v.dirent(0) + DIRENT.inum!, 0, true);
    // Append a block to "empty" from the first free block.
    let free = v.sb('data_start');
    while (v.marked(free)) free++;
    v.mark(free, true);
    v.set(EMPTY, 'direct', free, 0);
    v.set(EMPTY, 'size', 10);
    // Create "new" in a fresh inode and a new directory slot.
    const inum = LONG + 1;
    v.set(inum, 'type', FS_T_FILE);
    v.set(inum, 'nlink', 1);
    v.dv.setUint32(v.dirent(FILES.length) + DIRENT.inum!, inum, true);
    img.set(new TextEncoder().encode('new'), v.dirent(FILES.length) + DIRENT.name!);
    v.set(FS_ROOT_INO, 'size', (FILES.length + 1) * FS_DIRENT_SIZE);
    expect(checkFs(img)).toEqual([]);
    expect(readFs(img).files.map((f) => f.name)).toEqual(['empty', 'twelve', 'indirect.bin', 'x'.repeat(FS_NAME_MAX), 'new']);
  });

  it('never throws on randomly corrupted metadata, and bounds its report', () => {
    const base = mkfs({ sizeBytes: 12 * MiB, files: [...FILES, BIG] });
    const v = new View(base);
    const metaEnd = v.sb('data_start') * FS_BLOCK_SIZE;
    const bigIno = FS_ROOT_INO + FILES.length + 1;
    const hot = [v.get(FS_ROOT_INO, 'direct', 0), v.get(bigIno, 'indirect'), v.get(bigIno, 'dindirect')];
    const next = prng(2024);
    let problems = 0;
    for (let i = 0; i < 200; i++) {
      const img = base.slice();
      for (let k = 1 + (next() % 8); k > 0; k--) {
        const region = next() % 3;
        const at = region === 0 ? next() % metaEnd : hot[next() % hot.length]! * FS_BLOCK_SIZE + (next() % FS_BLOCK_SIZE);
        img[at] = region === 2 ? 0xff : next() & 0xff;
      }
      const ps = checkFs(img);
      problems += ps.length;
      expect(ps.length).toBeLessThanOrEqual(1001);
      try {
        const fs = readFs(img);
        for (const f of fs.files) fs.read(f.name);
      } catch (e) {
        expect(e).toBeInstanceOf(FsError);
      }
    }
    expect(problems).toBeGreaterThan(0);
    const wrecked = base.slice();
    wrecked.fill(0xff, FS_BLOCK_SIZE, metaEnd); // every bitmap bit and inode set
    const ps = checkFs(wrecked);
    expect(ps).toHaveLength(1001);
    expect(ps.at(-1)!.kind).toBe('truncated-report');
  });
});
