/**
 * The fuzz targets' oracles: each takes one input and throws only when the
 * code under test crashed — an exception other than the module's typed
 * error, or a result that breaks the module's own promises. The fuzz tests
 * feed them generated inputs; regressions.test.ts replays the committed
 * crash inputs through the same oracles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KERNEL_BASE, VIRT_DRAM } from '../../hypervisor/abi/virt.js';
import { loadBare } from '../../hypervisor/core/boot.js';
import { GuestMemory } from '../../hypervisor/core/guest-memory.js';
import { MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { isArchive, parseArchive } from '../../hypervisor/image/archive.js';
import { ElfError, parseElf } from '../../hypervisor/image/elf.js';
import { FdtError, parseFdt } from '../../hypervisor/image/fdt.js';
import { guessKind } from '../../hypervisor/image/guess-kind.js';
import { IMAGE_KINDS } from '../../hypervisor/image/manifest.js';
import { LinkError, parseObject } from '../../hypervisor/image/elf-object.js';
import { link, type LinkInput } from '../../hypervisor/image/link.js';
import { decodeSnapshot, SnapshotFormatError, snapshotSummary } from '../../hypervisor/image/snapshot-format.js';
import { ModuleError, moduleRecord } from '../../hypervisor/image/uni.js';
import { buildUnikernel } from '../../hypervisor/image/unikernel.js';
import { ROOT } from '../helpers/cli.js';
import { expectRefusal, parsesOrRefuses, parsesOrRefusesAsync } from './harness.js';

/** RAM the loader oracle loads into: 1 MiB at the start of DRAM. */
const RAM_BYTES = 1 << 20;
const guestMemory = new GuestMemory(new MachineMemory(2 * RAM_BYTES), 1, VIRT_DRAM, RAM_BYTES);

/** Throws `what` as a broken promise of the code under test. */
function broken(what: string): never {
  throw new Error(`broken promise: ${what}`);
}

/** ELF loader: parseElf then loadBare into real guest memory; ElfError is the only way to say no (and guessKind never throws). */
export function checkElf(bytes: Uint8Array): void {
  if (!IMAGE_KINDS.includes(guessKind(bytes))) broken('guessKind named no image kind');
  const img = parsesOrRefuses(() => parseElf(bytes), [ElfError]);
  if (!img) return;
  for (const [i, s] of img.segments.entries()) {
    if (s.data.length > s.memSize) broken(`segment ${i} holds ${s.data.length} file bytes in ${s.memSize} bytes of memory`);
    if (s.data.buffer !== bytes.buffer) broken(`segment ${i} data is not a view of the file`);
  }
  const boot = parsesOrRefuses(() => loadBare(guestMemory, img), [ElfError]);
  if (boot && boot.entry !== img.entry) broken(`loadBare entered at 0x${boot.entry.toString(16)}, not the ELF entry`);
}

/** The objects a real unikernel (the compute app with libc and the modules libc requires) links from, in link order. */
export function unikernelInputs(): LinkInput[] {
  const read = (name: string, path: string): LinkInput => ({ name, data: new Uint8Array(readFileSync(join(ROOT, path))) });
  const app = read('compute.o', 'apps/build/compute/compute.o');
  const modules = readdirSync(join(ROOT, 'libos/uni/build')).filter((f) => f.endsWith('.o')).map((f) => read(f, `libos/uni/build/${f}`));
  const wanted = buildUnikernel({ app: [app], modules }, ['libc']).modules;
  return [app, ...wanted.map((m) => modules.find((i) => i.name === `${m}.o`)!)];
}

/** Options every fuzzed link uses (the unikernel's). */
export const LINK_OPTS = { entry: '_start', base: KERNEL_BASE };

/** LinkErrors about the link as a whole, which no single input is to blame for. */
const WHOLE_IMAGE_PROBLEMS = /^(undefined entry symbol |image does not fit below 4 GiB|image too large)/;

/** Linker: links `inputs`; LinkError naming the culprit input is the only refusal, and a linked image must be one the loader reads. */
export function checkLink(inputs: LinkInput[]): void {
  let out: ReturnType<typeof link> | undefined;
  try {
    out = link(inputs, LINK_OPTS);
  } catch (e) {
    expectRefusal(e, [LinkError]);
    const msg = (e as Error).message;
    if (!inputs.some((i) => msg.includes(i.name)) && !WHOLE_IMAGE_PROBLEMS.test(msg)) broken(`a LinkError names no input: ${msg}`);
    return;
  }
  const img = parsesOrRefuses(() => parseElf(out.image), [ElfError]);
  if (!img) broken('the linker wrote an executable the ELF loader refuses');
  if (img.entry !== out.entry) broken('the written entry differs from the linked one');
}

/** Object and archive readers alone, plus the module-record reader: only LinkError and ModuleError. */
export function checkObject(name: string, bytes: Uint8Array): void {
  if (isArchive(bytes)) {
    const ar = parsesOrRefuses(() => parseArchive(name, bytes), [LinkError]);
    for (const m of ar?.members ?? []) parsesOrRefuses(() => parseObject(`${name}(${m.name})`, m.data), [LinkError]);
    return;
  }
  parsesOrRefuses(() => parseObject(name, bytes), [LinkError]);
  parsesOrRefuses(() => moduleRecord(bytes, name), [ModuleError]);
}

/** Snapshot decoder: SnapshotFormatError is the only refusal; a decoded image keeps the header's promises and the cheap summary agrees. */
export async function checkSnapshot(bytes: Uint8Array): Promise<void> {
  const summary = parsesOrRefuses(() => snapshotSummary(bytes), [SnapshotFormatError]);
  const snap = await parsesOrRefusesAsync(() => decodeSnapshot(bytes), [SnapshotFormatError]);
  if (!snap) return;
  if (!summary || summary.pages !== snap.header.pages || summary.kind !== snap.header.kind) broken('snapshotSummary disagrees with decodeSnapshot');
  if (snap.pages.size !== snap.header.pages) broken(`${snap.pages.size} pages decoded, the header says ${snap.header.pages}`);
  for (const [n, p] of snap.pages) if (p.length !== 4096 || n * 4096 >= snap.header.ramBytes + 2 * 4096) broken(`page ${n} is out of shape`);
  if ((snap.disk?.length ?? 0) !== snap.header.diskBytes) broken('the disk is not the size the header says');
}

/** Device-tree parser: FdtError is the only refusal; a parsed tree has the empty-named root. */
export function checkFdt(bytes: Uint8Array): void {
  const root = parsesOrRefuses(() => parseFdt(bytes), [FdtError]);
  if (root && root.name !== '') broken(`the root node is named '${root.name}'`);
}

/** Committed objects (module and app) the linker fuzz mutates, by file name. */
export function realObjects(): LinkInput[] {
  const dirs = ['libos/uni/build', ...readdirSync(join(ROOT, 'apps/build'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'runtime' && d.name !== 'ulib').map((d) => `apps/build/${d.name}`)];
  return dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.o')).sort()
    .map((f) => ({ name: f, data: new Uint8Array(readFileSync(join(ROOT, d, f))) })));
}
