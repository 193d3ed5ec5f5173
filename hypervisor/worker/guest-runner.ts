/**
 * A guest worker as the hypervisor sees it (core/domain.ts's GuestRunner):
 * spawn, wait for the ready handshake (with a timeout), boot, and turn the
 * worker's end message — or its death — into one settled `ended` promise.
 */
import type { GuestRunner } from '../core/domain.js';
import { spawnWorker } from './platform.js';
import { MSG_BOOT, MSG_END, MSG_READY, type GuestMessage, type VcpuEnd, type VcpuSetup } from './protocol.js';

/** How long a new guest worker may take to say it is ready. */
const READY_TIMEOUT_MS = 10_000;

/** Spawns a guest worker for domain `domid`; rejects when it does not become ready in time. */
export async function spawnGuestWorker(domid: number, url: URL = new URL('./guest-worker.js', import.meta.url)): Promise<GuestRunner> {
  const w = await spawnWorker(url, `exovisor-guest-${domid}`);
  let settle: (r: { end: VcpuEnd; traps: Record<string, number> }) => void = () => {};
  const ended = new Promise<{ end: VcpuEnd; traps: Record<string, number> }>((r) => { settle = r; });
  let ready: () => void = () => {};
  const readyP = new Promise<void>((r) => { ready = r; });
  w.onMessage((data) => {
    const msg = data as GuestMessage;
    if (msg.kind === MSG_READY) ready();
    else if (msg.kind === MSG_END) settle({ end: msg.end, traps: msg.traps });
  });
  w.onFailure((message) => settle({ end: { kind: 'crash', message: `guest worker died: ${message}` }, traps: {} }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'late'>((r) => { timer = setTimeout(() => r('late'), READY_TIMEOUT_MS); });
  const outcome = await Promise.race([readyP.then(() => 'ok' as const), timeout]);
  clearTimeout(timer);
  if (outcome === 'late') {
    await w.terminate();
    throw new Error(`guest worker for domain ${domid} did not become ready within ${READY_TIMEOUT_MS} ms`);
  }
  return {
    boot: (setup: VcpuSetup) => w.postMessage({ kind: MSG_BOOT, setup } satisfies GuestMessage),
    ended,
    terminate: async () => {
      await w.terminate();
      settle({ end: { kind: 'crash', message: 'guest worker terminated' }, traps: {} });
    },
  };
}
