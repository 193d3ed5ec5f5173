/**
 * Malformed images made from good ones, as damage reaches a user: an
 * executable whose entry lies outside its segments or whose segment sits
 * at a huge file offset, a snapshot cut short, one whose checksum no
 * longer matches, one from a newer format; and the library manifest that
 * makes damaged bytes look whole to the library (sizes and SHA-256 that
 * match), so the damage reaches the image's own reader.
 */
import { createHash } from 'node:crypto';
import { chunkKey, encodeManifest, FORMAT_VERSION, manifestKey, type ImageKind } from '../../hypervisor/image/manifest.js';
import { crc32, SNAPSHOT_VERSION } from '../../hypervisor/image/snapshot-format.js';

/** A copy of ELF `elf` with its entry point set to `entry`. */
export function withEntry(elf: Uint8Array, entry: number): Uint8Array {
  const out = Uint8Array.from(elf);
  new DataView(out.buffer).setUint32(24, entry >>> 0, true);
  return out;
}

/** A copy of ELF `elf` whose first loadable segment says its bytes start at file offset `offset`. */
export function withSegmentOffset(elf: Uint8Array, offset: number): Uint8Array {
  const out = Uint8Array.from(elf);
  const dv = new DataView(out.buffer);
  const phoff = dv.getUint32(28, true), phentsize = dv.getUint16(42, true);
  for (let i = 0; i < dv.getUint16(44, true); i++) {
    if (dv.getUint32(phoff + i * phentsize, true) !== 1) continue; // PT_LOAD
    dv.setUint32(phoff + i * phentsize + 4, offset >>> 0, true);
    return out;
  }
  throw new Error('no loadable segment');
}

/** Ways a snapshot file goes bad, made from the good snapshot `snap`. */
export interface DamagedSnapshots {
  /** One byte flipped in the middle: the CRC-32 no longer matches. */
  checksum: Uint8Array;
  /** Cut short at two thirds of its length. */
  truncated: Uint8Array;
  /** Written by a newer format (version one higher, checksum recomputed so only the version is wrong). */
  newer: Uint8Array;
}

/** The damaged versions of snapshot `snap`. */
export function damagedSnapshots(snap: Uint8Array): DamagedSnapshots {
  const checksum = Uint8Array.from(snap);
  checksum[checksum.length >> 1]! ^= 0x10;
  const newer = Uint8Array.from(snap);
  const dv = new DataView(newer.buffer);
  dv.setUint32(8, SNAPSHOT_VERSION + 1, true);
  dv.setUint32(newer.length - 4, crc32(newer.subarray(0, newer.length - 4)), true);
  return { checksum, truncated: snap.slice(0, Math.floor((snap.length * 2) / 3)), newer };
}

/** The two keys and values that store `bytes` as library entry `name` in one chunk, with sizes and checksums that match them. */
export function wholeEntry(name: string, kind: ImageKind, bytes: Uint8Array, generation = 1): Array<[string, Uint8Array]> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const manifest = encodeManifest({
    format: FORMAT_VERSION, name, kind, size: bytes.length, date: new Date().toISOString(), builtin: false,
    generation, chunks: [{ size: bytes.length, sha256 }], meta: {},
  });
  return [[chunkKey(name, generation, 0), bytes], [manifestKey(name), manifest]];
}
