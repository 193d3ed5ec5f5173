/**
 * Grant-table argument structs for hostile-guest tests: a granting domain
 * writes entries in its table frame, a grantee writes map, unmap and copy
 * uops in its RAM and reads back their status, all by the ABI's layouts.
 */
import { layout } from '../../hypervisor/abi/constant.js';
import { GNTTAB_COPY, GNTTAB_MAP, GNTTAB_UNMAP, GNTTABOP, GRANT_ENTRY, HYPERCALLS, pvConst } from '../../hypervisor/abi/pv.js';
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import type { Guest } from './rig.js';

const c = pvConst;
const MAP = layout(GNTTAB_MAP), UNMAP = layout(GNTTAB_UNMAP), COPY = layout(GNTTAB_COPY), ENTRY = layout(GRANT_ENTRY);
/** GTF_* and GNTMAP_* bits. */
export const GTF = { permit: c('GTF_permit_access'), readonly: c('GTF_readonly'), reading: c('GTF_reading'), writing: c('GTF_writing') };
export const GNTMAP = { host: c('GNTMAP_host_map'), readonly: c('GNTMAP_readonly') };

/** Writes grant entry `ref` of `granter`'s table (as the granter does through its mapping of the table). */
export function grant(granter: Guest, ref: number, flags: number, grantee: number, frame: number): void {
  const dv = new DataView(granter.vcpu.setup.memory, granter.pv.grantFrame * FRAME_SIZE + ref * ENTRY.size, ENTRY.size);
  dv.setUint16(ENTRY.offsets['flags']!, flags, true);
  dv.setUint16(ENTRY.offsets['domid']!, grantee, true);
  dv.setUint32(ENTRY.offsets['frame']!, frame, true);
}

/** The flags of grant entry `ref` of `granter` (GTF_reading/GTF_writing show live maps). */
export function grantFlags(granter: Guest, ref: number): number {
  return new DataView(granter.vcpu.setup.memory, granter.pv.grantFrame * FRAME_SIZE + ref * ENTRY.size, 2).getUint16(0, true);
}

/** Result of one map uop. */
export interface MapResult { r: number; status: number; handle: number }

/** GNTTABOP_map_grant_ref of `ref` from domain `dom` at `hostAddr`, its uop at `uop` (default: scratch page 0). */
export function mapGrant(g: Guest, hostAddr: number, flags: number, ref: number, dom: number, uop = g.scratch(0)): MapResult {
  const o = MAP.offsets, dv = g.view(uop, MAP.size);
  new Uint8Array(dv.buffer, dv.byteOffset, MAP.size).fill(0);
  dv.setUint32(o['host_addr']!, hostAddr, true);
  dv.setUint32(o['flags']!, flags, true);
  dv.setUint32(o['ref']!, ref, true);
  dv.setUint16(o['dom']!, dom, true);
  const r = g.call(HYPERCALLS.grant_table_op, GNTTABOP.map, uop, 1);
  return { r, status: dv.getInt16(o['status']!, true), handle: dv.getUint32(o['handle']!, true) };
}

/** GNTTABOP_unmap_grant_ref of `handle` at `hostAddr`; [a0, status]. */
export function unmapGrant(g: Guest, hostAddr: number, handle: number): [number, number] {
  const o = UNMAP.offsets, dv = g.view(g.scratch(0), UNMAP.size);
  new Uint8Array(dv.buffer, dv.byteOffset, UNMAP.size).fill(0);
  dv.setUint32(o['host_addr']!, hostAddr, true);
  dv.setUint32(o['handle']!, handle, true);
  const r = g.call(HYPERCALLS.grant_table_op, GNTTABOP.unmap, g.scratch(0), 1);
  return [r, dv.getInt16(o['status']!, true)];
}

/** One copy segment: each side a grant ref or a local frame, with its domain and offset. */
export interface CopySeg { src: number; srcDom: number; srcOff: number; dst: number; dstDom: number; dstOff: number; len: number; flags: number }

/** GNTTABOP_copy of one segment; [a0, status]. */
export function copyGrant(g: Guest, s: CopySeg): [number, number] {
  const o = COPY.offsets, dv = g.view(g.scratch(0), COPY.size);
  dv.setUint32(o['src_ref_or_gmfn']!, s.src, true);
  dv.setUint16(o['src_domid']!, s.srcDom, true);
  dv.setUint16(o['src_offset']!, s.srcOff, true);
  dv.setUint32(o['dst_ref_or_gmfn']!, s.dst, true);
  dv.setUint16(o['dst_domid']!, s.dstDom, true);
  dv.setUint16(o['dst_offset']!, s.dstOff, true);
  dv.setUint16(o['len']!, s.len, true);
  dv.setUint16(o['flags']!, s.flags, true);
  dv.setInt16(o['status']!, 99, true);
  const r = g.call(HYPERCALLS.grant_table_op, GNTTABOP.copy, g.scratch(0), 1);
  return [r, dv.getInt16(o['status']!, true)];
}
