/**
 * Fuzzing the snapshot decoder (image/snapshot-format.ts): truncations and
 * bit flips the CRC must catch; edits with the CRC recomputed, so the
 * decoder's own checks are what stands between the input and the restore;
 * random HEAD fields in a well-formed frame; newer format versions; and
 * deflate streams that inflate past what the index promises (bombs), which
 * must be refused without allocating what they would inflate to.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  crc32, decodeSnapshot, encodeBlockSection, encodeFrame, encodeSnapshot, SNAPSHOT_VERSION, SnapshotFormatError, type SnapshotHeader,
} from '../../hypervisor/image/snapshot-format.js';
import { fuzz, recordCounts } from './harness.js';
import { applyEdits, editsArb } from './mutate.js';
import { checkSnapshot } from './targets.js';

const HEADER: SnapshotHeader = {
  kind: 'bare', name: 'fuzz', ramBytes: 16 * 4096, pages: 2, diskBytes: 8 * 512, diskSectors: 1, net: false,
  clock: 'deterministic', tier: 'jit', maxInsns: null, exitWait: 'adaptive', createdAt: '2026-01-01T00:00:00.000Z',
};
const text = new TextEncoder();

/** `bytes` with its trailing CRC made right again. */
function recrc(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 4) new DataView(bytes.buffer, bytes.byteOffset).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)), true);
  return bytes;
}

/** deflate-raw of `data`. */
async function deflate(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([new Uint8Array(data)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
}

let real: Uint8Array;
beforeAll(async () => {
  const disk = new Uint8Array(8 * 512).fill(5, 1024, 1536);
  const pages = new Map([[1, new Uint8Array(4096).fill(1)], [9, new Uint8Array(4096).map((_, i) => i)]]);
  real = await encodeSnapshot({ header: HEADER, vcpu: { pc: 0x80000000 }, devices: { uart0: { ier: 1 } }, pages, disk });
});

describe('snapshot decoder fuzzing', () => {
  it('a truncated snapshot or one with a flipped bit is refused', async () => {
    const arb = fc.oneof(
      fc.record({ cut: fc.integer({ min: 0, max: 4000 }) }),
      fc.record({ at: fc.integer({ min: 0, max: 4000 }), bit: fc.integer({ min: 0, max: 7 }) }),
    );
    await fuzz('snapshot-flip', [arb], async (m) => {
      const b = real.slice();
      if ('cut' in m && m.cut >= b.length) return;
      if ('at' in m && m.at >= b.length) return;
      const bad = 'cut' in m ? b.subarray(0, m.cut) : (b[m.at]! ^= 1 << m.bit, b);
      await expect(decodeSnapshot(bad)).rejects.toBeInstanceOf(SnapshotFormatError);
    }, 300);
  });

  it('edits with the CRC recomputed decode to a consistent image or are refused', async () => {
    await fuzz('snapshot-recrc', [editsArb(4096, [{ start: 0, end: 400 }], 4)], async (edits) => {
      await checkSnapshot(recrc(applyEdits(real, edits)));
    }, 400);
  });

  it('a well-formed frame with random HEAD fields decodes consistently or is refused', async () => {
    const num = fc.oneof(fc.constantFrom(0, 1, 4096, 512, -1, 2 ** 31, 2 ** 32, 1.5, Number.MAX_SAFE_INTEGER), fc.integer());
    const field = fc.oneof(num, fc.string({ maxLength: 12 }), fc.constant(null), fc.boolean(), fc.constantFrom('pv', 'bare', 'jit', 'realtime', 'sleep'));
    const head = fc.record({ ramBytes: num, pages: num, diskBytes: num, diskSectors: num, kind: field, maxInsns: field, tier: field });
    const sections = await sectionsOf(real);
    await fuzz('snapshot-head', [head, fc.boolean()], async (h, keepPvst) => {
      const json = text.encode(JSON.stringify({ ...HEADER, ...h }));
      const list = sections.map(([tag, p]): [string, Uint8Array] => [tag, tag === 'HEAD' ? json : p]);
      if (keepPvst) list.splice(3, 0, ['PVST', text.encode('null')]);
      await checkSnapshot(encodeFrame(list));
    }, 300);
  });
});

/** The sections of a snapshot frame, in order. */
async function sectionsOf(b: Uint8Array): Promise<Array<[string, Uint8Array]>> {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: Array<[string, Uint8Array]> = [];
  for (let k = 0, at = 16; k < dv.getUint32(12, true); k++) {
    const len = dv.getUint32(at + 4, true);
    out.push([new TextDecoder().decode(b.subarray(at, at + 4)), b.slice(at + 8, at + 8 + len)]);
    at += 8 + len;
  }
  return out;
}

/** The problem `bytes` are refused with (fails for acceptance and for other errors). */
async function problemOf(bytes: Uint8Array): Promise<string> {
  recordCounts('snapshot-hostile', { hostileCases: 1 });
  try {
    await decodeSnapshot(bytes);
  } catch (e) {
    if (e instanceof SnapshotFormatError) return `${e.problem}: ${e.message}`;
    throw e;
  }
  throw new Error('decoded without complaint');
}

describe('hostile snapshots are refused, saying why', () => {
  it('a snapshot from a newer Exovisor names the version and says to update', async () => {
    const sections = await sectionsOf(real);
    expect(await problemOf(encodeFrame(sections, SNAPSHOT_VERSION + 1))).toMatch(/^version: .*format version 2 .*use a newer Exovisor/);
  });

  it('a version field damaged in a file whose checksum then fails is called corrupted, not only newer', async () => {
    const damaged = real.slice();
    damaged[9] = 0x37; // version 0x3701: the CRC over the frame no longer matches
    expect(await problemOf(damaged)).toMatch(/^version: snapshot refused: format version 14081 .*checksum does not match: the file is corrupted, or from a newer Exovisor$/);
    const zero = real.slice();
    zero.fill(0, 8, 12);
    expect(await problemOf(zero)).toMatch(/^version: snapshot refused: format version 0 .*no Exovisor writes version 0: the file is corrupted$/);
  });

  it('a stream that inflates past the index is stopped there, not inflated whole', async () => {
    const bomb = await deflate(new Uint8Array(64 << 20));
    const sections = (await sectionsOf(real)).map(([tag, p]): [string, Uint8Array] => [tag, tag === 'PAGE' ? encodeBlockSection([0, 1], bomb) : p]);
    const peak = await peakArrayBuffers(async () => {
      expect(await problemOf(encodeFrame(sections))).toMatch(/^inconsistent: .*section PAGE inflates to more than the 8192 bytes/);
    });
    expect(peak).toBeLessThan(16 << 20);
  });

  it('an index promising 2 GiB of pages over a tiny stream is refused without allocating them', async () => {
    const n = 2 ** 31 / 4096;
    const head = text.encode(JSON.stringify({ ...HEADER, ramBytes: 2 ** 31, pages: n, diskBytes: 0, diskSectors: 0 }));
    const ids = Array.from({ length: n }, (_, i) => i);
    const sections: Array<[string, Uint8Array]> = [['HEAD', head], ['VCPU', text.encode('{}')], ['DEVS', text.encode('{}')], ['PAGE', encodeBlockSection(ids, await deflate(new Uint8Array(4096)))]];
    const peak = await peakArrayBuffers(async () => {
      expect(await problemOf(encodeFrame(sections))).toMatch(/^inconsistent: .*section PAGE inflates to 4096 bytes, not the 2147483648/);
    });
    expect(peak).toBeLessThan(64 << 20);
  });
});

/** The largest growth of ArrayBuffer memory seen while `fn` runs (sampled on every timer turn). */
async function peakArrayBuffers(fn: () => Promise<void>): Promise<number> {
  const base = process.memoryUsage().arrayBuffers;
  let peak = 0;
  const sample = (): void => { peak = Math.max(peak, process.memoryUsage().arrayBuffers - base); };
  const timer = setInterval(sample, 0);
  try {
    await fn();
  } finally {
    clearInterval(timer);
    sample();
  }
  return peak;
}
