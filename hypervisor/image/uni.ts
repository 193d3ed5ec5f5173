/**
 * Library-OS modules as a unikernel build sees them. Each module is one
 * relocatable object that declares itself in a non-allocated `.exo.module`
 * section: NUL-terminated `key=value` strings naming the module, the
 * modules it requires, the hypercalls it makes and a one-line description
 * (libos/uni/module.h writes them). This file reads those records and
 * resolves a set of wanted modules into the full list an image links, in
 * dependency order — the same code in Node and in the browser.
 */

/** What a module object says about itself. */
export interface ModuleRecord {
  name: string;
  requires: string[];
  hypercalls: string[];
  doc: string;
}

/** A module object that is not one, or a set of modules that cannot be resolved. */
export class ModuleError extends Error {
  override readonly name = 'ModuleError';
}

const SECTION = '.exo.module';

/** The bytes of section `name` of an ELF32 little-endian object, or null when it has none; ModuleError when it is no ELF32. */
export function elfSection(obj: Uint8Array, name: string, file: string): Uint8Array | null {
  const dv = new DataView(obj.buffer, obj.byteOffset, obj.byteLength);
  const fail = (why: string): never => { throw new ModuleError(`${file}: ${why}`); };
  if (obj.length < 52 || dv.getUint32(0) !== 0x7f454c46 || obj[4] !== 1 || obj[5] !== 1) fail('not an ELF32 little-endian object');
  const shoff = dv.getUint32(32, true), shentsize = dv.getUint16(46, true), shnum = dv.getUint16(48, true), shstrndx = dv.getUint16(50, true);
  if (shentsize < 40 || shoff + shnum * shentsize > obj.length || shstrndx >= shnum) fail('section headers lie outside the file');
  const header = (i: number): { name: number; offset: number; size: number; type: number } => {
    const at = shoff + i * shentsize;
    return { name: dv.getUint32(at, true), type: dv.getUint32(at + 4, true), offset: dv.getUint32(at + 16, true), size: dv.getUint32(at + 20, true) };
  };
  const strtab = header(shstrndx);
  if (strtab.offset + strtab.size > obj.length) fail('the section-name table lies outside the file');
  const nameAt = (off: number): string => {
    let end = strtab.offset + off;
    while (end < strtab.offset + strtab.size && obj[end] !== 0) end++;
    return new TextDecoder().decode(obj.subarray(strtab.offset + off, end));
  };
  for (let i = 1; i < shnum; i++) {
    const h = header(i);
    if (nameAt(h.name) !== name) continue;
    if (h.type === 8) return new Uint8Array(0); // SHT_NOBITS
    if (h.offset + h.size > obj.length) fail(`section ${name} lies outside the file`);
    return obj.subarray(h.offset, h.offset + h.size);
  }
  return null;
}

/** Reads the `.exo.module` record of a module object; ModuleError when it has none or it is malformed. */
export function moduleRecord(obj: Uint8Array, file: string): ModuleRecord {
  const bytes = elfSection(obj, SECTION, file);
  if (!bytes) throw new ModuleError(`${file}: not a library-OS module (no ${SECTION} section)`);
  const fields = new Map<string, string>();
  for (const entry of new TextDecoder().decode(bytes).split('\0')) {
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new ModuleError(`${file}: malformed ${SECTION} entry '${entry}'`);
    fields.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  const name = fields.get('name');
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) throw new ModuleError(`${file}: the module has no valid name`);
  const list = (key: string): string[] => (fields.get(key) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  return { name, requires: list('requires'), hypercalls: list('hypercalls'), doc: fields.get('doc') ?? '' };
}

/**
 * The modules an image links for `wanted`: every wanted module and
 * everything it requires, each after the modules it requires where the
 * requirements form no cycle (modules may require each other — the C
 * library and the POSIX layer do — and are linked together either way).
 * ModuleError names an unknown module and who asked for it.
 */
export function resolveModules(wanted: readonly string[], available: ReadonlyMap<string, ModuleRecord>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): void => {
    const s = state.get(name);
    if (s !== undefined) return; // done, or on the current path (a cycle)
    const rec = available.get(name);
    if (!rec) {
      const by = path.length > 0 ? ` (required by ${path[path.length - 1]})` : '';
      throw new ModuleError(`no library-OS module '${name}'${by}; available: ${[...available.keys()].sort().join(', ')}`);
    }
    state.set(name, 'visiting');
    for (const dep of rec.requires) visit(dep, [...path, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const w of wanted) visit(w, []);
  return order;
}
