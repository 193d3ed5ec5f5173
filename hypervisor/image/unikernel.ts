/**
 * Building a unikernel: an app's object linked with the library-OS modules
 * it needs — resolved from the modules' own records, the C library among
 * them — by the linker written in TypeScript, so the same build runs in
 * Node (`exovisor build`) and in the browser with no toolchain. The result
 * is an ELF image the PV domain builder boots (`--mode uni`), and the bytes
 * each part contributes.
 */
import { KERNEL_BASE } from '../abi/virt.js';
import { link, type LinkInput, type ObjectSize } from './link.js';
import { moduleRecord, resolveModules, type ModuleRecord } from './uni.js';

/** What a build links from. */
export interface UnikernelInputs {
  /** The app's object(s). */
  app: LinkInput[];
  /** Every available module object, the C library's among them (only the resolved ones are linked). */
  modules: LinkInput[];
}

/** Bytes one part of the image contributes (after garbage collection). */
export interface PartSize { part: string; text: number; rodata: number; data: number; bss: number; total: number }

/** A linked unikernel. */
export interface UnikernelImage {
  image: Uint8Array;
  /** The modules linked, in dependency order. */
  modules: string[];
  /** Size by part: the app, then each module. */
  sizes: PartSize[];
}

/** Links `inputs.app` with the modules `wanted` needs (and everything they require). */
export function buildUnikernel(inputs: UnikernelInputs, wanted: readonly string[]): UnikernelImage {
  const records = new Map<string, { rec: ModuleRecord; input: LinkInput }>();
  for (const m of inputs.modules) {
    const rec = moduleRecord(m.data, m.name);
    records.set(rec.name, { rec, input: m });
  }
  const modules = resolveModules(wanted, new Map([...records].map(([n, r]) => [n, r.rec])));
  const partOf = new Map<string, string>();
  for (const a of inputs.app) partOf.set(a.name, 'app');
  for (const name of modules) partOf.set(records.get(name)!.input.name, name);
  const result = link([...inputs.app, ...modules.map((n) => records.get(n)!.input)], { entry: '_start', base: KERNEL_BASE });
  return { image: result.image, modules, sizes: sizesByPart(result.sizes, partOf, ['app', ...modules]) };
}

/** Sums the linker's per-object sizes into the parts named in `order`. */
function sizesByPart(sizes: readonly ObjectSize[], partOf: ReadonlyMap<string, string>, order: readonly string[]): PartSize[] {
  const parts = new Map(order.map((p) => [p, { part: p, text: 0, rodata: 0, data: 0, bss: 0, total: 0 }]));
  for (const s of sizes) {
    const part = parts.get(partOf.get(s.name.replace(/\(.*\)$/, '')) ?? 'app')!;
    part.text += s.text; part.rodata += s.rodata; part.data += s.data; part.bss += s.bss;
    part.total += s.text + s.rodata + s.data + s.bss;
  }
  return [...parts.values()];
}
