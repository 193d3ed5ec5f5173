/**
 * What must hold after every hypercall of a hostile PV kernel, whatever it
 * asked: the answer is a result or a negative Xen errno; the other domain's
 * RAM is untouched; no pinned page table of either domain is mapped
 * writable, holds a root entry to anything but a pinned leaf table of its
 * own, or has fewer writable references counted than it has writable
 * mappings; every machine frame is owned by exactly what the accounting
 * says; every grant map the hypervisor counts is installed in the tables.
 * And once both domains are destroyed, every frame, grant and port is back.
 */
import { PV_ERRNO } from '../../hypervisor/abi/pv.js';
import { DOMID_FREE, DOMID_HYPERVISOR, FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import type { Guest, Machine } from '../hostile/rig.js';
import type { Step } from './hypercall-gen.js';
import type { HypercallRun } from './hypercall-run.js';

const ERRNOS = new Set<number>(PV_ERRNO.map(([, n]) => n));
const V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;
const ENTRIES = FRAME_SIZE / 4;

/** Throws `what` as a broken promise of the hypervisor. */
export function broken(what: string): never {
  throw new Error(`broken promise: ${what}`);
}

/** Owners of every machine frame, counted: free, hypervisor, and per domain. */
export class FrameCensus {
  /** Hypervisor frames less orphans (frames of a destroyed domain still mapped, freed by their last unmap): constant between destructions. */
  private hypervisor = 0;

  // Counts the machine as it stands before the first step.
  constructor(private readonly m: Machine) {
    this.rebase();
  }

  /** Counts the hypervisor's frames again (after a domain was destroyed). */
  rebase(): void {
    this.hypervisor = (this.count().get(DOMID_HYPERVISOR) ?? 0) - this.m.env.orphans.size;
  }

  /** Frames per owner now. */
  count(): Map<number, number> {
    const out = new Map<number, number>();
    for (const o of this.m.mm.owners) out.set(o, (out.get(o) ?? 0) + 1);
    return out;
  }

  /** Free frames match the free count, each domain owns its RAM and its bound frames, the hypervisor what it had; nobody else owns any. */
  check(domains: readonly Guest[]): void {
    const n = this.count(), mm = this.m.mm;
    if ((n.get(DOMID_FREE) ?? 0) !== mm.freeFrames) broken(`${n.get(DOMID_FREE) ?? 0} frames are free but the free count says ${mm.freeFrames}`);
    const hv = (n.get(DOMID_HYPERVISOR) ?? 0) - this.m.env.orphans.size;
    if (hv !== this.hypervisor) broken(`the hypervisor owns ${hv} frames besides orphans, not ${this.hypervisor}`);
    for (const d of domains) {
      const want = d.domain.memory.frames.length + d.pv.bound.size;
      if ((n.get(d.id) ?? 0) !== want) broken(`domain ${d.id} owns ${n.get(d.id) ?? 0} frames, not its ${want} (RAM and bound)`);
    }
    const known = new Set([DOMID_FREE, DOMID_HYPERVISOR, ...domains.map((d) => d.id)]);
    for (const o of n.keys()) if (!known.has(o)) broken(`frames are owned by unknown owner ${o}`);
  }
}

/** Checks one root entry `e` of `d`'s pinned root: only pinned leaf tables of its own, no leaf bits, no reserved bits. */
function checkRootEntry(d: Guest, e: number, where: string): void {
  const target = e >>> 10;
  if (e & (R | W | X)) broken(`${where} is a megapage (0x${(e >>> 0).toString(16)})`);
  if (e & (U | A | D)) broken(`${where} carries reserved bits (0x${(e >>> 0).toString(16)})`);
  if (d.vcpu.pv!.mmu.own(target) < 0) broken(`${where} points at frame ${target}, which is not the domain's`);
}

/**
 * Walks `d`'s pinned tables: each typed as pinned; root entries point at
 * its own pinned leaf tables only; leaf entries map its own frames, its
 * shared frames or frames it holds through a grant map, and never a page
 * table writable. Adds the writable mappings it saw to `writable`, per frame.
 */
function walkTables(m: Machine, d: Guest, writable: Map<number, number>): void {
  const info = m.mm.frameInfo, words = new Int32Array(m.mm.buffer), mmu = d.vcpu.pv!.mmu;
  const granted = new Set([...d.pv.maps.values()].map((x) => x.frame)), shared = new Set([d.pv.sharedInfo, d.pv.grantFrame]);
  for (const t of mmu.pinnedTables()) {
    if ((Atomics.load(info, t.mfn) & 3) !== t.level) broken(`domain ${d.id}'s pinned L${t.level} table ${t.mfn} is typed ${Atomics.load(info, t.mfn) & 3}`);
    for (let i = 0; i < ENTRIES; i++) {
      const e = words[t.mfn * ENTRIES + i]!, target = e >>> 10, where = `domain ${d.id}'s L${t.level} table ${t.mfn} entry ${i}`;
      if (!(e & V)) continue;
      if (t.level === 2) {
        checkRootEntry(d, e, where);
        if ((Atomics.load(info, target) & 3) !== 1) broken(`${where} points at frame ${target}, which is no pinned leaf table`);
        continue;
      }
      if (shared.has(target)) continue; // its shared-info and grant-table frames: hypervisor frames, never tables, not counted
      if (mmu.own(target) < 0 && !granted.has(target)) broken(`${where} maps frame ${target} (owner ${m.mm.owner(target)}), which the domain may not map`);
      if (!(e & W)) continue;
      if ((Atomics.load(info, target) & 3) !== 0) broken(`${where} maps page table ${target} writable`);
      writable.set(target, (writable.get(target) ?? 0) + 1);
    }
  }
}

/**
 * Checks every domain's pinned tables (walkTables) and returns, per frame,
 * how far its writable count is from the writable mappings the tables
 * hold (nonzero only where a back-end holds a page); typed frames must
 * have no writable count.
 */
export function writableDrift(m: Machine, domains: readonly Guest[]): Map<number, number> {
  const writable = new Map<number, number>(), info = m.mm.frameInfo, drift = new Map<number, number>();
  for (const d of domains) walkTables(m, d, writable);
  for (let f = 0; f < m.mm.frames; f++) {
    const v = Atomics.load(info, f);
    if ((v & 3) !== 0 && v >>> 2 !== 0) broken(`frame ${f} is a page table with ${v >>> 2} writable references`);
    const diff = (v >>> 2) - (writable.get(f) ?? 0);
    if (diff !== 0) drift.set(f, diff);
  }
  return drift;
}

/** The writable counts still match the mappings as they did at the start (a count below the mappings lets a pin through; above, a write went behind the tables). */
function checkTables(m: Machine, domains: readonly Guest[], baseline: ReadonlyMap<number, number>): void {
  const drift = writableDrift(m, domains);
  for (const f of new Set([...drift.keys(), ...baseline.keys()])) {
    if ((drift.get(f) ?? 0) !== (baseline.get(f) ?? 0)) {
      broken(`frame ${f} counts ${(drift.get(f) ?? 0) - (baseline.get(f) ?? 0)} writable references more than its mappings (owner ${m.mm.owner(f)})`);
    }
  }
}

/** Every grant map the hypervisor holds for a domain is installed in its tables, and the granting tables count as many live maps as the domains hold. */
function checkGrants(run: HypercallRun): void {
  for (const d of run.domains) {
    const installed = d.vcpu.pv!.mmu.grantMappings;
    if (d.pv.maps.size !== installed) broken(`the hypervisor holds ${d.pv.maps.size} grant maps of domain ${d.id} but its tables hold ${installed}`);
  }
  if (!run.peerAlive) return;
  const { g, other } = run, live = other.pv.grants.liveMaps + g.pv.grants.liveMaps, held = g.pv.maps.size + other.pv.maps.size;
  if (live !== held) broken(`the grant tables count ${live} live maps but the domains hold ${held}`);
}

/** The invariants after step `i` (`s`, answered `r`; null for a store into the guest's own grant table). */
export function checkStep(run: HypercallRun, s: Step, r: number | null, i: number): void {
  if (r !== null && r < 0 && !ERRNOS.has(-r)) broken(`step ${i} (hypercall ${s.nr}) answered ${r}, which is no negative Xen errno`);
  if (run.peerAlive ? !run.guardedIntact() : !run.freedIntact()) broken(`step ${i} (hypercall ${s.nr}) changed the other domain's ${run.peerAlive ? 'RAM' : 'freed frames'}`);
  checkTables(run.m, run.domains, run.drift);
  run.census.check(run.domains);
  checkGrants(run);
}

/** Destroys both domains (the hostile one first when asked) and checks every frame, grant and port came back. */
export function checkDestroyed(run: HypercallRun, hostileFirst: boolean): void {
  const { m, g, other } = run;
  const order = (hostileFirst ? [g, other] : [other, g]).filter((d) => run.domains.includes(d));
  for (const d of order) {
    m.destroy(d);
    if (d === g && run.peerAlive && other.pv.grants.liveMaps !== 0) broken(`the destroyed domain left ${other.pv.grants.liveMaps} maps of the other's grants`);
  }
  if (m.env.orphans.size !== 0) broken(`${m.env.orphans.size} frames of destroyed domains are still held as orphans`);
  if (m.mm.freeFrames !== m.freeAtStart) broken(`${m.freeAtStart - m.mm.freeFrames} frames were not given back after both domains were destroyed`);
  const ports = m.env.backend.channels.saveState();
  if (ports.length !== 0) broken(`the back-end domain still has ${ports.length} ports open`);
  for (let f = 0; f < m.mm.frames; f++) if (Atomics.load(m.mm.frameInfo, f) !== 0) broken(`frame ${f} keeps type/writable word ${Atomics.load(m.mm.frameInfo, f)} after both domains went`);
}
