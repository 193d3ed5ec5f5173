/**
 * A packet capture in the classic libpcap file format (pcap-savefile(5)),
 * so captures of the virtual switch open in Wireshark and tcpdump: a
 * 24-byte file header (magic 0xa1b2c3d4 written little-endian, version
 * 2.4, snaplen, LINKTYPE_ETHERNET), then for each frame a 16-byte record
 * header (seconds, microseconds, captured and original length) and the
 * frame. The capture is bounded: once a frame would take it past
 * `maxBytes` it is left out and counted.
 */

/** The link type of Ethernet frames (linktypes: LINKTYPE_ETHERNET). */
export const LINKTYPE_ETHERNET = 1;
/** Bytes of the file header and of each record header. */
export const PCAP_FILE_HEADER = 24;
export const PCAP_RECORD_HEADER = 16;
/** The largest frame a record holds whole (the file header's snaplen). */
export const PCAP_SNAPLEN = 65535;
/** Default bound of a capture file. */
export const PCAP_DEFAULT_MAX_BYTES = 64 << 20;

/** Counters of one capture. */
export interface PcapCounters {
  /** Frames recorded. */
  frames: number;
  /** Bytes of the file so far, headers included. */
  bytes: number;
  /** Frames left out because the file reached its bound. */
  dropped: number;
}

/** Microseconds since the Unix epoch on the hypervisor's clock. */
export function hostMicros(): number {
  return Math.floor((performance.timeOrigin + performance.now()) * 1000);
}

/** A capture being recorded. */
export class PcapWriter {
  readonly counters: PcapCounters = { frames: 0, bytes: PCAP_FILE_HEADER, dropped: 0 };
  private readonly records: Uint8Array[] = [];

  /** `clock` gives each frame's timestamp in microseconds since the epoch. */
  constructor(readonly maxBytes: number = PCAP_DEFAULT_MAX_BYTES, private readonly clock: () => number = hostMicros) {
    if (!(maxBytes >= PCAP_FILE_HEADER)) throw new RangeError(`a capture needs at least ${PCAP_FILE_HEADER} bytes, got ${maxBytes}`);
  }

  /** Records one frame (copied), or counts it as dropped when the file is full. */
  record(frame: Uint8Array): void {
    const caplen = Math.min(frame.length, PCAP_SNAPLEN);
    const size = PCAP_RECORD_HEADER + caplen;
    if (this.counters.bytes + size > this.maxBytes) { this.counters.dropped++; return; }
    const rec = new Uint8Array(size);
    const v = new DataView(rec.buffer);
    const us = this.clock();
    v.setUint32(0, Math.floor(us / 1e6) >>> 0, true);
    v.setUint32(4, us % 1e6, true);
    v.setUint32(8, caplen, true);
    v.setUint32(12, frame.length, true);
    rec.set(frame.subarray(0, caplen), PCAP_RECORD_HEADER);
    this.records.push(rec);
    this.counters.frames++;
    this.counters.bytes += size;
  }

  /** The capture file as it stands. */
  file(): Uint8Array {
    const out = new Uint8Array(this.counters.bytes);
    const v = new DataView(out.buffer);
    v.setUint32(0, 0xa1b2c3d4, true);
    v.setUint16(4, 2, true); // version 2.4
    v.setUint16(6, 4, true);
    v.setInt32(8, 0, true); // thiszone: UTC
    v.setUint32(12, 0, true); // sigfigs
    v.setUint32(16, PCAP_SNAPLEN, true);
    v.setUint32(20, LINKTYPE_ETHERNET, true);
    let at = PCAP_FILE_HEADER;
    for (const r of this.records) { out.set(r, at); at += r.length; }
    return out;
  }
}
