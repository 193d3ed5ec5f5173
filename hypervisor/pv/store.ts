/**
 * The configuration store (Xen's xenstore, without watches or
 * transactions): a bounded key → value map per domain, and StoreBack, which
 * serves a domain's store page. The page (struct xenstore_domain_interface)
 * holds two byte rings with free-running uint32 indices: the guest writes
 * messages (struct xsd_sockmsg header, then `len` payload bytes) into req
 * and the store answers in rsp with the same req_id:
 *
 *   XS_READ  "path\0"        → XS_READ with the value's bytes (no NUL), or XS_ERROR "ENOENT\0"
 *   XS_WRITE "path\0value"   → XS_WRITE "OK\0"; a path outside "device/" → XS_ERROR "EACCES\0"
 *   anything else            → XS_ERROR "EINVAL\0"
 *
 * The hypervisor writes "backend/..." keys and device information with
 * Store.write directly. A guest write runs the `onWrite` hook to completion
 * before its answer is written, so a front-end that reads backend state
 * after its write was answered sees what the hook did.
 *
 * Trust: the page is the guest's. StoreBack keeps its own req_cons and
 * rsp_prod, refuses indices that claim more than a ring, copies each header
 * and payload byte out of the ring once and parses only its copy, and
 * takes one message at a time: the next one is read only once the previous
 * answer is entirely in rsp, so a guest that never reads answers holds at
 * most one answer of host memory. A header whose len exceeds XS_PAYLOAD_MAX
 * (or any broken index) marks the guest broken.
 */
import { layout } from '../abi/constant.js';
import { STORE_INTERFACE, STORE_MSG } from '../abi/ring.js';
import type { MachineMemory } from '../core/machine-memory.js';
import { abiNumber, brokenReason, fieldCount, framePage, ProtocolError } from './backend.js';

const S = layout(STORE_INTERFACE).offsets;
const REQ = S['req']!, RSP = S['rsp']!;
const REQ_SIZE = fieldCount(STORE_INTERFACE, 'req'), RSP_SIZE = fieldCount(STORE_INTERFACE, 'rsp');
const REQ_CONS = S['req_cons']! >>> 2, REQ_PROD = S['req_prod']! >>> 2;
const RSP_CONS = S['rsp_cons']! >>> 2, RSP_PROD = S['rsp_prod']! >>> 2;
const MSG = layout(STORE_MSG);
const XS_READ = abiNumber('XS_READ'), XS_WRITE = abiNumber('XS_WRITE'), XS_ERROR = abiNumber('XS_ERROR');
/** Largest payload of a store message, and largest value. */
export const XS_PAYLOAD_MAX = abiNumber('XS_PAYLOAD_MAX');
if (REQ_SIZE & (REQ_SIZE - 1) || RSP_SIZE & (RSP_SIZE - 1)) throw new Error('store: store rings must be powers of two');

/** Longest key, in UTF-8 bytes. */
export const STORE_KEY_MAX = 128;
/** Most keys in one domain's store. */
export const STORE_KEYS_MAX = 256;
/** Messages one kick handles at most (a full request ring of bare headers). */
const MESSAGES_PER_KICK = REQ_SIZE / MSG.size;
/** The only subtree a guest may write. */
const GUEST_WRITABLE = 'device/';

/** Why the store refused a request (sent to the guest as XS_ERROR "<errno>\0"). */
export type StoreErrno = 'ENOENT' | 'EINVAL' | 'EACCES' | 'ENOSPC' | 'E2BIG';

const utf8 = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });
/** Key syntax: "/"-separated segments of [A-Za-z0-9_@.-], none of them "." or "..". */
const KEY_SYNTAX = /^[A-Za-z0-9_@.-]+(\/[A-Za-z0-9_@.-]+)*$/;

/** Null when `key` is a well-formed key of at most STORE_KEY_MAX bytes, else EINVAL. */
export function checkKey(key: string): StoreErrno | null {
  if (!KEY_SYNTAX.test(key) || utf8.encode(key).length > STORE_KEY_MAX) return 'EINVAL';
  return key.split('/').some((s) => s === '.' || s === '..') ? 'EINVAL' : null;
}

/** One domain's configuration store. */
export class Store {
  private readonly map = new Map<string, string>();

  /** The value of `key`, or undefined. */
  read(key: string): string | undefined {
    return this.map.get(key);
  }

  /** Sets `key` (any well-formed key: the hypervisor's own writes); null, or why it was refused. */
  write(key: string, value: string): StoreErrno | null {
    const bad = checkKey(key);
    if (bad) return bad;
    if (utf8.encode(value).length > XS_PAYLOAD_MAX) return 'E2BIG';
    if (!this.map.has(key) && this.map.size >= STORE_KEYS_MAX) return 'ENOSPC';
    this.map.set(key, value);
    return null;
  }

  /** Removes `key`; true when it was there. */
  remove(key: string): boolean {
    return this.map.delete(key);
  }

  /** Number of keys. */
  get size(): number {
    return this.map.size;
  }

  /** Every key and value, in insertion order. */
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** Counters of one store back-end. */
export interface StoreCounters {
  /** Messages handled. */
  requests: number;
  reads: number;
  writes: number;
  /** XS_ERROR answers. */
  errors: number;
  /** onWrite hooks that threw (the write stands and is answered "OK"). */
  hook_errors: number;
  notify_sent: number;
  kicks: number;
}

/** What a store back-end is connected to. */
export interface StoreBackOptions {
  /** Raises the guest's store port. */
  notify: () => void;
  /** Runs after a guest write succeeded and before it is answered. */
  onWrite?: (key: string, value: string) => void;
}

/** A parsed request (from the back-end's own copy). */
interface StoreRequest { type: number; req_id: number; tx_id: number; payload: Uint8Array }

/** A store back-end's own state: its indices and any message in progress (byte arrays). */
export interface StoreBackState {
  reqCons: number; rspProd: number; header: number[]; payload: number[] | null; payloadHave: number; answer: number[] | null;
}

/** The store back-end of one domain: serves its store page from `store`. */
export class StoreBack {
  /** Why the guest was refused further service (null while healthy). */
  broken: string | null = null;
  readonly counters: StoreCounters = { requests: 0, reads: 0, writes: 0, errors: 0, hook_errors: 0, notify_sent: 0, kicks: 0 };
  private readonly page: Uint8Array;
  private readonly idx: Int32Array;
  private reqCons = 0;
  private rspProd = 0;
  /** Inside kick() (the onWrite hook may kick again). */
  private busy = false;
  /** The message being read: its header copy, then its payload copy. */
  private readonly header = new Uint8Array(MSG.size);
  private headerHave = 0;
  private payload: Uint8Array | null = null;
  private payloadHave = 0;
  /** The answer being written, and how much of it is in rsp. */
  private answer: Uint8Array | null = null;
  private answerAt = 0;

  /** Serves the store page in machine frame `frame` (zeroed by the domain builder) from `store`. */
  constructor(mm: MachineMemory, frame: number, readonly store: Store, private readonly opts: StoreBackOptions) {
    this.page = framePage(mm, frame);
    this.idx = new Int32Array(this.page.buffer, this.page.byteOffset, this.page.length >>> 2);
  }

  /** The back-end's private indices and the message half read or half answered, for a snapshot. */
  saveState(): StoreBackState {
    return {
      reqCons: this.reqCons, rspProd: this.rspProd, header: Array.from(this.header.subarray(0, this.headerHave)),
      payload: this.payload ? Array.from(this.payload) : null, payloadHave: this.payload ? this.payloadHave : 0,
      answer: this.answer ? Array.from(this.answer.subarray(this.answerAt)) : null,
    };
  }

  /** Takes saved state back, checked field by field; throws ProtocolError naming what is damaged. */
  restoreState(s: StoreBackState): void {
    const u32 = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xffff_ffff;
    const bytes = (v: unknown, max: number): v is number[] => Array.isArray(v) && v.length <= max && v.every((b) => Number.isInteger(b) && b >= 0 && b < 256);
    const answerMax = MSG.size + XS_PAYLOAD_MAX + 16;
    if (!u32(s.reqCons) || !u32(s.rspProd) || !bytes(s.header, MSG.size) || (s.payload !== null && !bytes(s.payload, XS_PAYLOAD_MAX))
      || !Number.isInteger(s.payloadHave) || s.payloadHave < 0 || s.payloadHave > (s.payload?.length ?? 0) || (s.answer !== null && !bytes(s.answer, answerMax))) {
      throw new ProtocolError('store: the saved state is damaged');
    }
    this.reqCons = s.reqCons;
    this.rspProd = s.rspProd;
    this.header.set(s.header);
    this.headerHave = s.header.length;
    this.payload = s.payload ? Uint8Array.from(s.payload) : null;
    this.payloadHave = s.payloadHave;
    this.answer = s.answer ? Uint8Array.from(s.answer) : null;
    this.answerAt = 0;
  }

  /**
   * The guest notified the store port: answer every complete message (at
   * most MESSAGES_PER_KICK). True when it stopped at that bound with bytes
   * left: kick again to go on. Never throws.
   */
  kick(): boolean {
    if (this.broken || this.busy) return false; // a kick from the hook: the running one reads on
    this.busy = true;
    try {
      return this.serve();
    } finally {
      this.busy = false;
    }
  }

  /** The body of kick(). */
  private serve(): boolean {
    this.counters.kicks++;
    const reqCons = this.reqCons, rspProd = this.rspProd;
    let more = false;
    try {
      for (let n = 0; ; n++) {
        this.flushAnswer();
        if (this.answer) break; // the guest must read answers before it gets more
        if (n === MESSAGES_PER_KICK) { more = this.available() > 0; break; }
        const msg = this.readMessage();
        if (!msg) break;
        this.answer = this.handle(msg);
        this.answerAt = 0;
      }
      if (reqCons !== this.reqCons || rspProd !== this.rspProd) { this.counters.notify_sent++; this.opts.notify(); }
    } catch (e) {
      this.broken = brokenReason(e);
      return false;
    }
    return more;
  }

  /** Request bytes published and not consumed; ProtocolError when req_prod claims more than the ring. */
  private available(): number {
    const n = (Atomics.load(this.idx, REQ_PROD) - this.reqCons) >>> 0;
    if (n > REQ_SIZE) throw new ProtocolError(`store: req_prod is ${n} bytes past req_cons on a ${REQ_SIZE}-byte ring`);
    return n;
  }

  /** Copies `n` bytes from req into `dst` at `at` and consumes them. */
  private take(dst: Uint8Array, at: number, n: number): void {
    for (let i = 0; i < n; i++) dst[at + i] = this.page[REQ + ((this.reqCons + i) & (REQ_SIZE - 1))]!;
    this.reqCons = (this.reqCons + n) >>> 0;
    Atomics.store(this.idx, REQ_CONS, this.reqCons | 0);
  }

  /** Reads what has arrived of the current message; the message once its header and payload are complete. */
  private readMessage(): StoreRequest | null {
    let avail = this.available();
    if (!this.payload) {
      const n = Math.min(avail, MSG.size - this.headerHave);
      this.take(this.header, this.headerHave, n);
      this.headerHave += n;
      avail -= n;
      if (this.headerHave < MSG.size) return null;
      const len = this.field('len');
      if (len > XS_PAYLOAD_MAX) throw new ProtocolError(`store: message of ${len} payload bytes (at most ${XS_PAYLOAD_MAX})`);
      this.payload = new Uint8Array(len);
      this.payloadHave = 0;
    }
    const n = Math.min(avail, this.payload.length - this.payloadHave);
    this.take(this.payload, this.payloadHave, n);
    this.payloadHave += n;
    if (this.payloadHave < this.payload.length) return null;
    const msg = { type: this.field('type'), req_id: this.field('req_id'), tx_id: this.field('tx_id'), payload: this.payload };
    this.headerHave = 0;
    this.payload = null;
    return msg;
  }

  /** A uint32 field of the header copy. */
  private field(name: string): number {
    return new DataView(this.header.buffer).getUint32(MSG.offsets[name]!, true);
  }

  /** The answer to `msg` (header and payload). */
  private handle(msg: StoreRequest): Uint8Array {
    this.counters.requests++;
    const err = (errno: StoreErrno): Uint8Array => { this.counters.errors++; return encode(XS_ERROR, msg, utf8.encode(`${errno}\0`)); };
    if (msg.tx_id !== 0) return err('EINVAL'); // no transactions
    const nul = msg.payload.indexOf(0);
    if (nul < 0) return err('EINVAL');
    const key = decode(msg.payload.subarray(0, nul));
    if (key === null || checkKey(key)) return err('EINVAL');
    if (msg.type === XS_READ) {
      if (nul !== msg.payload.length - 1) return err('EINVAL');
      this.counters.reads++;
      const value = this.store.read(key);
      return value === undefined ? err('ENOENT') : encode(XS_READ, msg, utf8.encode(value));
    }
    if (msg.type !== XS_WRITE) return err('EINVAL');
    const value = decode(msg.payload.subarray(nul + 1));
    if (value === null) return err('EINVAL');
    if (!key.startsWith(GUEST_WRITABLE)) return err('EACCES');
    const refused = this.store.write(key, value);
    if (refused) return err(refused);
    this.counters.writes++;
    this.runHook(key, value);
    return encode(XS_WRITE, msg, utf8.encode('OK\0'));
  }

  private runHook(key: string, value: string): void {
    try {
      this.opts.onWrite?.(key, value);
    } catch {
      this.counters.hook_errors++;
    }
  }

  /** Writes as much of the pending answer as rsp has room for. */
  private flushAnswer(): void {
    if (!this.answer) return;
    const used = (this.rspProd - Atomics.load(this.idx, RSP_CONS)) >>> 0;
    if (used > RSP_SIZE) throw new ProtocolError(`store: rsp_cons is ${used} bytes behind rsp_prod on a ${RSP_SIZE}-byte ring`);
    const n = Math.min(RSP_SIZE - used, this.answer.length - this.answerAt);
    for (let i = 0; i < n; i++) this.page[RSP + ((this.rspProd + i) & (RSP_SIZE - 1))] = this.answer[this.answerAt + i]!;
    this.answerAt += n;
    this.rspProd = (this.rspProd + n) >>> 0;
    Atomics.store(this.idx, RSP_PROD, this.rspProd | 0); // the bytes were written before the index
    if (this.answerAt === this.answer.length) this.answer = null;
  }
}

/** Strict UTF-8 decoding; null for bytes that are not UTF-8. */
function decode(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/** An answer message: header (type, the request's req_id and tx_id, len) and payload. */
function encode(type: number, req: StoreRequest, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(MSG.size + payload.length);
  const v = new DataView(out.buffer);
  v.setUint32(MSG.offsets['type']!, type, true);
  v.setUint32(MSG.offsets['req_id']!, req.req_id, true);
  v.setUint32(MSG.offsets['tx_id']!, req.tx_id, true);
  v.setUint32(MSG.offsets['len']!, payload.length, true);
  out.set(payload, MSG.size);
  return out;
}
