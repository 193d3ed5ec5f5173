/**
 * The snapshot file format: a domain's saved state as one byte string.
 *
 *   offset 0   magic "EXOVSNAP" (8 bytes)
 *          8   format version (u32, little-endian; SNAPSHOT_VERSION)
 *         12   section count (u32)
 *         16   sections, each: tag (4 ASCII bytes), length (u32), payload
 *        end   CRC-32 (IEEE 802.3, u32) of every byte before it
 *
 * Sections, in this order:
 *   HEAD  UTF-8 JSON SnapshotHeader: what is needed to rebuild the domain
 *   VCPU  UTF-8 JSON: the vCPU's state (vmm/vcpu-state.ts)
 *   DEVS  UTF-8 JSON: device name → the device's saveState()
 *   PVST  PV and unikernel domains only: UTF-8 JSON, the hypervisor's side of
 *         the domain and its old P2M (core/snapshot-pv-domain.ts)
 *   PAGE  RAM: u32 count, count u32 page numbers (strictly increasing), then
 *         one deflate-raw stream of those pages' bytes (count × 4096); pages
 *         not listed are zero. A PV domain's page numbers go two past its
 *         RAM: the shared-info and grant-table pages, after the RAM pages
 *   DISK  the disk, when HEAD says it has one: the same shape with 512-byte
 *         sectors
 * Every number and length is checked against the header before anything is
 * allocated; decompression stops at the size the header promises, and
 * allocates only what the stream really yields.
 */
import { concatBytes } from './bytes.js';

/** The format version this code writes; it reads this one and older ones it knows. */
export const SNAPSHOT_VERSION = 1;
/** The first eight bytes of every snapshot. */
export const SNAPSHOT_MAGIC = 'EXOVSNAP';
/** RAM is saved in pages of this size. */
export const SNAPSHOT_PAGE = 4096;
/** The disk is saved in sectors of this size. */
export const SNAPSHOT_SECTOR = 512;

/** Guest kinds a snapshot can hold. */
export type SnapshotKind = 'bare' | 'firmware' | 'full' | 'hw' | 'pv' | 'uni';

/** The HEAD section: what a restore needs besides memory and state. */
export interface SnapshotHeader {
  kind: SnapshotKind;
  name: string;
  ramBytes: number;
  /** RAM pages stored (the non-zero ones). */
  pages: number;
  /** Disk size in bytes (0: no disk) and sectors stored. */
  diskBytes: number;
  diskSectors: number;
  net: boolean;
  clock: 'deterministic' | 'realtime';
  tier: 'jit' | 'interp';
  /** Instruction limit (null: none). */
  maxInsns: number | null;
  exitWait: 'adaptive' | 'sleep';
  /** ISO 8601 time the snapshot was taken. */
  createdAt: string;
}

/** A decoded snapshot. */
export interface SnapshotImage {
  version: number;
  header: SnapshotHeader;
  vcpu: unknown;
  devices: Record<string, unknown>;
  /** PV and unikernel domains: the PVST section (checked by the restore); null or absent for others. */
  pv?: unknown;
  /** Non-zero RAM pages: page number (from the start of RAM) → 4096 bytes. */
  pages: Map<number, Uint8Array>;
  /** The disk's contents (diskBytes long), or null. */
  disk: Uint8Array | null;
}

/** What `snapshotSummary` reports from the header alone. */
export interface SnapshotSummary {
  version: number;
  kind: SnapshotKind;
  ramBytes: number;
  pages: number;
  /** Size of the snapshot in bytes. */
  bytes: number;
  createdAt: string;
}

/** Why a snapshot was refused. */
export type SnapshotFormatProblem = 'truncated' | 'magic' | 'version' | 'checksum' | 'inconsistent';

/** A snapshot that cannot be read; `problem` says which check failed, the message what to do. */
export class SnapshotFormatError extends Error {
  override readonly name = 'SnapshotFormatError';
  constructor(readonly problem: SnapshotFormatProblem, message: string) {
    super(`snapshot refused: ${message}`);
  }
}

const TAGS = ['HEAD', 'VCPU', 'DEVS', 'PVST', 'PAGE', 'DISK'] as const;
/** Pages a PV domain's snapshot holds past its RAM (shared info, grant table). */
export const PV_EXTRA_PAGES = 2;
const isPvKind = (kind: SnapshotKind): boolean => kind === 'pv' || kind === 'uni';
const text = new TextEncoder();
const MAX_RAM = 2 ** 31;

/** Encodes a snapshot (compresses RAM and disk); `pages` holds only non-zero pages. */
export async function encodeSnapshot(s: Omit<SnapshotImage, 'version'>): Promise<Uint8Array> {
  const sections: Array<[string, Uint8Array]> = [
    ['HEAD', text.encode(JSON.stringify(s.header))],
    ['VCPU', text.encode(JSON.stringify(s.vcpu))],
    ['DEVS', text.encode(JSON.stringify(s.devices))],
  ];
  if (isPvKind(s.header.kind)) sections.push(['PVST', text.encode(JSON.stringify(s.pv ?? null))]);
  sections.push(['PAGE', await encodeBlocks(s.pages)]);
  if (s.disk) sections.push(['DISK', await encodeBlocks(nonZeroBlocks(s.disk, SNAPSHOT_SECTOR))]);
  return encodeFrame(sections);
}

/**
 * The outer frame around already-encoded `sections` (tag, payload): magic,
 * `version`, count, the sections, CRC-32. Exported so tests can build frames
 * whose sections the encoder would never write, with a valid checksum.
 */
export function encodeFrame(sections: ReadonlyArray<readonly [string, Uint8Array]>, version = SNAPSHOT_VERSION): Uint8Array {
  const total = 16 + sections.reduce((n, [, p]) => n + 8 + p.length, 0) + 4;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  out.set(text.encode(SNAPSHOT_MAGIC), 0);
  dv.setUint32(8, version, true);
  dv.setUint32(12, sections.length, true);
  let at = 16;
  for (const [tag, payload] of sections) {
    out.set(text.encode(tag), at);
    dv.setUint32(at + 4, payload.length, true);
    out.set(payload, at + 8);
    at += 8 + payload.length;
  }
  dv.setUint32(at, crc32(out.subarray(0, at)), true);
  return out;
}

/** The blocks of `data` (of `size` bytes each) that are not all zero, by index. */
export function nonZeroBlocks(data: Uint8Array, size: number): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  for (let i = 0; i * size < data.length; i++) {
    const b = data.subarray(i * size, (i + 1) * size);
    if (!isZero(b)) out.set(i, b);
  }
  return out;
}

/** True when every byte is zero (compared a word at a time where aligned). */
export function isZero(b: Uint8Array): boolean {
  if (b.byteOffset % 4 === 0 && b.length % 4 === 0) {
    const w = new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
    for (let i = 0; i < w.length; i++) if (w[i] !== 0) return false;
    return true;
  }
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** A PAGE or DISK section of `blocks` (all the same size): the index, then their bytes in index order, deflated. */
async function encodeBlocks(blocks: Map<number, Uint8Array>): Promise<Uint8Array> {
  const ids = [...blocks.keys()].sort((a, b) => a - b);
  const size = ids.length > 0 ? blocks.get(ids[0]!)!.length : 0;
  const raw = new Uint8Array(ids.length * size);
  ids.forEach((id, k) => raw.set(blocks.get(id)!, k * size));
  return encodeBlockSection(ids, await deflate(raw));
}

/**
 * A PAGE or DISK section from its block numbers and an already-deflated
 * stream. Exported so tests can pair an index with a stream it does not match.
 */
export function encodeBlockSection(ids: readonly number[], packed: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + 4 * ids.length + packed.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, ids.length, true);
  ids.forEach((id, k) => dv.setUint32(4 + 4 * k, id, true));
  out.set(packed, 4 + 4 * ids.length);
  return out;
}

/** Checks the frame (magic, version, sections, checksum) and parses HEAD; cheap, no decompression. */
export function snapshotSummary(bytes: Uint8Array): SnapshotSummary {
  const { version, sections } = readFrame(bytes);
  const h = parseHeader(sections.get('HEAD')!);
  return { version, kind: h.kind, ramBytes: h.ramBytes, pages: h.pages, bytes: bytes.length, createdAt: h.createdAt };
}

/** Validates and decodes a snapshot; throws SnapshotFormatError saying what is wrong. */
export async function decodeSnapshot(bytes: Uint8Array): Promise<SnapshotImage> {
  const { version, sections } = readFrame(bytes);
  const header = parseHeader(sections.get('HEAD')!);
  const vcpu = parseJson(sections.get('VCPU')!, 'VCPU');
  const devices = parseJson(sections.get('DEVS')!, 'DEVS');
  if (typeof devices !== 'object' || devices === null || Array.isArray(devices)) throw inconsistent('DEVS is not an object of device states');
  const pvKind = isPvKind(header.kind);
  if (pvKind !== sections.has('PVST')) throw inconsistent(pvKind ? `a ${header.kind} domain's snapshot needs a PVST section` : 'a PVST section in a snapshot of a domain that is not PV');
  const pv = pvKind ? parseJson(sections.get('PVST')!, 'PVST') : null;
  const pageLimit = header.ramBytes / SNAPSHOT_PAGE + (pvKind ? PV_EXTRA_PAGES : 0);
  const pages = await decodeBlocks(sections.get('PAGE')!, SNAPSHOT_PAGE, pageLimit, header.pages, 'PAGE');
  let disk: Uint8Array | null = null;
  if (header.diskBytes > 0) {
    const d = sections.get('DISK');
    if (!d) throw inconsistent('the header names a disk but there is no DISK section');
    const sectors = await decodeBlocks(d, SNAPSHOT_SECTOR, header.diskBytes / SNAPSHOT_SECTOR, header.diskSectors, 'DISK');
    disk = new Uint8Array(header.diskBytes);
    for (const [i, b] of sectors) disk.set(b, i * SNAPSHOT_SECTOR);
  } else if (sections.has('DISK')) throw inconsistent('a DISK section but the header names no disk');
  return { version, header, vcpu, devices: devices as Record<string, unknown>, pv, pages, disk };
}

/** The outer frame: magic, version, checksum, and each section once, in order. */
function readFrame(bytes: Uint8Array): { version: number; sections: Map<string, Uint8Array> } {
  if (!(bytes instanceof Uint8Array)) throw new SnapshotFormatError('truncated', 'expected the snapshot\'s bytes (a Uint8Array)');
  if (bytes.length < 20) throw new SnapshotFormatError('truncated', `${bytes.length} bytes is too short to be a snapshot`);
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== SNAPSHOT_MAGIC) throw new SnapshotFormatError('magic', 'this is not an Exovisor snapshot (wrong magic bytes)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(8, true);
  if (version > SNAPSHOT_VERSION || version === 0) {
    // Every version ends with the CRC of what precedes it: without a match the version field is as likely damaged as new.
    const whole = crc32(bytes.subarray(0, bytes.length - 4)) === dv.getUint32(bytes.length - 4, true);
    const why = version === 0 ? 'no Exovisor writes version 0: the file is corrupted'
      : whole ? 'use a newer Exovisor' : 'and its checksum does not match: the file is corrupted, or from a newer Exovisor';
    throw new SnapshotFormatError('version', `format version ${version} is not one this Exovisor reads (it reads up to ${SNAPSHOT_VERSION}); ${why}`);
  }
  const sections = new Map<string, Uint8Array>();
  const count = dv.getUint32(12, true);
  let at = 16, last = -1;
  for (let k = 0; k < count; k++) {
    if (at + 8 > bytes.length - 4) throw new SnapshotFormatError('truncated', `the file ends inside section ${k + 1} of ${count}; it was cut short`);
    const tag = new TextDecoder().decode(bytes.subarray(at, at + 4)), len = dv.getUint32(at + 4, true);
    if (at + 8 + len > bytes.length - 4) throw new SnapshotFormatError('truncated', `section ${tag} runs past the end of the file; it was cut short`);
    const index = TAGS.indexOf(tag as (typeof TAGS)[number]);
    if (index <= last || (k < 3 && index !== k)) throw inconsistent(`unexpected section '${tag}' at position ${k + 1}`);
    last = index;
    sections.set(tag, bytes.subarray(at + 8, at + 8 + len));
    at += 8 + len;
  }
  if (at + 4 !== bytes.length) throw new SnapshotFormatError('truncated', `the sections end at byte ${at + 4} but the file has ${bytes.length}; it was cut or padded`);
  if (crc32(bytes.subarray(0, at)) !== dv.getUint32(at, true)) throw new SnapshotFormatError('checksum', 'the checksum does not match: the file is corrupted');
  if (!sections.has('PAGE')) throw inconsistent('sections HEAD, VCPU, DEVS and PAGE are required');
  return { version, sections };
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw inconsistent(`section ${what} is not valid JSON`);
  }
}

/** HEAD, field by field. */
function parseHeader(bytes: Uint8Array): SnapshotHeader {
  const h = parseJson(bytes, 'HEAD') as Record<string, unknown> | null;
  if (typeof h !== 'object' || h === null) throw inconsistent('HEAD is not an object');
  const kinds: readonly string[] = ['bare', 'firmware', 'full', 'hw', 'pv', 'uni'];
  const str = (k: string): string => { if (typeof h[k] !== 'string') throw inconsistent(`HEAD.${k} must be a string`); return h[k] as string; };
  const int = (k: string, max: number): number => {
    const v = h[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw inconsistent(`HEAD.${k} must be an integer from 0 to ${max}`);
    return v;
  };
  const kind = str('kind');
  if (!kinds.includes(kind)) throw inconsistent(`HEAD.kind '${kind}' is not a guest kind`);
  const ramBytes = int('ramBytes', MAX_RAM), diskBytes = int('diskBytes', MAX_RAM);
  if (ramBytes === 0 || ramBytes % SNAPSHOT_PAGE !== 0) throw inconsistent(`RAM size ${ramBytes} is not a positive multiple of ${SNAPSHOT_PAGE}`);
  if (diskBytes % SNAPSHOT_SECTOR !== 0) throw inconsistent(`disk size ${diskBytes} is not a multiple of ${SNAPSHOT_SECTOR}`);
  const clock = str('clock'), tier = str('tier'), exitWait = str('exitWait');
  if (clock !== 'deterministic' && clock !== 'realtime') throw inconsistent(`HEAD.clock '${clock}' is unknown`);
  if (tier !== 'jit' && tier !== 'interp') throw inconsistent(`HEAD.tier '${tier}' is unknown`);
  if (exitWait !== 'adaptive' && exitWait !== 'sleep') throw inconsistent(`HEAD.exitWait '${exitWait}' is unknown`);
  const maxInsns = h['maxInsns'] === null ? null : int('maxInsns', Number.MAX_SAFE_INTEGER);
  return {
    kind: kind as SnapshotKind, name: str('name'), ramBytes, pages: int('pages', ramBytes / SNAPSHOT_PAGE + (isPvKind(kind as SnapshotKind) ? PV_EXTRA_PAGES : 0)),
    diskBytes, diskSectors: int('diskSectors', diskBytes / SNAPSHOT_SECTOR), net: h['net'] === true,
    clock, tier, maxInsns, exitWait, createdAt: str('createdAt'),
  };
}

/** A PAGE or DISK section: indices checked against `limit` and `count`, data inflated to exactly count × size. */
async function decodeBlocks(bytes: Uint8Array, size: number, limit: number, count: number, what: string): Promise<Map<number, Uint8Array>> {
  if (bytes.length < 4) throw inconsistent(`section ${what} is too short`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = dv.getUint32(0, true);
  if (n !== count) throw inconsistent(`section ${what} holds ${n} blocks but the header says ${count}`);
  if (4 + 4 * n > bytes.length) throw inconsistent(`section ${what}'s index runs past its end`);
  const ids: number[] = [];
  for (let k = 0; k < n; k++) {
    const id = dv.getUint32(4 + 4 * k, true);
    if (id >= limit || (k > 0 && id <= ids[k - 1]!)) throw inconsistent(`section ${what}: block number ${id} is out of range or out of order`);
    ids.push(id);
  }
  const raw = await inflate(bytes.subarray(4 + 4 * n), n * size, what);
  return new Map(ids.map((id, k) => [id, raw.subarray(k * size, (k + 1) * size)]));
}

function inconsistent(message: string): SnapshotFormatError {
  return new SnapshotFormatError('inconsistent', message);
}

/** Compresses with the platform's CompressionStream (deflate-raw). */
async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Decompresses exactly `expected` bytes; more, less or a broken stream is
 * refused. Memory follows what the stream really yields, never the index's
 * promise: a small file whose index claims gigabytes costs only what it inflates to.
 */
async function inflate(data: Uint8Array, expected: number, what: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let at = 0;
  const reader = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > expected) throw inconsistent(`section ${what} inflates to more than the ${expected} bytes its index promises`);
      parts.push(value);
      at += value.length;
    }
  } catch (e) {
    await reader.cancel().catch(() => {});
    if (e instanceof SnapshotFormatError) throw e;
    throw inconsistent(`section ${what}'s compressed data is damaged`);
  }
  if (at !== expected) throw inconsistent(`section ${what} inflates to ${at} bytes, not the ${expected} its index promises`);
  return parts.length === 1 ? parts[0]! : concatBytes(parts, expected);
}

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) of `data`. */
export function crc32(data: Uint8Array): number {
  let c = 0xffff_ffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffff_ffff) >>> 0;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb8_8320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
