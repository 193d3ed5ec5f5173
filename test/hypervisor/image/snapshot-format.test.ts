/**
 * The snapshot file format on its own: the checksum is CRC-32 (IEEE), a
 * snapshot decodes to what was encoded, zero pages and sectors are left
 * out, PV snapshots carry their PVST section and two pages past RAM, and a section whose compressed data would grow beyond what its index
 * promises is stopped there rather than inflated whole.
 */
import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_VERSION, crc32, decodeSnapshot, encodeSnapshot, nonZeroBlocks, snapshotSummary, type SnapshotHeader,
} from '../../../hypervisor/image/snapshot-format.js';

const header: SnapshotHeader = {
  kind: 'bare', name: 'unit', ramBytes: 64 * 4096, pages: 2, diskBytes: 8 * 512, diskSectors: 1, net: false,
  clock: 'deterministic', tier: 'jit', maxInsns: null, exitWait: 'adaptive', createdAt: '2026-01-01T00:00:00.000Z',
};

/** A page filled with `byte`. */
const page = (byte: number): Uint8Array => new Uint8Array(4096).fill(byte);

describe('snapshot format', () => {
  it('checksums with CRC-32 (IEEE): the check value of "123456789" is cbf43926', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('decodes what it encoded, with zero pages and sectors left out', async () => {
    const disk = new Uint8Array(8 * 512);
    disk.fill(7, 3 * 512, 4 * 512);
    const pages = new Map([[3, page(1)], [60, page(0xff)]]);
    const bytes = await encodeSnapshot({ header, vcpu: { any: 'state' }, devices: { uart0: { ier: 1 } }, pages, disk });
    expect(snapshotSummary(bytes)).toEqual({ version: SNAPSHOT_VERSION, kind: 'bare', ramBytes: 64 * 4096, pages: 2, bytes: bytes.length, createdAt: header.createdAt });
    const d = await decodeSnapshot(bytes);
    expect(d.header).toEqual(header);
    expect(d.vcpu).toEqual({ any: 'state' });
    expect(d.devices).toEqual({ uart0: { ier: 1 } });
    expect([...d.pages.keys()]).toEqual([3, 60]);
    expect(d.pages.get(60)).toEqual(page(0xff));
    expect(d.disk).toEqual(disk);
    expect([...nonZeroBlocks(disk, 512).keys()]).toEqual([3]);
    expect(bytes.length).toBeLessThan(1024); // two pages and a sector of one repeated byte compress to little
  });

  it('a PV snapshot carries its PVST section and the two hypervisor pages past RAM; other kinds carry none', async () => {
    const pv = { ...header, kind: 'pv' as const, diskBytes: 0, diskSectors: 0, pages: 3 };
    const pages = new Map([[0, page(1)], [64, page(2)], [65, page(3)]]); // RAM page 0, shared info, grant table
    const bytes = await encodeSnapshot({ header: pv, vcpu: {}, devices: {}, pv: { p2m: [5] }, pages, disk: null });
    const d = await decodeSnapshot(bytes);
    expect(d.pv).toEqual({ p2m: [5] });
    expect([...d.pages.keys()]).toEqual([0, 64, 65]);
    const beyond = await encodeSnapshot({ header: pv, vcpu: {}, devices: {}, pv: {}, pages: new Map([[0, page(1)], [64, page(2)], [66, page(3)]]), disk: null });
    await expect(decodeSnapshot(beyond)).rejects.toThrow(/block number 66 is out of range/);
    const bare = await encodeSnapshot({ header: { ...header, diskBytes: 0, diskSectors: 0, pages: 1 }, vcpu: {}, devices: {}, pages: new Map([[1, page(1)]]), disk: null });
    expect((await decodeSnapshot(bare)).pv).toBeNull();
    const pvWithout = await reframe(bare, sectionOf(bare, 'HEAD'), new TextEncoder().encode(JSON.stringify({ ...header, kind: 'pv', diskBytes: 0, diskSectors: 0, pages: 1 })));
    await expect(decodeSnapshot(pvWithout)).rejects.toThrow(/a pv domain's snapshot needs a PVST section/);
  });

  it('stops inflating at the size the index promises', async () => {
    const honest = await encodeSnapshot({ header: { ...header, diskBytes: 0, diskSectors: 0, pages: 1 }, vcpu: {}, devices: {}, pages: new Map([[1, page(1)]]), disk: null });
    // A PAGE section whose index names one page but whose stream inflates to 1 MiB.
    const stream = new Uint8Array(await new Response(new Blob([new Uint8Array(1 << 20).fill(9)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const bomb = new Uint8Array(8 + stream.length);
    new DataView(bomb.buffer).setUint32(0, 1, true);
    new DataView(bomb.buffer).setUint32(4, 1, true);
    bomb.set(stream, 8);
    const forged = await reframe(honest, sectionOf(honest, 'PAGE'), bomb);
    expect(snapshotSummary(forged).pages).toBe(1); // the frame and checksum are sound
    await expect(decodeSnapshot(forged)).rejects.toThrow(/section PAGE inflates to more than the 4096 bytes its index promises/);
  });
});

/** The payload of section `tag`. */
function sectionOf(bytes: Uint8Array, tag: string): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = 16; at < bytes.length - 4;) {
    const len = dv.getUint32(at + 4, true);
    if (new TextDecoder().decode(bytes.subarray(at, at + 4)) === tag) return bytes.subarray(at + 8, at + 8 + len);
    at += 8 + len;
  }
  throw new Error(`no section ${tag}`);
}

/** `bytes` with section payload `old` replaced by `next`, lengths and checksum fixed. */
async function reframe(bytes: Uint8Array, old: Uint8Array, next: Uint8Array): Promise<Uint8Array> {
  const start = old.byteOffset - bytes.byteOffset;
  const out = new Uint8Array(bytes.length - old.length + next.length);
  out.set(bytes.subarray(0, start));
  out.set(next, start);
  out.set(bytes.subarray(start + old.length), start + next.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(start - 4, next.length, true);
  dv.setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true);
  return out;
}
