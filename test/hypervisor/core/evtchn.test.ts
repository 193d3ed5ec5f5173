/**
 * Event channels in Xen's 2-level model: ports between two domains, pending
 * and mask bits, the selector word and the upcall flag in the shared-info
 * page, virtual IRQs, and the refusals a hostile guest meets (unbound,
 * closed, foreign and out-of-range ports, a VIRQ bound twice, no free port).
 */
import { describe, expect, it } from 'vitest';
import { SHARED_INFO, SHARED_INFO_OFFSETS } from '../../../hypervisor/abi/pv.js';
import { layout } from '../../../hypervisor/abi/constant.js';
import { EventChannels, NR_PORTS } from '../../../hypervisor/core/evtchn.js';

/** A domain's event channels over a fresh shared-info page; `kicks` counts vCPU wake-ups. */
function domain(domid: number): { ev: EventChannels; i32: Int32Array; u8: Uint8Array; kicks: () => number } {
  const sab = new SharedArrayBuffer(4096);
  const i32 = new Int32Array(sab), u8 = new Uint8Array(sab);
  let kicks = 0;
  return { ev: new EventChannels(domid, i32, u8, () => { kicks++; }), i32, u8, kicks: () => kicks };
}
const word = (name: string, i = 0): number => (SHARED_INFO_OFFSETS[name]! >>> 2) + i;
const pending = (d: { i32: Int32Array }, port: number): boolean => ((d.i32[word('evtchn_pending', port >>> 5)]! >>> (port & 31)) & 1) === 1;
const upcall = (d: { u8: Uint8Array }): number => d.u8[SHARED_INFO_OFFSETS['evtchn_upcall_pending']!]!;

describe('event channels', () => {
  it('fit the shared-info page', () => expect(layout(SHARED_INFO).size).toBeLessThanOrEqual(4096));

  it('connect two domains: a send sets the remote port pending, its selector bit and the upcall flag, and kicks once', () => {
    const a = domain(1), b = domain(2);
    const offered = b.ev.allocUnbound(1);
    const port = a.ev.bindInterdomain(b.ev, offered);
    expect(port).toBeGreaterThan(0);
    expect(b.ev.state(offered)).toMatchObject({ kind: 'interdomain', remotePort: port });
    expect(a.ev.send(port)).toBe(0);
    expect(pending(b, offered)).toBe(true);
    expect(b.i32[word('evtchn_pending_sel')]! & (1 << (offered >>> 5))).not.toBe(0);
    expect([upcall(b), b.kicks()]).toEqual([1, 1]);
    expect(a.ev.send(port)).toBe(0); // already pending: nothing new to deliver
    expect(b.kicks()).toBe(1);
    expect(b.ev.send(offered)).toBe(0); // and back the other way
    expect([pending(a, port), a.kicks()]).toEqual([true, 1]);
  });

  it('keep a masked event pending and deliver it on unmask (no event is lost while masked)', () => {
    const a = domain(1), b = domain(2);
    const offered = b.ev.allocUnbound(1);
    const port = a.ev.bindInterdomain(b.ev, offered);
    b.i32[word('evtchn_mask', offered >>> 5)] = 1 << (offered & 31);
    a.ev.send(port);
    expect(pending(b, offered)).toBe(true);
    expect([upcall(b), b.kicks()]).toEqual([0, 0]);
    expect(b.ev.unmask(offered)).toBe(0);
    expect([upcall(b), b.kicks()]).toEqual([1, 1]);
  });

  it('raise virtual IRQs on the port bound to them, and refuse binding one twice', () => {
    const d = domain(1);
    const port = d.ev.bindVirq(0);
    expect(port).toBeGreaterThan(0);
    expect(d.ev.bindVirq(0)).toBe(-17); // EEXIST
    expect(d.ev.bindVirq(99)).toBe(-22);
    d.ev.raiseVirq(0);
    expect([pending(d, port), d.kicks()]).toEqual([true, 1]);
    expect(d.ev.send(port)).toBe(-22); // a VIRQ port has no remote end
  });

  it('refuse unbound, closed, foreign and out-of-range ports as Xen does', () => {
    const a = domain(1), b = domain(2), c = domain(3);
    const offered = b.ev.allocUnbound(1);
    expect(c.ev.bindInterdomain(b.ev, offered)).toBe(-22); // offered to domain 1, not 3
    expect(a.ev.bindInterdomain(undefined, offered)).toBe(-3); // no such domain
    expect(a.ev.bindInterdomain(b.ev, 4000)).toBe(-22);
    const unbound = a.ev.allocUnbound(2);
    expect(a.ev.send(unbound)).toBe(0); // dropped, counted
    expect(a.ev.counters.dropped).toBe(1);
    for (const bad of [0, -1, NR_PORTS, 2.5, 77]) expect(a.ev.send(bad)).toBe(-22);
    const port = a.ev.bindInterdomain(b.ev, offered);
    expect(a.ev.close(port)).toBe(0);
    expect(a.ev.send(port)).toBe(-22);
    expect(a.ev.close(port)).toBe(-22);
    expect(b.ev.state(offered)).toEqual({ kind: 'unbound', remoteDom: 1 }); // the peer may be bound again
    expect(b.ev.unmask(3000)).toBe(-22);
  });

  it('run out of ports with ENOSPC, and reuse closed ones', () => {
    const d = domain(1);
    const ports: number[] = [];
    for (let i = 1; i < NR_PORTS; i++) ports.push(d.ev.allocUnbound(2));
    expect(ports.every((p) => p > 0)).toBe(true);
    expect(d.ev.allocUnbound(2)).toBe(-28);
    d.ev.close(ports[10]!);
    expect(d.ev.allocUnbound(2)).toBe(ports[10]);
  });
});
