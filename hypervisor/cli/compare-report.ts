/**
 * The rows and the table of `exovisor compare`: one row per mode, read from
 * the counters `--stats` prints (DomainStats), with overheads against the
 * native run. A counter a mode does not have (hypercalls in native, shadow
 * syncs outside full) is null in the JSON and `-` in the table. A run with
 * a peer (a network app's server) keeps the client's figures in the row and
 * the server's in its `peer` (a `MODE+peer` line in the table).
 */
import type { GuestRun } from './run-native.js';

/** One mode's run as compare saw it: the run, or why it could not start. */
export interface ModeRun {
  mode: string;
  run?: GuestRun;
  /** Why the mode could not run (bad image, link error, worker failure). */
  error?: string;
  /** Bytes of the images the mode boots. */
  imageBytes?: number;
  /** What the app printed on its console (bounded). */
  output: string;
  /** What the peer guest printed, when the run had one. */
  peerOutput?: string;
}

/** The peer guest of a row: the server of a network app, in the same mode. */
export interface PeerRow {
  insns: number | null;
  boot_ms: number | null;
  boot_insns: number | null;
  exits: Record<string, number>;
  exits_total: number;
  hypercalls: number | null;
  state: string | null;
  exit_code: number | null;
  output: string;
}

/** One row of compare's table and JSON (snake_case, as `--stats`). */
export interface CompareRow {
  mode: string;
  wall_ms: number | null;
  insns: number | null;
  /** Guest time (the vCPU clock, ms) and instructions from domain start to the app's first instruction. */
  boot_ms: number | null;
  boot_insns: number | null;
  wall_overhead: number | null;
  insns_overhead: number | null;
  exits: Record<string, number>;
  exits_total: number | null;
  hypercalls: number | null;
  evtchn_sends: number | null;
  ring_notify_sent: number | null;
  ring_notify_suppressed: number | null;
  shadow_syncs: number | null;
  tlb_misses: number | null;
  /** Page-table entries the hart's walkers read (both stages), and per TLB miss: nested walks read more. */
  walk_refs: number | null;
  walk_refs_per_miss: number | null;
  image_bytes: number | null;
  memory_bytes: number | null;
  state: string | null;
  exit_code: number | null;
  output: string;
  /** The mean round-trip time the app printed (`avg N us`), for network apps. */
  rtt_us: number | null;
  peer?: PeerRow;
  error?: string;
}

/** A number field of the stats object, or null when the mode has no such counter. */
function num(s: Record<string, unknown>, key: string): number | null {
  const v = s[key];
  return typeof v === 'number' ? v : null;
}

/** The counts of a by-name counter object (exits, hypercalls). */
function counts(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [k, n] of Object.entries(v)) if (typeof n === 'number') out[k] = n;
  return out;
}

const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100);

/** Why a run counts as failed: it (or its peer) did not shut down with status 0. */
function failure(run: GuestRun): string | undefined {
  const { state, exitCode, reason } = run.info;
  if (state === 'shutdown' && !exitCode) return peerFailure(run.stats['peer']);
  if (state === 'shutdown') return `exited with status ${exitCode}`;
  if (state === 'running' || state === 'paused') return 'timeout: still running at the time limit';
  return `${state}${reason ? `: ${reason}` : ''}`;
}

/** Why the peer counts as failed, when there was one. */
function peerFailure(p: unknown): string | undefined {
  if (typeof p !== 'object' || p === null) return undefined;
  const { state, exit_code: code } = p as Record<string, unknown>;
  if (state === 'shutdown' && !code) return undefined;
  return `peer ${String(state)}${code ? ` with status ${String(code)}` : ''}`;
}

/** The peer's part of a row (null stats: it never ran). */
function peerRow(p: unknown, output: string): PeerRow {
  const s = typeof p === 'object' && p !== null ? (p as Record<string, unknown>) : {};
  const exits = counts(s['exits']);
  return {
    insns: num(s, 'insns'), boot_ms: num(s, 'boot_ms'), boot_insns: num(s, 'boot_insns'),
    exits, exits_total: sum(exits), hypercalls: s['hypercalls'] === undefined ? null : sum(counts(s['hypercalls'])),
    state: typeof s['state'] === 'string' ? s['state'] : null, exit_code: num(s, 'exit_code'), output,
  };
}

/** The mean round trip a network app printed, in µs. */
function rtt(output: string): number | null {
  const m = /avg (\d+) us/.exec(output);
  return m ? Number(m[1]) : null;
}

/** The row of one mode's run; overheads against `native` when it ran. */
export function compareRow(m: ModeRun, native: ModeRun | undefined): CompareRow {
  const s = m.run?.stats ?? {};
  const exits = counts(s['exits']);
  const hypercalls = s['hypercalls'] === undefined ? null : sum(counts(s['hypercalls']));
  const wall = m.run ? Math.round(m.run.wallMs * 1000) / 1000 : null;
  const insns = num(s, 'insns');
  const base = native?.run && failure(native.run) === undefined ? native.run : undefined;
  const error = (m.error ?? (m.run ? failure(m.run) : undefined))?.replace(/\s+/g, ' ');
  return {
    mode: m.mode, wall_ms: wall, insns, boot_ms: num(s, 'boot_ms'), boot_insns: num(s, 'boot_insns'),
    wall_overhead: base ? ratio(wall, base.wallMs) : null,
    insns_overhead: base ? ratio(insns, num(base.stats, 'insns')) : null,
    exits, exits_total: m.run ? sum(exits) : null, hypercalls,
    evtchn_sends: num(s, 'evtchn_sends'),
    ring_notify_sent: num(s, 'ring_notify_sent'), ring_notify_suppressed: num(s, 'ring_notify_suppressed'),
    shadow_syncs: num(s, 'shadow_syncs'), tlb_misses: num(s, 'tlb_misses'),
    walk_refs: num(s, 'walk_refs'), walk_refs_per_miss: ratio(num(s, 'walk_refs'), num(s, 'tlb_misses')),
    image_bytes: m.imageBytes ?? null, memory_bytes: m.run ? m.run.memoryBytes : null,
    state: m.run ? m.run.info.state : null, exit_code: m.run?.info.exitCode ?? null,
    output: m.output, rtt_us: rtt(m.output),
    ...(m.peerOutput === undefined || !m.run ? {} : { peer: peerRow(s['peer'], m.peerOutput) }),
    ...(error === undefined ? {} : { error }),
  };
}

/** The columns of the table: header and how each row shows. */
const COLUMNS: ReadonlyArray<[string, (r: CompareRow) => string]> = [
  ['MODE', (r) => r.mode],
  ['WALL_MS', (r) => show(r.wall_ms === null ? null : Math.round(r.wall_ms))],
  ['INSNS', (r) => show(r.insns)],
  ['WALLx', (r) => show(r.wall_overhead)],
  ['INSNSx', (r) => show(r.insns_overhead)],
  ['BOOT_MS', (r) => show(r.boot_ms)],
  ['BOOT_INSNS', (r) => show(r.boot_insns)],
  ['EXITS', (r) => show(r.exits_total)],
  ['HCALLS', (r) => show(r.hypercalls)],
  ['EVTCHN', (r) => show(r.evtchn_sends)],
  ['NOTIFY', (r) => show(r.ring_notify_sent)],
  ['SUPPR', (r) => show(r.ring_notify_suppressed)],
  ['SHADOW', (r) => show(r.shadow_syncs)],
  ['TLB_MISS', (r) => show(r.tlb_misses)],
  ['REFS/MISS', (r) => show(r.walk_refs_per_miss)],
  ['IMAGE', (r) => show(r.image_bytes)],
  ['MEM_KIB', (r) => show(r.memory_bytes === null ? null : r.memory_bytes / 1024)],
];
/** The column a network app adds. */
const RTT_COLUMN: [string, (r: CompareRow) => string] = ['RTT_US', (r) => show(r.rtt_us)];

/** A counter as a table cell. */
function show(v: number | null): string {
  return v === null ? '-' : String(v);
}

/** Exits by reason, the nonzero ones, as `reason=count`. */
function exitReasons(r: CompareRow): string {
  return Object.entries(r.exits).filter(([, n]) => n > 0).map(([k, n]) => `${k}=${n}`).join(' ') || '-';
}

/** The table line of a row's peer: its counters, '-' for what compare measures of the client alone. */
function peerLine(r: CompareRow, p: PeerRow): CompareRow {
  return {
    mode: `${r.mode}+peer`, wall_ms: null, insns: p.insns, boot_ms: p.boot_ms, boot_insns: p.boot_insns,
    wall_overhead: null, insns_overhead: null, exits: p.exits, exits_total: p.exits_total, hypercalls: p.hypercalls,
    evtchn_sends: null, ring_notify_sent: null, ring_notify_suppressed: null, shadow_syncs: null, tlb_misses: null, walk_refs: null, walk_refs_per_miss: null,
    image_bytes: null, memory_bytes: null, state: p.state, exit_code: p.exit_code, output: p.output, rtt_us: null,
  };
}

/** Why a row that ran shows no boot time. */
const BOOT_FOOTNOTE = 'BOOT_MS -: the app\'s first instruction never ran, or the image does not say where it is (a program that is not built in, or comes from a disk of the user\'s)';

/**
 * The table: a header, then one line per mode (its error, if any, at the end
 * of its line) and one per peer; RTT_US only for apps that print one.
 */
export function compareTable(rows: readonly CompareRow[]): string {
  const columns = rows.some((r) => r.rtt_us !== null) ? [...COLUMNS, RTT_COLUMN] : COLUMNS;
  const lines = rows.flatMap((r) => (r.peer ? [r, peerLine(r, r.peer)] : [r]));
  const cells = lines.map((r) => columns.map(([, f]) => f(r)));
  const widths = columns.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[], last: string): string => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ') + '  ' + last;
  let out = line(columns.map(([h]) => h), 'EXITS_BY_REASON') + '\n';
  lines.forEach((r, i) => { out += line(cells[i]!, exitReasons(r) + (r.error === undefined ? '' : `  error: ${r.error}`)) + '\n'; });
  if (rows.some((r) => r.state !== null && r.boot_ms === null)) out += BOOT_FOOTNOTE + '\n';
  return out;
}
