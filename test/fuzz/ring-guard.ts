/**
 * What the ring fuzzers share: a guard over machine frames a back-end may
 * not write (compared byte for byte after every kick), the front-end's
 * index moves and slot rewrites every ring takes the same way, grant
 * changes under the back-end, and the checks that a kick answered what it
 * consumed and that a broken ring stays untouched.
 */
import { layout } from '../../hypervisor/abi/constant.js';
import { DOMID_BACKEND, GRANT_ENTRY } from '../../hypervisor/abi/pv.js';
import { FRAME_SIZE, type MachineMemory } from '../../hypervisor/core/machine-memory.js';
import type { BackRing } from '../../hypervisor/core/ring.js';
import type { FrontRing, Guest } from '../hypervisor/pv/frontend.js';
import type { PvMmu } from '../../hypervisor/vmm/pv-mmu.js';
import { yieldToEventLoop } from '../../hypervisor/worker/platform.js';
import { mmuOf } from '../hostile/ring-pin.js';
import type { GrantMode, Poke, RingStep } from './ring-gen.js';
import { broken } from './hypercall-invariants.js';

const ENTRY = layout(GRANT_ENTRY);

/** A copy of some machine frames, to tell whether anything wrote them. */
export class FrameGuard {
  private frames: number[] = [];
  private copy = Buffer.alloc(0);

  // Guards `frames` of `mm` as they are now.
  constructor(private readonly mm: MachineMemory, frames: readonly number[]) {
    this.reset(frames);
  }

  /** Guards `frames` (default: the same ones) as they are now. */
  reset(frames: readonly number[] = this.frames): void {
    this.frames = [...frames];
    this.copy = Buffer.concat(this.frames.map((f) => this.mm.bytes.subarray(f * FRAME_SIZE, (f + 1) * FRAME_SIZE)));
  }

  /** Throws naming the first guarded frame that changed, and `who` changed it. */
  check(who: string): void {
    this.frames.forEach((f, k) => {
      if (this.copy.compare(this.mm.bytes, f * FRAME_SIZE, (f + 1) * FRAME_SIZE, k * FRAME_SIZE, (k + 1) * FRAME_SIZE) !== 0) broken(`${who} wrote frame ${f}, which it may not write (not granted writable, or pinned as a page table)`);
    });
  }
}

/** Frames owned by `domid`. */
export function framesOf(mm: MachineMemory, domid: number): number[] {
  const out: number[] = [];
  mm.owners.forEach((o, f) => { if (o === domid) out.push(f); });
  return out;
}

/**
 * A grant-copy hook rewriting the request `back` is working on (the double
 * fetch): only while one is in flight, since a copy made when every request
 * is answered (a receive) would rewrite a response, which is the front-end's own.
 */
export function raceHook(front: FrontRing, back: BackRing, p: Poke): () => void {
  return () => {
    const st = back.saveState();
    if (st.rspProdPvt !== st.reqCons) poke(front, st.reqCons - 1, p);
  };
}

/** Rewrites `p.width` bytes at `p.off` of slot `i` of `ring` (clamped to the slot). */
function poke(ring: FrontRing, i: number, p: Poke): void {
  const v = ring.slot(i), off = Math.min(p.off, ring.slotBytes - p.width);
  if (p.width === 1) v.setUint8(off, p.value & 0xff);
  else if (p.width === 2) v.setUint16(off, p.value & 0xffff, true);
  else v.setUint32(off, p.value >>> 0, true);
}

/** One grant of the hostile front-end, and whether the back-end may write its page now. */
export interface Granted { frame: number; writable: boolean }

/** Changes grant `ref` of `guest` (revoke, read-only, for another domain, read-write again); updates `refs`. */
export function regrant(guest: Guest, refs: Map<number, Granted>, ref: number, mode: GrantMode): void {
  const g = refs.get(ref);
  if (!g) return;
  if (mode === 'revoke') new DataView(guest.mm.buffer).setUint16(guest.grants.tableFrame * FRAME_SIZE + ref * ENTRY.size + ENTRY.offsets['flags']!, 0, true);
  else guest.grant(ref, g.frame, { readonly: mode === 'readonly', grantee: mode === 'foreign' ? 9 : DOMID_BACKEND });
  g.writable = mode === 'writable';
}

/** The front-end's own page tables: the real PV MMU over its frames (in machine order), as its vCPU would pin them. */
export class FrontTables {
  private readonly mmu: PvMmu;
  private readonly frames: number[];

  // The MMU of domain `domid`, owning every frame it has now.
  constructor(private readonly mm: MachineMemory, domid: number) {
    this.frames = framesOf(mm, domid);
    this.mmu = mmuOf(mm, domid, this.frames);
  }

  /** Pins or unpins the `i`th frame (modulo); a refusal is the MMU's answer, not a failure. */
  step(s: Extract<RingStep, { k: 'pin' | 'unpin' }>): void {
    const f = this.frames[s.frame % this.frames.length]!;
    if (s.k === 'pin') this.mmu.pin(f, s.level);
    else this.mmu.unpin(f, false);
  }

  /** True when `f` is typed as a page table now: no back-end may write it. */
  typed(f: number): boolean {
    return (Atomics.load(this.mm.frameInfo, f) & 3) !== 0;
  }

  /** Unpins every table, leaves first after roots (before the back-ends close, so nothing typed is left). */
  unpinAll(): void {
    for (const level of [2, 1] as const) for (const t of this.mmu.pinnedTables()) if (t.level === level) this.mmu.unpin(t.mfn, false);
  }
}

/** Applies one of the steps every ring takes the same way to `ring`; false when `s` is not one of them. */
export function ringStep(ring: FrontRing, s: RingStep): boolean {
  switch (s.k) {
    case 'publish': ring.publish(); return true;
    case 'prod': ring.set('req_prod', ring.get('req_prod') + s.delta); return true;
    case 'index': ring.set(s.name, s.value); return true;
    case 'poke': poke(ring, ring.get('req_prod') + s.slot, s.poke); return true;
    // Reading responses is private to the front-end; what the back-end sees is the request for the next notification.
    case 'read': ring.set('rsp_event', ring.get('rsp_prod') + 1); return true;
    default: return false;
  }
}

/** The back-end's private indices and broken state before a kick. */
export interface RingBefore { reqCons: number; rspProdPvt: number; rspProd: number; broken: string | null; ringErrors: number }

/**
 * After a kick of `back` (`more`: it stopped at its bound): every consumed
 * request was answered; a healthy ring was read up to req_prod and its
 * responses published; a ring that broke now says why and counted it; a
 * ring broken before was left alone. `ownWrite`: a request had the
 * back-end write into the ring page itself, so the indices and requests
 * after it are what the front-end asked to have written there, and only
 * the answering is checked. Returns how many requests it consumed.
 */
export function checkKick(what: string, ring: FrontRing, back: BackRing, before: RingBefore, now: { broken: string | null; ringErrors: number }, more: boolean, ownWrite = false): number {
  const st = back.saveState(), consumed = (st.reqCons - before.reqCons) >>> 0;
  if (before.broken !== null) {
    if (consumed !== 0 || ring.get('rsp_prod') !== before.rspProd) broken(`${what}: a ring marked broken was served again`);
    return 0;
  }
  if (st.rspProdPvt !== st.reqCons) broken(`${what}: ${(st.reqCons - st.rspProdPvt) >>> 0} consumed requests were left unanswered`);
  if (now.broken !== null) {
    if (now.broken.trim() === '' || now.ringErrors !== before.ringErrors + 1) broken(`${what}: marked broken without a reason or a count`);
    return consumed;
  }
  if (now.ringErrors !== before.ringErrors) broken(`${what}: counted a ring error without marking the ring broken`);
  if (ownWrite) return consumed;
  if (consumed > back.size) broken(`${what}: one kick consumed ${consumed} requests from a ${back.size}-slot ring`);
  if (!more && back.indices().req_prod !== st.reqCons) broken(`${what}: published requests were left unread`);
  if (ring.get('rsp_prod') !== st.rspProdPvt) broken(`${what}: responses were not published`);
  return consumed;
}

/** A ring fuzzer's run: its steps (a kick may wait for a spinning back-end), the bystander's turn, and closing. */
export interface RingRun<S> { step(s: S): void | Promise<void>; bystander(): void; close(): void }

/** Runs `steps` on `run`, then `last` (a final kick), the bystander's turn, and closes: what every ring oracle does with a case. */
export async function runRingCase<S>(run: RingRun<S>, steps: readonly S[], last: S): Promise<void> {
  for (const s of steps) await run.step(s);
  await run.step(last);
  run.bystander();
  run.close();
}

/**
 * Lets a spinning back-end's watcher (pv/ring-spin.ts, which serves from
 * later tasks) run until it goes back to sleep or the ring breaks, so a
 * kick's checks see everything it will do; at most `turns` turns of the event loop.
 */
export async function settle(back: { readonly counters: { sleeps: number }; readonly broken: string | null }, turns = 200): Promise<void> {
  const sleeps = back.counters.sleeps;
  for (let i = 0; i < turns && back.counters.sleeps === sleeps && back.broken === null; i++) await yieldToEventLoop();
}
