/**
 * Hostile network front-ends: transmit requests of length 0, longer than a
 * frame or past their page; a request rewritten while the back-end copies
 * it; a guest that never posts (or never drains) receive pages while a peer
 * floods it; ring indices run past the ring or backwards; receive and ring
 * pages pinned as page tables. Each is refused
 * or bounded and counted, the offender is marked, the peers keep running,
 * and what the host holds for the guest stays bounded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../hypervisor/abi/constant.js';
import { NETIF_TX_REQUEST } from '../../hypervisor/abi/ring.js';
import { FRAME_SIZE, type MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { NETIF_MTU_FRAME, RX_QUEUE_MAX, type VSwitch } from '../../hypervisor/pv/netback.js';
import { recordCounts } from '../fuzz/harness.js';
import { regression } from './found-faults.js';
import { mmuOf } from './ring-pin.js';
import { frame, lan, NET, TX_PAGE, type Nic } from './ring-net.js';

const TX = layout(NETIF_TX_REQUEST).offsets;
let cases = 0;
afterAll(() => recordCounts('hostile-rings-net', { hostileCases: cases }));

/** `from` still reaches `to`: one frame sent, received whole. */
function stillTalks(from: Nic, to: Nic): void {
  const before = to.back.counters.rx_frames;
  to.post(1);
  expect(from.send(frame(to.back.mac, from.back.mac, 60))).toEqual([NET.okay]);
  expect(to.back.counters.rx_frames).toBe(before + 1);
  expect(from.back.broken).toBeNull();
}

describe('hostile network rings', () => {
  it('refuses transmit requests of length 0, longer than a frame, past their page, with flags or a bad grant; forwards none', () => {
    const { nics: [bad, peer] } = lan(2) as unknown as { nics: [Nic, Nic] };
    peer.post(16);
    bad.guest.page(bad.txFrame).set(frame(peer.back.mac, bad.back.mac, 64));
    const ok = { gref: TX_PAGE, offset: 0, flags: 0, size: 64 };
    const lies: Array<[string, Partial<typeof ok>]> = [
      ['length 0', { size: 0 }], ['shorter than a header', { size: 13 }], ['longer than a frame', { size: NETIF_MTU_FRAME + 1 }],
      ['length 65535', { size: 0xffff }], ['offset past the page', { offset: 4096 }], ['offset 65535', { offset: 0xffff }],
      ['running past the page', { offset: 4096 - 32 }], ['flags set', { flags: 1 }], ['grant never made', { gref: 300 }],
      ['ref past the table', { gref: 0xffff_ffff }],
    ];
    for (const [name, lie] of lies) expect(bad.transmit({ ...ok, ...lie }), name).toEqual([NET.error]);
    expect(bad.back.counters).toMatchObject({ tx_errors: lies.length, tx_frames: 0, ring_errors: 0 });
    expect(peer.back.counters.rx_frames).toBe(0);
    stillTalks(bad, peer); // malformed requests are refused one by one; the interface stays up
    cases += lies.length;
  });

  it('forwards the frame as published when the front-end rewrites the request during the copy', () => {
    const { nics: [bad, peer] } = lan(2) as unknown as { nics: [Nic, Nic] };
    peer.post(1);
    const f = frame(peer.back.mac, bad.back.mac, 60), slot = bad.tx.slot(bad.tx.next);
    bad.guest.page(bad.txFrame).set(f);
    bad.guest.grants.hook = () => { slot.setUint16(TX['size']!, 4000, true); slot.setUint16(TX['offset']!, 4090, true); };
    expect(bad.transmit({ gref: TX_PAGE, offset: 0, flags: 0, size: 60 })).toEqual([NET.okay]);
    expect(peer.back.counters).toMatchObject({ rx_frames: 1, rx_bytes: 60 });
    expect(bad.back.counters).toMatchObject({ tx_frames: 1, tx_bytes: 60, tx_errors: 0 });
    cases++;
  });

  it('drops and counts what a flooded guest never makes room for; its queue stays bounded and the flooder keeps running', () => {
    const { sw, nics: [flooder, sink, other] } = lan(3) as unknown as { sw: VSwitch; nics: [Nic, Nic, Nic] };
    const FLOOD = 2_000;
    for (let i = 0; i < FLOOD; i++) expect(flooder.send(frame(sink.back.mac, flooder.back.mac, 60))).toEqual([NET.okay]);
    expect(sink.back.rxQueued).toBe(RX_QUEUE_MAX); // never posted a page: a bounded queue, the rest dropped
    expect(sink.back.counters).toMatchObject({ rx_frames: 0, rx_dropped: FLOOD - RX_QUEUE_MAX });
    sink.post(8); // posts a few pages and then never reads their responses nor posts again
    for (let i = 0; i < FLOOD; i++) flooder.send(frame(sink.back.mac, flooder.back.mac, 60));
    expect(sink.back.counters.rx_frames).toBe(8);
    expect(sink.back.rxQueued).toBe(RX_QUEUE_MAX);
    expect(sink.back.counters.rx_dropped).toBe(2 * FLOOD - RX_QUEUE_MAX - 8);
    expect(sink.rx.get('rsp_prod')).toBe(8); // no response beyond the pages it posted
    expect(flooder.back.counters).toMatchObject({ tx_frames: 2 * FLOOD, tx_errors: 0 });
    expect(sink.back.broken).toBeNull();
    expect(sw.counters).toMatchObject({ port_errors: 0, dropped_backlog: 0 }); // the switch itself never held the flood
    stillTalks(flooder, other);
    cases += 2;
  });

  it('marks broken a front-end whose transmit or receive req_prod runs past the ring or backwards; the others go on', () => {
    for (const [ring, move] of [['tx', 1 << 20], ['tx', -1], ['rx', 257], ['rx', -1]] as const) {
      const { nics: [bad, peer, other] } = lan(3) as unknown as { nics: [Nic, Nic, Nic] };
      bad.post(2);
      for (let i = 0; i < 2; i++) peer.send(frame(bad.back.mac, peer.back.mac, 60)); // both pages consumed
      bad.send(frame(peer.back.mac, bad.back.mac, 60)); // one transmit request consumed
      bad[ring].set('req_prod', bad[ring].get('req_prod') + move);
      bad.back.kick();
      peer.send(frame(bad.back.mac, peer.back.mac, 60)); // wakes the receive side too
      const name = `${ring} ${move}`;
      expect(String(bad.back.broken), name).toMatch(/req_prod/);
      expect(bad.back.counters.ring_errors, name).toBe(1);
      expect(bad.back.rxQueued, name).toBe(0);
      const dropped = bad.back.counters.rx_dropped;
      for (let i = 0; i < 100; i++) peer.send(frame(bad.back.mac, peer.back.mac, 60));
      expect(bad.back.counters.rx_dropped, name).toBe(dropped + 100); // delivered to a broken interface: dropped, counted, not kept
      expect(bad.back.rxQueued, name).toBe(0);
      stillTalks(peer, other);
      cases++;
    }
  });

  it('regression: never writes a receive page the front-end pinned as a page table, and holds both ring pages against a pin', () => {
    regression('hostile-rings-net', 'received-frame-into-page-table');
    const { mm, nics: [bad, peer] } = lan(2) as unknown as { mm: MachineMemory; nics: [Nic, Nic] };
    const rings = [bad.back.tx, bad.back.rx].map((r) => r.indices().offset / FRAME_SIZE);
    bad.post(2);
    const [table, page] = bad.rxFrames as [number, number];
    const mmu = mmuOf(mm, bad.guest.domid, [...rings, table, page]);
    for (const r of rings) expect(mmu.pin(r, 1)).toBeLessThan(0); // the back-end writes responses there
    expect(mmu.pin(table, 1)).toBe(0);
    const forged = frame(bad.back.mac, peer.back.mac, 60).fill(0xff, 14); // payload a hostile peer chose as page-table entries
    expect(peer.send(forged)).toEqual([NET.okay]);
    expect(bad.guest.page(table).every((b) => b === 0)).toBe(true);
    expect(bad.back.counters).toMatchObject({ rx_frames: 0, rx_dropped: 1 });
    expect(peer.send(forged)).toEqual([NET.okay]); // the next page is an ordinary one
    expect(bad.guest.page(page).subarray(0, 60)).toEqual(forged);
    expect(mmu.unpin(table, false)).toBe(0);
    expect(mmu.pin(page, 1)).toBeLessThan(0); // holds a frame's worth of non-entries: refused by validation, not by a leaked reference
    bad.guest.page(page).fill(0);
    expect(mmu.pin(page, 1)).toBe(0);
    bad.back.close();
    for (const r of rings) {
      mm.bytes.fill(0, r * FRAME_SIZE, (r + 1) * FRAME_SIZE);
      expect(mmu.pin(r, 1)).toBe(0); // unmapped: the references went with the maps
    }
    cases += 2;
  });
});
