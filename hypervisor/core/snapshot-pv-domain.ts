/**
 * Snapshots of PV and unikernel domains: what capture adds to the common
 * part (the PVST section: the hypervisor's side of the domain and its old
 * P2M; the shared-info and grant-table pages past RAM), and how restore
 * moves the machine frames into the new domain's — order kept, every
 * frame-holding word rewritten (snapshot-pv.ts), the tables pinned once by
 * a trial MMU here so a refusal comes back before anything runs, and again
 * by the vCPU's own MMU when it starts.
 */
import { START_INFO } from '../abi/pv.js';
import { layout } from '../abi/constant.js';
import { VIRT_DRAM } from '../abi/virt.js';
import { PvMmu } from '../vmm/pv-mmu.js';
import type { VcpuState } from '../vmm/vcpu-state.js';
import type { Domain } from './domain.js';
import { FRAME_SIZE, type MachineMemory } from './machine-memory.js';
import { nextGeneration, sharedGeneration, writeSharedGeneration } from './genid.js';
import type { PvRestore } from './pv-domain.js';
import { kickBackends, restorePvDomain, savePvDomain, type PvDomainState } from './pv-domain-state.js';
import { SnapshotError } from './snapshot-error.js';
import {
  checkPvCapture, parsePinnedTables, relocateGrants, relocateP2mList, relocateStartInfo, relocateTables, relocationMap, repinTables,
  type PinnedTable,
} from './snapshot-pv.js';

/** The PVST section. */
export interface PvSnapshot {
  domain: PvDomainState;
  /** The domain's machine frames when saved, in guest order (the old P2M). */
  p2m: number[];
}

const SI = layout(START_INFO).offsets;

function refused(message: string): SnapshotError {
  return new SnapshotError('state', `snapshot refused: ${message}`);
}

/**
 * The PV part of a capture: refuses what cannot be carried, saves the
 * hypervisor's side, and adds the shared-info and grant-table pages to
 * `pages` right after the RAM pages.
 */
export function capturePv(d: Domain, vcpu: VcpuState, pages: Map<number, Uint8Array>): PvSnapshot {
  const pv = d.pv!, what = `domain ${d.id}`;
  if (!vcpu.pv) throw new SnapshotError('state', `${what}'s vCPU did not hand over its PV state`);
  checkPvCapture(what, { boundCount: vcpu.pv.boundFrames, grantMappings: vcpu.pv.grantMappings });
  const domain = savePvDomain(pv, what);
  const bytes = new Uint8Array(d.memory.frames.buffer), ram = d.memory.frames.length;
  [pv.sharedInfo, pv.grantFrame].forEach((f, k) => pages.set(ram + k, bytes.slice(f * FRAME_SIZE, (f + 1) * FRAME_SIZE)));
  return { domain, p2m: Array.from(d.memory.frames) };
}

/** Checks the PVST section's shape against the domain's RAM pages; the rest is checked as it is applied. */
export function parsePvSnapshot(raw: unknown, ramPages: number): PvSnapshot {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const p2m = s['p2m'], dom = s['domain'];
  if (!Array.isArray(p2m) || p2m.length !== ramPages || typeof dom !== 'object' || dom === null) {
    throw refused(`its PV state must hold the domain's state and a P2M of ${ramPages} frames`);
  }
  const d = dom as Record<string, unknown>;
  for (const k of ['sharedInfo', 'grantFrame', 'entry', 'startInfo', 'freeStart', 'consoleFrame', 'storeFrame']) {
    const v = d[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffff_ffff) throw refused(`its PV state's ${k} is not a 32-bit number`);
  }
  const mac = d['mac'];
  if (mac !== null && !(Array.isArray(mac) && mac.length === 6 && mac.every((b) => Number.isInteger(b) && b >= 0 && b < 256))) throw refused('its MAC address is damaged');
  return { domain: dom as PvDomainState, p2m: p2m as number[] };
}

/** The boot pages a restored domain is built around (guest frames found in the old P2M). */
export function pvRestoreOf(s: PvSnapshot): PvRestore {
  const d = s.domain, consolePfn = s.p2m.indexOf(d.consoleFrame), storePfn = s.p2m.indexOf(d.storeFrame);
  if (consolePfn < 0 || storePfn < 0) throw refused('its console or store page is not one of the domain\'s frames');
  return { p2m: s.p2m, entry: d.entry, startInfo: d.startInfo, consolePfn, storePfn, freeStart: d.freeStart, mac: d.mac ? Uint8Array.from(d.mac) : null };
}

/**
 * The PV part of a restore, into domain `d` whose RAM is filled: the
 * hypervisor pages copied in, every machine frame moved, the tables
 * validated, the vCPU's PV state relocated (in place), and the ports and
 * back-ends put back. Throws SnapshotError; the caller releases the domain.
 */
export function restorePv(d: Domain, mm: MachineMemory, s: PvSnapshot, vcpu: VcpuState, pages: Map<number, Uint8Array>): void {
  const pv = d.pv!, frames = d.memory.frames, ram = frames.length;
  if (!vcpu.pv) throw refused('its vCPU state has no PV part');
  [pv.sharedInfo, pv.grantFrame].forEach((f, k) => mm.bytes.set(pages.get(ram + k) ?? new Uint8Array(FRAME_SIZE), f * FRAME_SIZE));
  const si32 = new Int32Array(mm.buffer, pv.sharedInfo * FRAME_SIZE, FRAME_SIZE / 4);
  pv.generation = nextGeneration(sharedGeneration(si32).count); // this copy's own generation ID
  writeSharedGeneration(si32, pv.generation);
  const map = relocationMap(s.p2m, frames, [[s.domain.sharedInfo, pv.sharedInfo], [s.domain.grantFrame, pv.grantFrame]]);
  const mem32 = new Int32Array(mm.buffer, 0, mm.bytes.length >>> 2);
  const tables = relocateTables(mem32, parsePinnedTables(vcpu.pv.tables, ram), map);
  const info = pfnOf(s.domain.startInfo, ram, 'start info');
  const base = frames[info]! * (FRAME_SIZE / 4);
  relocateP2mList(mem32, frames, pfnOf(mem32[base + SI['mfn_list']! / 4]! >>> 0, ram, 'the P2M list'), ram, map);
  relocateStartInfo(mem32, frames, info, map);
  relocateGrants(mm.bytes, pv.grantFrame, map);
  const root = (mfn: number, what: string): number => {
    const to = map.get(mfn);
    if (to === undefined) throw refused(`the vCPU's ${what} root is machine frame ${mfn}, not one of the domain's`);
    return to;
  };
  vcpu.pv.kernelBase = root(vcpu.pv.kernelBase, 'kernel');
  vcpu.pv.userBase = vcpu.pv.userBase === 0 ? 0 : root(vcpu.pv.userBase, 'user');
  vcpu.pv.tables = tables;
  trialPin(d, mm, tables, [vcpu.pv.kernelBase, vcpu.pv.userBase]);
  restorePvDomain(pv, s.domain);
  kickBackends(pv);
}

/** A page-aligned pseudo-physical address in RAM as a guest frame; throws naming `what` otherwise. */
function pfnOf(va: number, ram: number, what: string): number {
  const off = va - VIRT_DRAM;
  if (off < 0 || off % FRAME_SIZE !== 0 || off / FRAME_SIZE >= ram) throw refused(`${what} at 0x${va.toString(16)} is not a page of RAM`);
  return off / FRAME_SIZE;
}

/**
 * Pins the relocated tables with an MMU of the domain's own (the same
 * validation the vCPU applies), checks the base pointers are pinned roots,
 * and unpins them again, roots first: the vCPU pins them for real.
 */
function trialPin(d: Domain, mm: MachineMemory, tables: readonly PinnedTable[], roots: number[]): void {
  const pv = d.pv!;
  const mmu = new PvMmu({
    memory: mm.buffer, domid: d.id, owners: mm.owners, frameInfo: mm.frameInfo, p2m: d.memory.frames,
    shared: [pv.sharedInfo, pv.grantFrame], written: () => {},
  });
  repinTables(mmu, tables);
  for (const r of roots) if (r !== 0 && !mmu.isRoot(r)) throw refused(`the vCPU's base pointer (machine frame ${r}) is not a pinned root table`);
  for (const level of [2, 1]) for (const t of tables) if (t.level === level) mmu.unpin(t.mfn, false);
}
