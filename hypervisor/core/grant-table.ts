/**
 * Grant tables (Xen's v1 model): a domain lets another domain use one of its
 * frames by writing a grant entry (flags, grantee, frame) in its own table,
 * which lives in a hypervisor frame the granting domain maps. Every map and
 * copy reads the entry once and checks its type, grantee, permissions and
 * that the frame still belongs to the granting domain; maps are counted per
 * entry and marked in the entry's status bits (GTF_reading/GTF_writing) so
 * the granting domain can see its frame is in use.
 */
import { layout } from '../abi/constant.js';
import { GRANT_ENTRY, pvConst } from '../abi/pv.js';
import { FRAME_SIZE, type MachineMemory } from './machine-memory.js';

/** Entries per table: one frame of 8-byte entries. */
export const NR_GRANTS = FRAME_SIZE / layout(GRANT_ENTRY).size;
const GTF_TYPE_MASK = 3, GTF_permit_access = pvConst('GTF_permit_access'), GTF_readonly = pvConst('GTF_readonly');
const GTF_reading = pvConst('GTF_reading'), GTF_writing = pvConst('GTF_writing');
/** Xen's grant status codes (from the ABI). */
export const GNTST = {
  okay: pvConst('GNTST_okay'), general_error: pvConst('GNTST_general_error'), bad_domain: pvConst('GNTST_bad_domain'),
  bad_gntref: pvConst('GNTST_bad_gntref'), bad_handle: pvConst('GNTST_bad_handle'), permission_denied: pvConst('GNTST_permission_denied'),
  bad_copy_arg: pvConst('GNTST_bad_copy_arg'),
} as const;

/** A successful map: the machine frame, and the handle that unmaps it. */
export interface GrantMapping { frame: number; handle: number; readonly: boolean }

/** The grant table of one (granting) domain. */
export class GrantTable {
  private readonly u16: Uint16Array;
  private readonly u32: Uint32Array;
  private readonly maps = new Map<number, { ref: number; readonly: boolean; frame: number; grantee: number }>();
  private readonly mapCount = new Int32Array(NR_GRANTS);
  private readonly writeCount = new Int32Array(NR_GRANTS);
  private nextHandle = 1;

  /** The table is machine frame `tableFrame`; `domid` owns the granted frames. */
  constructor(private readonly mm: MachineMemory, readonly domid: number, readonly tableFrame: number) {
    this.u16 = new Uint16Array(mm.buffer, tableFrame * FRAME_SIZE, FRAME_SIZE / 2);
    this.u32 = new Uint32Array(mm.buffer, tableFrame * FRAME_SIZE, FRAME_SIZE / 4);
  }

  /** Reads entry `ref` once and checks it for `grantee` and the access wanted; the frame, or a GNTST code. */
  private check(ref: number, grantee: number, write: boolean): number {
    if (!Number.isInteger(ref) || ref < 0 || ref >= NR_GRANTS) return GNTST.bad_gntref;
    const flags = Atomics.load(this.u16, ref * 4), domid = Atomics.load(this.u16, ref * 4 + 1), frame = this.u32[ref * 2 + 1]!;
    if ((flags & GTF_TYPE_MASK) !== GTF_permit_access || domid !== grantee) return GNTST.permission_denied;
    if (write && flags & GTF_readonly) return GNTST.permission_denied;
    if (frame >= this.mm.frames || this.mm.owner(frame) !== this.domid) return GNTST.bad_gntref; // not the granter's frame
    return frame;
  }

  /** GNTTABOP_map_grant_ref on behalf of `grantee`: the frame and an unmap handle, or a GNTST code. */
  map(ref: number, grantee: number, readonly: boolean): GrantMapping | number {
    const frame = this.check(ref, grantee, !readonly);
    if (frame < 0) return frame;
    this.mapCount[ref]!++;
    Atomics.or(this.u16, ref * 4, GTF_reading);
    if (!readonly) { this.writeCount[ref]!++; Atomics.or(this.u16, ref * 4, GTF_writing); }
    const handle = this.nextHandle++;
    this.maps.set(handle, { ref, readonly, frame, grantee });
    return { frame, handle, readonly };
  }

  /** GNTTABOP_unmap_grant_ref: GNTST_okay, or bad_handle for a handle never returned (or already unmapped). */
  unmap(handle: number): number {
    const m = this.maps.get(handle);
    if (!m) return GNTST.bad_handle;
    this.maps.delete(handle);
    if (--this.mapCount[m.ref]! === 0) Atomics.and(this.u16, m.ref * 4, ~GTF_reading);
    if (!m.readonly && --this.writeCount[m.ref]! === 0) Atomics.and(this.u16, m.ref * 4, ~GTF_writing);
    return GNTST.okay;
  }

  /** Mappings that are still live (they hold the frames in use). */
  get liveMaps(): number {
    return this.maps.size;
  }

  /** Live mappings made by domains other than `grantee` (a snapshot cannot carry them). */
  mapsNotBy(grantee: number): number {
    let n = 0;
    for (const m of this.maps.values()) if (m.grantee !== grantee) n++;
    return n;
  }

  /** The granted frames some domain still maps, with how many mappings each (they must outlive the granting domain). */
  mappedFrames(): Map<number, number> {
    const out = new Map<number, number>();
    for (const m of this.maps.values()) out.set(m.frame, (out.get(m.frame) ?? 0) + 1);
    return out;
  }

  /** Of those, the frames mapped writable, with how many writable mappings each (the writable references they hold). */
  writableMappedFrames(): Map<number, number> {
    const out = new Map<number, number>();
    for (const m of this.maps.values()) if (!m.readonly) out.set(m.frame, (out.get(m.frame) ?? 0) + 1);
    return out;
  }

  /**
   * One GNTTABOP_copy segment reading (or writing) `len` bytes at `offset`
   * of the frame granted by `ref` to `grantee`: the machine byte offset, or a GNTST code.
   */
  copyRange(ref: number, grantee: number, write: boolean, offset: number, len: number): number {
    if (!Number.isInteger(offset) || !Number.isInteger(len) || offset < 0 || len < 0 || offset + len > FRAME_SIZE) return GNTST.bad_copy_arg;
    const frame = this.check(ref, grantee, write);
    return frame < 0 ? frame : frame * FRAME_SIZE + offset;
  }
}
