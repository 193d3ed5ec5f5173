/**
 * Runs a generated hypercall case (hypercall-gen.ts) on a real machine of
 * the hostile battery (test/hostile/rig.ts): two real PV domains, the
 * hostile one issuing every step through its real vCPU and the real
 * dispatcher, the other offering it grants and, on its turns, mapping the
 * hostile one's grants. After every
 * step the invariants of hypercall-invariants.ts must hold; at the end both
 * domains are destroyed (in the case's order) and every frame, grant and
 * port must be back. Any broken promise throws.
 */
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import { grant, GTF, mapGrant, unmapGrant } from '../hostile/grant-uops.js';
import { Machine, type Guest } from '../hostile/rig.js';
import { EXOOP, HYPERCALLS } from '../../hypervisor/abi/pv.js';
import { GRANT_ENTRY_LAYOUT, GRANT_STORE, PEER_MAP, PEER_UNMAP, REVOKE, SCRATCH_PAGES, type HypercallCase, type Step, type Val, type Who } from './hypercall-gen.js';
import { broken, checkDestroyed, checkStep, FrameCensus, writableDrift } from './hypercall-invariants.js';

/** The ECALL-from-U cause: how the guest kernel's hypercall reaches the vCPU. */
const CAUSE_ECALL_U = 8;
const ZERO = Buffer.alloc(FRAME_SIZE);

/** One machine for one case: the hostile guest `g`, the `other` domain, and what the invariants compare against. */
export class HypercallRun {
  readonly m = new Machine(2);
  readonly g: Guest;
  readonly other: Guest;
  /** The other domain's RAM frames the hostile one may not write (all but those it was granted writable). */
  readonly guarded: number[];
  private guardedBytes: Buffer;
  /** The other domain's grant handles of its maps of the hostile one's grants, by slot (scratch pages 8–11). */
  private readonly peerHandles = new Map<number, number>();
  private revokeSeq = 0;
  readonly census: FrameCensus;
  /** Writable references the back-ends hold beyond the tables' mappings, at the start (writableDrift). */
  drift: ReadonlyMap<number, number>;
  /** The domains still alive: both, until the other is destroyed midway. */
  domains: Guest[];

  // Grants the hostile domain read-write, read-only, the other's leaf table and a grant for somebody else; frees slots for maps.
  constructor() {
    [this.g, this.other] = this.m.guests as [Guest, Guest];
    const { g, other } = this, writable = [other.frame(300), other.frame(303)];
    grant(other, 1, GTF.permit, g.id, writable[0]!);
    grant(other, 2, GTF.permit | GTF.readonly, g.id, other.frame(301));
    grant(other, 3, GTF.permit, g.id, other.tables[1]!);
    grant(other, 4, GTF.permit, 77, other.frame(302));
    grant(other, 5, GTF.permit, g.id, writable[1]!);
    for (const d of [g, other]) for (let p = 8; p < 12; p++) if (d.update(d.ptePtr(d.scratch(p)), 0) !== 0) throw new Error(`scratch page ${p} could not be unmapped`);
    this.guarded = [...other.domain.memory.frames].filter((f) => !writable.includes(f));
    this.guardedBytes = this.snapshot();
    this.census = new FrameCensus(this.m);
    this.drift = writableDrift(this.m, [g, other]);
    this.domains = [g, other];
  }

  /** True while the other domain lives. */
  get peerAlive(): boolean {
    return this.domains.includes(this.other);
  }

  /**
   * Destroys the other domain midway: the hostile one goes on against a
   * dead peer. The writable counts left must be the old ones less the
   * other's frames (nothing of the hostile domain's changed by it).
   */
  peerGone(): void {
    const theirs = new Set(this.other.domain.memory.frames);
    this.m.destroy(this.other);
    this.domains = [this.g];
    const want = new Map([...this.drift].filter(([f]) => !theirs.has(f) && this.m.mm.owner(f) !== 0));
    this.drift = writableDrift(this.m, this.domains);
    if (JSON.stringify([...this.drift].sort()) !== JSON.stringify([...want].sort())) broken(`destroying the other domain changed writable counts: ${JSON.stringify([...this.drift])} vs ${JSON.stringify([...want])}`);
    this.census.rebase();
  }

  /** The other domain's old frames that are free now are all zero (a freed frame was scrubbed, and nothing wrote it since). */
  freedIntact(): boolean {
    const mm = this.m.mm;
    return this.other.domain.memory.frames.every((f) => mm.owner(f) !== 0 || ZERO.compare(mm.bytes, f * FRAME_SIZE, (f + 1) * FRAME_SIZE) === 0);
  }

  /** Machine frame `who`/`i` names on this machine. */
  frameOf(who: Who, i: number): number {
    const { g, other } = this, pick = <T>(xs: readonly T[]): T => xs[i % xs.length]!;
    switch (who) {
      case 'ram': return g.frame(i % g.domain.memory.frames.length);
      case 'free': return g.frameAt(g.scratch(i % SCRATCH_PAGES));
      case 'table': return pick(g.tables);
      case 'other': return other.frame(i % other.domain.memory.frames.length);
      case 'otherTable': return pick(other.tables);
      case 'shared': return g.pv.sharedInfo;
      case 'gtab': return g.pv.grantFrame;
      case 'otherShared': return other.pv.sharedInfo;
      case 'otherGtab': return other.pv.grantFrame;
      case 'bound': return g.pv.bound.size > 0 ? pick([...g.pv.bound]) : g.frame(i);
      case 'hv': return i % 40;
      case 'past': return this.m.mm.frames + i;
    }
  }

  /** The number a symbolic value stands for on this machine. */
  resolve(v: Val): number {
    const g = this.g;
    if ('n' in v) return v.n | 0;
    if ('mfn' in v) return this.frameOf(v.mfn, v.i);
    if ('ma' in v) return (this.frameOf(v.ma, v.i) * FRAME_SIZE + v.off) | 0;
    if ('pte' in v) return ((this.frameOf(v.pte, v.i) << 10) | (v.perm & 0x3ff)) | 0;
    if ('pteOf' in v) return g.ptePtr(g.scratch(v.pteOf % SCRATCH_PAGES)) | 0;
    switch (v.va) {
      case 'scratch': return (g.scratch(v.i % SCRATCH_PAGES) + v.off) | 0;
      case 'ramEnd': return (g.ramEnd - FRAME_SIZE + v.off) | 0;
      case 'table': return (g.vaOf(g.tables[v.i % g.tables.length]!) + v.off) | 0;
      case 'low': return (v.i * FRAME_SIZE + v.off) | 0;
    }
  }

  /**
   * Writes one prepared value as the guest kernel's stores would: through
   * its own page tables, byte by byte, each skipped where its mapping is not
   * writable (there the store would fault); page -1 is its grant-table
   * entry, for GRANT_STORE.
   */
  private store(ref: number, w: Step['mem'][number]): void {
    const value = this.resolve(w.v), bytes = new Uint8Array(w.width);
    for (let k = 0; k < w.width; k++) bytes[k] = (value >>> (8 * k)) & 0xff;
    if (w.page >= 0) {
      const va = this.g.scratch(w.page % SCRATCH_PAGES) + Math.min(Math.max(w.off, 0), 2 * FRAME_SIZE), pv = this.g.vcpu.pv!;
      const root = this.g.vcpu.hart.mmu.satp & 0x3f_ffff;
      bytes.forEach((b, k) => { const at = pv.mmu.translate(root, (va + k) >>> 0, true); if (at >= 0) this.m.mm.bytes[at] = b; });
      return;
    }
    const o = GRANT_ENTRY_LAYOUT.offsets, at = [o['flags']!, o['domid']!, o['frame']!][w.off % 3]!;
    const width = w.off % 3 === 2 ? 4 : 2;
    this.m.mm.bytes.set(bytes.subarray(0, width), this.g.pv.grantFrame * FRAME_SIZE + (ref & 0x1ff) * GRANT_ENTRY_LAYOUT.size + at);
  }

  /** Issues one step as the guest kernel would (an ecall from U-mode with a7 = nr); a0, or null for a store. */
  step(s: Step): number | null {
    const ref = s.args[0] && 'n' in s.args[0] ? s.args[0].n : 0;
    for (const w of s.mem) this.store(ref, w);
    if (s.nr === GRANT_STORE) return null;
    if (s.nr === PEER_MAP || s.nr === PEER_UNMAP) return this.peer(s);
    if (s.nr === REVOKE) { this.revoke(s); return null; }
    const h = this.g.vcpu.hart, pv = this.g.vcpu.pv!;
    for (let i = 0; i < 6; i++) h.x[10 + i] = s.args[i] ? this.resolve(s.args[i]!) : 0;
    h.x[17] = s.nr | 0;
    try {
      pv.onTrap(CAUSE_ECALL_U, 0, false);
    } catch (e) {
      broken(`hypercall ${s.nr} threw out of the dispatcher: ${(e as Error).stack ?? String(e)}`);
    }
    if (pv.crashed !== null) broken(`hypercall ${s.nr} crashed the vCPU: ${pv.crashed}`);
    return h.x[10]!;
  }

  /** The other domain's guarded RAM now. */
  private snapshot(): Buffer {
    return Buffer.concat(this.guarded.map((f) => this.m.mm.bytes.subarray(f * FRAME_SIZE, (f + 1) * FRAME_SIZE)));
  }

  /**
   * The other domain's turn: maps grant `ref` of the hostile domain at its
   * slot, or unmaps what it mapped there (its own tables change: the guard
   * is taken again). a0 of its hypercall, or null when it is gone.
   */
  private peer(s: Step): number | null {
    if (!this.peerAlive) return null;
    const o = this.other, n = (i: number): number => (s.args[i] && 'n' in s.args[i]! ? (s.args[i] as { n: number }).n : 0);
    const slot = n(s.nr === PEER_MAP ? 2 : 0) & 3, va = o.scratch(8 + slot);
    let r: number;
    if (s.nr === PEER_MAP) {
      const m = mapGrant(o, va, n(1), n(0), this.g.id);
      if (m.r === 0 && m.status === 0) this.peerHandles.set(slot, m.handle);
      r = m.r;
    } else {
      r = unmapGrant(o, va, this.peerHandles.get(slot) ?? 0)[0];
      this.peerHandles.delete(slot);
    }
    this.guardedBytes = this.snapshot();
    return r;
  }

  /**
   * The hypervisor asks for args[0] bound frames back and enforces the
   * deadline at once, through the vCPU's own entry points, after the guest
   * gave args[1] of them back with EXO_unbind_frames (refusals included).
   */
  private revoke(s: Step): void {
    const pv = this.g.vcpu.pv!, n = (i: number): number => (s.args[i] && 'n' in s.args[i]! ? (s.args[i] as { n: number }).n : 0);
    pv.requestRevoke(++this.revokeSeq, n(0), 0);
    const give = [...this.g.pv.bound].slice(0, n(1));
    this.g.words(this.g.scratch(3), [give.length, this.g.scratch(3) + 64, 0]);
    this.g.words(this.g.scratch(3) + 64, give);
    if (give.length > 0) this.g.call(HYPERCALLS.exo_op, EXOOP.unbindFrames, this.g.scratch(3));
    try {
      pv.enforceRevoke();
    } catch (e) {
      broken(`enforcing a revocation threw: ${(e as Error).stack ?? String(e)}`);
    }
    if (pv.crashed !== null) broken(`enforcing a revocation crashed the vCPU: ${pv.crashed}`);
  }

  /** True when the other domain's guarded RAM is byte for byte as it was. */
  guardedIntact(): boolean {
    const mm = this.m.mm;
    return this.guarded.every((f, k) => this.guardedBytes.compare(mm.bytes, f * FRAME_SIZE, (f + 1) * FRAME_SIZE, k * FRAME_SIZE, (k + 1) * FRAME_SIZE) === 0);
  }
}

/** The oracle: runs `c` on a fresh machine, checks every step and the destruction; throws on the first broken promise. */
export function checkHypercallCase(c: HypercallCase): void {
  const run = new HypercallRun();
  c.steps.forEach((s, i) => {
    if (i === c.peerGoneAt) run.peerGone();
    const r = run.step(s);
    checkStep(run, s, r, i);
  });
  checkDestroyed(run, c.hostileFirst);
}
