/**
 * EXFS disk images on the host: `mkfs` builds one from a list of files,
 * `readFs` lists and reads the files of one, and `checkFs` checks one (after
 * the guest kernel has written to it) for every inconsistency the format
 * can express. The layout and field offsets come from abi/fs.ts.
 *
 * Conventions abi/fs.ts leaves implicit, followed here and expected by
 * `checkFs`: bitmap bit `b` is bit `b % 8` of byte `b / 8` (as xv6), bits
 * past the last block are clear; the root directory holds no "." or ".."
 * entries and its nlink counts the file system's own reference (1) plus any
 * entry naming it.
 *
 * Every read of an image goes through a checked geometry, so a corrupted
 * image gives an FsError or a problem report, never a RangeError, and every
 * walk is bounded by the image's size.
 */
import { layout } from '../abi/constant.js';
import {
  FS_BLOCK_SIZE, FS_DIRENT, FS_DIRENT_SIZE, FS_INODE, FS_INODE_SIZE, FS_INODES_PER_BLOCK, FS_MAGIC, FS_MAX_FILE_BLOCKS,
  FS_NAME_MAX, FS_NDIRECT, FS_NINDIRECT, FS_ROOT_INO, FS_SUPERBLOCK, FS_T_DIR, FS_T_FILE, FS_T_FREE, FS_VERSION,
} from '../abi/fs.js';

const SB = layout(FS_SUPERBLOCK).offsets;
const INO = layout(FS_INODE).offsets;
const DIRENT = layout(FS_DIRENT).offsets;
const BITS_PER_BLOCK = FS_BLOCK_SIZE * 8;
const NAME_BYTES = FS_NAME_MAX + 1;
/** First logical block mapped through the double-indirect block. */
const DIND_FIRST = FS_NDIRECT + FS_NINDIRECT;
/** Default inode density: one per this many bytes of disk, at least MIN_INODES. */
const BYTES_PER_INODE = 16 * 1024;
const MIN_INODES = 64;
/** checkFs stops listing problems after this many (and says how many it left out). */
const MAX_PROBLEMS = 1000;

/** What went wrong building or reading an image. */
export type FsErrorKind =
  | 'bad-size' | 'too-small' | 'bad-name' | 'duplicate-name' | 'too-many-files' | 'file-too-large' | 'corrupt' | 'not-found';

/** Why an image could not be built or read; `kind` says which rule was broken. */
export class FsError extends Error {
  override readonly name = 'FsError';

  constructor(readonly kind: FsErrorKind, message: string) {
    super(message);
  }
}

/** One file to put on a disk. */
export interface FsFile {
  name: string;
  data: Uint8Array;
}

/** mkfs input. */
export interface MkfsOptions {
  /** Image size: a positive multiple of FS_BLOCK_SIZE. */
  sizeBytes: number;
  files: FsFile[];
  /** Inode-table entries, inode 0 included (default one per 16 KiB, at least 64, filling whole blocks). */
  inodes?: number;
}

/** The superblock's geometry. */
export interface FsGeometry {
  nblocks: number;
  ninodes: number;
  bitmapStart: number;
  nbitmap: number;
  inodeStart: number;
  ninodeBlocks: number;
  dataStart: number;
}

/** An inode as stored. */
interface Inode {
  inum: number;
  type: number;
  nlink: number;
  size: number;
  direct: number[];
  indirect: number;
  dindirect: number;
}

/** An image with its checked geometry. */
interface Fs {
  bytes: Uint8Array;
  dv: DataView;
  g: FsGeometry;
}

// ---------------------------------------------------------------- mkfs

/** Blocks (data and indirect) a file of `n` data blocks occupies. */
function blocksFor(n: number): number {
  const dind = n > DIND_FIRST ? 1 + Math.ceil((n - DIND_FIRST) / FS_NINDIRECT) : 0;
  return n + (n > FS_NDIRECT ? 1 : 0) + dind;
}

/** The layout of a new image of `sizeBytes` with `inodes` (or the default count of) inodes. */
function planGeometry(sizeBytes: number, nfiles: number, inodes?: number): FsGeometry {
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes <= 0 || sizeBytes % FS_BLOCK_SIZE !== 0 || sizeBytes / FS_BLOCK_SIZE > 0xffff_ffff) {
    throw new FsError('bad-size', `disk size ${sizeBytes} must be a positive multiple of ${FS_BLOCK_SIZE} bytes`);
  }
  const nblocks = sizeBytes / FS_BLOCK_SIZE;
  const need = FS_ROOT_INO + 1 + nfiles;
  const fill = (n: number): number => Math.ceil(n / FS_INODES_PER_BLOCK) * FS_INODES_PER_BLOCK;
  const ninodes = inodes ?? fill(Math.max(MIN_INODES, Math.floor(sizeBytes / BYTES_PER_INODE), need));
  if (!Number.isInteger(ninodes) || ninodes < need || ninodes > 0xffff_ffff) {
    throw new FsError('too-many-files', `${nfiles} files need at least ${need} inodes (inode 0 and the root included); got ${ninodes}`);
  }
  const nbitmap = Math.ceil(nblocks / BITS_PER_BLOCK);
  const ninodeBlocks = Math.ceil(ninodes / FS_INODES_PER_BLOCK);
  const g = { nblocks, ninodes, bitmapStart: 1, nbitmap, inodeStart: 1 + nbitmap, ninodeBlocks, dataStart: 1 + nbitmap + ninodeBlocks };
  if (g.dataStart > nblocks) {
    throw new FsError('too-small', `a ${sizeBytes}-byte disk cannot hold its superblock, bitmap and ${ninodes} inodes (${g.dataStart} blocks)`);
  }
  return g;
}

/** File names as the root directory stores them: checked, encoded and unique. */
function encodeNames(files: FsFile[]): Uint8Array[] {
  const seen = new Set<string>();
  return files.map(({ name, data }) => {
    const bytes = new TextEncoder().encode(name);
    if (bytes.length === 0 || bytes.length > FS_NAME_MAX || /[/\0]/.test(name) || name === '.' || name === '..') {
      throw new FsError('bad-name', `bad file name ${JSON.stringify(name)}: 1..${FS_NAME_MAX} bytes, no "/" or NUL, not "." or ".."`);
    }
    if (seen.has(name)) throw new FsError('duplicate-name', `file name "${name}" appears twice`);
    seen.add(name);
    if (Math.ceil(data.length / FS_BLOCK_SIZE) > FS_MAX_FILE_BLOCKS) {
      throw new FsError('file-too-large', `file "${name}" is ${data.length} bytes; EXFS files hold at most ${FS_MAX_FILE_BLOCKS} blocks`);
    }
    return bytes;
  });
}

/** The root directory's contents: one exfs_dirent per file, inodes from FS_ROOT_INO + 1 on. */
function rootDirectory(names: Uint8Array[]): Uint8Array {
  const dir = new Uint8Array(names.length * FS_DIRENT_SIZE);
  const dv = new DataView(dir.buffer);
  names.forEach((name, i) => {
    dv.setUint32(i * FS_DIRENT_SIZE + DIRENT.inum!, FS_ROOT_INO + 1 + i, true);
    dir.set(name, i * FS_DIRENT_SIZE + DIRENT.name!);
  });
  return dir;
}

/** Builds an EXFS image holding `files` in its root directory. */
export function mkfs(opts: MkfsOptions): Uint8Array {
  const names = encodeNames(opts.files);
  const g = planGeometry(opts.sizeBytes, opts.files.length, opts.inodes);
  const dir = rootDirectory(names);
  const contents = [dir, ...opts.files.map((f) => f.data)];
  const need = contents.reduce((sum, c) => sum + blocksFor(Math.ceil(c.length / FS_BLOCK_SIZE)), 0);
  if (g.dataStart + need > g.nblocks) {
    throw new FsError('too-small', `the files need ${need} data blocks; a ${opts.sizeBytes}-byte disk has ${g.nblocks - g.dataStart}`);
  }
  const bytes = new Uint8Array(opts.sizeBytes);
  const fs: Fs = { bytes, dv: new DataView(bytes.buffer), g };
  writeSuperblock(fs);
  let next = g.dataStart;
  const alloc = (): number => next++;
  writeFile(fs, alloc, FS_ROOT_INO, FS_T_DIR, dir);
  opts.files.forEach((f, i) => writeFile(fs, alloc, FS_ROOT_INO + 1 + i, FS_T_FILE, f.data));
  for (let b = 0; b < next; b++) bytes[g.bitmapStart * FS_BLOCK_SIZE + (b >> 3)]! |= 1 << (b & 7);
  return bytes;
}

function writeSuperblock({ dv, g }: Fs): void {
  const fields: Record<string, number> = {
    magic: FS_MAGIC, version: FS_VERSION, nblocks: g.nblocks, ninodes: g.ninodes, bitmap_start: g.bitmapStart,
    nbitmap: g.nbitmap, inode_start: g.inodeStart, ninode_blocks: g.ninodeBlocks, data_start: g.dataStart,
  };
  for (const [name, value] of Object.entries(fields)) dv.setUint32(SB[name]!, value, true);
}

/** Byte offset of inode `inum`. */
function inodeOffset(g: FsGeometry, inum: number): number {
  return (g.inodeStart + Math.floor(inum / FS_INODES_PER_BLOCK)) * FS_BLOCK_SIZE + (inum % FS_INODES_PER_BLOCK) * FS_INODE_SIZE;
}

/** Writes inode `inum` (nlink 1) and its data, allocating data and indirect blocks with `alloc`. */
function writeFile(fs: Fs, alloc: () => number, inum: number, type: number, data: Uint8Array): void {
  const { dv, bytes } = fs;
  const ino = inodeOffset(fs.g, inum);
  dv.setUint16(ino + INO.type!, type, true);
  dv.setUint16(ino + INO.nlink!, 1, true);
  dv.setUint32(ino + INO.size!, data.length, true);
  const n = Math.ceil(data.length / FS_BLOCK_SIZE);
  for (let i = 0; i < n; i++) {
    const slot = pointerSlot(fs, alloc, ino, i);
    const b = alloc();
    dv.setUint32(slot, b, true);
    bytes.set(data.subarray(i * FS_BLOCK_SIZE, (i + 1) * FS_BLOCK_SIZE), b * FS_BLOCK_SIZE);
  }
}

/** Where the pointer to logical block `i` lives, allocating the indirect blocks on the way the first time they are needed. */
function pointerSlot(fs: Fs, alloc: () => number, ino: number, i: number): number {
  const { dv } = fs;
  const table = (at: number, first: boolean): number => {
    if (first) dv.setUint32(at, alloc(), true);
    return dv.getUint32(at, true) * FS_BLOCK_SIZE;
  };
  if (i < FS_NDIRECT) return ino + INO.direct! + 4 * i;
  if (i < DIND_FIRST) return table(ino + INO.indirect!, i === FS_NDIRECT) + 4 * (i - FS_NDIRECT);
  const j = i - DIND_FIRST;
  const dind = table(ino + INO.dindirect!, j === 0);
  const k = Math.floor(j / FS_NINDIRECT);
  return table(dind + 4 * k, j % FS_NINDIRECT === 0) + 4 * (j % FS_NINDIRECT);
}

// ---------------------------------------------------------------- reading

/** Reads and checks the superblock; throws FsError('corrupt') when the geometry does not fit the image. */
function openFs(bytes: Uint8Array): Fs {
  if (bytes.length < FS_BLOCK_SIZE) throw new FsError('corrupt', `image of ${bytes.length} bytes is smaller than one block`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sb = (name: string): number => dv.getUint32(SB[name]!, true);
  if (sb('magic') !== FS_MAGIC) throw new FsError('corrupt', `bad superblock magic 0x${sb('magic').toString(16)}, expected 0x${FS_MAGIC.toString(16)}`);
  if (sb('version') !== FS_VERSION) throw new FsError('corrupt', `superblock version ${sb('version')}, expected ${FS_VERSION}`);
  const g: FsGeometry = {
    nblocks: sb('nblocks'), ninodes: sb('ninodes'), bitmapStart: sb('bitmap_start'), nbitmap: sb('nbitmap'),
    inodeStart: sb('inode_start'), ninodeBlocks: sb('ninode_blocks'), dataStart: sb('data_start'),
  };
  const rules: Array<[boolean, string]> = [
    [g.nblocks >= 1 && g.nblocks * FS_BLOCK_SIZE <= bytes.length, `nblocks ${g.nblocks} does not fit the ${bytes.length}-byte image`],
    [g.ninodes > FS_ROOT_INO, `ninodes ${g.ninodes} leaves no room for the root inode`],
    [g.bitmapStart >= 1 && g.nbitmap >= Math.ceil(g.nblocks / BITS_PER_BLOCK), `bitmap (block ${g.bitmapStart}, ${g.nbitmap} blocks) cannot map ${g.nblocks} blocks`],
    [g.inodeStart >= g.bitmapStart + g.nbitmap, `inode table (block ${g.inodeStart}) overlaps the bitmap`],
    [g.ninodeBlocks >= Math.ceil(g.ninodes / FS_INODES_PER_BLOCK), `${g.ninodeBlocks} inode blocks cannot hold ${g.ninodes} inodes`],
    [g.dataStart >= g.inodeStart + g.ninodeBlocks, `data area (block ${g.dataStart}) overlaps the inode table`],
    [g.dataStart <= g.nblocks, `data area starts at block ${g.dataStart}, past the last block ${g.nblocks - 1}`],
  ];
  for (const [ok, why] of rules) if (!ok) throw new FsError('corrupt', `bad superblock: ${why}`);
  return { bytes, dv, g };
}

function readInode({ dv, g }: Fs, inum: number): Inode {
  const at = inodeOffset(g, inum);
  return {
    inum,
    type: dv.getUint16(at + INO.type!, true),
    nlink: dv.getUint16(at + INO.nlink!, true),
    size: dv.getUint32(at + INO.size!, true),
    direct: Array.from({ length: FS_NDIRECT }, (_, i) => dv.getUint32(at + INO.direct! + 4 * i, true)),
    indirect: dv.getUint32(at + INO.indirect!, true),
    dindirect: dv.getUint32(at + INO.dindirect!, true),
  };
}

/** A block an inode points at: data for logical block `first`, or an indirect block mapping from logical block `first` on. */
interface BlockRef {
  block: number;
  role: 'data' | 'indirect' | 'double-indirect';
  first: number;
}

/** Calls `visit` for every non-zero pointer of `ino`; an indirect block is read only when `visit` returns true for it. */
function walkBlocks(fs: Fs, ino: Inode, visit: (ref: BlockRef) => boolean): void {
  const entry = (block: number, i: number): number => fs.dv.getUint32(block * FS_BLOCK_SIZE + 4 * i, true);
  const table = (block: number, first: number): void => {
    for (let i = 0; i < FS_NINDIRECT; i++) {
      const b = entry(block, i);
      if (b) visit({ block: b, role: 'data', first: first + i });
    }
  };
  ino.direct.forEach((b, i) => b && visit({ block: b, role: 'data', first: i }));
  if (ino.indirect && visit({ block: ino.indirect, role: 'indirect', first: FS_NDIRECT })) table(ino.indirect, FS_NDIRECT);
  if (!ino.dindirect || !visit({ block: ino.dindirect, role: 'double-indirect', first: DIND_FIRST })) return;
  for (let k = 0; k < FS_NINDIRECT; k++) {
    const ind = entry(ino.dindirect, k);
    const first = DIND_FIRST + k * FS_NINDIRECT;
    if (ind && visit({ block: ind, role: 'indirect', first })) table(ind, first);
  }
}

/** The contents of `ino`. Pointers outside the data area throw (`strict`) or read as holes. */
function readData(fs: Fs, ino: Inode, strict: boolean): Uint8Array {
  if (ino.size > fs.g.nblocks * FS_BLOCK_SIZE) {
    throw new FsError('corrupt', `inode ${ino.inum}: size ${ino.size} exceeds the whole disk`);
  }
  const out = new Uint8Array(ino.size);
  walkBlocks(fs, ino, ({ block, role, first }) => {
    const valid = block >= fs.g.dataStart && block < fs.g.nblocks;
    if (!valid && strict) throw new FsError('corrupt', `inode ${ino.inum}: ${role} block ${block} lies outside the data area`);
    const start = first * FS_BLOCK_SIZE;
    if (!valid || start >= ino.size) return false;
    if (role === 'data') out.set(fs.bytes.subarray(block * FS_BLOCK_SIZE, block * FS_BLOCK_SIZE + Math.min(FS_BLOCK_SIZE, ino.size - start)), start);
    return true;
  });
  return out;
}

/** One root-directory slot in use. */
interface Dirent {
  slot: number;
  inum: number;
  /** The name bytes before the first NUL; null when the field has no NUL. */
  name: string | null;
}

/** The used slots of a directory's contents. */
function parseDirents(dir: Uint8Array): Dirent[] {
  const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const out: Dirent[] = [];
  for (let slot = 0; (slot + 1) * FS_DIRENT_SIZE <= dir.length; slot++) {
    const at = slot * FS_DIRENT_SIZE;
    const inum = dv.getUint32(at + DIRENT.inum!, true);
    if (inum === 0) continue;
    const field = dir.subarray(at + DIRENT.name!, at + DIRENT.name! + NAME_BYTES);
    const nul = field.indexOf(0);
    out.push({ slot, inum, name: nul < 0 ? null : new TextDecoder().decode(field.subarray(0, nul)) });
  }
  return out;
}

/** A file as readFs lists it. */
export interface FsEntry {
  name: string;
  size: number;
  inum: number;
}

/** An image opened by readFs. */
export interface FsImage {
  geometry: FsGeometry;
  /** The root directory's files, in directory order. */
  files: FsEntry[];
  /** A file's contents; FsError 'not-found', or 'corrupt' when its block pointers are. */
  read(name: string): Uint8Array;
}

/** The files of an EXFS image; FsError 'corrupt' when its superblock or root directory is unusable. */
export function readFs(image: Uint8Array): FsImage {
  const fs = openFs(image);
  const root = readInode(fs, FS_ROOT_INO);
  if (root.type !== FS_T_DIR) throw new FsError('corrupt', `root inode ${FS_ROOT_INO} has type ${root.type}, not a directory`);
  const inodes = new Map<string, Inode>();
  for (const d of parseDirents(readData(fs, root, true))) {
    if (d.name === null) throw new FsError('corrupt', `root entry ${d.slot}: name is not NUL-terminated`);
    if (d.inum >= fs.g.ninodes) throw new FsError('corrupt', `root entry ${d.slot} ("${d.name}"): inode ${d.inum} is past the inode table`);
    const ino = readInode(fs, d.inum);
    if (ino.type === FS_T_FREE) throw new FsError('corrupt', `root entry ${d.slot} ("${d.name}"): inode ${d.inum} is free`);
    inodes.set(d.name, ino);
  }
  return {
    geometry: fs.g,
    files: [...inodes].map(([name, ino]) => ({ name, size: ino.size, inum: ino.inum })),
    read(name: string): Uint8Array {
      const ino = inodes.get(name);
      if (!ino) throw new FsError('not-found', `no file "${name}" on the disk`);
      return readData(fs, ino, true);
    },
  };
}

// ---------------------------------------------------------------- checking

/** Kinds of inconsistency checkFs reports. */
export type FsProblemKind =
  | 'superblock' | 'inode' | 'out-of-range' | 'beyond-size' | 'double-reference' | 'unmarked' | 'leak' | 'dirent' | 'nlink' | 'orphan'
  | 'truncated-report';

/** One inconsistency; the message names the inode, block or directory slot. */
export interface FsProblem {
  kind: FsProblemKind;
  message: string;
}

/** What the checker has learnt so far. */
interface CheckState {
  fs: Fs;
  problems: FsProblem[];
  /** Owner description of every referenced block. */
  owners: Map<number, string>;
  /** Directory entries naming each inode. */
  refs: Uint32Array;
  dropped: number;
}

function report(st: CheckState, kind: FsProblemKind, message: string): void {
  if (st.problems.length < MAX_PROBLEMS) st.problems.push({ kind, message });
  else st.dropped++;
}

/** Every inconsistency of an EXFS image (empty when consistent): superblock, inodes, block references, bitmap, root directory, link counts. */
export function checkFs(image: Uint8Array): FsProblem[] {
  let fs: Fs;
  try {
    fs = openFs(image);
  } catch (e) {
    if (e instanceof FsError) return [{ kind: 'superblock', message: e.message }];
    throw e;
  }
  const st: CheckState = { fs, problems: [], owners: new Map(), refs: new Uint32Array(fs.g.ninodes), dropped: 0 };
  if (readInode(fs, 0).type !== FS_T_FREE) report(st, 'inode', 'inode 0 is marked in use; it must never be');
  const inodes: Inode[] = [];
  for (let inum = 1; inum < fs.g.ninodes; inum++) {
    const ino = readInode(fs, inum);
    if (checkInode(st, ino)) inodes.push(ino);
  }
  checkRoot(st, inodes.find((i) => i.inum === FS_ROOT_INO));
  for (const ino of inodes) checkLinks(st, ino);
  checkBitmap(st);
  if (st.dropped > 0) st.problems.push({ kind: 'truncated-report', message: `${st.dropped} further problems not listed` });
  return st.problems;
}

/** Checks one inode's type and block pointers; true when it is in use. */
function checkInode(st: CheckState, ino: Inode): boolean {
  const { inum } = ino;
  if (ino.type === FS_T_FREE) {
    if (inum === FS_ROOT_INO) report(st, 'inode', `root inode ${inum} is free`);
    return false;
  }
  if (ino.type !== FS_T_FILE && ino.type !== FS_T_DIR) {
    report(st, 'inode', `inode ${inum}: unknown type ${ino.type}`);
    return false;
  }
  if (inum === FS_ROOT_INO && ino.type !== FS_T_DIR) report(st, 'inode', `root inode ${inum} is not a directory`);
  if (inum !== FS_ROOT_INO && ino.type === FS_T_DIR) report(st, 'inode', `inode ${inum} is a directory, but EXFS has only the root directory`);
  const used = Math.ceil(ino.size / FS_BLOCK_SIZE);
  if (used > FS_MAX_FILE_BLOCKS) report(st, 'inode', `inode ${inum}: size ${ino.size} exceeds the largest file`);
  walkBlocks(st.fs, ino, (ref) => checkRef(st, ino, used, ref));
  return true;
}

/** Checks one pointer of `ino`; true when the block may be followed (in range and seen for the first time). */
function checkRef(st: CheckState, ino: Inode, used: number, { block, role, first }: BlockRef): boolean {
  const what = role === 'data' ? `data block ${block} (logical block ${first})` : `${role} block ${block} (from logical block ${first})`;
  const { g } = st.fs;
  if (block < g.dataStart || block >= g.nblocks) {
    report(st, 'out-of-range', `inode ${ino.inum}: ${what} is outside the data area [${g.dataStart}, ${g.nblocks})`);
    return false;
  }
  if (first >= used) report(st, 'beyond-size', `inode ${ino.inum}: ${what} lies beyond its size ${ino.size}`);
  const owner = `inode ${ino.inum} ${what}`;
  const earlier = st.owners.get(block);
  if (earlier !== undefined) {
    report(st, 'double-reference', `block ${block} is referenced twice: by ${earlier} and by ${owner}`);
    return false;
  }
  st.owners.set(block, owner);
  return true;
}

/** Checks the root directory's entries and counts the references they make. */
function checkRoot(st: CheckState, root: Inode | undefined): void {
  if (!root || root.type !== FS_T_DIR) return;
  if (root.size % FS_DIRENT_SIZE !== 0) report(st, 'inode', `root inode ${root.inum}: size ${root.size} is not a multiple of ${FS_DIRENT_SIZE}`);
  if (root.size > st.fs.g.nblocks * FS_BLOCK_SIZE) return report(st, 'inode', `root inode ${root.inum}: size ${root.size} exceeds the disk`);
  const names = new Map<string, number>();
  for (const d of parseDirents(readData(st.fs, root, false))) {
    const where = `root entry ${d.slot}${d.name === null ? '' : ` ("${d.name}")`}`;
    if (d.name === null || d.name === '' || d.name.includes('/')) report(st, 'dirent', `${where}: bad name (empty, containing "/" or without NUL)`);
    else if (names.has(d.name)) report(st, 'dirent', `${where}: name also used by entry ${names.get(d.name)}`);
    else names.set(d.name, d.slot);
    if (d.inum >= st.fs.g.ninodes) {
      report(st, 'dirent', `${where}: inode ${d.inum} is past the inode table (${st.fs.g.ninodes} inodes)`);
      continue;
    }
    const type = readInode(st.fs, d.inum).type;
    if (type !== FS_T_FILE && type !== FS_T_DIR) report(st, 'dirent', `${where}: names inode ${d.inum}, which is ${type === FS_T_FREE ? 'free' : `of unknown type ${type}`}`);
    st.refs[d.inum]!++;
  }
}

/** nlink must equal the directory entries naming the inode (plus 1 for the root); files must be named. */
function checkLinks(st: CheckState, ino: Inode): void {
  const refs = st.refs[ino.inum]!;
  const expected = refs + (ino.inum === FS_ROOT_INO ? 1 : 0);
  if (ino.nlink !== expected) report(st, 'nlink', `inode ${ino.inum}: nlink ${ino.nlink}, but ${expected} references`);
  if (refs === 0 && ino.inum !== FS_ROOT_INO) report(st, 'orphan', `inode ${ino.inum} is in use but no directory entry names it`);
}

/** Metadata and referenced blocks must be marked, nothing else. */
function checkBitmap(st: CheckState): void {
  const { bytes, g } = st.fs;
  const base = g.bitmapStart * FS_BLOCK_SIZE;
  const marked = (b: number): boolean => (bytes[base + (b >> 3)]! >> (b & 7) & 1) === 1;
  for (let b = 0; b < g.nblocks; b++) {
    const owner = st.owners.get(b);
    if (b < g.dataStart && !marked(b)) report(st, 'unmarked', `metadata block ${b} is free in the bitmap`);
    else if (owner !== undefined && !marked(b)) report(st, 'unmarked', `block ${b} is used by ${owner} but free in the bitmap`);
    else if (b >= g.dataStart && owner === undefined && marked(b)) report(st, 'leak', `block ${b} is marked in use but nothing references it`);
  }
  for (let b = g.nblocks; b < g.nbitmap * BITS_PER_BLOCK; b++) {
    if (marked(b)) report(st, 'leak', `bitmap marks block ${b}, past the last block ${g.nblocks - 1}`);
  }
}
