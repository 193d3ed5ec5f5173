/**
 * VM generations. Every machine has a generation: a number (1 when it is
 * created, the saved number + 1 after a restore) and a 128-bit ID drawn at
 * random each time. Two copies restored from one snapshot therefore share
 * the number but never the ID, and a guest that watches the number learns
 * it was restored: it reseeds its random generator from the ID and reads
 * its MAC address again (the restored copy's network interface gets a
 * fresh one). The virt board shows the generation through its genid device
 * (devices/genid.ts); a PV or unikernel guest reads it from shared_info.
 */
import { SHARED_INFO_OFFSETS } from '../abi/pv.js';

/** Words of a generation ID. */
export const GENID_WORDS = 4;

/** A VM generation: its number and its ID. */
export interface Generation {
  count: number;
  id: Uint32Array;
}

/** The generation after `count` (1 for a new machine: pass 0), with a fresh random ID. */
export function nextGeneration(count: number): Generation {
  const next = count >>> 0 === 0xffff_ffff ? 1 : (count >>> 0) + 1;
  return { count: next, id: crypto.getRandomValues(new Uint32Array(GENID_WORDS)) };
}

/** The ID as 32 hex digits, word 0 first (the order a guest reads the words in). */
export function formatGenid(id: Uint32Array): string {
  return [...id].map((w) => w.toString(16).padStart(8, '0')).join('');
}

const SI_COUNT = SHARED_INFO_OFFSETS['genid_count']! >>> 2;
const SI_ID = SHARED_INFO_OFFSETS['genid']! >>> 2;

/** The generation a PV domain's shared-info page (as words) holds. */
export function sharedGeneration(si32: Int32Array): Generation {
  return { count: si32[SI_COUNT]! >>> 0, id: Uint32Array.from(si32.subarray(SI_ID, SI_ID + GENID_WORDS), (w) => w >>> 0) };
}

/** Writes generation `g` into a PV domain's shared-info page (as words); the guest is not running. */
export function writeSharedGeneration(si32: Int32Array, g: Generation): void {
  si32.set(g.id, SI_ID);
  si32[SI_COUNT] = g.count;
}
