/**
 * What kind of image a file is, from its contents, for imports that do not
 * say: a file opening with the snapshot magic is a snapshot; an ELF
 * relocatable is an object (an app or a library-OS module); an
 * ELF executable is a unikernel when it is a PV image without processes —
 * it has the PV event-channel upcall but no scheduler — and otherwise a
 * kernel (the native kernel, its pv-ops build, the SBI firmware, a bare
 * program); anything else is a disk.
 */
import { parseElf } from './elf.js';
import type { ImageKind } from './manifest.js';
import { SNAPSHOT_MAGIC } from './snapshot-format.js';

const ET_REL = 1;
const ET_EXEC = 2;

/** The ELF e_type of `bytes`, or null when it is no ELF file. */
function elfType(bytes: Uint8Array): number | null {
  if (bytes.length < 52 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) return null;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(16, bytes[5] !== 2);
}

/** True when the executable is a unikernel: PV (the event-channel upcall is linked in) and no process scheduler. */
function isUnikernel(bytes: Uint8Array): boolean {
  try {
    const { symbols } = parseElf(bytes);
    return symbols.has('evtchn_do_upcall') && !symbols.has('scheduler');
  } catch {
    return false;
  }
}

/** The kind `bytes` most likely is. */
export function guessKind(bytes: Uint8Array): ImageKind {
  const magic = new TextEncoder().encode(SNAPSHOT_MAGIC);
  if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return 'snapshot';
  const type = elfType(bytes);
  if (type === ET_REL) return 'object';
  if (type === ET_EXEC) return isUnikernel(bytes) ? 'unikernel' : 'kernel';
  return 'disk';
}
