/**
 * Reading a domain's console from an in-thread hypervisor until the domain
 * ends: what the hypervisor tests compare against a guest's expected output.
 */
import type { DomainInfo } from '../../hypervisor/core/domain.js';
import { ByteRing } from '../../hypervisor/worker/byte-ring.js';

/** The part of a hypervisor this needs (the in-thread Hypervisor has it). */
export interface ConsoleSource {
  consoleRings(id: number): { out: SharedArrayBuffer };
  waitForEnd(id: number, timeoutMs: number): Promise<DomainInfo>;
}

/** Reads domain `id`'s console ring until it is no longer running; its end and everything it printed. */
export async function consoleUntilEnd(hv: ConsoleSource, id: number): Promise<{ info: DomainInfo; text: string }> {
  const ring = new ByteRing(hv.consoleRings(id).out);
  let text = '';
  for (;;) {
    const info = await hv.waitForEnd(id, 100);
    text += Buffer.from(ring.read()).toString('latin1');
    if (info.state !== 'running') return { info, text };
  }
}
