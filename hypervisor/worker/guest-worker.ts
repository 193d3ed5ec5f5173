/**
 * Guest worker entry: one per domain. Says it is ready, receives the vCPU
 * setup, runs the vCPU until it ends, and reports how it ended. Wiring only:
 * the logic is vmm/vcpu.ts and exit-transport.ts.
 */
import { Vcpu } from '../vmm/vcpu.js';
import { SharedExitTransport } from './exit-transport.js';
import { parentChannel } from './platform.js';
import { MSG_BOOT, MSG_END, MSG_READY, MSG_STATE, type GuestMessage, type VcpuEnd } from './protocol.js';

const parent = await parentChannel();
parent.onMessage((data) => {
  const msg = data as GuestMessage;
  if (msg.kind !== MSG_BOOT) return;
  let end: VcpuEnd;
  let traps: Record<string, number> = {};
  try {
    const vcpu = new Vcpu(msg.setup, new SharedExitTransport(msg.setup.exitSpin));
    vcpu.stateSink = (state) => parent.postMessage({ kind: MSG_STATE, state } satisfies GuestMessage);
    end = vcpu.run();
    traps = vcpu.hart.counters.traps;
  } catch (e) {
    end = { kind: 'crash', message: `vCPU failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  parent.postMessage({ kind: MSG_END, end, traps } satisfies GuestMessage);
});
parent.postMessage({ kind: MSG_READY } satisfies GuestMessage);
