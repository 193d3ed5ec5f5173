/**
 * The page's side of the hypervisor: one hypervisor worker per page (it
 * starts a guest worker per domain), and booting a guest image served by
 * the dev or preview server under /images/.
 */
import type { DomainInfo, DomainSpec, DomainStats } from '../hypervisor/core/domain.js';
import { APPS } from '../hypervisor/image/builtin.js';
import { buildUnikernel } from '../hypervisor/image/unikernel.js';
import { mkfs } from '../hypervisor/image/mkfs.js';
import { ByteRing } from '../hypervisor/worker/byte-ring.js';
import { startHypervisor, type HypervisorClient } from '../hypervisor/worker/client.js';

/** Machine memory shared by every domain of the page. */
const MACHINE_BYTES = 96 << 20;
/** RAM of a demonstration domain. */
const GUEST_RAM_BYTES = 16 << 20;
/** How long a demonstration guest may run before it is destroyed. */
const RUN_LIMIT_MS = 30_000;
/** How often the console is drained while nothing wakes the reader. */
const CONSOLE_POLL_MS = 100;

/** How one guest run ended. */
export interface GuestRun {
  /** The domain as it ended ('shutdown' with an exit code, 'crashed' with a reason, ...). */
  info: DomainInfo;
  /** Its counters at the end. */
  stats: DomainStats;
  /** Everything it wrote to its console. */
  console: string;
}

let hypervisor: Promise<HypervisorClient> | null = null;

/** The page's hypervisor, started on first use (and again if starting it failed). */
export function pageHypervisor(): Promise<HypervisorClient> {
  hypervisor ??= startHypervisor({ machineBytes: MACHINE_BYTES }).catch((e: unknown) => {
    hypervisor = null;
    throw e;
  });
  return hypervisor;
}

/** Fetches a guest image from the server; rejects with an actionable message when it is missing. */
export async function fetchImage(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`guest image ${url} is not available (HTTP ${res.status}); build it with \`npm run guests\``);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * Boots the bare-metal image at `imageUrl` in a new domain, passes console
 * text to `onConsole` as it arrives, and resolves once the guest has ended
 * (or the run limit passed); the domain is destroyed afterwards.
 */
export async function bootBare(name: string, imageUrl: string, onConsole: (text: string) => void): Promise<GuestRun> {
  const program = await fetchImage(imageUrl);
  return runDomain({ name, ramBytes: GUEST_RAM_BYTES, boot: { kind: 'bare', program } }, onConsole);
}

/** Disk of a kernel boot from the page: every app, in EXFS. */
const PAGE_DISK_BYTES = 8 << 20;

/**
 * Boots the guest OS kernel running `program` — with its SBI firmware on
 * the machine as it is ('native'), deprivileged under the trap-and-emulate
 * VMM ('full'), or its pv-ops build as a paravirtual guest ('pv') — on a
 * fresh disk holding every app, built here in the page; resolves once it has ended.
 */
export async function bootKernel(mode: 'native' | 'full' | 'pv', program: string[], onConsole: (text: string) => void): Promise<GuestRun> {
  const [kernel, firmware, ...apps] = await Promise.all([
    fetchImage(mode === 'pv' ? '/images/kernel-pv.elf' : '/images/kernel.elf'), fetchImage('/images/sbi.elf'),
    ...APPS.map((a) => fetchImage(`/images/apps/${a.name}.elf`)),
  ]);
  const disk = mkfs({ sizeBytes: PAGE_DISK_BYTES, files: APPS.map((a, i) => ({ name: a.name, data: apps[i]! })) });
  const bootargs = program.join(' ');
  const boot: DomainSpec['boot'] = mode === 'full' ? { kind: 'full', kernel: kernel!, bootargs }
    : mode === 'pv' ? { kind: 'pv', kernel: kernel!, cmdline: bootargs }
      : { kind: 'firmware', firmware: firmware!, kernel: kernel!, bootargs };
  return runDomain({ name: `${program[0] ?? 'kernel'} (${mode})`, ramBytes: KERNEL_RAM_BYTES, boot, disk }, onConsole);
}

/**
 * Builds a unikernel of `app` here in the page — its object and the
 * library-OS modules it declares, linked by the TypeScript linker — and
 * boots it with `program` as its command line; resolves once it has ended,
 * with the image's size.
 */
export async function bootUnikernel(app: string, program: string[], onConsole: (text: string) => void): Promise<GuestRun & { imageBytes: number }> {
  const entry = APPS.find((a) => a.name === app);
  if (!entry?.uni) throw new Error(`${app} declares no unikernel modules`);
  const names = await (await fetch('/images/uni/index.json')).json() as string[];
  const [object, ...modules] = await Promise.all([fetchImage(`/images/objects/${app}.o`), ...names.map((n) => fetchImage(`/images/uni/${n}`))]);
  const built = buildUnikernel({ app: [{ name: `${app}.o`, data: object! }], modules: names.map((n, i) => ({ name: n, data: modules[i]! })) }, entry.uni);
  const run = await runDomain({ name: `${app} (unikernel)`, ramBytes: KERNEL_RAM_BYTES, boot: { kind: 'uni', image: built.image, cmdline: program.join(' ') } }, onConsole);
  return { ...run, imageBytes: built.image.length };
}

/** RAM of a kernel domain. */
const KERNEL_RAM_BYTES = 32 << 20;

/** Creates, starts and streams one domain until it ends; destroys it afterwards. */
async function runDomain(spec: DomainSpec, onConsole: (text: string) => void): Promise<GuestRun> {
  const { api } = await pageHypervisor();
  const { id } = await api.create(spec);
  try {
    const out = new ByteRing((await api.consoleRings(id)).out);
    const decoder = new TextDecoder();
    let text = '';
    const drain = (last = false): void => {
      const chunk = decoder.decode(out.read(), { stream: !last });
      if (chunk) { text += chunk; onConsole(chunk); }
    };
    await api.start(id);
    let ended = false;
    const end = api.waitForEnd(id, RUN_LIMIT_MS).finally(() => { ended = true; });
    while (!ended) {
      await out.waitReadable(CONSOLE_POLL_MS);
      drain();
    }
    const info = await end;
    drain(true);
    return { info, stats: await api.stats(id), console: text };
  } finally {
    await api.destroy(id);
  }
}
