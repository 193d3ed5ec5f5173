/**
 * The virt board's network interface: a frame written four bytes at a time
 * goes out whole, malformed sends are refused and counted, received frames
 * queue up to the bound and read back byte for byte, the interrupt line is
 * high exactly while a frame waits, state survives save and restore, and two
 * interfaces on a real virtual switch reach each other.
 */
import { describe, expect, it } from 'vitest';
import {
  NET_CMD, NET_CMD_POP, NET_CMD_SEND, NET_MAC_HI, NET_MAC_LO, NET_RX_DATA, NET_RX_DROPPED, NET_RX_LEN, NET_TX_DATA, NET_TX_LEN,
  VIRT_NET,
} from '../../../hypervisor/abi/virt.js';
import { DeviceStateError } from '../../../hypervisor/devices/device.js';
import { NIC_RX_QUEUE, NetNic } from '../../../hypervisor/devices/net-nic.js';
import { VSwitch } from '../../../hypervisor/pv/vswitch.js';

const MAC = Uint8Array.of(0x02, 0x00, 0x11, 0x22, 0x33, 0x44);

/** An interface that records what it sent and its interrupt levels. */
function nic(mac = MAC, send?: (f: Uint8Array) => void): { n: NetNic; sent: Uint8Array[]; levels: boolean[] } {
  const sent: Uint8Array[] = [], levels: boolean[] = [];
  const n = new NetNic('net', VIRT_NET, mac, send ?? ((f) => sent.push(f)), (l) => levels.push(l));
  return { n, sent, levels };
}
const w = (n: NetNic, off: number, v: number): void => { expect(n.write(off, 4, v)).toBe(true); };
const r = (n: NetNic, off: number): number => n.read(off, 4)!;
const frame = (len: number, seed = 1): Uint8Array => Uint8Array.from({ length: len }, (_, i) => (i * 31 + seed) & 0xff);

/** Sends `f` as a driver does: length, words, command. */
function send(n: NetNic, f: Uint8Array): void {
  w(n, NET_TX_LEN, f.length);
  for (let i = 0; i < f.length; i += 4) w(n, NET_TX_DATA, (f[i] ?? 0) | ((f[i + 1] ?? 0) << 8) | ((f[i + 2] ?? 0) << 16) | ((f[i + 3] ?? 0) << 24));
  w(n, NET_CMD, NET_CMD_SEND);
}

/** Reads the head frame as a driver does and pops it; null when the queue is empty. */
function receive(n: NetNic): Uint8Array | null {
  const len = r(n, NET_RX_LEN);
  if (len === 0) return null;
  const out = new Uint8Array(len + 3);
  for (let i = 0; i < len; i += 4) new DataView(out.buffer).setUint32(i, r(n, NET_RX_DATA), true);
  w(n, NET_CMD, NET_CMD_POP);
  return out.subarray(0, len);
}

describe('network interface', () => {
  it('shows its MAC address in two registers', () => {
    const { n } = nic();
    expect(r(n, NET_MAC_LO)).toBe(0x22110002);
    expect(r(n, NET_MAC_HI)).toBe(0x4433);
    expect(n.read(NET_MAC_LO, 1)).toBeNull();
    expect(n.write(NET_TX_LEN, 2, 14)).toBe(false);
  });

  it('sends a frame of any length from 14 to 1514 bytes whole, and refuses the rest', () => {
    const { n, sent } = nic();
    for (const len of [14, 15, 22, 1513, 1514]) send(n, frame(len, len));
    expect(sent.map((f) => [...f])).toEqual([14, 15, 22, 1513, 1514].map((len) => [...frame(len, len)]));
    send(n, frame(13));
    w(n, NET_TX_LEN, 1515);
    w(n, NET_CMD, NET_CMD_SEND);
    w(n, NET_TX_LEN, 64); // only 4 bytes follow
    w(n, NET_TX_DATA, 0x01020304);
    w(n, NET_CMD, NET_CMD_SEND);
    expect(sent).toHaveLength(5);
    expect(n.counters).toMatchObject({ tx_frames: 5, tx_errors: 3 });
  });

  it('drops words written past its transmit buffer and counts the overrun; the frame that fits goes out, and the next one whole', () => {
    const { n, sent } = nic();
    w(n, NET_TX_LEN, 1514);
    for (let i = 0; i < 100_000; i++) w(n, NET_TX_DATA, i); // far past the 1517-byte buffer
    expect((n.saveState() as { txPos: number }).txPos).toBeLessThanOrEqual(1517); // the position stays inside the buffer
    w(n, NET_CMD, NET_CMD_SEND);
    expect(sent).toHaveLength(1);
    expect(new DataView(sent[0]!.buffer).getUint32(1508, true)).toBe(377); // word 377 is the last that fits
    expect(n.counters).toMatchObject({ tx_frames: 1, tx_errors: 0, tx_overruns: 1 });
    send(n, frame(60));
    expect(sent[1]).toEqual(frame(60));
    expect(n.counters.tx_overruns).toBe(1);
  });

  it('queues received frames in order, raising its line while one waits, and drops past the bound', () => {
    const { n, levels } = nic();
    expect(receive(n)).toBeNull();
    n.deliver(frame(60, 1));
    n.deliver(frame(15, 2));
    expect(levels).toEqual([true]);
    expect([...receive(n)!]).toEqual([...frame(60, 1)]);
    expect(levels).toEqual([true]);
    expect([...receive(n)!]).toEqual([...frame(15, 2)]);
    expect(levels).toEqual([true, false]);
    for (let i = 0; i < NIC_RX_QUEUE + 3; i++) n.deliver(frame(20, i));
    expect(r(n, NET_RX_DROPPED)).toBe(3);
    let got = 0;
    while (receive(n) !== null) got++;
    expect(got).toBe(NIC_RX_QUEUE);
    expect(levels.at(-1)).toBe(false);
  });

  it('restores its queue and a half-written frame, and refuses state that does not fit', () => {
    const a = nic();
    a.n.deliver(frame(30, 9));
    w(a.n, NET_TX_LEN, 16);
    w(a.n, NET_TX_DATA, 0x04030201);
    const saved = structuredClone(a.n.saveState());
    const b = nic();
    b.n.restoreState(saved);
    expect(b.levels).toEqual([true]);
    for (const word of [0x08070605, 0x0c0b0a09, 0x100f0e0d]) w(b.n, NET_TX_DATA, word);
    w(b.n, NET_CMD, NET_CMD_SEND);
    expect([...b.sent[0]!]).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect([...receive(b.n)!]).toEqual([...frame(30, 9)]);
    expect(() => b.n.restoreState({ rx: [Array(1515).fill(0)], tx: [], rxPos: 0, txLen: 0, txPos: 0 })).toThrow(DeviceStateError);
    expect(() => b.n.restoreState(null)).toThrow(DeviceStateError);
  });

  it('reaches another interface through a virtual switch, by MAC and by broadcast', () => {
    const sw = new VSwitch();
    const mk = (): NetNic => {
      const mac = sw.allocateMac();
      const n: NetNic = new NetNic('net', VIRT_NET, mac, (f) => sw.forward([f], n), () => {});
      sw.attach(n);
      return n;
    };
    const a = mk(), b = mk();
    const to = (dst: Uint8Array, src: Uint8Array): Uint8Array => Uint8Array.from([...dst, ...src, 0x88, 0xb5, 1, 2, 3, 4]);
    send(a, to(b.mac, a.mac));
    send(b, to(Uint8Array.of(255, 255, 255, 255, 255, 255), b.mac));
    expect([...receive(b)!]).toEqual([...to(b.mac, a.mac)]);
    expect(receive(b)).toBeNull();
    expect([...receive(a)!].slice(0, 6)).toEqual([255, 255, 255, 255, 255, 255]);
    expect(sw.counters.delivered).toBe(2);
  });
});
