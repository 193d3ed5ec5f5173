/**
 * A hostile grantee (and a hostile granter) against the grant tables,
 * through the real vCPU and the real hypervisor side of two PV domains:
 * references that do not exist, were ended, name another grantee or a
 * frame the granter does not own; writable maps of read-only grants and of
 * page tables; host addresses that are no free slot; domains that do not
 * exist; handles never returned; copies that leave their page, touch frames
 * the domain does not own, or write into a page table. Each gets its
 * status, nothing stays mapped or counted, and no byte outside the domain
 * changes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../hypervisor/abi/constant.js';
import { DOMID_SELF, GNTTAB_COPY, GNTTAB_SETUP_TABLE, GNTTABOP, HYPERCALLS, pvConst } from '../../hypervisor/abi/pv.js';
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import { recordCounts } from '../fuzz/harness.js';
import { regression } from './found-faults.js';
import { copyGrant, grant, grantFlags, GNTMAP, GTF, mapGrant, unmapGrant, type CopySeg } from './grant-uops.js';
import { Machine, type Guest } from './rig.js';

const c = pvConst;
const GNTST = {
  okay: c('GNTST_okay'), general: c('GNTST_general_error'), domain: c('GNTST_bad_domain'), ref: c('GNTST_bad_gntref'),
  handle: c('GNTST_bad_handle'), va: c('GNTST_bad_virt_addr'), denied: c('GNTST_permission_denied'), copy: c('GNTST_bad_copy_arg'),
};
const EFAULT = -c('XEN_EFAULT');
const V = 1, R = 2, W = 4, U = 16, A = 64, D = 128;
const leaf = (mfn: number, perm = R | W): number => ((mfn << 10) | perm | U | V | A | D) >>> 0;
let cases = 0;
afterAll(() => recordCounts('hostile-grants', { hostileCases: cases }));

/** Two domains: `g` the grantee, `granter` with a read-write grant (ref 1), a read-only one (ref 2) and a free slot in `g` at `va`. */
function rig(): { m: Machine; g: Guest; granter: Guest; va: number; data: number } {
  const m = new Machine(2), [g, granter] = m.guests as [Guest, Guest];
  const data = granter.frame(300);
  grant(granter, 1, GTF.permit, g.id, data);
  grant(granter, 2, GTF.permit | GTF.readonly, g.id, data);
  const va = g.scratch(9);
  expect(g.update(g.ptePtr(va), 0)).toBe(0);
  return { m, g, granter, va, data };
}

/** Nothing of `g`'s maps of `granter`'s grants remains: no handle, no installed PTE, no GTF_reading/writing. */
function noMaps(g: Guest, granter: Guest, refs: readonly number[]): void {
  expect(g.pv.maps.size).toBe(0);
  expect(g.vcpu.pv!.mmu.grantMappings).toBe(0);
  expect(granter.pv.grants.liveMaps).toBe(0);
  for (const ref of refs) expect(grantFlags(granter, ref) & (GTF.reading | GTF.writing)).toBe(0);
}

describe('hostile grant maps', () => {
  it('refuses references that do not exist, were ended, name another grantee or a frame the granter does not own', () => {
    const { m, g, granter, va } = rig();
    grant(granter, 3, GTF.permit, g.id + 7, granter.frame(301)); // for another domain
    grant(granter, 4, GTF.permit, g.id, granter.frame(302));
    grant(granter, 4, 0, g.id, granter.frame(302)); // ended
    grant(granter, 5, GTF.permit, g.id, g.frame(300)); // the grantee's own frame
    grant(granter, 6, GTF.permit, g.id, granter.pv.sharedInfo); // a hypervisor frame
    grant(granter, 7, GTF.permit, g.id, 0); // the frame table
    grant(granter, 8, GTF.permit, g.id, m.mm.frames + 3); // past machine memory
    grant(granter, 9, 3, g.id, granter.frame(303)); // a reserved type
    const before = m.outside(g);
    const refused: Array<[string, number, number, number, number]> = [
      ['ref past the table', 512, granter.id, GNTMAP.host, GNTST.ref], ['ref 0xffffffff', 0xffff_ffff, granter.id, GNTMAP.host, GNTST.ref],
      ['an empty entry', 100, granter.id, GNTMAP.host, GNTST.denied], ['another grantee', 3, granter.id, GNTMAP.host, GNTST.denied],
      ['an ended grant', 4, granter.id, GNTMAP.host, GNTST.denied], ['the grantee\'s own frame', 5, granter.id, GNTMAP.host, GNTST.ref],
      ['the granter\'s shared info', 6, granter.id, GNTMAP.host, GNTST.ref], ['the frame table', 7, granter.id, GNTMAP.host, GNTST.ref],
      ['past machine memory', 8, granter.id, GNTMAP.host, GNTST.ref], ['a reserved entry type', 9, granter.id, GNTMAP.host, GNTST.denied],
      ['a read-only grant mapped writable', 2, granter.id, GNTMAP.host, GNTST.denied],
      ['the wrong domain (self)', 1, DOMID_SELF, GNTMAP.host, GNTST.denied], ['a domain that does not exist', 1, 77, GNTMAP.host, GNTST.domain],
      ['DOMID_XEN', 1, c('DOMID_XEN'), GNTMAP.host, GNTST.domain], ['no GNTMAP_host_map', 1, granter.id, 0, GNTST.general],
    ];
    for (const [name, ref, dom, flags, status] of refused) {
      const r = mapGrant(g, va, flags, ref, dom);
      expect([r.r, r.status], name).toEqual([0, status]);
      cases++;
    }
    for (const [name, at] of [['unaligned', va + 4], ['a slot in use', g.scratch(10)], ['no leaf table', 0x1000], ['past RAM', g.ramEnd + 0x40_0000]] as Array<[string, number]>) {
      expect(mapGrant(g, at, GNTMAP.host, 1, granter.id).status, name).toBe(GNTST.va);
      cases++;
    }
    noMaps(g, granter, [1, 2, 3, 4, 5]);
    expect(m.outside(g)).toBe(before);
  });

  it('refuses a writable map of the granter\'s page table and counts nothing for it', () => {
    const { m, g, granter, va } = rig();
    grant(granter, 10, GTF.permit, g.id, granter.tables[1]!);
    const before = m.outside(g);
    expect(mapGrant(g, va, GNTMAP.host, 10, granter.id).status).toBe(GNTST.denied);
    noMaps(g, granter, [10]);
    expect(m.outside(g)).toBe(before);
    cases++;
  });

  it('maps a read-only grant twice read-only, refuses unmaps of handles never returned, and releases everything', () => {
    const { g, granter, va, data } = rig();
    const va2 = g.scratch(11);
    expect(g.update(g.ptePtr(va2), 0)).toBe(0);
    const a = mapGrant(g, va, GNTMAP.host | GNTMAP.readonly, 2, granter.id), b = mapGrant(g, va2, GNTMAP.host | GNTMAP.readonly, 2, granter.id);
    expect([a.status, b.status]).toEqual([GNTST.okay, GNTST.okay]);
    expect(mapGrant(g, va, GNTMAP.host | GNTMAP.readonly, 2, granter.id).status).toBe(GNTST.va); // already mapped there
    expect(g.update(g.ptePtr(va), leaf(g.frame(300)))).toBe(-c('XEN_EPERM')); // only unmap removes it
    expect(grantFlags(granter, 2) & (GTF.reading | GTF.writing)).toBe(GTF.reading);
    expect(g.vcpu.pv!.mmu.translate(g.tables[0]!, va, false)).toBe(data * FRAME_SIZE);
    expect(g.vcpu.pv!.mmu.translate(g.tables[0]!, va, true)).toBe(-1);
    for (const [name, at, handle] of [['a handle never returned', va, 12345], ['the other mapping\'s handle', va, b.handle], ['an address with no mapping', g.scratch(12), a.handle]] as Array<[string, number, number]>) {
      expect(unmapGrant(g, at, handle), name).toEqual([0, GNTST.handle]);
      cases++;
    }
    expect(unmapGrant(g, va, a.handle)).toEqual([0, GNTST.okay]);
    expect(unmapGrant(g, va, a.handle)).toEqual([0, GNTST.handle]); // twice
    expect(unmapGrant(g, va2, b.handle)).toEqual([0, GNTST.okay]);
    cases += 3;
    noMaps(g, granter, [2]);
  });

  it('refuses setting up another domain\'s table or other than one frame, and unpinning a table that holds a grant', () => {
    const { m, g, granter } = rig();
    const o = layout(GNTTAB_SETUP_TABLE).offsets, at = g.scratch(14), before = m.outside(g);
    for (const [name, dom, frames] of [['another domain', granter.id, 1], ['DOMID_XEN', c('DOMID_XEN'), 1], ['0 frames', DOMID_SELF, 0], ['2 frames', DOMID_SELF, 2], ['0xffffffff frames', DOMID_SELF, 0xffff_ffff]] as Array<[string, number, number]>) {
      const dv = g.view(at, 16);
      dv.setUint16(o['dom']!, dom, true);
      dv.setUint32(o['nr_frames']!, frames, true);
      dv.setUint32(o['frame']!, 0, true);
      expect(g.call(HYPERCALLS.grant_table_op, GNTTABOP.setup, at, 1), name).toBe(0);
      expect([dv.getInt16(o['status']!, true), dv.getUint32(o['frame']!, true)], name).toEqual([GNTST.general, 0]);
      cases++;
    }
    expect(m.outside(g)).toBe(before);
    // A leaf table of its own at root slot 600, holding only the grant mapping, then unhooked from the root.
    const page = g.scratch(15), l1 = g.frameAt(page), root = g.tables[0]!, hook = root * FRAME_SIZE + 600 * 4, at600 = 600 << 22;
    expect(g.update(g.ptePtr(page), 0)).toBe(0);
    new Int32Array(m.mm.buffer, l1 * FRAME_SIZE, 1024).fill(0);
    expect(g.ext(c('MMUEXT_PIN_L1_TABLE'), l1)).toBe(0);
    expect(g.update(hook, ((l1 << 10) | V) >>> 0)).toBe(0);
    const r = mapGrant(g, at600, GNTMAP.host, 1, granter.id);
    expect(r.status).toBe(GNTST.okay);
    expect(g.update(hook, 0)).toBe(0);
    expect(g.ext(c('MMUEXT_UNPIN_TABLE'), l1)).toBe(-c('XEN_EBUSY')); // only the grant holds it
    expect(g.update(hook, ((l1 << 10) | V) >>> 0)).toBe(0);
    expect(unmapGrant(g, at600, r.handle)).toEqual([0, GNTST.okay]);
    expect(g.update(hook, 0)).toBe(0);
    expect(g.ext(c('MMUEXT_UNPIN_TABLE'), l1)).toBe(0);
    noMaps(g, granter, [1]);
    cases++;
  });

  it('regression: refuses a map uop it cannot write back before mapping anything', () => {
    regression('hostile-grants', 'grant-map-leak');
    const { m, g, granter, va } = rig();
    const uop = g.scratch(13);
    expect(g.update(g.ptePtr(uop), leaf(g.frameAt(uop), R))).toBe(0); // the uop's page, read-only
    const before = m.outside(g);
    expect(mapGrant(g, va, GNTMAP.host, 1, granter.id, uop).r).toBe(EFAULT);
    noMaps(g, granter, [1]);
    expect(m.outside(g)).toBe(before);
    cases++;
  });
});

describe('hostile grant copies', () => {
  it('refuses segments that leave their page, name frames the domain does not own, or write where it may not', () => {
    const { m, g, granter } = rig();
    const own = g.frame(300), table = g.tables[1]!, SELF = DOMID_SELF, SRC = c('GNTCOPY_source_gref'), DST = c('GNTCOPY_dest_gref');
    const local = (over: Partial<CopySeg>): CopySeg => ({ src: own, srcDom: SELF, srcOff: 0, dst: g.frame(301), dstDom: SELF, dstOff: 0, len: 16, flags: 0, ...over });
    const before = m.outside(g), tableBytes = m.mm.bytes.slice(table * FRAME_SIZE, (table + 1) * FRAME_SIZE);
    const refused: Array<[string, CopySeg, number]> = [
      ['a grant past its page', local({ src: 1, srcDom: granter.id, srcOff: 4000, len: 200, flags: SRC }), GNTST.copy],
      ['a grant with len 4097', local({ src: 1, srcDom: granter.id, len: 4097, flags: SRC }), GNTST.copy],
      ['a grant at offset 0xffff', local({ src: 1, srcDom: granter.id, srcOff: 0xffff, len: 1, flags: SRC }), GNTST.copy],
      ['a local frame past its page', local({ dstOff: 4090, len: 16 }), GNTST.copy], ['len 0xffff', local({ len: 0xffff }), GNTST.copy],
      ['another domain\'s frame as the source', local({ src: granter.frame(300) }), GNTST.general],
      ['another domain\'s frame as the destination', local({ dst: granter.frame(300) }), GNTST.general],
      ['the frame table', local({ dst: 0 }), GNTST.general], ['its shared info', local({ dst: g.pv.sharedInfo }), GNTST.general],
      ['past machine memory', local({ src: m.mm.frames }), GNTST.general], ['frame 0xffffffff', local({ dst: 0xffff_ffff }), GNTST.general],
      ['a local frame of another domain id', local({ dstDom: granter.id }), GNTST.domain],
      ['a grant of a domain that does not exist', local({ src: 1, srcDom: 77, flags: SRC }), GNTST.domain],
      ['a read-only grant as the destination', local({ dst: 2, dstDom: granter.id, flags: DST }), GNTST.denied],
      ['a ref past the table', local({ dst: 600, dstDom: granter.id, flags: DST }), GNTST.ref],
      ['its own pinned page table as the destination', local({ dst: table }), GNTST.denied],
    ];
    // What the table would get: a PTE mapping the other domain's frame writable.
    new DataView(m.mm.buffer, own * FRAME_SIZE, 16).setUint32(0, leaf(granter.frame(300)), true);
    for (const [name, seg, status] of refused) {
      expect(copyGrant(g, seg), name).toEqual([0, status]);
      cases++;
    }
    expect(m.mm.bytes.slice(table * FRAME_SIZE, (table + 1) * FRAME_SIZE)).toEqual(tableBytes);
    expect(m.outside(g)).toBe(before);
    expect(copyGrant(g, local({}))).toEqual([0, GNTST.okay]);
  });

  it('gives each of a full batch of hostile copy segments its own status, across exits', () => {
    const { m, g, granter } = rig();
    const n = c('MMU_UPDATE_MAX_BATCH'), size = layout(GNTTAB_COPY).size, o = layout(GNTTAB_COPY).offsets, at = g.scratch(20);
    const uops = new Uint8Array(n * size), dv = new DataView(uops.buffer);
    for (let i = 0; i < n; i++) {
      dv.setUint32(i * size + o['src_ref_or_gmfn']!, i % 2 ? granter.frame(i) : 0xffff_0000 + i, true);
      dv.setUint16(i * size + o['src_domid']!, DOMID_SELF, true);
      dv.setUint32(i * size + o['dst_ref_or_gmfn']!, g.frame(300), true);
      dv.setUint16(i * size + o['dst_domid']!, DOMID_SELF, true);
      dv.setUint16(i * size + o['len']!, 8, true);
      dv.setInt16(i * size + o['status']!, 99, true);
    }
    g.write(at, uops);
    const before = m.outside(g), copies = g.pv.counters.grant_copies;
    expect(g.call(HYPERCALLS.grant_table_op, GNTTABOP.copy, at, n)).toBe(0);
    const back = new DataView(g.read(at, n * size).buffer);
    for (let i = 0; i < n; i++) expect(back.getInt16(i * size + o['status']!, true), `segment ${i}`).toBe(GNTST.general);
    expect(g.pv.counters.grant_copies).toBe(copies);
    expect(m.outside(g)).toBe(before);
    cases += n;
  });

  it('regression: refuses a grant copy into the granter\'s page table', () => {
    regression('hostile-grants', 'grant-copy-into-page-table');
    const { m, g, granter } = rig();
    grant(granter, 11, GTF.permit, g.id, granter.tables[1]!);
    const before = m.outside(g);
    const seg: CopySeg = { src: g.frame(300), srcDom: DOMID_SELF, srcOff: 0, dst: 11, dstDom: granter.id, dstOff: 0, len: 4, flags: c('GNTCOPY_dest_gref') };
    expect(copyGrant(g, seg)).toEqual([0, GNTST.denied]);
    expect(m.outside(g)).toBe(before);
    expect(g.call(HYPERCALLS.grant_table_op, 99, g.scratch(0), 1)).toBe(-c('XEN_ENOSYS'));
    cases += 2;
  });
});
