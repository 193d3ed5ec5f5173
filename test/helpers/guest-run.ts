/**
 * Running guests in real hypervisor workers (the compiled dist modules) for
 * the snapshot tests: hypervisors closed after each test, a domain's
 * console read as it comes, polling with a deadline, and a run to the end.
 */
import { pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';
import type { HypervisorClient } from '../../hypervisor/worker/client.js';
import { ByteRing } from '../../hypervisor/worker/byte-ring.js';
import { ROOT } from './cli.js';

const { startHypervisor } = await import(pathToFileURL(`${ROOT}dist/hypervisor/worker/client.js`).href) as typeof import('../../hypervisor/worker/client.js');

/** How a run ended: its console output, end state, exit code and instruction count. */
export interface RunEnd { text: string; state: string; exitCode?: number; insns: number }

/** Hypervisor workers of `machineBytes` each, closed after every test of the file that calls this. */
export function hypervisorPool(machineBytes: number): () => Promise<HypervisorClient> {
  const clients: HypervisorClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close().catch(() => {});
  });
  return async () => {
    const c = await startHypervisor({ machineBytes });
    clients.push(c);
    return c;
  };
}

/** Collects a domain's console output as it comes. */
export async function consoleOf(c: HypervisorClient, id: number): Promise<{ text: () => string }> {
  const ring = new ByteRing((await c.api.consoleRings(id)).out);
  let text = '';
  return { text: () => (text += Buffer.from(ring.read()).toString('latin1')) };
}

/** Polls until `f` holds; throws after `ms`. */
export async function until(f: () => boolean, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!f()) {
    if (performance.now() > end) throw new Error(`${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Runs a domain to its end in `c` (starting it if created); its output, end state and instruction count. */
export async function runToEnd(c: HypervisorClient, id: number, out?: { text: () => string }, timeoutMs = 60_000): Promise<RunEnd> {
  const o = out ?? await consoleOf(c, id);
  if ((await c.api.info(id)).state === 'created') await c.api.start(id);
  const info = await c.api.waitForEnd(id, timeoutMs);
  return { text: o.text(), state: info.state, ...(info.exitCode === undefined ? {} : { exitCode: info.exitCode }), insns: (await c.api.stats(id)).insns };
}
