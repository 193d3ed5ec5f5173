/**
 * A hostile PV kernel at the hypercall boundary: every hypercall number
 * outside the table, every pointer argument aimed where the guest may not
 * read or write (null, unaligned, past RAM, straddling its end, a machine
 * address of a frame it does not own, a read-only page-table page for an
 * OUT field) and every batch count past the limit. Each is refused with its
 * errno, the vCPU goes on, the operation leaves no trace (no port, no
 * mapping), and no byte outside the domain changes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../hypervisor/abi/constant.js';
import { EVTCHNOP, EXOOP, GNTTAB_COPY, GNTTAB_MAP, GNTTAB_SETUP_TABLE, GNTTAB_UNMAP, GNTTABOP, HYPERCALLS, pvConst } from '../../hypervisor/abi/pv.js';
import { recordCounts } from '../fuzz/harness.js';
import { regression } from './found-faults.js';
import { Machine, type Guest } from './rig.js';

const c = pvConst;
const EINVAL = -c('XEN_EINVAL'), ENOSYS = -c('XEN_ENOSYS'), EFAULT = -c('XEN_EFAULT'), E2BIG = -c('XEN_E2BIG'), ESRCH = -c('XEN_ESRCH');
const MAX_BATCH = c('MMU_UPDATE_MAX_BATCH'), DOMID_SELF = c('DOMID_SELF');
const UOP_BYTES: Record<number, number> = {
  [GNTTABOP.map]: layout(GNTTAB_MAP).size, [GNTTABOP.unmap]: layout(GNTTAB_UNMAP).size, [GNTTABOP.copy]: layout(GNTTAB_COPY).size, [GNTTABOP.setup]: layout(GNTTAB_SETUP_TABLE).size,
};
let cases = 0;
afterAll(() => recordCounts('hostile-hypercalls', { hostileCases: cases }));

/** Addresses a guest may not read from: [name, address]. */
function unreadable(g: Guest, other: Guest, m: Machine): Array<[string, number]> {
  return [
    ['null', 0], ['below RAM', 0x1000], ['just past RAM', g.ramEnd], ['far past RAM', 0xffff_f000], ['top of the address space', 0xffff_fffc],
    ['straddling the end of RAM', g.ramEnd - 2], ['a machine address of the other domain\'s frame', other.frame(0) * 4096],
    ['the frame table\'s machine address', 0], ['a machine address past machine memory', m.mm.frames * 4096],
  ];
}

describe('hostile hypercalls', () => {
  it('answers every hypercall number outside the table with -ENOSYS', () => {
    const m = new Machine(1), [g] = m.guests as [Guest];
    const known = new Set<number>(Object.values(HYPERCALLS));
    const numbers = [-1, -(2 ** 31), 2 ** 31 - 1, 0xffff_ffff, 49, 64, 100, 0x1000, ...Array.from({ length: 64 }, (_, i) => i)].filter((n) => !known.has(n));
    const before = m.outside(g);
    for (const nr of numbers) {
      expect(g.call(nr, 1, 2, 3, 4), `hypercall ${nr}`).toBe(ENOSYS);
      cases++;
    }
    expect(m.outside(g)).toBe(before);
  });

  it('refuses sub-operations out of range and callbacks that are no instruction address', () => {
    const m = new Machine(1), [g] = m.guests as [Guest];
    const before = m.outside(g);
    const refused: Array<[string, number, number[], number]> = [
      ['set_callbacks(0)', HYPERCALLS.set_callbacks, [0], EINVAL], ['set_callbacks(odd)', HYPERCALLS.set_callbacks, [g.scratch() + 1], EINVAL],
      ['xen_version(99)', HYPERCALLS.xen_version, [99], ENOSYS], ['sched_op(99)', HYPERCALLS.sched_op, [99, 0], ENOSYS],
      ['memory_op(99)', HYPERCALLS.memory_op, [99, DOMID_SELF], ENOSYS], ['memory_op of another domain', HYPERCALLS.memory_op, [0, 7], ESRCH],
      ['console_io(99)', HYPERCALLS.console_io, [99, 1, g.scratch()], ENOSYS], ['exo_op(-1)', HYPERCALLS.exo_op, [-1, 0], ENOSYS],
    ];
    for (const [name, nr, args, errno] of refused) {
      expect(g.call(nr, ...args), name).toBe(errno);
      cases++;
    }
    expect(m.outside(g)).toBe(before);
  });

  it('refuses unreadable request arrays and done pointers of mmu_update and mmuext_op with -EFAULT', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const before = m.outside(g);
    const table = g.vaOf(g.tables[0]!);
    for (const nr of [HYPERCALLS.mmu_update, HYPERCALLS.mmuext_op]) {
      for (const [name, va] of [...unreadable(g, other, m), ['unaligned', g.scratch() + 2] as [string, number]]) {
        expect(g.call(nr, va, 1, 0, DOMID_SELF), `${name} requests`).toBe(EFAULT);
        cases++;
      }
      // An empty batch reads nothing; its done count must still land in writable memory.
      for (const [name, va] of [...unreadable(g, other, m).filter(([, a]) => a !== 0), ['a read-only page table', table] as [string, number]]) {
        expect(g.call(nr, g.scratch(), 0, va, DOMID_SELF), `${name} done pointer`).toBe(EFAULT);
        cases++;
      }
    }
    expect(m.outside(g)).toBe(before);
  });

  it('bounds batch counts: past the limit is -E2BIG before any request is read', () => {
    const m = new Machine(1), [g] = m.guests as [Guest];
    const before = m.outside(g);
    for (const count of [MAX_BATCH + 1, 0x7fff_ffff, -1, 0xffff_ffff, 2 ** 31]) {
      expect(g.call(HYPERCALLS.mmu_update, 0, count, 0, DOMID_SELF), `mmu_update count ${count}`).toBe(E2BIG);
      expect(g.call(HYPERCALLS.mmuext_op, 0, count, 0, DOMID_SELF), `mmuext_op count ${count}`).toBe(E2BIG);
      for (const cmd of [GNTTABOP.map, GNTTABOP.unmap, GNTTABOP.copy, GNTTABOP.setup]) {
        expect(g.call(HYPERCALLS.grant_table_op, cmd, 0, count), `grant_table_op ${cmd} count ${count}`).toBe(E2BIG);
      }
      cases += 6;
    }
    for (const count of [c('CONSOLEIO_MAX') + 1, 0x7fff_ffff, -1]) {
      expect(g.call(HYPERCALLS.console_io, c('CONSOLEIO_write'), count, 0), `console_io count ${count}`).toBe(E2BIG);
      cases++;
    }
    // A batch at the limit over requests that end in unmapped memory stops at the first unreadable one.
    const flush = c('MMUEXT_TLB_FLUSH_LOCAL');
    g.words(g.ramEnd - 32, [flush, 0, flush, 0, flush, 0, flush, 0]);
    expect(g.call(HYPERCALLS.mmuext_op, g.ramEnd - 32, MAX_BATCH, g.scratch(), DOMID_SELF)).toBe(EFAULT);
    expect(g.view(g.scratch(), 4).getUint32(0, true)).toBe(4);
    expect(g.call(HYPERCALLS.mmu_update, 0, 1, 0, 0x7ff1)).toBe(ESRCH); // a foreign domid
    cases += 2;
    expect(m.outside(g)).toBe(before);
  });

  it('regression: refuses unreadable console buffers and unreadable or read-only event-channel structs, leaving no port behind', () => {
    regression('hostile-hypercalls', 'evtchn-port-leak');
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const before = m.outside(g), ports = g.pv.channels.saveState().length;
    const table = g.vaOf(g.tables[0]!);
    for (const [name, va] of unreadable(g, other, m)) {
      expect(g.call(HYPERCALLS.console_io, c('CONSOLEIO_write'), 16, va), `console ${name}`).toBe(EFAULT);
      for (const cmd of Object.values(EVTCHNOP)) expect(g.call(HYPERCALLS.event_channel_op, cmd, va), `evtchn ${cmd} ${name}`).toBe(EFAULT);
      cases += 1 + Object.values(EVTCHNOP).length;
    }
    for (const cmd of [EVTCHNOP.allocUnbound, EVTCHNOP.bindVirq]) {
      expect(g.call(HYPERCALLS.event_channel_op, cmd, table), `evtchn ${cmd} into a read-only table`).toBe(EFAULT);
      cases++;
    }
    expect(g.pv.channels.saveState().length).toBe(ports);
    expect(g.call(HYPERCALLS.event_channel_op, 99, g.scratch())).toBe(ENOSYS);
    expect(g.call(HYPERCALLS.grant_table_op, 99, g.scratch(), 1)).toBe(ENOSYS);
    cases += 2;
    expect(m.outside(g)).toBe(before);
  });

  it('refuses unreadable exo_op structs and frame lists, binding nothing', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const before = m.outside(g), table = g.vaOf(g.tables[0]!);
    for (const cmd of [EXOOP.bindFrames, EXOOP.unbindFrames, EXOOP.bindExtent, EXOOP.bindNetFilter]) {
      for (const [name, va] of unreadable(g, other, m)) {
        expect(g.call(HYPERCALLS.exo_op, cmd, va), `exo ${cmd} ${name}`).toBe(EFAULT);
        cases++;
      }
    }
    const lists: Array<[string, number, number, number]> = [
      ['a list past RAM', 2, g.ramEnd - 4, EFAULT], ['a read-only list', 2, table, EFAULT], ['a null list', 1, 0, EFAULT],
      ['nr_frames past the batch', c('EXO_FRAMES_MAX_BATCH') + 1, g.scratch(2), E2BIG], ['nr_frames 0xffffffff', 0xffff_ffff, g.scratch(2), E2BIG],
    ];
    for (const [name, n, list, errno] of lists) {
      g.words(g.scratch(1), [n, list, 0]);
      expect(g.call(HYPERCALLS.exo_op, EXOOP.bindFrames, g.scratch(1)), name).toBe(errno);
      cases++;
    }
    g.words(g.scratch(1), [1, g.scratch(2), 0]);
    expect(g.call(HYPERCALLS.exo_op, EXOOP.bindFrames, table + 0x100), 'a read-only struct').toBe(EFAULT);
    expect(g.call(HYPERCALLS.exo_op, 99, g.scratch(1))).toBe(ENOSYS);
    cases += 2;
    expect(g.pv.bound.size).toBe(0);
    expect(m.outside(g)).toBe(before);
  });

  it('refuses unreadable or read-only grant uops, leaving no mapping behind', () => {
    const m = new Machine(2), [g, other] = m.guests as [Guest, Guest];
    const before = m.outside(g);
    const table = g.vaOf(g.tables[0]!);
    for (const cmd of [GNTTABOP.map, GNTTABOP.unmap, GNTTABOP.copy, GNTTABOP.setup]) {
      for (const [name, va] of unreadable(g, other, m)) {
        expect(g.call(HYPERCALLS.grant_table_op, cmd, va, 1), `grant ${cmd} ${name}`).toBe(EFAULT);
        cases++;
      }
      // The last uop of RAM, then one past its end.
      expect(g.call(HYPERCALLS.grant_table_op, cmd, g.ramEnd - UOP_BYTES[cmd]!, 2), `grant ${cmd} batch past RAM`).toBe(EFAULT);
      cases++;
    }
    expect(g.call(HYPERCALLS.grant_table_op, GNTTABOP.setup, table, 1), 'setup into a read-only table').toBe(EFAULT);
    cases++;
    expect(g.pv.maps.size).toBe(0);
    expect(g.vcpu.pv!.mmu.grantMappings).toBe(0);
    expect(m.outside(g)).toBe(before);
  });
});
