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
import { FRAME_SIZE, type MachineMemory } from '../core/machine-memory.js';
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
  | { kind: 'disk-size'; bytes: number }
  | { kind: 'mac-in-use'; mac: string }
  | { kind: 'mac-invalid'; mac: string }
  | { kind: 'mac-exhausted' };

function faultMessage(f: BackendFault): string {
  switch (f.kind) {
    case 'ring-grant': return `the front-end's ring grant ${f.ref} cannot be mapped by the back-end (GNTST ${f.status}): check its grant entry names DOMID_BACKEND, is writable and holds one of its frames`;
    case 'frame': return `frame ${f.frame} is not a frame of machine memory`;
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

/** A 4 KiB view of machine frame `frame`; BackendError when there is no such frame. */
export function framePage(mm: MachineMemory, frame: number): Uint8Array {
  if (!Number.isInteger(frame) || frame < 0 || frame >= mm.frames) throw new BackendError({ kind: 'frame', frame });
  return mm.bytes.subarray(frame * FRAME_SIZE, frame * FRAME_SIZE + RING_PAGE);
}

/** A ring page mapped from a front-end's grant, and the handle that unmaps it. */
export interface MappedPage { page: Uint8Array; handle: number }

/** Maps grant `ref` of `grants` writable for the back-end domain; BackendError when the grant is refused. */
export function mapGrantedPage(grants: GrantTable, ref: number, mm: MachineMemory): MappedPage {
  const m = grants.map(ref, DOMID_BACKEND, false);
  if (typeof m === 'number') throw new BackendError({ kind: 'ring-grant', ref, status: m });
  return { page: framePage(mm, m.frame), handle: m.handle };
}

/** A buffer a back-end reuses for every request copy (or response) of one ring, and a view over it: no allocation per request. */
export interface SlotBuffer { bytes: Uint8Array; view: DataView }

/** A zeroed SlotBuffer of `size` bytes. */
export function slotBuffer(size: number): SlotBuffer {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}
