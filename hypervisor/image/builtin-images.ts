/**
 * The images every library starts with: the guest OS kernel (native and
 * pv-ops builds), the SBI firmware, each unikernel-capable app's object,
 * every library-OS module object, and an empty formatted disk. They are
 * named by their path under /images/ (as vite.config.ts serves them), so
 * the page fetches them there and the CLI maps them to repository files
 * with `builtinRepoPath`.
 */
import { APPS } from './builtin.js';
import { StoreError, type ImageEntry, type ImageKind, type ImageLibrary } from './library.js';
import { mkfs } from './mkfs.js';

/** One seeded image. */
interface Seed {
  name: string;
  kind: ImageKind;
  /** Path under /images/, or null for an image made here. */
  source: string | null;
  meta: ImageEntry['meta'];
}

/** Where the module objects' list is served (a JSON array of file names). */
export const MODULE_INDEX = 'uni/index.json';

/** Size of the seeded empty disk. */
const EMPTY_DISK_BYTES = 8 << 20;

/** The repository path of an image path under /images/ (the mapping vite.config.ts serves), or null for other paths. */
export function builtinRepoPath(path: string): string | null {
  const fixed: Record<string, string> = {
    'kernel.elf': 'libos/kernel/build/kernel.elf',
    'kernel-pv.elf': 'libos/kernel/build/kernel-pv.elf',
    'sbi.elf': 'libos/sbi/build/sbi.elf',
  };
  if (Object.hasOwn(fixed, path)) return fixed[path]!;
  let m = /^uni\/([a-z][a-z0-9_]*\.o)$/.exec(path);
  if (m) return `libos/uni/build/${m[1]}`;
  m = /^objects\/([a-z][a-z0-9_]*)\.o$/.exec(path);
  return m ? `apps/build/${m[1]}/${m[1]}.o` : null;
}

/** The fixed seeds: kernels, firmware and app objects. */
function fixedSeeds(): Seed[] {
  return [
    { name: 'kernel', kind: 'kernel', source: 'kernel.elf', meta: { role: 'kernel', description: 'the guest OS kernel (native and full virtualization)' } },
    { name: 'kernel-pv', kind: 'kernel', source: 'kernel-pv.elf', meta: { role: 'kernel', pv: true, description: 'the pv-ops build of the kernel' } },
    { name: 'sbi', kind: 'kernel', source: 'sbi.elf', meta: { role: 'firmware', description: 'M-mode SBI firmware' } },
    ...APPS.filter((a) => a.uni).map((a): Seed => ({
      name: `${a.name}.o`, kind: 'object', source: `objects/${a.name}.o`,
      meta: { role: 'app', app: a.name, modules: a.uni!.join(','), description: a.description },
    })),
  ];
}

/** The module seeds, from the served module index (none when it cannot be read). */
async function moduleSeeds(load: (path: string) => Promise<Uint8Array>): Promise<Seed[]> {
  let files: unknown;
  try {
    files = JSON.parse(new TextDecoder().decode(await load(MODULE_INDEX)));
  } catch {
    return [];
  }
  if (!Array.isArray(files)) return [];
  return files.filter((f): f is string => typeof f === 'string' && /^[a-z][a-z0-9_]*\.o$/.test(f)).map((f) => ({
    name: `libos-${f}`, kind: 'object', source: `uni/${f}`, meta: { role: 'module', module: f.slice(0, -2) },
  }));
}

/** The bytes of `seed`, or null when its file is not there (not built yet). */
async function seedBytes(seed: Seed, load: (path: string) => Promise<Uint8Array>): Promise<Uint8Array | null> {
  if (seed.source === null) return mkfs({ sizeBytes: EMPTY_DISK_BYTES, files: [] });
  try { return await load(seed.source); } catch { return null; }
}

/**
 * Puts each built-in image not already in `lib` as a built-in entry.
 * `load` reads a path under /images/ (`kernel.elf`, `uni/posix.o`,
 * `objects/hello.o`, `uni/index.json`): a fetch in the browser, a file read
 * through `builtinRepoPath` in Node. Images whose file is missing are
 * skipped, and so are names held by an entry from a newer Exovisor. Returns
 * how many were added; a full store fails with StoreError.
 */
export async function seedBuiltins(lib: ImageLibrary, load: (path: string) => Promise<Uint8Array>): Promise<number> {
  const present = new Set((await lib.list()).map((e) => e.name));
  const emptyDisk: Seed = { name: 'empty-disk', kind: 'disk', source: null, meta: { role: 'disk', description: 'an empty EXFS disk' } };
  const seeds = [...fixedSeeds(), ...(await moduleSeeds(load)), emptyDisk].filter((s) => !present.has(s.name));
  let added = 0;
  for (const s of seeds) {
    const bytes = await seedBytes(s, load);
    if (!bytes) continue;
    try {
      await lib.put(s.name, s.kind, bytes, { ...s.meta, ...(s.source ? { source: `/images/${s.source}` } : {}) }, { builtin: true });
    } catch (e) {
      // A newer Exovisor's entry under a built-in name is left as it is (put
      // refuses to replace it); one such entry must not keep the whole library shut.
      if (e instanceof StoreError && e.kind === 'version') continue;
      throw e;
    }
    added++;
  }
  return added;
}
