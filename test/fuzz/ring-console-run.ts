/**
 * Runs a generated console case (ring-gen.ts) against the real console
 * back-end of a real PV domain of the hostile battery's machine
 * (test/hostile/rig.ts): output written honestly and indices overwritten
 * anywhere, kicks, host input and console_io calls. After each kick or
 * input: nothing threw; a healthy console passed on exactly the bytes
 * published (to the host's bounded ring, read here as the host's reader
 * reads it; whatever does not fit is counted as dropped), a
 * console whose indices lied is marked broken with a reason and a count
 * and serves no more; nothing outside the console page of the hostile
 * domain changed, nor anything of the other domain, whose console still
 * works after each of its turns. Destroying both gives every frame back.
 */
import { layout } from '../../hypervisor/abi/constant.js';
import { HYPERCALLS, pvConst } from '../../hypervisor/abi/pv.js';
import { CONSOLE_INTERFACE } from '../../hypervisor/abi/ring.js';
import { FRAME_SIZE } from '../../hypervisor/core/machine-memory.js';
import { fieldCount } from '../../hypervisor/pv/backend.js';
import { Machine, type Guest } from '../hostile/rig.js';
import { broken } from './hypercall-invariants.js';
import type { ConsoleCase, ConsoleStep } from './ring-gen.js';
import { FrameGuard, runRingCase } from './ring-guard.js';

const CON = layout(CONSOLE_INTERFACE).offsets, OUT_SIZE = fieldCount(CONSOLE_INTERFACE, 'out');
const CONSOLEIO_MAX = pvConst('CONSOLEIO_MAX');
/** What the host keeps of a domain's console output (Domain.consoleOut). */
const KEPT_MAX = 1 << 16;
type Index = 'in_cons' | 'in_prod' | 'out_cons' | 'out_prod';

/** A domain's console page as its kernel writes it. */
class ConsolePage {
  private readonly page: Uint8Array;
  private readonly idx: Int32Array;

  // The console page of `g` on `m`.
  constructor(m: Machine, g: Guest) {
    this.page = m.mm.bytes.subarray(g.pv.layout.consoleFrame * FRAME_SIZE, (g.pv.layout.consoleFrame + 1) * FRAME_SIZE);
    this.idx = new Int32Array(this.page.buffer, this.page.byteOffset, FRAME_SIZE >>> 2);
  }

  /** Stores an index (anything at all). */
  set(name: Index, v: number): void {
    Atomics.store(this.idx, CON[name]! >>> 2, v | 0);
  }

  /** Loads an index. */
  get(name: Index): number {
    return Atomics.load(this.idx, CON[name]! >>> 2) >>> 0;
  }

  /** `n` bytes of out[] from free-running index `from`, wrapping. */
  out(from: number, n: number): Uint8Array {
    return Uint8Array.from({ length: n }, (_, i) => this.page[CON['out']! + ((from + i) & (OUT_SIZE - 1))]!);
  }

  /** Writes `bytes` at out_prod and publishes them, as the kernel's console driver does. */
  write(bytes: Uint8Array): void {
    const prod = this.get('out_prod');
    bytes.forEach((b, i) => { this.page[CON['out']! + ((prod + i) & (OUT_SIZE - 1))] = b; });
    this.set('out_prod', prod + bytes.length);
  }
}

/** Two PV domains, the first's console hostile. */
export class ConsoleRun {
  readonly m = new Machine(2);
  readonly g: Guest;
  readonly other: Guest;
  private readonly page: ConsolePage;
  private readonly guard: FrameGuard;
  private turns = 0;
  /** Console bytes of the hostile domain read from the host's ring so far (this run plays the host's reader). */
  private taken = 0;

  // Guards every RAM frame of both domains but the hostile one's console page (the other's console page changes only on its turns).
  constructor() {
    [this.g, this.other] = this.m.guests as [Guest, Guest];
    this.page = new ConsolePage(this.m, this.g);
    const frames = [...this.g.domain.memory.frames, ...this.other.domain.memory.frames].filter((f) => f !== this.g.pv.layout.consoleFrame && f !== this.other.pv.layout.consoleFrame);
    this.guard = new FrameGuard(this.m.mm, frames);
  }

  /** Runs one step. */
  step(s: ConsoleStep): void {
    const con = this.g.pv.console;
    switch (s.k) {
      case 'out': this.page.write(new Uint8Array(s.n).fill(s.fill)); return;
      case 'index': this.page.set(s.name, this.page.get(s.name) + s.delta); return;
      case 'kick': this.checked(true, () => con.kick()); return;
      case 'input': this.checked(false, () => con.input(new Uint8Array(s.n).fill(0x69))); return;
      case 'io': this.consoleIo(s.count); return;
      case 'bystander': this.bystander(); return;
    }
  }

  /** Runs a kick or an input with the checks of the file comment. */
  private checked(kick: boolean, act: () => void): void {
    const con = this.g.pv.console, before = { ...con.counters }, wasBroken = con.broken, st = con.saveState();
    const avail = (this.page.get('out_prod') - st.outCons) >>> 0, published = avail <= OUT_SIZE ? this.page.out(st.outCons, avail) : null;
    try {
      act();
    } catch (e) {
      broken(`the console back-end threw: ${(e as Error).stack ?? String(e)}`);
    }
    const c = con.counters;
    if (wasBroken !== null) {
      if (c.out_bytes !== before.out_bytes || c.in_bytes !== before.in_bytes) broken('a console marked broken was served again');
    } else if (con.broken !== null) {
      if (con.broken.trim() === '' || c.ring_errors !== before.ring_errors + 1) broken('the console was marked broken without a reason or a count');
    } else if (kick) {
      if (!published) broken(`out_prod ${avail} bytes past out_cons on a ${OUT_SIZE}-byte ring was not refused`);
      if (c.out_bytes !== before.out_bytes + avail) broken(`the console passed on ${c.out_bytes - before.out_bytes} bytes of the ${avail} published`);
    }
    const kept = this.take();
    if (wasBroken === null && con.broken === null && kick && avail > 0 && !Buffer.from(kept.subarray(kept.length - avail)).equals(Buffer.from(published!))) broken('the host kept other bytes than the console published');
    this.guard.check('the console back-end');
  }

  /**
   * Reads what the host kept of the hostile domain's output since the last
   * read: at most its ring, and every byte counted is read or counted as dropped.
   */
  private take(): Uint8Array {
    const kept = this.g.domain.consoleOut.read(), s = this.g.domain.stats();
    this.taken += kept.length;
    if (kept.length > KEPT_MAX || s.console_bytes !== this.taken + s.console_dropped) broken(`the host counts ${s.console_bytes} console bytes but kept ${this.taken} and dropped ${s.console_dropped}`);
    return kept;
  }

  /** console_io from the hostile kernel: `count` bytes of scratch page 0, or -E2BIG past CONSOLEIO_MAX. */
  private consoleIo(count: number): void {
    const before = this.g.domain.stats().console_bytes;
    const r = this.g.call(HYPERCALLS.console_io, pvConst('CONSOLEIO_write'), count, this.g.scratch(0));
    const ok = count >>> 0 <= CONSOLEIO_MAX;
    if (r !== (ok ? count : -pvConst('XEN_E2BIG'))) broken(`console_io of ${count} bytes answered ${r}`);
    if (this.g.domain.stats().console_bytes !== before + (ok ? count : 0)) broken(`console_io of ${count} bytes reached the host as ${this.g.domain.stats().console_bytes - before}`);
    this.take();
    this.guard.check('console_io');
  }

  /** The other domain's console still passes its output on whole. */
  bystander(): void {
    const page = new ConsolePage(this.m, this.other), line = new TextEncoder().encode(`ok ${this.turns++}\n`), con = this.other.pv.console;
    const before = con.counters.out_bytes;
    page.write(line);
    con.kick();
    const kept = this.other.domain.consoleOut.read();
    if (con.broken !== null || con.counters.out_bytes !== before + line.length || !Buffer.from(kept.subarray(kept.length - line.length)).equals(Buffer.from(line))) {
      broken('the other domain\'s console no longer passes its output on');
    }
  }

  /** Destroys both domains: every frame comes back. */
  close(): void {
    this.m.destroy(this.g);
    this.m.destroy(this.other);
    if (this.m.mm.freeFrames !== this.m.freeAtStart) broken(`${this.m.freeAtStart - this.m.mm.freeFrames} frames were not given back`);
  }
}

/** The oracle: runs `c` on a fresh machine, then a last kick and the bystander's turn, then destroys both domains; throws on the first broken promise. */
export function checkConsoleCase(c: ConsoleCase): Promise<void> {
  return runRingCase(new ConsoleRun(), c.steps, { k: 'kick' });
}
