/**
 * `exovisor run`: loads an image into a machine and runs it, with the guest
 * console on stdout, the guest's exit code as the process status, and
 * `--stats` as one JSON object on the last line of stderr.
 */
import { parseArgs } from 'node:util';
import { VirtBoard, DEFAULT_RAM, type CpuTier, type StopReason } from '../core/virt-board.js';
import { parseElf } from '../image/elf.js';
import { UsageError, cliTier, parseCount, parseDuration, parseLoss, parseSize } from './args.js';
import { ConsoleSink } from './console-sink.js';
import { readInput, resolveImage } from './images.js';
import { EXIT_CRASHED, runNative, type NativeOptions } from './run-native.js';
import { runTraced } from './trace.js';
import { isRestoreRun, parseSnapshotRequest, runRestore, type SnapshotRequest } from './run-snapshot.js';

/** Exit status for a run stopped by --timeout or --max-insns (as coreutils timeout). */
export const EXIT_TIMEOUT = 124;
/** Exit status for a hart that can never continue (WFI with nothing to wake it). */
export const EXIT_HALTED = 1;

const USAGE = `usage: exovisor run --mode bare [options] IMAGE
       exovisor run --mode native [options] [--disk FILE | --no-disk] [--firmware IMAGE] [--peer 'PROGRAM ARGS'] KERNEL -- PROGRAM [ARGS...]
       exovisor run --mode full [options] [--disk FILE | --no-disk] [--peer 'PROGRAM ARGS'] KERNEL -- PROGRAM [ARGS...]
       exovisor run --mode hw [options] [--disk FILE | --no-disk] [--peer 'PROGRAM ARGS'] KERNEL -- PROGRAM [ARGS...]
       exovisor run --mode pv [options] [--disk FILE | --no-disk] [--peer 'PROGRAM ARGS'] KERNEL-PV -- PROGRAM [ARGS...]
       exovisor run --mode uni [options] [--disk FILE | --no-disk] [--peer 'PROGRAM ARGS'] UNIKERNEL [-- ARGV0 ARGS...]
       exovisor run --restore FILE [--timeout SECONDS] [--stats]
options: --mem SIZE  --timeout SECONDS  --max-insns N  --clock deterministic|realtime  --tier jit|interp  --stats
         --trace N (bare only)
         --peer 'PROGRAM ARGS': a second guest running PROGRAM on the same virtual switch — native and full
           boot a second machine the same way, pv and uni run it under the pv-ops kernel (kernel-pv next to
           a unikernel); both get a network interface (the virt board's network device, or a PV front-end),
           the peer's console goes to stderr prefixed with [peer]
         --pcap FILE (with --peer): save every frame of the virtual switch to FILE (libpcap, for Wireshark
           or tcpdump -r), at most 64 MiB
         --net-loss PERCENT[:SEED] (with --peer): the switch drops that share of frames, chosen by a PRNG
           seeded with SEED (default 1), the same frames in every run; counted in --stats as switch.dropped_loss
         --snapshot-after MS --snapshot-out FILE (all but bare): after MS milliseconds of running, pause the
           guest, write its snapshot to FILE and stop; --restore FILE continues it where it was
IMAGE and KERNEL are built-in image names (exovisor images ls) or paths to ELF files.`;

/** Parsed `run` options. */
export interface RunOptions {
  mode: 'bare' | 'native' | 'full' | 'hw' | 'pv' | 'uni';
  file: string;
  program: string[];
  disk: string | null;
  noDisk: boolean;
  firmware: string;
  ram: number;
  timeoutMs?: number;
  maxInsns?: number;
  clock: 'deterministic' | 'realtime';
  tier: CpuTier;
  trace: number;
  stats: boolean;
  peer: string[] | null;
  pcap: string | null;
  netLoss: { percent: number; seed: number } | null;
  snapshot: SnapshotRequest | null;
}

/** Parses the options and image arguments of `run` (UsageError for bad input, HelpRequest for --help). */
export function parseRunArgs(argv: string[]): RunOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      mode: { type: 'string' }, mem: { type: 'string' }, timeout: { type: 'string' },
      'max-insns': { type: 'string' }, clock: { type: 'string' }, tier: { type: 'string' }, trace: { type: 'string' }, stats: { type: 'boolean' },
      disk: { type: 'string' }, 'no-disk': { type: 'boolean' }, firmware: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      peer: { type: 'string' }, pcap: { type: 'string' }, 'net-loss': { type: 'string' },
      'snapshot-after': { type: 'string' }, 'snapshot-out': { type: 'string' },
    },
  });
  if (values.help) throw new HelpRequest(USAGE);
  const mode = values.mode;
  if (mode !== 'bare' && mode !== 'native' && mode !== 'full' && mode !== 'hw' && mode !== 'pv' && mode !== 'uni') {
    throw new UsageError(mode === undefined ? "--mode is required (bare, native, full, hw, pv or uni); see 'exovisor run --help'" : `unknown --mode '${mode}': this version runs bare, native, full, hw, pv and uni`);
  }
  if (mode === 'bare' && positionals.length !== 1) throw new UsageError("--mode bare takes exactly one image; see 'exovisor run --help'");
  if (mode === 'uni' && positionals.length < 1) throw new UsageError('--mode uni needs a unikernel image, as in: exovisor run --mode uni hello.uni -- hello');
  if (mode !== 'bare' && mode !== 'uni' && positionals.length < 2) throw new UsageError(`--mode ${mode} needs a kernel and a program, as in: exovisor run --mode ${mode} kernel -- hello`);
  if (mode === 'bare' && (values.disk !== undefined || values['no-disk'] || values.firmware !== undefined)) throw new UsageError('--disk, --no-disk and --firmware apply to --mode native');
  if (mode !== 'bare' && values.trace !== undefined) throw new UsageError('--trace applies to --mode bare');
  if ((mode === 'full' || mode === 'hw') && values.firmware !== undefined) throw new UsageError(`--mode ${mode} runs no firmware: the hypervisor answers SBI`);
  if ((mode === 'pv' || mode === 'uni') && values.firmware !== undefined) throw new UsageError(`--mode ${mode} runs no firmware: the guest makes hypercalls`);
  if (values.peer !== undefined && mode === 'bare') throw new UsageError('--peer applies to guests on the virtual switch: every mode but bare');
  const peer = values.peer === undefined ? null : values.peer.split(/\s+/).filter((w) => w !== '');
  if (peer !== null && peer.length === 0) throw new UsageError("--peer needs a program, as in --peer 'pingpong serve'");
  if (peer === null && (values.pcap !== undefined || values['net-loss'] !== undefined)) {
    throw new UsageError('--pcap and --net-loss apply to the virtual switch, which a run has with --peer');
  }
  if (values.pcap === '') throw new UsageError('--pcap needs a file name');
  if (values.disk !== undefined && values['no-disk']) throw new UsageError('--disk and --no-disk exclude each other');
  const clock = values.clock ?? 'deterministic';
  if (clock !== 'deterministic' && clock !== 'realtime') throw new UsageError(`--clock takes deterministic or realtime, got '${clock}'`);
  const tier = cliTier(values.tier);
  const ram = values.mem === undefined ? DEFAULT_RAM : parseSize('--mem', values.mem);
  if (ram < 4096 || ram % 4096 !== 0 || ram > 2 ** 31) throw new UsageError(`--mem must be a multiple of 4 KiB between 4K and 2G, got ${values.mem}`);
  return {
    mode,
    file: positionals[0]!,
    program: positionals.slice(1),
    disk: values.disk ?? null,
    noDisk: values['no-disk'] ?? false,
    firmware: values.firmware ?? 'sbi',
    ram,
    ...(values.timeout === undefined ? {} : { timeoutMs: parseDuration('--timeout', values.timeout) }),
    ...(values['max-insns'] === undefined ? {} : { maxInsns: parseCount('--max-insns', values['max-insns']) }),
    clock,
    tier,
    trace: values.trace === undefined ? 0 : parseCount('--trace', values.trace),
    stats: values.stats ?? false,
    peer,
    pcap: values.pcap ?? null,
    netLoss: values['net-loss'] === undefined ? null : parseLoss('--net-loss', values['net-loss']),
    snapshot: parseSnapshotRequest(values['snapshot-after'], values['snapshot-out'], mode),
  };
}

/** `--help` was given: print this text and exit 0. */
export class HelpRequest extends Error {
  override readonly name = 'HelpRequest';
}

/** Runs `exovisor run …`; returns the process exit status. */
export async function runCommand(argv: string[]): Promise<number> {
  if (isRestoreRun(argv)) return runRestore(argv);
  const o = parseRunArgs(argv);
  return o.mode === 'bare' ? runBare(o) : runNative(nativeOptions(o, o.mode));
}

/** The options of a run in a hypervisor worker (every mode but bare). */
export function nativeOptions(o: RunOptions, mode: NativeOptions['mode']): NativeOptions {
  return {
    snapshot: o.snapshot,
    mode,
    kernel: o.file, firmware: o.firmware, program: o.program, ram: o.ram, disk: o.disk, noDisk: o.noDisk,
    clock: o.clock, tier: o.tier, stats: o.stats, peer: o.peer, pcap: o.pcap, netLoss: o.netLoss,
    ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
    ...(o.maxInsns === undefined ? {} : { maxInsns: o.maxInsns }),
  };
}

/** The bare mode: one ELF in M-mode, in this thread. */
function runBare(o: RunOptions): number {
  const image = parseElf(readInput(resolveImage(o.file).file));
  const out = new ConsoleSink(1);
  const board = new VirtBoard({ ramBytes: o.ram, clock: o.clock, tier: o.tier, console: out.put });
  board.load(image);
  const t0 = performance.now();
  const limits = { ...(o.maxInsns === undefined ? {} : { maxInsns: o.maxInsns }), ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }) };
  const stop = o.trace > 0 ? runTraced(board, o.trace, limits, (line) => process.stderr.write(line + '\n')) : board.run(limits);
  const wallMs = performance.now() - t0;
  out.flush();
  const status = report(stop, board);
  if (o.stats) process.stderr.write(JSON.stringify(stats(board, wallMs, stop, out.total)) + '\n');
  return status;
}

/** Prints why the run ended (when it is not a plain guest exit) and picks the exit status. */
function report(stop: StopReason, board: VirtBoard): number {
  const insns = board.hart.retired();
  switch (stop.kind) {
    case 'exit': return stop.code & 0xff;
    case 'reset': process.stderr.write('exovisor: guest requested a reset; stopping\n'); return 0;
    case 'limit':
      process.stderr.write(`exovisor: timeout: ${stop.limit === 'insns' ? 'instruction limit' : 'time limit'} reached after ${insns} instructions at pc 0x${(board.hart.pc >>> 0).toString(16)}\n`);
      return EXIT_TIMEOUT;
    case 'halt': process.stderr.write(`exovisor: guest halted: ${stop.message}\n`); return EXIT_HALTED;
    case 'crash': process.stderr.write(`exovisor: guest crashed: ${stop.message}\n`); return EXIT_CRASHED;
  }
}

/** The --stats object. */
export function stats(board: VirtBoard, wallMs: number, stop: StopReason, consoleBytes: number): Record<string, unknown> {
  const insns = board.hart.retired();
  const m = board.hart.mmu.counters;
  return {
    insns,
    wall_ms: Math.round(wallMs * 1000) / 1000,
    mips: wallMs > 0 ? Math.round((insns / wallMs / 1000) * 100) / 100 : 0,
    traps: { ...board.hart.counters.traps },
    stop: stop.kind === 'exit' ? { kind: 'exit', code: stop.code } : stop,
    tier: board.hart.jit ? 'jit' : 'interp',
    blocks_translated: board.hart.counters.blocksTranslated,
    tlb_hits: board.hart.tlbHits,
    tlb_misses: m.tlbMisses,
    page_walks: m.pageWalks,
    mmio_reads: m.mmioReads,
    mmio_writes: m.mmioWrites,
    console_bytes: consoleBytes,
  };
}
