/**
 * `exovisor compare APP [--modes native,full,hw,pv,uni] [--json] [-- ARGS]`:
 * runs one app once per guest kind — the kernel on the SBI firmware (native,
 * the baseline), under the trap-and-emulate VMM (full), the same kernel
 * hardware-assisted with nested paging (hw), its pv-ops build
 * (pv) and the app linked as a unikernel (uni) — through the same code path
 * as `run` (`runGuest`, in this process, one hypervisor worker per mode), and
 * prints one table of what each cost, boot time to the app's first
 * instruction included.
 *
 * A network app runs as two guests of the same mode on one virtual switch:
 * its server (`PEER_APPS`) as the peer and the client with ARGS; the row is
 * the client's, the server's figures are its `peer`.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_RAM } from '../core/virt-board.js';
import { APPS } from '../image/builtin.js';
import { UsageError, cliTier, parseDuration } from './args.js';
import { linkApp } from './build.js';
import { readInput, resolveImage } from './images.js';
import { runGuest, type NativeOptions } from './run-native.js';
import { compareTable, compareRow, type CompareRow, type ModeRun } from './compare-report.js';

/** The guest kinds compare runs, in the order of the table. */
export const COMPARE_MODES = ['native', 'full', 'hw', 'pv', 'uni'] as const;
/** One of the guest kinds compare runs. */
export type CompareMode = (typeof COMPARE_MODES)[number];

/** How long one mode may run before it is stopped (an error row). */
const DEFAULT_TIMEOUT_MS = 120_000;
/** Console output kept per mode (for the JSON and the output check). */
const OUTPUT_LIMIT = 64 << 10;

/**
 * Apps that need a second guest: the server's arguments, and the client's
 * when none are given. They run on the real-time clock: a round trip is a
 * race between two guest threads, and the deterministic clock's skipping of
 * idle time would make the figure a measure of when each vCPU slept.
 */
const PEER_APPS: Readonly<Record<string, { server: string[]; client: string[] }>> = {
  pingpong: { server: ['serve'], client: ['ping'] },
};

const USAGE = `usage: exovisor compare APP [--modes native,full,hw,pv,uni] [--json] [--timeout SECONDS] [--input FILE] [-- ARGS...]
runs APP (a built-in app) once per mode with a fresh disk each and prints wall time, instructions,
boot time and instructions to the app's first instruction, overhead against native, exits, hypercalls,
event-channel sends, ring notifications, shadow-PT syncs, TLB misses, page-table entries read per TLB miss,
image size and memory; --input feeds FILE to the app's console input in every mode. pingpong runs as two
guests of the mode (the server, 'pingpong serve', as the peer; ARGS, default 'ping', for the client).`;

/** Parsed `compare` options. */
interface CompareOptions {
  app: string;
  args: string[];
  modes: CompareMode[];
  json: boolean;
  timeoutMs: number;
  input: Uint8Array;
}

/** Parses `compare`'s arguments (UsageError for bad input); null when --help was asked for. */
function parseCompareArgs(argv: string[]): CompareOptions | null {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const { values, positionals } = parseArgs({
    args: own, allowPositionals: true,
    options: { modes: { type: 'string' }, json: { type: 'boolean' }, timeout: { type: 'string' }, input: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return null;
  if (positionals.length !== 1) throw new UsageError("compare takes one app, as in: exovisor compare hello -- world; see 'exovisor compare --help'");
  const app = positionals[0]!;
  if (!APPS.some((a) => a.name === app)) throw new UsageError(`unknown app '${app}'; the apps are ${APPS.map((a) => a.name).join(', ')}`);
  return {
    app,
    args: dash < 0 ? [] : argv.slice(dash + 1),
    modes: parseModes(values.modes),
    json: values.json ?? false,
    timeoutMs: values.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseDuration('--timeout', values.timeout),
    input: values.input === undefined ? new Uint8Array(0) : readInput(values.input),
  };
}

/** Parses --modes: a comma-separated subset of the guest kinds, each once. */
function parseModes(text: string | undefined): CompareMode[] {
  if (text === undefined) return [...COMPARE_MODES];
  const names = text.split(',').map((m) => m.trim()).filter((m) => m !== '');
  const bad = names.find((m) => !(COMPARE_MODES as readonly string[]).includes(m));
  if (bad !== undefined) throw new UsageError(`unknown mode '${bad}' in --modes; compare runs ${COMPARE_MODES.join(', ')}`);
  if (names.length === 0) throw new UsageError(`--modes needs at least one of ${COMPARE_MODES.join(', ')}`);
  if (new Set(names).size !== names.length) throw new UsageError('--modes names a mode twice');
  return COMPARE_MODES.filter((m) => names.includes(m));
}

/** Runs `exovisor compare …`; returns 0, or 1 when a mode failed. */
export async function compareCommand(argv: string[]): Promise<number> {
  const o = parseCompareArgs(argv);
  if (o === null) { process.stdout.write(USAGE + '\n'); return 0; }
  const runs: ModeRun[] = [];
  for (const mode of o.modes) runs.push(await runMode(o, mode));
  const rows: CompareRow[] = runs.map((r) => compareRow(r, runs.find((b) => b.mode === 'native')));
  if (o.json) process.stdout.write(JSON.stringify({ rows }) + '\n');
  else process.stdout.write(compareTable(rows));
  return rows.some((r) => r.error !== undefined) ? 1 : 0;
}

/** Console output collected up to OUTPUT_LIMIT bytes. */
class Collector {
  private readonly chunks: Uint8Array[] = [];
  private kept = 0;
  /** Takes console bytes (the limit cuts the rest). */
  readonly sink = (b: Uint8Array): void => {
    if (this.kept < OUTPUT_LIMIT) this.chunks.push(b.slice(0, OUTPUT_LIMIT - this.kept));
    this.kept += b.length;
  };
  /** What was collected, as text. */
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Runs the app in one mode; a failure becomes the run's error, never an exception. */
async function runMode(o: CompareOptions, mode: CompareMode): Promise<ModeRun> {
  const out = new Collector(), peerOut = new Collector();
  const peered = PEER_APPS[o.app] !== undefined;
  const withPeer = (r: ModeRun): ModeRun => (peered ? { ...r, peerOutput: peerOut.text() } : r);
  try {
    const image = bootImage(o.app, mode);
    const run = await runGuest(guestOptions(o, mode, image.kernel, out.sink, peerOut.sink));
    return withPeer({ mode, run, imageBytes: image.bytes, output: out.text() });
  } catch (e) {
    return withPeer({ mode, error: e instanceof Error ? e.message : String(e), output: out.text() });
  }
}

/** The image a mode boots and its size: firmware and kernel, the kernel, kernel-pv, or the linked unikernel. */
function bootImage(app: string, mode: CompareMode): { kernel: string | Uint8Array; bytes: number } {
  const size = (name: string): number => statSync(resolveImage(name).file).size;
  switch (mode) {
    case 'native': return { kernel: 'kernel', bytes: size('sbi') + size('kernel') };
    case 'full': case 'hw': return { kernel: 'kernel', bytes: size('kernel') };
    case 'pv': return { kernel: 'kernel-pv', bytes: size('kernel-pv') };
    case 'uni': {
      const image = linkApp(app).built.image;
      return { kernel: image, bytes: image.length };
    }
  }
}

/**
 * The options `run` would build for this mode, with the consoles collected
 * instead of printed; a network app's server runs as the peer, from the same
 * image in the same mode.
 */
function guestOptions(o: CompareOptions, mode: CompareMode, kernel: string | Uint8Array, sink: (b: Uint8Array) => void, peerSink: (b: Uint8Array) => void): NativeOptions {
  const peer = PEER_APPS[o.app];
  const args = peer && o.args.length === 0 ? peer.client : o.args;
  return {
    mode,
    kernel: typeof kernel === 'string' ? kernel : `${o.app}.uni`,
    ...(typeof kernel === 'string' ? {} : { kernelImage: kernel }),
    firmware: 'sbi', program: [o.app, ...args], ram: DEFAULT_RAM, disk: null, noDisk: false,
    clock: peer ? 'realtime' : 'deterministic', tier: cliTier(undefined), stats: false, timeoutMs: o.timeoutMs,
    console: sink, input: o.input,
    ...(peer ? { peer: [o.app, ...peer.server], peerSameMode: true, peerConsole: peerSink } : {}),
  };
}
