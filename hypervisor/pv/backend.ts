/**
 * What the split-driver back-ends share. The ABI's named numbers are read
 * from the header definitions in hypervisor/abi (so no number is typed
 * twice); a ring page is mapped from the front-end's grant for the
 * back-end domain; and a front-end that breaks a protocol invariant is
 * recorded as broken with the reason, after which its back-end stops
 * serving it. Nothing here trusts the front-end: callers check every value
 * they read from shared memory.
 */
import type { AbiStruct } from '../abi/constant.js';
import { DOMID_BACKEND, PV_HEADER } from '../abi/pv.js';
import { RING_HEADER_FILE, RING_PAGE } from '../abi/ring.js';
import type { GrantTable } from '../core/grant-table.js';
import { addWritable, dropWritable, FRAME_SIZE, type MachineMemory } from '../core/machine-memory.js';
import { RingError } from '../core/ring.js';

/** A named constant of ring.h or pv.h, by its C name; throws when the ABI does not define it. */
function abiConstant(name: string): number | string {
  for (const header of [RING_HEADER_FILE, PV_HEADER]) {
    for (const s of header.sections) {
      const c = s.constants.find((k) => k.name === name);
      if (c) return c.value;
    }
  }
  throw new Error(`abiConstant: ${name} is not defined by ring.h or pv.h`);
}

/** A numeric constant of ring.h or pv.h by its C name (e.g. "BLKIF_OP_READ"). */
export function abiNumber(name: string): number {
  const v = abiConstant(name);
  if (typeof v !== 'number') throw new Error(`abiNumber: ${name} is a string`);
  return v;
}

/** A string constant of ring.h or pv.h by its C name (e.g. "STORE_VBD_STATE"). */
export function abiString(name: string): string {
  const v = abiConstant(name);
  if (typeof v !== 'string') throw new Error(`abiString: ${name} is a number`);
  return v;
}

/** Element count of array field `name` of struct `s` (1 for a scalar). */
export function fieldCount(s: AbiStruct, name: string): number {
  const f = s.fields.find((x) => x.name === name);
  if (!f) throw new Error(`fieldCount: struct ${s.name} has no field ${name}`);
  return f.count ?? 1;
}

/** Why a back-end could not be set up (thrown by constructors; never by kick()). */
export type BackendFault =
  | { kind: 'ring-grant'; ref: number; status: number }
  | { kind: 'frame'; frame: number }
  | { kind: 'page-table'; frame: number }
  | { kind: 'disk-size'; bytes: number }
  | { kind: 'mac-in-use'; mac: string }
  | { kind: 'mac-invalid'; mac: string }
  | { kind: 'mac-exhausted' };

function faultMessage(f: BackendFault): string {
  switch (f.kind) {
    case 'ring-grant': return `the front-end's ring grant ${f.ref} cannot be mapped by the back-end (GNTST ${f.status}): check its grant entry names DOMID_BACKEND, is writable and holds one of its frames`;
    case 'frame': return `frame ${f.frame} is not a frame of machine memory`;
    case 'page-table': return `frame ${f.frame} is one of the front-end's page tables: a back-end cannot write into it (unpin it first)`;
    case 'disk-size': return `a virtual disk must be a whole number of sectors; got ${f.bytes} bytes`;
    case 'mac-in-use': return `MAC address ${f.mac} is already attached to this switch`;
    case 'mac-invalid': return `${f.mac} is not a unicast MAC address (6 bytes, low bit of the first clear)`;
    case 'mac-exhausted': return 'this switch has handed out every MAC address it can allocate';
  }
}

/** A back-end could not be set up; `fault` says why. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(readonly fault: BackendFault) {
    super(faultMessage(fault));
  }
}

/** The front-end broke a protocol invariant of a byte ring (console, store); its back-end marks it broken. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** The reason recorded when kick() caught `e`: a protocol violation, or a failure of the host side. */
export function brokenReason(e: unknown): string {
  if (e instanceof RingError || e instanceof ProtocolError) return e.message;
  return `internal: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * A 4 KiB view of machine frame `frame` for a back-end that writes into it
 * (a ring or console page), holding a writable reference on the frame for
 * as long as the back-end serves it — as a writable mapping does — so the
 * guest can never make it one of its page tables and have the back-end
 * write its entries. BackendError when there is no such frame or it is a
 * page table already.
 */
export function framePage(mm: MachineMemory, frame: number): Uint8Array {
  if (!Number.isInteger(frame) || frame < 0 || frame >= mm.frames) throw new BackendError({ kind: 'frame', frame });
  if (!addWritable(mm.frameInfo, frame)) throw new BackendError({ kind: 'page-table', frame });
  return mm.bytes.subarray(frame * FRAME_SIZE, frame * FRAME_SIZE + RING_PAGE);
}

/** A ring page mapped from a front-end's grant, its machine frame, and the handle that unmaps it. */
export interface MappedPage { page: Uint8Array; frame: number; handle: number }

/**
 * Maps grant `ref` of `grants` writable for the back-end domain, its frame
 * held writable while it stays mapped (framePage): the back-end writes
 * responses into it. BackendError (nothing left mapped) when the grant is
 * refused or the frame is a page table.
 */
export function mapGrantedPage(grants: GrantTable, ref: number, mm: MachineMemory): MappedPage {
  const m = grants.map(ref, DOMID_BACKEND, false);
  if (typeof m === 'number') throw new BackendError({ kind: 'ring-grant', ref, status: m });
  try {
    return { page: framePage(mm, m.frame), frame: m.frame, handle: m.handle };
  } catch (e) {
    grants.unmap(m.handle);
    throw e;
  }
}

/** Unmaps a page mapGrantedPage mapped and drops its writable reference (the front-end may make it a page table again). */
export function unmapGrantedPage(grants: GrantTable, mm: MachineMemory, m: MappedPage): void {
  grants.unmap(m.handle);
  dropWritable(mm.frameInfo, m.frame);
}

/**
 * Takes a writable reference on each machine frame of `frames` while a
 * back-end writes into them (as GNTTABOP_copy does for its destination):
 * a page table is never written behind its validation, and none can be
 * pinned meanwhile. False, holding none, when any is a page table.
 */
export function holdWritable(mm: MachineMemory, frames: readonly number[]): boolean {
  for (let i = 0; i < frames.length; i++) {
    if (!addWritable(mm.frameInfo, frames[i]!)) {
      releaseWritable(mm, frames.slice(0, i));
      return false;
    }
  }
  return true;
}

/** Drops the references holdWritable took. */
export function releaseWritable(mm: MachineMemory, frames: readonly number[]): void {
  for (const f of frames) dropWritable(mm.frameInfo, f);
}

/** A buffer a back-end reuses for every request copy (or response) of one ring, and a view over it: no allocation per request. */
export interface SlotBuffer { bytes: Uint8Array; view: DataView }

/** A zeroed SlotBuffer of `size` bytes. */
export function slotBuffer(size: number): SlotBuffer {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}
