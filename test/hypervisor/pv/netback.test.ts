/**
 * Network back-ends on a virtual switch, each driven by a front-end written
 * as the C driver writes it: frames exchanged both ways and broadcast,
 * unknown destinations dropped, unique MACs, notification suppression on
 * the receive ring, and the hostile front-end — frames too short, too long
 * or past their page, bad grants and flags, a request rewritten while the
 * back-end copies it, a guest that never posts receive pages (bounded
 * queue, counted drops), ring indices past the ring or backwards — and
 * back-ends whose notifications re-enter the switch without recursing.
 * With a packet filter bound, only the frames it passes reach the guest,
 * broadcasts included; the others take no receive page or queue slot and
 * are counted. A back-end that spins forwards frames published after a
 * kick without being notified, then sleeps and asks to be notified again.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { NETIF_RX_REQUEST, NETIF_RX_RESPONSE, NETIF_TX_REQUEST, NETIF_TX_RESPONSE } from '../../../hypervisor/abi/ring.js';
import type { MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { abiNumber, BackendError } from '../../../hypervisor/pv/backend.js';
import { formatMac, NETIF_MTU_FRAME, NetBack, RX_QUEUE_MAX, VSwitch } from '../../../hypervisor/pv/netback.js';
import { counter, FrontRing, Guest, machine, until } from './frontend.js';
import { byteIs, ethertype, filterOf } from './net-filter.js';

const TX = layout(NETIF_TX_REQUEST).offsets, TXR = layout(NETIF_TX_RESPONSE).offsets;
const RX = layout(NETIF_RX_REQUEST).offsets, RXR = layout(NETIF_RX_RESPONSE).offsets;
const OKAY = abiNumber('NETIF_RSP_OKAY'), ERROR = abiNumber('NETIF_RSP_ERROR');
const TX_REF = 1, RX_REF = 2, TX_PAGE = 10, RX_PAGES = 100;
const BROADCAST = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff);

/** One guest's network front-end: its rings, a transmit page and receive pages, as netfront sets them up. */
class NetFront {
  readonly guest: Guest;
  readonly tx: FrontRing;
  readonly rx: FrontRing;
  readonly back: NetBack;
  readonly notes = counter();
  /** The frame of the transmit page (grant TX_PAGE), and of each receive page by grant. */
  private readonly txFrame: number;
  private readonly refs = new Map<number, number>();
  /** Called at each notification (after counting it). */
  onNotify: (() => void) | null = null;
  private nextTxId = 0;
  private nextRxId = 0;

  constructor(mm: MachineMemory, sw: VSwitch, domid: number, spin = false) {
    this.guest = new Guest(mm, domid);
    this.tx = new FrontRing(this.guest.page(this.guest.granted(TX_REF)), abiNumber('NETIF_TX_SLOT_BYTES'), abiNumber('NETIF_TX_RING_SIZE'));
    this.rx = new FrontRing(this.guest.page(this.guest.granted(RX_REF)), abiNumber('NETIF_RX_SLOT_BYTES'), abiNumber('NETIF_RX_RING_SIZE'));
    this.txFrame = this.guest.granted(TX_PAGE);
    this.back = new NetBack(this.guest.grants, TX_REF, RX_REF, mm, sw, { notify: () => { this.notes.fn(); this.onNotify?.(); }, spin: { enabled: spin } });
  }

  /** Queues a transmit request for `frame`, copied into the transmit page at `offset` (request fields overridable). */
  queue(frame: Uint8Array, offset = 0, fields: { gref?: number; size?: number; flags?: number } = {}): number {
    this.guest.page(this.txFrame).set(frame.subarray(0, Math.max(0, 4096 - offset)), offset);
    const id = this.nextTxId++ & 0xffff;
    this.tx.push((v) => {
      v.setUint32(TX['gref']!, fields.gref ?? TX_PAGE, true);
      v.setUint16(TX['offset']!, offset, true);
      v.setUint16(TX['flags']!, fields.flags ?? 0, true);
      v.setUint16(TX['id']!, id, true);
      v.setUint16(TX['size']!, fields.size ?? frame.length, true);
    });
    return id;
  }

  /** Sends `frame` (publish and kick); the tx response statuses. */
  send(frame: Uint8Array, offset = 0, fields: { gref?: number; size?: number; flags?: number } = {}): number[] {
    this.queue(frame, offset, fields);
    return this.flush();
  }

  /** Publishes queued transmit requests, kicks the back-end, and returns the tx statuses. */
  flush(): number[] {
    this.tx.publish();
    this.back.kick();
    return this.tx.responses().map((r) => r.getInt16(TXR['status']!, true));
  }

  /** Posts `n` empty receive pages (grants RX_PAGES.., reused in turn); true when the back-end asked to be told. */
  post(n: number, gref?: number): boolean {
    for (let i = 0; i < n; i++) {
      const id = this.nextRxId++ & 0xffff, ref = gref ?? RX_PAGES + (id % RX_QUEUE_MAX);
      if (gref === undefined && !this.refs.has(ref)) this.refs.set(ref, this.guest.granted(ref));
      this.rx.push((v) => { v.setUint16(RX['id']!, id, true); v.setUint32(RX['gref']!, ref, true); });
    }
    return this.rx.publish();
  }

  /** Frames received since the last call: id, offset, status and the bytes in the page. */
  received(): Array<{ id: number; offset: number; status: number; frame: Uint8Array }> {
    const rsps = this.rx.responses();
    this.rx.rearm();
    return rsps.map((r) => {
      const id = r.getUint16(RXR['id']!, true), status = r.getInt16(RXR['status']!, true), offset = r.getUint16(RXR['offset']!, true);
      const frame = status > 0 ? this.guest.page(this.refs.get(RX_PAGES + (id % RX_QUEUE_MAX))!).slice(offset, offset + status) : new Uint8Array(0);
      return { id, offset, status, frame };
    });
  }
}

/** An Ethernet frame: destination, source, type 0x0800, then `len - 14` bytes numbered from `seq`. */
function eth(dst: Uint8Array, src: Uint8Array, len: number, seq = 0): Uint8Array {
  const f = new Uint8Array(len);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = 0x08;
  for (let i = 14; i < len; i++) f[i] = (seq + i) & 0xff;
  return f;
}

/** A frame to `dst` from `src` of EtherType `type` whose payload starts with `tag`. */
function typed(dst: Uint8Array, src: Uint8Array, type: number, tag: number): Uint8Array {
  const f = eth(dst, src, 60, tag);
  f[12] = type >>> 8;
  f[13] = type & 0xff;
  f[14] = tag;
  return f;
}

/** `n` interfaces on one switch (their back-ends spinning when `spin`). */
function lan(n: number, spin = false): { mm: MachineMemory; sw: VSwitch; nics: NetFront[] } {
  const mm = machine(512), sw = new VSwitch();
  return { mm, sw, nics: Array.from({ length: n }, (_, i) => new NetFront(mm, sw, 5 + i, spin)) };
}

describe('virtual switch and network back-ends', () => {
  it('give each interface a unique locally administered MAC, and refuse one already attached', () => {
    const { mm, sw, nics: [a, b] } = lan(2);
    expect([a!.back.macString, b!.back.macString]).toEqual(['02:00:00:00:00:01', '02:00:00:00:00:02']);
    expect(formatMac(sw.allocateMac())).toBe('02:00:00:00:00:03');
    const g = new Guest(mm, 9);
    g.granted(TX_REF); g.granted(RX_REF);
    expect(() => new NetBack(g.grants, TX_REF, RX_REF, mm, sw, { notify: () => {}, mac: a!.back.mac })).toThrow(BackendError);
    expect(g.grants.liveMaps).toBe(0); // nothing left mapped by the refused back-end
    expect(() => new NetBack(g.grants, TX_REF, RX_REF, mm, sw, { notify: () => {}, mac: BROADCAST })).toThrow(/not a unicast/);
    expect(() => new NetBack(g.grants, TX_REF, 77, mm, sw, { notify: () => {} })).toThrow(/ring grant 77/);
    expect(g.grants.liveMaps).toBe(0);
  });

  it('carry frames both ways between two interfaces, byte for byte', () => {
    const { nics: [a, b] } = lan(2);
    a!.post(4); b!.post(4);
    const ab = eth(b!.back.mac, a!.back.mac, 1000, 1), ba = eth(a!.back.mac, b!.back.mac, NETIF_MTU_FRAME, 2);
    expect(a!.send(ab)).toEqual([OKAY]);
    expect(b!.send(ba, 4096 - NETIF_MTU_FRAME)).toEqual([OKAY]); // ends exactly at the page's end
    const atB = b!.received(), atA = a!.received();
    expect(atB).toHaveLength(1);
    expect(atB[0]).toMatchObject({ id: 0, offset: 0, status: 1000 });
    expect(Buffer.from(atB[0]!.frame).equals(ab)).toBe(true);
    expect(atA).toHaveLength(1);
    expect(Buffer.from(atA[0]!.frame).equals(ba)).toBe(true);
    expect(a!.back.counters).toMatchObject({ tx_frames: 1, tx_bytes: 1000, rx_frames: 1, rx_bytes: NETIF_MTU_FRAME, tx_errors: 0, rx_dropped: 0 });
  });

  it('broadcast and multicast reach every other interface; unknown unicast is dropped and counted', () => {
    const { sw, nics: [a, b, c] } = lan(3);
    for (const n of [a!, b!, c!]) n.post(4);
    a!.send(eth(BROADCAST, a!.back.mac, 60));
    a!.send(eth(Uint8Array.of(0x01, 0x00, 0x5e, 0, 0, 1), a!.back.mac, 64));
    expect([a!.received().length, b!.received().length, c!.received().length]).toEqual([0, 2, 2]);
    expect(a!.send(eth(Uint8Array.of(0x02, 0, 0, 0, 0, 0x99), a!.back.mac, 60))).toEqual([OKAY]); // sent, then dropped by the switch
    a!.send(eth(a!.back.mac, a!.back.mac, 60)); // to itself: not sent back out its own port
    expect(sw.counters).toMatchObject({ broadcast: 2, delivered: 4, dropped_unknown: 2 });
    expect([b!.received().length, c!.received().length]).toEqual([0, 0]);
  });

  it('refuse bad transmit requests with NETIF_RSP_ERROR and forward nothing of them', () => {
    const { mm, nics: [a, b] } = lan(2);
    b!.post(16);
    const other = new Guest(mm, 20);
    a!.guest.grant(30, other.frame()); // a frame the front-end does not own
    a!.guest.grant(31, a!.guest.frame(), { grantee: 9 }); // granted to someone else
    const f = eth(b!.back.mac, a!.back.mac, 100);
    const statuses = [
      a!.send(f, 0, { size: 13 }), a!.send(f, 0, { size: NETIF_MTU_FRAME + 1 }),
      a!.send(f, 4000), a!.send(f, 0, { flags: 1 }),
      a!.send(f, 0, { gref: 9999 }), a!.send(f, 0, { gref: 30 }), a!.send(f, 0, { gref: 31 }),
    ].flat();
    expect(statuses).toEqual(new Array(7).fill(ERROR));
    expect(b!.received()).toEqual([]);
    expect(a!.back.counters).toMatchObject({ tx_errors: 7, tx_frames: 0 });
    expect(a!.back.broken).toBeNull();
  });

  it('forward the frame copied under the request as published, when the front-end rewrites it during the copy', () => {
    const { nics: [a, b] } = lan(2);
    b!.post(1);
    const slot = a!.tx.slot(a!.tx.next);
    a!.queue(eth(b!.back.mac, a!.back.mac, 200, 5));
    a!.guest.grants.hook = () => { slot.setUint16(TX['size']!, NETIF_MTU_FRAME, true); slot.setUint32(TX['gref']!, 9999, true); };
    expect(a!.flush()).toEqual([OKAY]);
    const got = b!.received();
    expect(got.map((r) => r.status)).toEqual([200]);
    expect(Buffer.from(got[0]!.frame).equals(eth(b!.back.mac, a!.back.mac, 200, 5))).toBe(true);
  });

  it('queue a bounded number of frames for a guest that posts no receive pages, count the drops, and deliver the queue in order later', () => {
    const { nics: [a, b] } = lan(2);
    for (let batch = 0; batch < 4; batch++) {
      for (let i = 0; i < 50; i++) a!.queue(eth(b!.back.mac, a!.back.mac, 60, batch * 50 + i), i * 64);
      a!.flush();
      expect(b!.back.rxQueued).toBeLessThanOrEqual(RX_QUEUE_MAX);
    }
    expect(b!.back.rxQueued).toBe(RX_QUEUE_MAX);
    expect(b!.back.counters.rx_dropped).toBe(200 - RX_QUEUE_MAX);
    expect(b!.post(RX_QUEUE_MAX)).toBe(true); // the back-end asked to hear of new pages while frames waited
    b!.back.kick();
    const got = b!.received();
    expect(got.map((r) => r.frame[14]! - 14)).toEqual(Array.from({ length: RX_QUEUE_MAX }, (_, i) => i & 0xff));
    expect(b!.back.rxQueued).toBe(0);
  });

  it('notify the receiver only when its rsp_event lies within what was published', () => {
    const { nics: [a, b] } = lan(2);
    b!.post(8);
    const before = b!.notes.count();
    a!.send(eth(b!.back.mac, a!.back.mac, 60));
    expect(b!.notes.count()).toBe(before + 1);
    b!.rx.set('rsp_event', 1000);
    a!.send(eth(b!.back.mac, a!.back.mac, 60));
    a!.send(eth(b!.back.mac, a!.back.mac, 60));
    expect(b!.notes.count()).toBe(before + 1);
    expect(b!.back.counters).toMatchObject({ rx_frames: 3, notify_suppressed: 2 });
  });

  it('answer a receive page with a bad grant NETIF_RSP_ERROR and count the frame dropped', () => {
    const { nics: [a, b] } = lan(2);
    b!.post(1, 9999);
    a!.send(eth(b!.back.mac, a!.back.mac, 60));
    expect(b!.received().map((r) => r.status)).toEqual([ERROR]);
    expect(b!.back.counters).toMatchObject({ rx_frames: 0, rx_dropped: 1 });
  });

  it('mark a front-end broken whose tx or rx indices run past the ring or backwards; the others are unaffected', () => {
    const { sw, nics: [a, b, c, d] } = lan(4);
    a!.tx.set('req_prod', abiNumber('NETIF_TX_RING_SIZE') + 1);
    expect(a!.back.kick()).toBe(false);
    expect(a!.back.broken).toMatch(/req_prod/);
    b!.post(2);
    c!.send(eth(b!.back.mac, c!.back.mac, 60));
    c!.send(eth(b!.back.mac, c!.back.mac, 60));
    b!.rx.set('req_prod', 1); // backwards, behind what the back-end consumed
    c!.send(eth(b!.back.mac, c!.back.mac, 60));
    expect(b!.back.broken).toMatch(/req_prod/);
    expect(b!.back.rxQueued).toBe(0);
    expect(c!.back.broken).toBeNull();
    d!.post(1);
    expect(c!.send(eth(d!.back.mac, c!.back.mac, 60))).toEqual([OKAY]);
    expect(d!.received()).toHaveLength(1);
    c!.send(eth(a!.back.mac, c!.back.mac, 60)); // to the broken interface: dropped there, counted
    expect(a!.back.counters.rx_dropped).toBe(1);
    expect(sw.size).toBe(4);
  });

  it('do not recurse when notifications re-enter the switch: two guests echoing frames at each other', () => {
    const { nics: [a, b] } = lan(2);
    let depth = 0, maxDepth = 0, echoes = 0;
    for (const [me, peer] of [[a!, b!], [b!, a!]] as const) {
      const kick = me.back.kick.bind(me.back);
      me.back.kick = () => { depth++; maxDepth = Math.max(maxDepth, depth); try { return kick(); } finally { depth--; } };
      me.onNotify = () => {
        for (const r of me.received()) {
          me.post(1);
          if (echoes++ < 200) { me.queue(eth(peer.back.mac, me.back.mac, r.status, echoes)); me.tx.publish(); me.back.kick(); }
        }
      };
      me.post(8);
    }
    a!.send(eth(b!.back.mac, a!.back.mac, 60));
    expect(echoes).toBeGreaterThan(200);
    expect(maxDepth).toBeLessThanOrEqual(2);
    expect(a!.back.counters.rx_frames + b!.back.counters.rx_frames).toBe(201);
  });

  it('detach from the switch and unmap both rings on close', () => {
    const { sw, nics: [a, b] } = lan(2);
    b!.back.close();
    expect(b!.guest.grants.liveMaps).toBe(0);
    expect(sw.size).toBe(1);
    a!.send(eth(b!.back.mac, a!.back.mac, 60));
    expect(sw.counters.dropped_unknown).toBe(1);
    expect(b!.back.kick()).toBe(false);
  });
});

describe('network back-ends with a packet filter', () => {
  const TEST = 0x88b5;

  it('deliver only what the filter passes, broadcasts included, and count the rest as filtered', () => {
    const { sw, nics: [a, b, c] } = lan(3);
    b!.post(16); c!.post(16);
    b!.back.filter = filterOf([ethertype(TEST), byteIs(14, 1)]);
    const sent = [
      typed(b!.back.mac, a!.back.mac, TEST, 1), typed(b!.back.mac, a!.back.mac, TEST, 2), typed(b!.back.mac, a!.back.mac, 0x0800, 1),
      typed(BROADCAST, a!.back.mac, TEST, 1), typed(BROADCAST, a!.back.mac, 0x0806, 1),
    ];
    for (const f of sent) expect(a!.send(f)).toEqual([OKAY]);
    const atB = b!.received();
    expect(atB.map((r) => Buffer.from(r.frame).equals(sent[0]!) || Buffer.from(r.frame).equals(sent[3]!))).toEqual([true, true]);
    expect(atB.map((r) => r.frame[0])).toEqual([b!.back.mac[0], 0xff]);
    expect(b!.back.counters).toMatchObject({ rx_frames: 2, rx_filtered: 3, rx_dropped: 0 });
    expect(c!.received()).toHaveLength(2); // c has no filter: both broadcasts
    expect(c!.back.counters).toMatchObject({ rx_frames: 2, rx_filtered: 0 });
    expect(sw.counters).toMatchObject({ broadcast: 2, delivered: 7, dropped_unknown: 0 });
  });

  it('drop filtered frames before they take a queue slot, so a guest posting no pages loses none that pass', () => {
    const { nics: [a, b] } = lan(2);
    b!.back.filter = filterOf([ethertype(TEST)]);
    for (let batch = 0; batch < 4; batch++) { // 4 × 48 frames, each batch at distinct offsets of the one transmit page
      for (let i = batch * 48; i < (batch + 1) * 48; i++) a!.queue(typed(b!.back.mac, a!.back.mac, i % 3 === 0 ? TEST : 0x0800, i & 0xff), (i % 48) * 64);
      a!.flush();
    }
    expect(b!.back.rxQueued).toBe(RX_QUEUE_MAX);
    expect(b!.back.counters).toMatchObject({ rx_filtered: 2 * RX_QUEUE_MAX, rx_dropped: 0 });
    b!.post(RX_QUEUE_MAX);
    b!.back.kick();
    expect(b!.received().map((r) => r.frame[14])).toEqual(Array.from({ length: RX_QUEUE_MAX }, (_, i) => (3 * i) & 0xff));
  });

  it('deliver everything again once the filter is removed, and take a filter at creation', () => {
    const { mm, sw, nics: [a, b] } = lan(2);
    b!.post(8);
    b!.back.filter = filterOf([ethertype(TEST)]);
    a!.send(typed(b!.back.mac, a!.back.mac, 0x0800, 1));
    b!.back.filter = null;
    a!.send(typed(b!.back.mac, a!.back.mac, 0x0800, 2));
    a!.send(typed(BROADCAST, a!.back.mac, 0x0806, 3));
    expect(b!.received().map((r) => r.frame[14])).toEqual([2, 3]);
    expect(b!.back.counters).toMatchObject({ rx_frames: 2, rx_filtered: 1 });
    const g = new Guest(mm, 30);
    g.granted(TX_REF); g.granted(RX_REF);
    const back = new NetBack(g.grants, TX_REF, RX_REF, mm, sw, { notify: () => {}, filter: filterOf([ethertype(TEST)]) });
    a!.send(typed(back.mac, a!.back.mac, 0x0800, 4));
    expect(back.counters).toMatchObject({ rx_filtered: 1, rx_dropped: 0 });
    expect(back.rxQueued).toBe(0);
  });
});

describe('a spinning network back-end', () => {
  it('forwards frames published after a kick without a notification, then sleeps and asks for one again', async () => {
    const { nics: [a, b] } = lan(2, true);
    b!.post(8);
    const frame = (seq: number): Uint8Array => eth(b!.back.mac, a!.back.mac, 100, seq);
    expect(a!.send(frame(1))).toEqual([OKAY]);
    a!.queue(frame(2), 0);
    a!.queue(frame(3), 200); // elsewhere in the one transmit page
    expect(a!.tx.publish()).toBe(false); // the back-end watches its ring: no notification asked for
    await until(() => a!.back.counters.sleeps === 1);
    expect(a!.tx.responses().map((r) => r.getInt16(TXR['status']!, true))).toEqual([OKAY, OKAY]);
    expect(b!.received().map((r) => Buffer.from(r.frame).equals(frame(r.id + 1)))).toEqual([true, true, true]);
    expect(a!.back.counters).toMatchObject({ tx_frames: 3, spin_misses: 1, sleeps: 1 });
    expect(a!.back.counters.spin_hits).toBeGreaterThanOrEqual(1);
    a!.queue(frame(4));
    expect(a!.tx.publish()).toBe(true); // asleep: this one is notified
  });
});
