/**
 * Runs a generated network case (ring-gen.ts) against the real network
 * back-end of the hostile battery's switch (test/hostile/ring-net.ts): a
 * hostile interface, an honest sender and an honest receiver on one
 * virtual switch. Each kick of the hostile back-end and each frame
 * delivered to it is checked — it never throws, answers every transmit
 * and receive request it consumed with a status and the request's own id
 * (or marks the ring broken with a reason and a count), writes no page it
 * was not granted writable in any of the three domains, nor one the hostile
 * front-end pinned as a page table, nor a frame its bound packet filter
 * does not pass — and the honest
 * pair still talks after each of the bystander's turns and at the end.
 */
import { layout } from '../../hypervisor/abi/constant.js';
import { EXO_NET_ATOM, EXO_NET_FILTER, EXO_NET_RULE } from '../../hypervisor/abi/pv.js';
import { NETIF_RX_REQUEST, NETIF_RX_RESPONSE, NETIF_TX_REQUEST, NETIF_TX_RESPONSE } from '../../hypervisor/abi/ring.js';
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import { NETIF_MTU_FRAME } from '../../hypervisor/pv/netback.js';
import { compileFilter, PacketFilterError } from '../../hypervisor/pv/packet-filter.js';
import { frame, lan, NET, TX_PAGE, type Nic } from '../hostile/ring-net.js';
import { broken } from './hypercall-invariants.js';
import { REFS, type FilterAtom, type NetCase, type NetFilter, type NetPush, type RingStep } from './ring-gen.js';
import { checkKick, FrameGuard, framesOf, FrontTables, raceHook, regrant, ringStep, runRingCase, settle, type Granted, type RingBefore } from './ring-guard.js';

const TX = layout(NETIF_TX_REQUEST).offsets, TXR = layout(NETIF_TX_RESPONSE).offsets;
const RX = layout(NETIF_RX_REQUEST).offsets, RXR = layout(NETIF_RX_RESPONSE).offsets;

/** Writes `rules` as the struct exo_net_filter the guest hands to exo_op. */
function filterBytes(rules: FilterAtom[][]): Uint8Array {
  const F = layout(EXO_NET_FILTER), R = layout(EXO_NET_RULE), A = layout(EXO_NET_ATOM), b = new Uint8Array(F.size), dv = new DataView(b.buffer);
  dv.setUint32(F.offsets['nr_rules']!, rules.length, true);
  rules.forEach((atoms, r) => {
    const at = F.offsets['rules']! + r * R.size;
    dv.setUint32(at + R.offsets['nr_atoms']!, atoms.length, true);
    atoms.forEach((x, a) => {
      const o = at + R.offsets['atoms']! + a * A.size;
      dv.setUint16(o + A.offsets['offset']!, x.offset, true);
      dv.setUint8(o + A.offsets['width']!, x.width);
      dv.setUint32(o + A.offsets['mask']!, x.mask >>> 0, true);
      dv.setUint32(o + A.offsets['value']!, x.value >>> 0, true);
    });
  });
  return b;
}

/** Whether `frame` passes `rules` (some rule whose every atom lies in the frame and holds), computed here apart from the back-end's filter. */
function passes(rules: FilterAtom[][], frame: Uint8Array): boolean {
  const field = (x: FilterAtom): number => { let v = 0; for (let i = 0; i < x.width; i++) v = (v * 256) + frame[x.offset + i]!; return v; };
  return rules.some((atoms) => atoms.every((x) => x.offset + x.width <= frame.length && ((field(x) & x.mask) >>> 0) === x.value >>> 0));
}

/** The frames of `nic` that may change: its ring pages, the receive pages it posted, and those `refs` grant writable now (else its transmit page). */
function writableFrames(nic: Nic, refs?: Map<number, Granted>): Set<number> {
  const out = new Set([nic.tx.page.byteOffset / FRAME_SIZE, nic.rx.page.byteOffset / FRAME_SIZE, ...nic.rxFrames]);
  if (!refs) out.add(nic.txFrame); // an honest sender writes its own frames there
  for (const g of refs?.values() ?? []) if (g.writable) out.add(g.frame);
  return out;
}

/** Three interfaces on one switch, the first hostile, with its grants tracked. */
export class NetRun {
  readonly fx: ReturnType<typeof lan>;
  readonly bad: Nic;
  readonly good: Nic;
  readonly peer: Nic;
  readonly refs = new Map<number, Granted>();
  private readonly guards: FrameGuard[] = [];
  private readonly tables: FrontTables;
  private turns = 0;
  /** The packet filter bound now (null: every frame passes). */
  private filter: FilterAtom[][] | null = null;

  // Grants receive pages, a read-only page and one for another domain; guards the honest pair's frames. `spin`: the back-ends watch their transmit rings.
  constructor(private readonly spin = false) {
    this.fx = lan(3, spin);
    [this.bad, this.good, this.peer] = this.fx.nics as [Nic, Nic, Nic];
    const g = this.bad.guest;
    this.refs.set(TX_PAGE, { frame: this.bad.txFrame, writable: true });
    for (let i = 0; i < REFS.rxCount; i++) this.refs.set(REFS.rx + i, { frame: g.granted(REFS.rx + i), writable: true });
    const ro = g.frame(), foreign = g.frame();
    g.grant(REFS.readonly, ro, { readonly: true });
    g.grant(REFS.foreign, foreign, { grantee: 9 });
    this.refs.set(REFS.readonly, { frame: ro, writable: false }).set(REFS.foreign, { frame: foreign, writable: false });
    this.tables = new FrontTables(this.fx.mm, g.domid);
    this.resetGuards();
  }

  /** Guards every frame of the honest pair they did not hand a back-end to write. */
  private resetGuards(): void {
    const mm = this.fx.mm;
    this.guards.length = 0;
    for (const nic of [this.good, this.peer]) this.guards.push(new FrameGuard(mm, framesOf(mm, nic.guest.domid).filter((f) => !writableFrames(nic).has(f))));
  }

  /** Runs one step (ring 0 is the transmit ring, ring 1 the receive ring). */
  step(s: NetPush | NetFilter | RingStep): void | Promise<void> {
    const bad = this.bad;
    if (s.k === 'tx') { this.pushTx(s); return; }
    if (s.k === 'post') { bad.rx.push((v) => { v.setUint16(RX['id']!, s.id, true); v.setUint32(RX['gref']!, s.gref >>> 0, true); }); return; }
    if (s.k === 'deliver') return this.checked(false, () => this.good.send(frame(bad.back.mac, this.good.back.mac, 14 + (s.size % (NETIF_MTU_FRAME - 13)))));
    if ('ring' in s && ringStep(s.ring === 0 ? bad.tx : bad.rx, s)) return;
    if (s.k === 'race') { bad.guest.grants.hook = raceHook(bad.tx, bad.back.tx, s.poke); return; }
    if (s.k === 'grant') { regrant(bad.guest, this.refs, s.ref, s.mode); return; }
    if (s.k === 'read') { ringStep(bad.tx, s); ringStep(bad.rx, s); return; }
    if (s.k === 'kick') return this.checked(true, () => bad.back.kick());
    if (s.k === 'pin' || s.k === 'unpin') { this.tables.step(s); return; }
    if (s.k === 'filter') { this.bindFilter(s.rules); return; }
    if (s.k === 'bystander') this.bystander();
  }

  /** Binds `rules` as exo_op does (a filter the compiler refuses changes nothing: the guest is answered -EINVAL). */
  private bindFilter(rules: FilterAtom[][]): void {
    try {
      this.bad.back.filter = compileFilter(filterBytes(rules));
      this.filter = rules.length > 0 ? rules : null;
    } catch (e) {
      if (!(e instanceof PacketFilterError)) throw e;
    }
  }

  /** Writes a frame for `dst` at the request's offset of the transmit page (when it fits) and pushes the request, lies and all. */
  private pushTx(s: Extract<NetPush, { k: 'tx' }>): void {
    const bad = this.bad, to = s.dst === 'good' ? this.good.back.mac : s.dst === 'bad' ? bad.back.mac : new Uint8Array(6).fill(0xff);
    const len = Math.min(Math.max(s.size, 14), NETIF_MTU_FRAME);
    if (s.offset + len <= FRAME_SIZE) bad.guest.page(bad.txFrame).set(frame(to, bad.back.mac, len), s.offset);
    bad.tx.push((v) => {
      v.setUint32(TX['gref']!, s.gref >>> 0, true);
      v.setUint16(TX['offset']!, s.offset & 0xffff, true);
      v.setUint16(TX['flags']!, s.flags & 0xffff, true);
      v.setUint16(TX['id']!, bad.tx.next & 0xffff, true);
      v.setUint16(TX['size']!, s.size & 0xffff, true);
    });
  }

  /** The requests published on `ring` and not consumed yet, as their ids (none when req_prod is out of range). */
  private pendingIds(which: 'tx' | 'rx'): number[] {
    const front = this.bad[which], back = this.bad.back[which], idx = back.indices(), n = (idx.req_prod - idx.req_cons) >>> 0;
    if (n > idx.size) return [];
    return Array.from({ length: n }, (_, j) => front.slot(idx.req_cons + j).getUint16(which === 'tx' ? TX['id']! : RX['id']!, true));
  }

  /** The grant refs of the published receive requests not consumed yet. */
  private rxGrefs(): number[] {
    const idx = this.bad.back.rx.indices(), n = Math.min((idx.req_prod - idx.req_cons) >>> 0, idx.size);
    return Array.from({ length: n }, (_, j) => this.bad.rx.slot(idx.req_cons + j).getUint32(RX['gref']!, true));
  }

  /** Each frame received into a page of `grefs` (the first `n` requests, answered from `firstRsp`) passes the filter it met on arrival. */
  private checkFiltered(grefs: number[], n: number, firstRsp: number): void {
    if (!this.filter) return;
    for (let j = 0; j < n; j++) {
      const status = this.bad.rx.slot(firstRsp + j).getInt16(RXR['status']!, true), g = this.refs.get(grefs[j]!);
      if (status <= 0 || !g) continue;
      if (!passes(this.filter, this.bad.guest.page(g.frame).subarray(0, status))) broken(`receive request ${j} got a frame the bound packet filter does not pass`);
    }
  }

  /** Runs `act` (a kick, returning whether it stopped at its bound; or a frame delivered to the hostile interface) with every check of the file comment. */
  private async checked(kick: boolean, act: () => unknown): Promise<void> {
    const { bad } = this, back = bad.back, mm = this.fx.mm;
    const ids = { tx: this.pendingIds('tx'), rx: this.pendingIds('rx') }, st = { tx: back.tx.saveState(), rx: back.rx.saveState() };
    const b: RingBefore = { ...st.tx, rspProd: bad.tx.get('rsp_prod'), broken: back.broken, ringErrors: back.counters.ring_errors }, c = back.counters;
    const guard = new FrameGuard(mm, framesOf(mm, bad.guest.domid).filter((f) => this.tables.typed(f) || !writableFrames(bad, this.refs).has(f)));
    // A frame received into a ring page rewrites that ring (the front-end's own doing): then only safety is checked.
    const grefs = this.rxGrefs(), ownWrite = grefs.some((r) => r === 1 || r === 2), arrivals = back.rxQueued === 0;
    let more: unknown;
    try {
      more = act();
    } catch (e) {
      broken(`the network back-end threw: ${(e as Error).stack ?? String(e)}`);
    }
    if (this.spin && kick) await settle(back);
    const now = { broken: back.broken, ringErrors: back.counters.ring_errors };
    const tx = kick ? checkKick('transmit ring', bad.tx, back.tx, b, now, more === true, ownWrite) : (back.tx.saveState().reqCons - st.tx.reqCons) >>> 0;
    if (!kick && tx !== 0) broken('a delivered frame made the back-end read the transmit ring');
    const rxNow = back.rx.saveState(), rx = (rxNow.reqCons - st.rx.reqCons) >>> 0;
    if (rxNow.rspProdPvt !== rxNow.reqCons) broken('the network back-end left a receive request unanswered');
    if (b.broken !== null && rx !== 0) broken('a broken interface was given receive pages');
    if (!ownWrite) this.bookkeeping(ids, { tx, rx }, { tx: st.tx.rspProdPvt, rx: st.rx.rspProdPvt }, now.broken === null);
    // With nothing queued before, every frame received arrived during this step, under the filter bound now.
    if (!ownWrite && arrivals) this.checkFiltered(grefs, rx, st.rx.rspProdPvt);
    const after = back.counters;
    if (after.tx_frames + after.tx_errors - c.tx_frames - c.tx_errors !== tx) broken(`${tx} transmit requests were consumed but ${after.tx_frames + after.tx_errors - c.tx_frames - c.tx_errors} counted`);
    guard.check('the network back-end');
    for (const g of this.guards) g.check('the hostile interface\'s traffic');
  }

  /** No more requests consumed than published, receive responses written are published, and each consumed request is answered with its id and a valid status. */
  private bookkeeping(ids: { tx: number[]; rx: number[] }, n: { tx: number; rx: number }, firstRsp: { tx: number; rx: number }, healthy: boolean): void {
    if (n.tx > ids.tx.length || n.rx > ids.rx.length) broken(`the network back-end consumed ${n.tx}/${n.rx} requests but ${ids.tx.length}/${ids.rx.length} were published`);
    // Responses written must be published (with none, a frame filtered or dropped on arrival, nothing is: rsp_prod is the front-end's to scribble on).
    if (healthy && n.rx > 0 && this.bad.rx.get('rsp_prod') !== this.bad.back.rx.saveState().rspProdPvt) broken('receive responses were not published');
    this.answered('tx', ids.tx.slice(0, n.tx), firstRsp.tx, (s) => s === NET.okay || s === NET.error);
    this.answered('rx', ids.rx.slice(0, n.rx), firstRsp.rx, (s) => s === NET.error || (s >= 14 && s <= NETIF_MTU_FRAME));
  }

  /** Checks each consumed request's response on `which`: its id, and a status `ok` accepts. */
  private answered(which: 'tx' | 'rx', ids: number[], firstRsp: number, ok: (status: number) => boolean): void {
    const ring = this.bad[which], o = which === 'tx' ? TXR : RXR;
    ids.forEach((id, j) => {
      const v = ring.slot(firstRsp + j), status = v.getInt16(o['status']!, true);
      if (!ok(status)) broken(`${which} request ${j} was answered status ${status}`);
      if (v.getUint16(o['id']!, true) !== id) broken(`${which} request ${j} was answered with another request's id (a second fetch)`);
    });
  }

  /** The honest pair still talks: the receiver drains what waits for it, posts a page, and gets the sender's frame whole. */
  bystander(): void {
    const { good, peer } = this, f = frame(peer.back.mac, good.back.mac, 60 + (this.turns++ % 100));
    for (let i = 0; i < 80 && peer.back.rxQueued > 0; i++) peer.post(1);
    peer.post(1);
    const before = peer.back.counters.rx_frames, sent = good.send(f);
    const page = peer.guest.page(peer.rxFrames.at(-1)!).subarray(0, f.length);
    if (sent.join() !== String(NET.okay) || peer.back.counters.rx_frames !== before + 1 || !Buffer.from(page).equals(Buffer.from(f))) {
      broken(`the honest pair no longer talks: sent ${sent.join()}, received ${peer.back.counters.rx_frames - before}`);
    }
    if (good.back.broken !== null || peer.back.broken !== null) broken('an honest interface was marked broken');
    this.resetGuards();
  }

  /** Closes every interface: no grant stays mapped and no frame keeps a writable reference. */
  close(): void {
    this.tables.unpinAll();
    for (const nic of this.fx.nics) nic.back.close();
    if (this.bad.guest.grants.liveMaps !== 0) broken(`${this.bad.guest.grants.liveMaps} grants of the hostile interface stay mapped after close`);
    const info = this.fx.mm.frameInfo;
    for (let f = 0; f < info.length; f++) if (info[f] !== 0) broken(`frame ${f} keeps type/writable word ${info[f]} after every back-end closed`);
  }
}

/** The oracle: runs `c` on a fresh switch, then a last kick and the bystander's turn, then closes; throws on the first broken promise. */
export function checkNetCase(c: NetCase): Promise<void> {
  return runRingCase(new NetRun(c.spin ?? false), c.steps, { k: 'kick' });
}
