/**
 * `exovisor images ls [--json]`, and the rule every command uses to turn an
 * image argument into bytes: a built-in name (hypervisor/image/builtin.ts)
 * or a path to an ELF file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILTIN_IMAGES, builtinImage, type ImageKind } from '../image/builtin.js';
import { UsageError } from './args.js';
import { packageRoot } from './package-root.js';

/** An image argument resolved to a file. */
export interface ResolvedImage {
  /** The built-in name, or the path as given. */
  name: string;
  kind: ImageKind | 'file';
  file: string;
}

/** Resolves a built-in name or a path; throws UsageError when neither exists. */
export function resolveImage(arg: string): ResolvedImage {
  const b = builtinImage(arg);
  if (b) {
    const file = join(packageRoot(), b.path);
    if (!existsSync(file)) throw new UsageError(`built-in image '${arg}' is missing (${b.path}); run 'npm run guests'`);
    return { name: b.name, kind: b.kind, file };
  }
  if (existsSync(arg)) return { name: arg, kind: 'file', file: arg };
  const names = BUILTIN_IMAGES.map((i) => i.name).join(', ');
  throw new UsageError(`${arg}: no such file, and not a built-in image (${names})`);
}

/** Reads a file named on the command line; a missing or unreadable file is a UsageError. */
export function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
}

/** Runs `exovisor images …`; returns the exit status. */
export function imagesCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (positionals[0] !== 'ls' || positionals.length !== 1) throw new UsageError('usage: exovisor images ls [--json]');
  const root = packageRoot();
  const rows = BUILTIN_IMAGES.map((i) => {
    const file = join(root, i.path);
    return { name: i.name, kind: i.kind, size: existsSync(file) ? statSync(file).size : null, path: i.path, description: i.description };
  });
  if (values.json) {
    process.stdout.write(JSON.stringify({ images: rows }) + '\n');
    return 0;
  }
  const w = Math.max(...rows.map((r) => r.name.length));
  process.stdout.write(`${'NAME'.padEnd(w)}  KIND      ${'SIZE'.padStart(8)}  PATH\n`);
  for (const r of rows) {
    const size = r.size === null ? 'missing' : String(r.size);
    process.stdout.write(`${r.name.padEnd(w)}  ${r.kind.padEnd(8)}  ${size.padStart(8)}  ${r.path}\n`);
  }
  return 0;
}
