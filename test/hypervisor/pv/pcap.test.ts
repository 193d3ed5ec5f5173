/**
 * The packet capture: a classic libpcap file (file header, one record per
 * frame with its timestamp and lengths), bounded with a drop counter; the
 * virtual switch's observer records every frame it switches, which the
 * tcpdump of the host (when installed) reads back as Ethernet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKTYPE_ETHERNET, PCAP_FILE_HEADER, PCAP_RECORD_HEADER, PcapWriter } from '../../../hypervisor/pv/pcap.js';
import { VSwitch, type SwitchPort } from '../../../hypervisor/pv/vswitch.js';
import { hasTool } from '../../helpers/tools.js';

/** A frame from `src` to `dst` of EtherType 0x88b5 with `len` bytes. */
function frame(dst: number, src: number, len: number): Uint8Array {
  const f = new Uint8Array(len);
  f.set([0x02, 0, 0, 0, 0, dst], 0);
  f.set([0x02, 0, 0, 0, 0, src], 6);
  f[12] = 0x88; f[13] = 0xb5;
  for (let i = 14; i < len; i++) f[i] = i & 0xff;
  return f;
}

function port(n: number, got: Uint8Array[] = []): SwitchPort & { got: Uint8Array[] } {
  return { mac: Uint8Array.of(0x02, 0, 0, 0, 0, n), deliver: (f) => got.push(f), got };
}

describe('pcap capture', () => {
  it('writes the classic file header and one record per frame, little-endian', () => {
    let us = 1_700_000_000_123_456;
    const w = new PcapWriter(1 << 20, () => us++);
    w.record(frame(2, 1, 60));
    w.record(frame(1, 2, 1514));
    const file = w.file();
    const v = new DataView(file.buffer);
    expect(v.getUint32(0, true)).toBe(0xa1b2c3d4);
    expect([v.getUint16(4, true), v.getUint16(6, true)]).toEqual([2, 4]);
    expect(v.getUint32(16, true)).toBe(65535);
    expect(v.getUint32(20, true)).toBe(LINKTYPE_ETHERNET);
    const r0 = PCAP_FILE_HEADER, r1 = r0 + PCAP_RECORD_HEADER + 60;
    expect([v.getUint32(r0, true), v.getUint32(r0 + 4, true), v.getUint32(r0 + 8, true), v.getUint32(r0 + 12, true)]).toEqual([1_700_000_000, 123_456, 60, 60]);
    expect([v.getUint32(r1 + 4, true), v.getUint32(r1 + 8, true)]).toEqual([123_457, 1514]);
    expect(Buffer.from(file.subarray(r1 + PCAP_RECORD_HEADER)).equals(Buffer.from(frame(1, 2, 1514)))).toBe(true);
    expect(file.length).toBe(r1 + PCAP_RECORD_HEADER + 1514);
    expect(w.counters).toEqual({ frames: 2, bytes: file.length, dropped: 0 });
  });

  it('stays within its bound and counts the frames it leaves out', () => {
    const w = new PcapWriter(PCAP_FILE_HEADER + 2 * (PCAP_RECORD_HEADER + 100), () => 0);
    for (let i = 0; i < 5; i++) w.record(frame(2, 1, 100));
    expect(w.counters).toEqual({ frames: 2, bytes: PCAP_FILE_HEADER + 2 * (PCAP_RECORD_HEADER + 100), dropped: 3 });
    expect(w.file().length).toBe(w.counters.bytes);
    expect(() => new PcapWriter(10)).toThrow(RangeError);
  });

  it('records what the switch switches, in order, broadcast and unknown destinations included', () => {
    const sw = new VSwitch(), w = new PcapWriter(1 << 20, () => 0);
    const a = port(1), b = port(2);
    sw.attach(a); sw.attach(b);
    sw.observer = (f) => w.record(f);
    const frames = [frame(2, 1, 60), frame(0xff, 1, 60), frame(9, 2, 70), frame(1, 2, 80)];
    frames[1]!.fill(0xff, 0, 6);
    sw.forward(frames.slice(0, 2), a);
    sw.forward(frames.slice(2), b);
    expect(w.counters.frames).toBe(4);
    const file = w.file();
    let at = PCAP_FILE_HEADER;
    for (const f of frames) {
      expect(new DataView(file.buffer).getUint32(at + 8, true)).toBe(f.length);
      expect(Buffer.from(file.subarray(at + PCAP_RECORD_HEADER, at + PCAP_RECORD_HEADER + f.length)).equals(Buffer.from(f))).toBe(true);
      at += PCAP_RECORD_HEADER + f.length;
    }
    expect([a.got.length, b.got.length, sw.counters.dropped_unknown]).toEqual([1, 2, 1]);
  });

  it.runIf(hasTool('tcpdump'))('reads back in tcpdump as Ethernet frames', () => {
    const w = new PcapWriter(1 << 20, () => 1_000_000);
    w.record(frame(2, 1, 60));
    w.record(frame(1, 2, 100));
    const file = join(mkdtempSync(join(tmpdir(), 'exo-pcap-')), 'two.pcap');
    writeFileSync(file, w.file());
    const r = spawnSync('tcpdump', ['-nn', '-e', '-r', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/link-type EN10MB/);
    const lines = r.stdout.split('\n').filter((l) => /^\d/.test(l)); // without the hex dumps of an unknown type
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype Unknown \(0x88b5\), length 60/);
    expect(lines[1]).toMatch(/02:00:00:00:00:02 > 02:00:00:00:00:01, .*length 100/);
  });
});
