/**
 * The lab page (lab.html, served by the dev server): a hypervisor with two
 * long-lived domains — the pv-ops kernel with a disk and the kernel under
 * full virtualization, both running `cat`, which waits for console input —
 * shown by <exo-host-view> and <exo-inspector>. A place to work on those
 * elements, and what the browser tests drive; `window.exoLab` holds the
 * API, the domains once they run, and a way to type into their consoles.
 */
import type * as Comlink from 'comlink';
import type { DomainInfo, DomainSpec } from '../hypervisor/core/domain.js';
import { mkfs } from '../hypervisor/image/mkfs.js';
import type { HypervisorApi } from '../hypervisor/worker/hypervisor-api.js';
import { startHypervisor } from '../hypervisor/worker/client.js';
import { ByteRing } from '../hypervisor/worker/byte-ring.js';
import type { ExoHostView } from './exo-host-view.js';
import type { ExoInspector } from './exo-inspector.js';
import './exo-host-view.js';
import './exo-inspector.js';

/** What the page exposes to its console and to tests. */
export interface Lab {
  api: Comlink.Remote<HypervisorApi>;
  domains: DomainInfo[];
  /** Types `text` into domain `id`'s console; the bytes its input ring took. */
  type(id: number, text: string): Promise<number>;
}

declare global {
  interface Window { exoLab?: Lab }
}

const RAM = 16 << 20;

/** Fetches a guest image; throws with the fix when it is not built. */
async function image(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} is not available (HTTP ${res.status}); build the guests with \`npm run guests\``);
  return new Uint8Array(await res.arrayBuffer());
}

/** The lab's domains: the PV kernel with a disk holding cat, and the kernel under full virtualization. */
async function specs(): Promise<DomainSpec[]> {
  const [pv, kernel, cat] = await Promise.all([image('/images/kernel-pv.elf'), image('/images/kernel.elf'), image('/images/apps/cat.elf')]);
  const disk = mkfs({ sizeBytes: 1 << 20, files: [{ name: 'cat', data: cat }] });
  return [
    { name: 'cat (pv)', ramBytes: RAM, boot: { kind: 'pv', kernel: pv, cmdline: 'cat' }, disk, clock: 'realtime' },
    { name: 'cat (full)', ramBytes: RAM, boot: { kind: 'full', kernel, bootargs: 'cat' }, clock: 'realtime' },
  ];
}

async function main(): Promise<void> {
  const status = document.getElementById('lab-status')!;
  try {
    const { api } = await startHypervisor({ machineBytes: 96 << 20 });
    const domains: DomainInfo[] = [];
    for (const spec of await specs()) {
      const { id } = await api.create(spec);
      domains.push(await api.start(id));
    }
    const host = document.querySelector('exo-host-view') as ExoHostView;
    const inspector = document.querySelector('exo-inspector') as ExoInspector;
    const select = document.getElementById('lab-domain') as HTMLSelectElement;
    select.replaceChildren(...domains.map((d) => new Option(`${d.name} (id ${d.id})`, String(d.id))));
    select.addEventListener('change', () => { inspector.domid = Number(select.value); });
    host.api = api;
    inspector.api = api;
    inspector.domid = domains[0]!.id;
    const type = async (id: number, text: string): Promise<number> => new ByteRing((await api.consoleRings(id)).in).write(new TextEncoder().encode(text));
    window.exoLab = { api, domains, type };
    status.textContent = `Running ${domains.map((d) => d.name).join(' and ')}.`;
  } catch (e) {
    status.textContent = `The lab could not start: ${e instanceof Error ? e.message : String(e)}`;
  }
}

void main();
