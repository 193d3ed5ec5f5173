/**
 * The one place that knows whether code runs in a browser or in Node: how to
 * spawn a worker, how a worker talks to its parent, and how to yield to the
 * event loop. Browser Web Workers and Node worker_threads differ only here;
 * everything else (the hypervisor, the vCPU loop, comlink endpoints) sees the
 * small `Channel` interface.
 */

/** A message channel to a worker or to a worker's parent. */
export interface Channel {
  postMessage(message: unknown): void;
  /** Registers the message handler (receives the message data). */
  onMessage(handler: (data: unknown) => void): void;
  /** comlink's Endpoint shape over this channel. */
  endpoint(): ComlinkEndpoint;
}

/** A spawned worker. */
export interface WorkerHandle extends Channel {
  /** Called once if the worker dies: an uncaught error, or an exit nobody asked for. */
  onFailure(handler: (message: string) => void): void;
  /** Kills the worker; resolves once it is gone. */
  terminate(): Promise<void>;
}

/** The subset of comlink's Endpoint that comlink uses. */
export interface ComlinkEndpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject): void;
}

/** True in Node (worker_threads), false in a browser. */
export const IN_NODE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

interface NodePortLike {
  postMessage(m: unknown): void;
  on(ev: string, fn: (...a: unknown[]) => void): void;
  off(ev: string, fn: (...a: unknown[]) => void): void;
}

interface WebPortLike {
  postMessage(m: unknown): void;
  addEventListener(ev: string, fn: (e: MessageEvent) => void): void;
  removeEventListener(ev: string, fn: (e: MessageEvent) => void): void;
}

/** comlink endpoint over a Node port: wraps `on('message')` data in `{ data }` events. */
function nodeEndpoint(port: NodePortLike): ComlinkEndpoint {
  const wrapped = new Map<EventListenerOrEventListenerObject, (d: unknown) => void>();
  return {
    postMessage: (m) => port.postMessage(m),
    addEventListener: (_t, l) => {
      const fn = (data: unknown): void => {
        const ev = { data } as MessageEvent;
        if (typeof l === 'function') l(ev);
        else l.handleEvent(ev);
      };
      wrapped.set(l, fn);
      port.on('message', fn);
    },
    removeEventListener: (_t, l) => {
      const fn = wrapped.get(l);
      if (fn) port.off('message', fn);
      wrapped.delete(l);
    },
  };
}

function nodeChannel(port: NodePortLike): Channel {
  return {
    postMessage: (m) => port.postMessage(m),
    onMessage: (h) => port.on('message', h as (...a: unknown[]) => void),
    endpoint: () => nodeEndpoint(port),
  };
}

function webChannel(port: WebPortLike): Channel {
  return {
    postMessage: (m) => port.postMessage(m),
    onMessage: (h) => port.addEventListener('message', (e) => h(e.data)),
    endpoint: () => port as unknown as ComlinkEndpoint,
  };
}

/** Spawns the module worker at `url` (a compiled .js file in Node; a bundled module URL in browsers). */
export async function spawnWorker(url: URL, name: string): Promise<WorkerHandle> {
  if (IN_NODE) {
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(url, { name });
    let failed = false, terminating = false;
    let onFail: (m: string) => void = () => {};
    const fail = (m: string): void => { if (!failed && !terminating) { failed = true; onFail(m); } };
    w.on('error', (e: Error) => fail(`worker error: ${e.message}`));
    w.on('exit', (code: number) => fail(`worker exited with code ${code}`));
    return {
      ...nodeChannel(w as unknown as NodePortLike),
      onFailure: (h) => { onFail = h; },
      terminate: async () => { terminating = true; await w.terminate(); },
    };
  }
  const WorkerCtor = (globalThis as unknown as { Worker: new (u: URL, o: object) => WebPortLike & { terminate(): void } }).Worker;
  const w = new WorkerCtor(url, { type: 'module', name });
  let onFail: (m: string) => void = () => {};
  w.addEventListener('error', (e) => onFail(`worker error: ${(e as unknown as ErrorEvent).message ?? 'unknown'}`));
  return {
    ...webChannel(w),
    onFailure: (h) => { onFail = h; },
    terminate: async () => { w.terminate(); },
  };
}

/** The channel from inside a worker to whoever spawned it. */
export async function parentChannel(): Promise<Channel> {
  if (IN_NODE) {
    const { parentPort } = await import('node:worker_threads');
    if (!parentPort) throw new Error('parentChannel: not running in a worker thread');
    return nodeChannel(parentPort as unknown as NodePortLike);
  }
  return webChannel(globalThis as unknown as WebPortLike);
}

/** Resolves after other queued tasks of the event loop (messages, timers) have had a turn. */
export function yieldToEventLoop(): Promise<void> {
  if (IN_NODE) return new Promise((r) => setImmediate(r));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); r(); };
    ch.port2.postMessage(null);
  });
}
