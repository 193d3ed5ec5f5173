/**
 * The main thread's handle on a hypervisor worker: spawn it, wrap it with
 * comlink, and complete the ready handshake within a timeout.
 */
import * as Comlink from 'comlink';
import type { HypervisorApi, HypervisorConfig } from './hypervisor-api.js';
import { spawnWorker, type WorkerHandle } from './platform.js';

/** A connected hypervisor. */
export interface HypervisorClient {
  api: Comlink.Remote<HypervisorApi>;
  worker: WorkerHandle;
  /** Shuts every domain down and terminates the hypervisor worker. */
  close(): Promise<void>;
}

/** Calls `p`, rejecting with `what` when it takes longer than `ms`. */
export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, rej) => { timer = setTimeout(() => rej(new Error(`${what}: no answer within ${ms} ms`)), ms); });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the hypervisor worker and initialises it. */
export async function startHypervisor(config: HypervisorConfig, url = new URL('./hypervisor-worker.js', import.meta.url)): Promise<HypervisorClient> {
  const worker = await spawnWorker(url, 'exovisor-hypervisor');
  let failure: string | null = null;
  worker.onFailure((m) => { failure = m; });
  const api = Comlink.wrap<HypervisorApi>(worker.endpoint() as Comlink.Endpoint);
  try {
    await withTimeout(api.init(config), 10_000, 'hypervisor worker did not start');
  } catch (e) {
    await worker.terminate();
    throw failure ? new Error(`hypervisor worker failed: ${failure}`) : e;
  }
  return {
    api,
    worker,
    close: async () => {
      try {
        await withTimeout(api.shutdown(), 5000, 'hypervisor shutdown');
      } finally {
        api[Comlink.releaseProxy]();
        await worker.terminate();
      }
    },
  };
}
