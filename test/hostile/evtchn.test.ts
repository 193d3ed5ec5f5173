/**
 * A hostile PV kernel on its event channels, through the real vCPU and the
 * real hypervisor side of two domains: sends, closes and unmasks of ports
 * that are free, closed, past the table or only another domain's; VIRQs
 * bound twice or out of range; interdomain binds to domains that do not
 * exist or to ports not offered; every port allocated; and a flood of
 * 100,000 sends, which leaves one pending bit and one upcall on the other
 * side and nothing queued anywhere.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../hypervisor/abi/constant.js';
import { DOMID_SELF, EVTCHN_BIND_INTERDOMAIN, EVTCHN_BIND_VIRQ, EVTCHNOP, HYPERCALLS, SHARED_INFO_OFFSETS, pvConst } from '../../hypervisor/abi/pv.js';
import { NR_PORTS } from '../../hypervisor/core/evtchn.js';
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import { recordCounts } from '../fuzz/harness.js';
import { Machine, type Guest } from './rig.js';

const c = pvConst;
const EINVAL = -c('XEN_EINVAL'), EEXIST = -c('XEN_EEXIST'), ESRCH = -c('XEN_ESRCH'), ENOSPC = -c('XEN_ENOSPC');
const BI = layout(EVTCHN_BIND_INTERDOMAIN).offsets, BV = layout(EVTCHN_BIND_VIRQ).offsets;
let cases = 0;
afterAll(() => recordCounts('hostile-evtchn', { hostileCases: cases }));

/** event_channel_op(cmd) with `words` as its struct on scratch page 1; [a0, the struct's words after]. */
function op(g: Guest, cmd: number, words: readonly number[]): [number, number[]] {
  const va = g.scratch(1);
  g.words(va, [...words, 0, 0, 0].slice(0, 4));
  const r = g.call(HYPERCALLS.event_channel_op, cmd, va);
  const dv = g.view(va, 16);
  return [r, [0, 1, 2, 3].map((i) => dv.getUint32(i * 4, true))];
}

/** A port on `g` bound to `remote`'s new unbound port offered to `g`: [g's port, remote's port]. */
function connect(g: Guest, remote: Guest): [number, number] {
  const [ra, out] = op(remote, EVTCHNOP.allocUnbound, [(g.id << 16 | DOMID_SELF) >>> 0]);
  expect(ra).toBe(0);
  const remotePort = out[1]!;
  const [rb, bound] = op(g, EVTCHNOP.bindInterdomain, [remote.id, remotePort]);
  expect(rb).toBe(0);
  return [bound[BI['local_port']! / 4]!, remotePort];
}

/** Every pending bit of `g`'s shared info, as port numbers. */
function pendingPorts(g: Guest): number[] {
  const words = new Uint32Array(g.vcpu.setup.memory, g.pv.sharedInfo * FRAME_SIZE + SHARED_INFO_OFFSETS['evtchn_pending']!, NR_PORTS / 32);
  const out: number[] = [];
  words.forEach((w, i) => { for (let b = 0; b < 32; b++) if (w & (1 << b)) out.push(i * 32 + b); });
  return out;
}

describe('hostile event channels', () => {
  it('refuses sends, closes and unmasks of free, closed, out-of-range and foreign ports', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const [, virqOut] = op(g, EVTCHNOP.bindVirq, [c('VIRQ_TIMER'), 0]);
    const virqPort = virqOut[BV['port']! / 4]!;
    const [closed] = connect(g, other);
    expect(op(g, EVTCHNOP.close, [closed])[0]).toBe(0);
    const otherPort = op(other, EVTCHNOP.allocUnbound, [(other.id << 16 | DOMID_SELF) >>> 0])[1][1]!, ours = new Set(g.pv.channels.saveState().map((p) => p.port));
    expect(ours.has(otherPort)).toBe(false);
    const before = m.outside(g), pending = pendingPorts(other);
    const ports: Array<[string, number]> = [
      ['port 0', 0], ['a free port', 900], ['a closed port', closed], ['the table size', NR_PORTS], ['0xffffffff', 0xffff_ffff],
      ['0x80000000', 0x8000_0000], ['a port only the other domain has', otherPort],
    ];
    for (const [name, port] of ports) {
      for (const cmd of [EVTCHNOP.send, EVTCHNOP.close, EVTCHNOP.unmask]) expect(op(g, cmd, [port])[0], `${cmd} on ${name}`).toBe(EINVAL);
      cases += 3;
    }
    expect(op(g, EVTCHNOP.send, [virqPort])[0]).toBe(EINVAL); // a VIRQ is raised by the hypervisor only
    cases++;
    expect(pendingPorts(other)).toEqual(pending);
    expect(m.outside(g)).toBe(before);
  });

  it('drops a send on an unbound port without raising anything', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const [r, out] = op(g, EVTCHNOP.allocUnbound, [(other.id << 16 | DOMID_SELF) >>> 0]);
    expect(r).toBe(0);
    const raised = g.pv.channels.counters.raised + other.pv.channels.counters.raised, before = m.outside(g);
    expect(op(g, EVTCHNOP.send, [out[1]!])[0]).toBe(0);
    expect(g.pv.channels.counters.dropped).toBe(1);
    expect(g.pv.channels.counters.raised + other.pv.channels.counters.raised).toBe(raised);
    expect(m.outside(g)).toBe(before);
    cases++;
  });

  it('refuses VIRQs bound twice, out of range or for another vCPU, and binds to domains or ports not offered', () => {
    const m = new Machine(3), [g, other, third] = m.guests as [Guest, Guest, Guest];
    expect(op(g, EVTCHNOP.bindVirq, [c('VIRQ_TIMER'), 0])[0]).toBe(0);
    const refused: Array<[string, number, number[], number]> = [
      ['VIRQ_TIMER again', EVTCHNOP.bindVirq, [c('VIRQ_TIMER'), 0], EEXIST], ['NR_VIRQS', EVTCHNOP.bindVirq, [c('NR_VIRQS'), 0], EINVAL],
      ['VIRQ 0xffffffff', EVTCHNOP.bindVirq, [0xffff_ffff, 0], EINVAL], ['vCPU 1', EVTCHNOP.bindVirq, [c('VIRQ_EXO_REVOKE'), 1], EINVAL],
      ['a domain that does not exist', EVTCHNOP.bindInterdomain, [77, 1], ESRCH], ['DOMID_XEN', EVTCHNOP.bindInterdomain, [c('DOMID_XEN'), 1], ESRCH],
      ['alloc_unbound for another domain', EVTCHNOP.allocUnbound, [(g.id << 16 | other.id) >>> 0], ESRCH],
    ];
    const [, offered] = op(other, EVTCHNOP.allocUnbound, [(third.id << 16 | DOMID_SELF) >>> 0]);
    const [, mine] = op(other, EVTCHNOP.allocUnbound, [(g.id << 16 | DOMID_SELF) >>> 0]);
    const [thirdsPort] = connect(third, other);
    refused.push(
      ['a port offered to a third domain', EVTCHNOP.bindInterdomain, [other.id, offered[1]!], EINVAL],
      ['a port the third domain already bound', EVTCHNOP.bindInterdomain, [other.id, thirdsPort], EINVAL],
      ['a free port', EVTCHNOP.bindInterdomain, [other.id, 1000], EINVAL], ['a port past the table', EVTCHNOP.bindInterdomain, [other.id, NR_PORTS], EINVAL],
      ['port 0xffffffff', EVTCHNOP.bindInterdomain, [other.id, 0xffff_ffff], EINVAL],
    );
    const ports = g.pv.channels.saveState().length, before = m.outside(g);
    for (const [name, cmd, words, errno] of refused) {
      expect(op(g, cmd, words)[0], name).toBe(errno);
      cases++;
    }
    expect(g.pv.channels.saveState().length).toBe(ports);
    expect(m.outside(g)).toBe(before);
    expect(op(g, EVTCHNOP.bindInterdomain, [other.id, mine[1]!])[0]).toBe(0); // the one offered to it
  });

  it('refuses binds to the back-end\'s ports of other domains, and survives closing its own device ports', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const backend = m.env.backend.channels, devices = [...g.pv.devicePorts.values()];
    const others = [...other.pv.devicePorts.values()];
    for (const port of [...devices, ...others]) {
      expect(op(g, EVTCHNOP.bindInterdomain, [0, port])[0], `back-end port ${port}`).toBe(EINVAL); // bound already
      cases++;
    }
    const mine = g.pv.channels.saveState().filter((p) => p.kind === 'interdomain').map((p) => p.port);
    for (const port of mine) expect(op(g, EVTCHNOP.close, [port])[0]).toBe(0);
    const pending = pendingPorts(g), before = m.outside(g);
    for (const port of devices) m.env.backend.notify(port); // the back-end's end is unbound now: dropped
    expect(pendingPorts(g)).toEqual(pending);
    for (const port of others) expect(op(g, EVTCHNOP.bindInterdomain, [0, port])[0]).toBe(EINVAL);
    expect(m.outside(g)).toBe(before);
    for (const port of devices) expect(backend.state(port)).toEqual({ kind: 'unbound', remoteDom: g.id });
    for (const port of devices) expect(op(g, EVTCHNOP.bindInterdomain, [0, port])[0]).toBe(0); // offered back to it
    cases += devices.length + others.length;
  });

  it('allocates ports up to the table and refuses the next with -ENOSPC', () => {
    const m = new Machine(1), [g] = m.guests as [Guest];
    const used = g.pv.channels.saveState().length;
    for (let i = used + 1; i < NR_PORTS; i++) expect(op(g, EVTCHNOP.allocUnbound, [(g.id << 16 | DOMID_SELF) >>> 0])[0]).toBe(0);
    expect(op(g, EVTCHNOP.allocUnbound, [(g.id << 16 | DOMID_SELF) >>> 0])[0]).toBe(ENOSPC);
    expect(op(g, EVTCHNOP.bindVirq, [c('VIRQ_TIMER'), 0])[0]).toBe(ENOSPC);
    expect(g.pv.channels.saveState().length).toBe(NR_PORTS - 1);
    cases += 2;
  });

  it('coalesces a flood of 100,000 sends into one pending bit and one upcall', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const [port, remotePort] = connect(g, other);
    const theirs = other.pv.channels.counters, upcalls = theirs.upcalls, pending = pendingPorts(other);
    const exits = g.transport.exits, FLOOD = 100_000;
    for (let i = 0; i < FLOOD; i++) if (op(g, EVTCHNOP.send, [port])[0] !== 0) throw new Error(`send ${i} refused`);
    expect(g.transport.exits - exits).toBe(FLOOD);
    expect(g.pv.channels.counters.sends).toBe(FLOOD);
    expect(theirs.raised).toBe(FLOOD);
    expect(theirs.upcalls - upcalls).toBe(1);
    expect(pendingPorts(other)).toEqual([...pending, remotePort].sort((a, b) => a - b));
    expect(other.pv.channels.saveState().length).toBeLessThan(NR_PORTS); // the port table is all there is: nothing queues
    cases++;
  });
});
