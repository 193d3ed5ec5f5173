/**
 * The console back-end: guest output drained to the host (across the ring's
 * wrap), host input placed in the guest's ring as far as it has room and
 * the rest kept in a bounded queue, a notification after every move, and a
 * guest whose indices claim more than a ring marked broken without
 * disturbing another domain's console.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { CONSOLE_INTERFACE } from '../../../hypervisor/abi/ring.js';
import { ConsoleBack } from '../../../hypervisor/pv/console-back.js';
import { fieldCount } from '../../../hypervisor/pv/backend.js';
import { counter, Guest, machine, pattern } from './frontend.js';

const C = layout(CONSOLE_INTERFACE).offsets;
const IN_SIZE = fieldCount(CONSOLE_INTERFACE, 'in'), OUT_SIZE = fieldCount(CONSOLE_INTERFACE, 'out');

/** A guest's console driver: writes output and reads input the way the C front-end does. */
class ConsoleFront {
  private readonly idx: Int32Array;
  constructor(readonly page: Uint8Array) {
    this.idx = new Int32Array(page.buffer, page.byteOffset, 1024);
  }
  load(name: string): number { return Atomics.load(this.idx, C[name]! >>> 2) >>> 0; }
  store(name: string, v: number): void { Atomics.store(this.idx, C[name]! >>> 2, v | 0); }
  /** Writes as much of `bytes` as fits out[]; the count written. */
  write(bytes: Uint8Array): number {
    const prod = this.load('out_prod'), room = OUT_SIZE - ((prod - this.load('out_cons')) >>> 0);
    const n = Math.min(room, bytes.length);
    for (let i = 0; i < n; i++) this.page[C['out']! + ((prod + i) & (OUT_SIZE - 1))] = bytes[i]!;
    this.store('out_prod', prod + n);
    return n;
  }
  /** Reads everything in in[]. */
  read(): Uint8Array {
    const cons = this.load('in_cons'), n = (this.load('in_prod') - cons) >>> 0;
    const out = Uint8Array.from({ length: n }, (_, i) => this.page[C['in']! + ((cons + i) & (IN_SIZE - 1))]!);
    this.store('in_cons', cons + n);
    return out;
  }
}

function setup(opts: { pendingMax?: number } = {}): { back: ConsoleBack; front: ConsoleFront; out: () => Uint8Array; notes: () => number } {
  const mm = machine(), guest = new Guest(mm, 5), frame = guest.frame();
  const chunks: Uint8Array[] = [];
  const n = counter();
  const back = new ConsoleBack(mm, frame, { output: (b) => chunks.push(b), notify: n.fn, ...opts });
  const out = (): Uint8Array => { const all = Uint8Array.from(chunks.flatMap((c) => [...c])); chunks.length = 0; return all; };
  return { back, front: new ConsoleFront(guest.page(frame)), out, notes: n.count };
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('console back-end', () => {
  it('drains guest output to the host, advances out_cons and notifies', () => {
    const { back, front, out, notes } = setup();
    front.write(text('hello, world\n'));
    back.kick();
    expect(new TextDecoder().decode(out())).toBe('hello, world\n');
    expect(front.load('out_cons')).toBe(13);
    expect(notes()).toBe(1);
    back.kick(); // nothing new: no output, no notification
    expect([out().length, notes()]).toEqual([0, 1]);
    expect(back.counters).toMatchObject({ out_bytes: 13, notify_sent: 1 });
  });

  it('keeps output in order across the ring\'s wrap, a full ring at a time', () => {
    const { back, front, out } = setup();
    const data = pattern(3 * OUT_SIZE + 123, 1);
    let sent = 0;
    const got: number[] = [];
    for (let i = 0; sent < data.length && i < 10; i++) {
      sent += front.write(data.subarray(sent, sent + 1500));
      back.kick();
      got.push(...out());
    }
    expect(Uint8Array.from(got)).toEqual(data);
    front.write(pattern(OUT_SIZE, 2)); // exactly a full ring
    back.kick();
    expect(out()).toEqual(pattern(OUT_SIZE, 2));
  });

  it('places input in the guest\'s ring as far as it has room, keeps the rest, and moves it once the guest made room', () => {
    const { back, front, notes } = setup();
    const data = pattern(IN_SIZE + 700, 3);
    back.input(data);
    expect(back.pending).toBe(700);
    expect(notes()).toBe(1);
    expect(front.read()).toEqual(data.subarray(0, IN_SIZE));
    back.kick();
    expect(back.pending).toBe(0);
    expect(front.read()).toEqual(data.subarray(IN_SIZE)); // wrapped around in[]
    back.input(text('ok'));
    expect(new TextDecoder().decode(front.read())).toBe('ok');
    expect(back.counters).toMatchObject({ in_bytes: IN_SIZE + 702, in_dropped: 0 });
  });

  it('bounds queued input: beyond the queue, input is dropped and counted', () => {
    const { back, front } = setup({ pendingMax: 100 });
    back.input(pattern(IN_SIZE + 250, 4));
    expect(back.pending).toBe(100);
    expect(back.counters.in_dropped).toBe(150);
    front.read();
    back.kick();
    expect(front.read()).toEqual(pattern(IN_SIZE + 250, 4).subarray(IN_SIZE, IN_SIZE + 100));
  });

  it('marks a guest broken whose out_prod claims more than a ring, and no other domain\'s console is affected', () => {
    const a = setup(), b = setup();
    a.front.store('out_prod', OUT_SIZE + 1);
    a.back.kick();
    expect(a.back.broken).toMatch(/out_prod/);
    expect(a.out().length).toBe(0);
    a.back.input(text('x')); // a broken console takes no input
    expect(a.back.counters.in_dropped).toBe(1);
    b.front.write(text('still here'));
    b.back.kick();
    expect(new TextDecoder().decode(b.out())).toBe('still here');
    expect(b.back.broken).toBeNull();
  });

  it('marks a guest broken whose in_cons runs ahead of what it was given', () => {
    const { back, front } = setup();
    back.input(text('abc'));
    front.store('in_cons', 10); // past in_prod: "used" would be negative
    back.input(text('d'));
    expect(back.broken).toMatch(/in_cons/);
    expect(() => back.kick()).not.toThrow();
  });
});
