/**
 * What the page boots from: the built-in guest images the server provides
 * under /images/ (vite.config.ts), a fresh disk holding every app, the
 * unikernel inputs (module objects and app objects), and the domain specs
 * the dashboard creates — the same specs `exovisor run` builds.
 */
import type { DomainSpec } from '../hypervisor/core/domain.js';
import { ARG_MAX } from '../hypervisor/abi/syscall.js';
import { APPS } from '../hypervisor/image/builtin.js';
import { mkfs } from '../hypervisor/image/mkfs.js';
import { moduleRecord, type ModuleRecord } from '../hypervisor/image/uni.js';
import { buildUnikernel, type UnikernelImage } from '../hypervisor/image/unikernel.js';
import type { LinkInput } from '../hypervisor/image/link.js';

/** Where the server puts guest images. */
export const IMAGES = '/images/';
/** RAM a kernel or unikernel guest gets unless the user says otherwise. */
export const DEFAULT_RAM_BYTES = 32 << 20;
/** Size of the fresh disk that holds every app. */
const FRESH_DISK_BYTES = 8 << 20;

/** Guest kinds the create dialog offers ('native' is the kernel on its SBI firmware, 'hw' the full kernel hardware-assisted). */
export type GuestKind = 'native' | 'full' | 'hw' | 'pv' | 'uni';

/** Fetches `/images/<path>`; rejects with an actionable message when it is missing. */
export async function fetchImage(path: string): Promise<Uint8Array> {
  const url = IMAGES + path;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`guest image ${url} is not available (HTTP ${res.status}); build it with \`npm run guests\``);
  return new Uint8Array(await res.arrayBuffer());
}

/** The built-in kernel for `kind` ('pv' boots the pv-ops build). */
export function builtinKernel(kind: Exclude<GuestKind, 'uni'>): Promise<Uint8Array> {
  return fetchImage(kind === 'pv' ? 'kernel-pv.elf' : 'kernel.elf');
}

/** A fresh EXFS disk holding every app (as `exovisor run` makes one). */
export async function freshDisk(): Promise<Uint8Array> {
  const apps = await Promise.all(APPS.map((a) => fetchImage(`apps/${a.name}.elf`)));
  return mkfs({ sizeBytes: FRESH_DISK_BYTES, files: APPS.map((a, i) => ({ name: a.name, data: apps[i]! })) });
}

/** Checks a program and its arguments the way the kernel's init splits them; the command line. */
export function commandLine(program: readonly string[]): string {
  if (program.length === 0) throw new Error('name a program to run, as in: hello from the page');
  if (program.length > ARG_MAX) throw new Error(`the kernel takes at most ${ARG_MAX} words (program and arguments), got ${program.length}`);
  return program.join(' ');
}

/** What a guest is made of. */
export interface GuestPlan {
  name: string;
  kind: GuestKind;
  /** The kernel (native, full, hw, pv) or the unikernel image (uni). */
  image: Uint8Array;
  program: string[];
  ramBytes: number;
  /** Native: the SBI firmware (the built-in one when absent). */
  firmware?: Uint8Array | undefined;
  /** The disk's contents, 'fresh' for a new disk holding every app, or none. */
  disk?: Uint8Array | 'fresh' | undefined;
}

/** The domain spec for `plan` (native fetches the built-in SBI firmware). */
export async function domainSpec(plan: GuestPlan): Promise<DomainSpec> {
  const cmd = commandLine(plan.program);
  const boot: DomainSpec['boot'] = plan.kind === 'full' || plan.kind === 'hw' ? { kind: plan.kind, kernel: plan.image, bootargs: cmd }
    : plan.kind === 'pv' ? { kind: 'pv', kernel: plan.image, cmdline: cmd }
      : plan.kind === 'uni' ? { kind: 'uni', image: plan.image, cmdline: cmd }
        : { kind: 'firmware', firmware: plan.firmware ?? await fetchImage('sbi.elf'), kernel: plan.image, bootargs: cmd };
  const disk = plan.disk === 'fresh' ? await freshDisk() : plan.disk;
  return { name: plan.name, ramBytes: plan.ramBytes, boot, ...(disk ? { disk } : {}), clock: 'realtime' };
}

/** A library-OS module object and what it says about itself. */
export interface ModuleObject { input: LinkInput; record: ModuleRecord }

/** Every library-OS module object the server has (its index lists them). */
export async function moduleObjects(): Promise<ModuleObject[]> {
  const res = await fetch(`${IMAGES}uni/index.json`);
  if (!res.ok) throw new Error(`the module index ${IMAGES}uni/index.json is not available (HTTP ${res.status})`);
  const names = await res.json() as string[];
  const data = await Promise.all(names.map((n) => fetchImage(`uni/${n}`)));
  return names.map((name, i) => ({ input: { name, data: data[i]! }, record: moduleRecord(data[i]!, name) }));
}

/** The apps that build as unikernels, with the modules each declares. */
export function unikernelApps(): { name: string; description: string; uni: readonly string[] }[] {
  return APPS.filter((a) => a.uni).map((a) => ({ name: a.name, description: a.description, uni: a.uni! }));
}

/** An app's relocatable object (what a unikernel links). */
export function appObject(app: string): Promise<Uint8Array> {
  return fetchImage(`objects/${app}.o`);
}

/** Links `app` with the modules `wanted` (by default those it declares) and everything they require, here in the page. */
export async function linkUnikernel(app: string, wanted?: readonly string[], modules?: readonly ModuleObject[]): Promise<UnikernelImage> {
  const declared = unikernelApps().find((a) => a.name === app)?.uni;
  if (!wanted && !declared) throw new Error(`${app} declares no unikernel modules`);
  const [object, objects] = await Promise.all([appObject(app), modules ?? moduleObjects()]);
  return buildUnikernel({ app: [{ name: `${app}.o`, data: object }], modules: objects.map((m) => m.input) }, wanted ?? declared!);
}
