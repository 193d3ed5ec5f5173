/**
 * The configuration store: bounded keys and values per domain; the store
 * back-end answering XS_READ and XS_WRITE (and refusing everything else)
 * with the request's req_id; guest writes confined to device/; the onWrite
 * hook finished before the answer appears; messages read only once whole,
 * from a copy taken once; answers written as far as rsp has room; and a
 * guest that claims an oversized message or a ring index past the ring
 * marked broken.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { STORE_INTERFACE, STORE_MSG } from '../../../hypervisor/abi/ring.js';
import { abiNumber, abiString, fieldCount } from '../../../hypervisor/pv/backend.js';
import { Store, STORE_KEY_MAX, STORE_KEYS_MAX, StoreBack, XS_PAYLOAD_MAX } from '../../../hypervisor/pv/store.js';
import { counter, Guest, machine } from './frontend.js';

const S = layout(STORE_INTERFACE).offsets, M = layout(STORE_MSG);
const REQ_SIZE = fieldCount(STORE_INTERFACE, 'req'), RSP_SIZE = fieldCount(STORE_INTERFACE, 'rsp');
const XS_READ = abiNumber('XS_READ'), XS_WRITE = abiNumber('XS_WRITE'), XS_ERROR = abiNumber('XS_ERROR');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

/** A parsed answer. */
interface Answer { type: number; req_id: number; tx_id: number; payload: string }

/** The guest's store driver: writes messages into req and reads answers from rsp, as the C front-end does. */
class StoreFront {
  private readonly idx: Int32Array;
  private nextId = 1;
  constructor(readonly page: Uint8Array) {
    this.idx = new Int32Array(page.buffer, page.byteOffset, 1024);
  }
  load(name: string): number { return Atomics.load(this.idx, S[name]! >>> 2) >>> 0; }
  store(name: string, v: number): void { Atomics.store(this.idx, S[name]! >>> 2, v | 0); }
  /** A message: header then payload. */
  message(type: number, payload: Uint8Array, opts: { len?: number; tx_id?: number; req_id?: number } = {}): Uint8Array {
    const out = new Uint8Array(M.size + payload.length), v = new DataView(out.buffer);
    v.setUint32(M.offsets['type']!, type, true);
    v.setUint32(M.offsets['req_id']!, opts.req_id ?? this.nextId++, true);
    v.setUint32(M.offsets['tx_id']!, opts.tx_id ?? 0, true);
    v.setUint32(M.offsets['len']!, opts.len ?? payload.length, true);
    out.set(payload, M.size);
    return out;
  }
  /** Appends raw bytes to req and publishes them. */
  send(bytes: Uint8Array): void {
    const prod = this.load('req_prod');
    expect(REQ_SIZE - ((prod - this.load('req_cons')) >>> 0)).toBeGreaterThanOrEqual(bytes.length);
    bytes.forEach((b, i) => { this.page[S['req']! + ((prod + i) & (REQ_SIZE - 1))] = b; });
    this.store('req_prod', prod + bytes.length);
  }
  /** Reads every complete answer in rsp (leaves a partial one). */
  answers(): Answer[] {
    const out: Answer[] = [];
    for (;;) {
      const cons = this.load('rsp_cons'), avail = (this.load('rsp_prod') - cons) >>> 0;
      if (avail < M.size) return out;
      const bytes = Uint8Array.from({ length: avail }, (_, i) => this.page[S['rsp']! + ((cons + i) & (RSP_SIZE - 1))]!);
      const v = new DataView(bytes.buffer), len = v.getUint32(M.offsets['len']!, true);
      if (avail < M.size + len) return out;
      out.push({ type: v.getUint32(M.offsets['type']!, true), req_id: v.getUint32(M.offsets['req_id']!, true), tx_id: v.getUint32(M.offsets['tx_id']!, true), payload: dec(bytes.subarray(M.size, M.size + len)) });
      this.store('rsp_cons', cons + M.size + len);
    }
  }
  read(key: string, opts = {}): void { this.send(this.message(XS_READ, enc(`${key}\0`), opts)); }
  write(key: string, value: string, opts = {}): void { this.send(this.message(XS_WRITE, enc(`${key}\0${value}`), opts)); }
}

function setup(onWrite?: (k: string, v: string) => void): { back: StoreBack; front: StoreFront; store: Store; notes: () => number } {
  const mm = machine(), guest = new Guest(mm, 5), frame = guest.frame(), store = new Store(), n = counter();
  const back = new StoreBack(mm, frame, store, { notify: n.fn, ...(onWrite ? { onWrite } : {}) });
  return { back, front: new StoreFront(guest.page(frame)), store, notes: n.count };
}

describe('configuration store', () => {
  it('bounds keys, values and the number of keys', () => {
    const s = new Store();
    expect(s.write('device/vbd/0/state', '1')).toBeNull();
    expect(s.write(`device/${'k'.repeat(STORE_KEY_MAX)}`, '')).toBe('EINVAL');
    expect(s.write('device/x', 'v'.repeat(XS_PAYLOAD_MAX + 1))).toBe('E2BIG');
    for (const bad of ['', '/abs', 'a//b', 'a/', 'a/../b', 'a/./b', 'sp ace', 'nul\0']) expect(s.write(bad, 'v')).toBe('EINVAL');
    for (let i = s.size; i < STORE_KEYS_MAX; i++) expect(s.write(`k/${i}`, 'v')).toBeNull();
    expect(s.write('one/more', 'v')).toBe('ENOSPC');
    expect(s.write('k/3', 'overwrite')).toBeNull(); // replacing a key needs no room
    expect(s.read('k/3')).toBe('overwrite');
  });
});

describe('store back-end', () => {
  it('reads and writes keys, echoes req_id, and refuses unknown keys, unknown types and writes outside device/', () => {
    const { back, front, store, notes } = setup();
    store.write(abiString('STORE_VBD_SECTORS'), '2048');
    front.read(abiString('STORE_VBD_SECTORS'), { req_id: 77 });
    front.read('device/vif/0/mac', { req_id: 78 });
    front.write(abiString('STORE_VBD_STATE'), '3', { req_id: 79 });
    front.write('backend/vbd/0/state', '4', { req_id: 80 });
    front.send(front.message(99, enc('device/x\0'), { req_id: 81 }));
    back.kick();
    expect(front.answers()).toEqual([
      { type: XS_READ, req_id: 77, tx_id: 0, payload: '2048' },
      { type: XS_ERROR, req_id: 78, tx_id: 0, payload: 'ENOENT\0' },
      { type: XS_WRITE, req_id: 79, tx_id: 0, payload: 'OK\0' },
      { type: XS_ERROR, req_id: 80, tx_id: 0, payload: 'EACCES\0' },
      { type: XS_ERROR, req_id: 81, tx_id: 0, payload: 'EINVAL\0' },
    ]);
    expect(store.read(abiString('STORE_VBD_STATE'))).toBe('3');
    expect(store.read('backend/vbd/0/state')).toBeUndefined();
    expect(notes()).toBe(1);
    expect(back.counters).toMatchObject({ requests: 5, reads: 2, writes: 1, errors: 3 });
  });

  it('refuses malformed payloads: no NUL, bytes after a read\'s path, a transaction, a bad key', () => {
    const { back, front } = setup();
    front.send(front.message(XS_READ, enc('device/x')));
    front.send(front.message(XS_READ, enc('device/x\0junk')));
    front.send(front.message(XS_WRITE, enc('device/x\0v'), { tx_id: 5 }));
    front.write('device/../backend/x', 'v');
    back.kick();
    expect(front.answers().map((a) => a.payload)).toEqual(['EINVAL\0', 'EINVAL\0', 'EINVAL\0', 'EINVAL\0']);
  });

  it('finishes the onWrite hook before the write is answered, so backend state is visible at once', () => {
    let front: StoreFront | null = null;
    let rspProdInHook = -1, nested: boolean | null = null;
    const env = setup((key, value) => {
      rspProdInHook = front!.load('rsp_prod');
      nested = env.back.kick(); // a hook that kicks the store: ignored, the running kick reads on
      if (key === abiString('STORE_VBD_STATE') && value === '3') env.store.write(abiString('STORE_VBD_BACKEND_STATE'), '4');
    });
    front = env.front;
    env.front.write(abiString('STORE_VBD_STATE'), '3');
    env.front.read(abiString('STORE_VBD_BACKEND_STATE'));
    env.back.kick();
    expect(rspProdInHook).toBe(0); // nothing of the answer was written while the hook ran
    expect(nested).toBe(false);
    expect(env.front.answers().map((a) => a.payload)).toEqual(['OK\0', '4']);
  });

  it('answers a message only once header and payload are whole, from the header copy it took', () => {
    const { back, front } = setup();
    const msg = front.message(XS_WRITE, enc('device/k\0value'), { req_id: 9 });
    front.send(msg.subarray(0, 7));
    back.kick();
    expect(front.answers()).toEqual([]);
    front.send(msg.subarray(7, M.size + 3));
    back.kick();
    expect(front.answers()).toEqual([]);
    // The header was consumed already: rewriting it in the ring (len, req_id) changes nothing the store acts on.
    for (let i = 0; i < M.size; i++) front.page[S['req']! + i] = 0xff;
    front.send(msg.subarray(M.size + 3));
    back.kick();
    expect(front.answers()).toEqual([{ type: XS_WRITE, req_id: 9, tx_id: 0, payload: 'OK\0' }]);
    expect(back.broken).toBeNull();
  });

  it('writes answers only as far as rsp has room, and the rest once the guest has read', () => {
    const { back, front, store } = setup();
    const value = 'v'.repeat(200);
    store.write('device/big', value);
    for (let i = 0; i < 6; i++) front.read('device/big', { req_id: 100 + i }); // 6 × 216 answer bytes > 1024
    back.kick();
    expect(front.load('rsp_prod')).toBe(RSP_SIZE); // full, the fifth answer cut short
    const first = front.answers();
    expect(first.map((a) => a.req_id)).toEqual([100, 101, 102, 103]);
    back.kick();
    const rest = front.answers();
    expect(rest.map((a) => a.req_id)).toEqual([104, 105]);
    expect([...first, ...rest].every((a) => a.type === XS_READ && a.payload === value)).toBe(true);
  });

  it('marks a guest broken that announces a payload over XS_PAYLOAD_MAX, without answering it', () => {
    const { back, front } = setup();
    front.send(front.message(XS_WRITE, new Uint8Array(0), { len: XS_PAYLOAD_MAX + 1 }));
    expect(() => back.kick()).not.toThrow();
    expect(back.broken).toMatch(/payload/);
    front.read('device/x');
    back.kick();
    expect(front.answers()).toEqual([]);
  });

  it('marks a guest broken that moves req_prod past the ring or rsp_cons past rsp_prod; another domain is unaffected', () => {
    const a = setup(), b = setup(), c = setup();
    a.front.store('req_prod', REQ_SIZE + 1);
    a.back.kick();
    expect(a.back.broken).toMatch(/req_prod/);
    c.front.store('rsp_cons', 5);
    c.front.read('device/x');
    c.back.kick();
    expect(c.back.broken).toMatch(/rsp_cons/);
    b.front.write('device/ok', 'yes');
    b.back.kick();
    expect(b.front.answers().map((x) => x.payload)).toEqual(['OK\0']);
  });

  it('answers a full ring of messages across kicks as the guest reads its answers', () => {
    const { back, front } = setup();
    // 64 bare headers of an unknown type fill req; each answer (23 bytes) fits rsp only 44 times.
    for (let i = 0; i < REQ_SIZE / M.size; i++) front.send(front.message(99, new Uint8Array(0), { req_id: i }));
    back.kick();
    const got = front.answers();
    back.kick();
    got.push(...front.answers());
    expect(got.map((a) => a.req_id)).toEqual(Array.from({ length: REQ_SIZE / M.size }, (_, i) => i));
  });
});
