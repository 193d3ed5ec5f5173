/**
 * The back-end side of a shared ring: requests copied once (into a new
 * buffer or the caller's), responses
 * published with notification suppression exactly as Xen's ring macros
 * decide, the final check that loses no wake-up, and refusal of a
 * front-end that moves req_prod where it can never be.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { RING_HEADER, RING_SLOTS_OFFSET } from '../../../hypervisor/abi/ring.js';
import { BackRing, RingError } from '../../../hypervisor/core/ring.js';

const O = layout(RING_HEADER).offsets;
const SLOT = 16, SIZE = 8;

/** A ring page and a front-end that writes requests into it the way a guest driver does. */
function setup(): { page: Uint8Array; idx: Int32Array; back: BackRing; push: (tag: number) => void } {
  const page = new Uint8Array(new SharedArrayBuffer(4096));
  const idx = new Int32Array(page.buffer, 0, 4);
  let prod = 0;
  const push = (tag: number): void => {
    page.fill(tag, RING_SLOTS_OFFSET + (prod & (SIZE - 1)) * SLOT, RING_SLOTS_OFFSET + ((prod & (SIZE - 1)) + 1) * SLOT);
    prod++;
    Atomics.store(idx, O['req_prod']! >>> 2, prod);
  };
  return { page, idx, back: new BackRing(page, SLOT, SIZE), push };
}

describe('shared ring back-end', () => {
  it('copies each request once: a front-end changing it after publishing changes nothing the back-end acts on', () => {
    const { page, back, push } = setup();
    push(7);
    expect(back.unconsumed()).toBe(1);
    const req = back.takeRequest();
    page.fill(99, RING_SLOTS_OFFSET, RING_SLOTS_OFFSET + SLOT); // the double-fetch attack
    expect([...req]).toEqual(new Array(SLOT).fill(7));
    expect(back.unconsumed()).toBe(0);
  });

  it('copies each request once into a buffer of the caller\'s, reused from request to request, and refuses one that is not a slot long', () => {
    const { page, back, push } = setup();
    push(5);
    push(6);
    const buf = new Uint8Array(SLOT);
    expect(() => back.takeRequest(new Uint8Array(SLOT + 1))).toThrow(RangeError);
    expect(back.unconsumed()).toBe(2); // the refused call consumed nothing
    expect(back.takeRequest(buf)).toBe(buf);
    page.fill(99, RING_SLOTS_OFFSET, RING_SLOTS_OFFSET + SLOT); // the double-fetch attack
    expect([...buf]).toEqual(new Array(SLOT).fill(5));
    back.takeRequest(buf);
    expect([...buf]).toEqual(new Array(SLOT).fill(6));
    expect(back.counters.requests).toBe(2);
    expect(back.unconsumed()).toBe(0);
  });

  it('notifies only when the front-end\'s rsp_event lies within what was just published', () => {
    const { idx, back, push } = setup();
    const rspEvent = O['rsp_event']! >>> 2;
    for (let i = 0; i < 3; i++) push(i);
    Atomics.store(idx, rspEvent, 1); // front-end waits for the first response
    back.takeRequest(); back.putResponse(new Uint8Array([1]));
    expect(back.publish()).toBe(true);
    back.takeRequest(); back.putResponse(new Uint8Array([2]));
    expect(back.publish()).toBe(false); // rsp_event 1 already passed: the front-end is still busy, no notification
    Atomics.store(idx, rspEvent, 3);
    back.takeRequest(); back.putResponse(new Uint8Array([3]));
    expect(back.publish()).toBe(true);
    expect(back.counters).toMatchObject({ notify_sent: 2, notify_suppressed: 1, requests: 3, responses: 3 });
    expect(Atomics.load(idx, O['rsp_prod']! >>> 2)).toBe(3);
  });

  it('asks to be woken for the next request before sleeping, and sees one that raced in', () => {
    const { idx, back, push } = setup();
    expect(back.finalCheck()).toBe(false);
    expect(Atomics.load(idx, O['req_event']! >>> 2)).toBe(1);
    push(1);
    expect(back.finalCheck()).toBe(true);
  });

  it('refuses req_prod more than a ring ahead or moved backwards, without touching the page', () => {
    const { idx, back, push } = setup();
    const reqProd = O['req_prod']! >>> 2;
    Atomics.store(idx, reqProd, SIZE + 1);
    expect(() => back.unconsumed()).toThrow(RingError);
    Atomics.store(idx, reqProd, 0);
    push(1); push(2);
    back.takeRequest(); back.takeRequest();
    Atomics.store(idx, reqProd, 1); // backwards
    expect(() => back.unconsumed()).toThrow(RingError);
    // Requests taken but not answered count against the ring too: a front-end cannot overrun unanswered slots.
    Atomics.store(idx, reqProd, 2 + SIZE - 1);
    expect(() => back.unconsumed()).toThrow(RingError);
    Atomics.store(idx, reqProd, 2 + SIZE - 2);
    expect(back.unconsumed()).toBe(SIZE - 2);
  });
});
