/**
 * The main thread's handle on a hypervisor worker: spawn it, wrap it with
 * comlink, and complete the ready handshake within a timeout.
 */
import * as Comlink from 'comlink';
import type { HypervisorApi, HypervisorConfig } from './hypervisor-api.js';
import { spawnWorker, type WorkerEntry, type WorkerHandle } from './platform.js';

/** The hypervisor worker entry point (platform.ts's WorkerEntry explains the two spellings). */
export const HYPERVISOR_WORKER: WorkerEntry = {
  url: new URL(/* @vite-ignore */ './hypervisor-worker.js', import.meta.url),
  start: (name) => new Worker(new URL('./hypervisor-worker.js', import.meta.url), { type: 'module', name }),
};

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

/** Starts the hypervisor worker (by default the bundled or compiled entry beside this module) and initialises it. */
export async function startHypervisor(config: HypervisorConfig, entry: URL | WorkerEntry = HYPERVISOR_WORKER): Promise<HypervisorClient> {
  const worker = await spawnWorker(entry, 'exovisor-hypervisor');
  // A worker that dies while starting (say, its module did not load) fails the start at once.
  const died = new Promise<never>((_, reject) => worker.onFailure((m) => reject(new Error(`hypervisor worker failed: ${m}`))));
  died.catch(() => {});
  const api = Comlink.wrap<HypervisorApi>(worker.endpoint() as Comlink.Endpoint);
  try {
    await withTimeout(Promise.race([api.init(config), died]), 10_000, 'hypervisor worker did not start');
  } catch (e) {
    await worker.terminate();
    throw e;
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
