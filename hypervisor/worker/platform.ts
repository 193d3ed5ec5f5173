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

/**
 * One worker entry point, in the form each platform needs. Node runs the
 * compiled module at `url`. Browsers run what `start` constructs, and the
 * entry's module must write it exactly as
 *   start: (name) => new Worker(new URL('./entry.js', import.meta.url), { type: 'module', name })
 * because that literal is how Vite finds a worker entry and bundles it (the
 * `.js` specifier resolves to the `.ts` source; a worker that starts workers
 * gets its own nested bundle). `url` is the same `new URL(...)` with a
 * `@vite-ignore` comment before the specifier: without it Vite would inline
 * the entry's TypeScript source into the page as an asset.
 */
export interface WorkerEntry {
  /** The compiled entry module beside the caller, for Node's worker_threads. */
  readonly url: URL;
  /** Constructs the entry as a browser module worker named `name`. */
  readonly start: (name: string) => Worker;
}

/** Spawns a worker entry, or the module worker at a URL (a compiled .js file in Node; a served module in browsers). */
export async function spawnWorker(entry: URL | WorkerEntry, name: string): Promise<WorkerHandle> {
  if (IN_NODE) return spawnNodeWorker(entry instanceof URL ? entry : entry.url, name);
  return webWorkerHandle(entry instanceof URL ? new Worker(entry, { type: 'module', name }) : entry.start(name));
}

/** A worker_threads Worker; failure is an error, or an exit nobody asked for. */
async function spawnNodeWorker(url: URL, name: string): Promise<WorkerHandle> {
  const { Worker: NodeWorker } = await workerThreads();
  const w = new NodeWorker(url, { name });
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

/** A browser Worker; failure is an error event (an uncaught error, or a module that did not load). */
function webWorkerHandle(w: Worker): WorkerHandle {
  let failed = false;
  let onFail: (m: string) => void = () => {};
  w.addEventListener('error', (e) => {
    if (failed) return;
    failed = true;
    onFail(`worker error: ${e instanceof ErrorEvent && e.message ? e.message : 'the worker module failed to load or threw'}`);
  });
  return {
    ...webChannel(w),
    onFailure: (h) => { onFail = h; },
    terminate: async () => { w.terminate(); },
  };
}

/**
 * Node's worker_threads. The specifier goes through a variable so browser
 * bundlers neither resolve nor stub it; only Node ever reaches this call.
 */
function workerThreads(): Promise<typeof import('node:worker_threads')> {
  const specifier = 'node:worker_threads';
  return import(/* @vite-ignore */ specifier) as Promise<typeof import('node:worker_threads')>;
}

/** The channel from inside a worker to whoever spawned it. */
export async function parentChannel(): Promise<Channel> {
  if (IN_NODE) {
    const { parentPort } = await workerThreads();
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

/** Bytes of this thread's JavaScript heap in use (Node; Chromium's non-standard performance.memory), or null where neither says. */
export function heapUsedBytes(): number | null {
  if (IN_NODE) return process.memoryUsage().heapUsed;
  const memory = (performance as { memory?: { usedJSHeapSize?: number } }).memory;
  return memory?.usedJSHeapSize ?? null;
}
