/**
 * `exovisor build APP [--libos MODULES] [-o FILE] [--json]`: links a
 * unikernel from an app's object and library-OS modules with the linker
 * written in TypeScript, and prints the image size by part.
 */
import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { APPS } from '../image/builtin.js';
import { buildUnikernel, type PartSize, type UnikernelImage } from '../image/unikernel.js';
import { UsageError } from './args.js';
import { readInput } from './images.js';
import { packageRoot } from './package-root.js';

const USAGE = `usage: exovisor build APP [--libos MODULE,...] [-o FILE] [--json]
APP is a built-in app (exovisor images ls) or a path to its object file; the modules default to the
ones the app declares, plus everything they require. The image goes to APP.uni unless -o is given.`;

/** Where the module objects are, relative to the package. */
const MODULE_DIR = 'libos/uni/build';

/** Runs `exovisor build …`; returns the exit status. */
export function buildCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { libos: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { process.stdout.write(USAGE + '\n'); return 0; }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const arg = positionals[0]!;
  const libos = values.libos === undefined ? undefined : values.libos.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const { name, built } = linkApp(arg, libos);
  const out = values.output ?? `${name}.uni`;
  const tmp = `${out}.exovisor-tmp`;
  writeFileSync(tmp, built.image);
  renameSync(tmp, out);
  if (values.json) {
    process.stdout.write(JSON.stringify({ image: out, bytes: built.image.length, modules: built.modules, sizes: built.sizes }) + '\n');
  } else {
    process.stdout.write(table(built.sizes) + `image: ${out}, ${built.image.length} bytes (modules: ${built.modules.join(', ')})\n`);
  }
  return 0;
}

/** A linked unikernel and the app's name. */
export interface LinkedApp {
  name: string;
  built: UnikernelImage;
}

/**
 * Links app `arg` (a built-in name or a path to its object file) with the
 * library-OS modules `libos`, by default the ones the app declares.
 */
export function linkApp(arg: string, libos?: readonly string[]): LinkedApp {
  const builtin = APPS.find((a) => a.name === arg);
  const root = packageRoot();
  const appFile = builtin ? join(root, 'apps/build', arg, `${arg}.o`) : arg;
  const name = builtin ? arg : basename(arg).replace(/\.o$/, '');
  const wanted = libos ?? builtin?.uni ?? ['posix'];
  const dir = join(root, MODULE_DIR);
  if (!existsSync(dir)) throw new UsageError(`no library-OS modules in ${MODULE_DIR}; run 'npm run guests'`);
  const objects = readdirSync(dir).filter((f) => f.endsWith('.o')).sort();
  const modules = objects.map((f) => ({ name: f, data: readInput(join(dir, f)) }));
  const built = buildUnikernel({ app: [{ name: basename(appFile), data: readInput(appFile) }], modules }, wanted);
  return { name, built };
}

/** The size table, one row per part and a total. */
function table(sizes: readonly PartSize[]): string {
  const total = sizes.reduce((t, s) => ({ part: 'total', text: t.text + s.text, rodata: t.rodata + s.rodata, data: t.data + s.data, bss: t.bss + s.bss, total: t.total + s.total }),
    { part: 'total', text: 0, rodata: 0, data: 0, bss: 0, total: 0 });
  const rows = [...sizes, total];
  const w = Math.max(...rows.map((r) => r.part.length), 4);
  const n = (v: number): string => String(v).padStart(8);
  let s = `${'PART'.padEnd(w)} ${'TEXT'.padStart(8)} ${'RODATA'.padStart(8)} ${'DATA'.padStart(8)} ${'BSS'.padStart(8)} ${'TOTAL'.padStart(8)}\n`;
  for (const r of rows) s += `${r.part.padEnd(w)} ${n(r.text)} ${n(r.rodata)} ${n(r.data)} ${n(r.bss)} ${n(r.total)}\n`;
  return s;
}
