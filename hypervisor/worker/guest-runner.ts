/**
 * A guest worker as the hypervisor sees it (core/domain.ts's GuestRunner):
 * spawn, wait for the ready handshake (with a timeout), boot, and turn the
 * worker's end message — or its death — into one settled `ended` promise.
 */
import type { GuestRunner } from '../core/domain.js';
import { SPARE_DOMID } from '../core/guest-pool.js';
import { spawnWorker, type WorkerEntry } from './platform.js';
import type { VcpuState } from '../vmm/vcpu-state.js';
import { MSG_BOOT, MSG_END, MSG_READY, MSG_STATE, type GuestMessage, type VcpuEnd, type VcpuSetup } from './protocol.js';

/** How long a new guest worker may take to say it is ready. */
const READY_TIMEOUT_MS = 10_000;

/** The guest worker entry point (platform.ts's WorkerEntry explains the two spellings). */
export const GUEST_WORKER: WorkerEntry = {
  url: new URL(/* @vite-ignore */ './guest-worker.js', import.meta.url),
  start: (name) => new Worker(new URL('./guest-worker.js', import.meta.url), { type: 'module', name }),
};

/** Spawns a guest worker for domain `domid` (SPARE_DOMID: a spare for the pool); rejects when it dies or does not become ready in time. */
export async function spawnGuestWorker(domid: number, entry: URL | WorkerEntry = GUEST_WORKER): Promise<GuestRunner> {
  const who = domid === SPARE_DOMID ? 'spare guest worker' : `guest worker for domain ${domid}`;
  const w = await spawnWorker(entry, domid === SPARE_DOMID ? 'exovisor-guest-spare' : `exovisor-guest-${domid}`);
  let settle: (r: { end: VcpuEnd; traps: Record<string, number> }) => void = () => {};
  const ended = new Promise<{ end: VcpuEnd; traps: Record<string, number> }>((r) => { settle = r; });
  // Settles with null once ready, or with why it never will be; the first call wins.
  let ready: (failure: string | null) => void = () => {};
  const readyP = new Promise<string | null>((r) => { ready = r; });
  // Waiters for the next MSG_STATE (a paused vCPU's state, asked for with REQ_STATE).
  let stateWaiters: Array<(s: VcpuState) => void> = [];
  w.onMessage((data) => {
    const msg = data as GuestMessage;
    if (msg.kind === MSG_READY) ready(null);
    else if (msg.kind === MSG_END) settle({ end: msg.end, traps: msg.traps });
    else if (msg.kind === MSG_STATE) { for (const f of stateWaiters.splice(0)) f(msg.state); }
  });
  w.onFailure((message) => {
    ready(`failed to start: ${message}`);
    settle({ end: { kind: 'crash', message: `guest worker died: ${message}` }, traps: {} });
  });
  const timer = setTimeout(() => ready(`did not become ready within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
  const failure = await readyP;
  clearTimeout(timer);
  if (failure !== null) {
    await w.terminate();
    throw new Error(`${who} ${failure}`);
  }
  return {
    boot: (setup: VcpuSetup) => w.postMessage({ kind: MSG_BOOT, setup } satisfies GuestMessage),
    ended,
    nextState: () => new Promise<VcpuState>((r) => { stateWaiters = [...stateWaiters, r]; }),
    terminate: async () => {
      await w.terminate();
      settle({ end: { kind: 'crash', message: 'guest worker terminated' }, traps: {} });
    },
  };
}
