/**
 * `exovisor run --mode native|full|hw|pv`: the guest OS kernel — with its SBI
 * firmware on the machine as it is (native), deprivileged under the
 * trap-and-emulate VMM (full), in VS mode with H-extension semantics and
 * nested paging (hw), or its pv-ops build as a paravirtual guest
 * (pv) — run exactly as the browser runs a guest — a hypervisor worker (driven through comlink) that spawns a guest
 * worker for the domain — with the console on stdin/stdout, the disk in a
 * file or made fresh, and the program's exit status as the process status.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { ARG_MAX } from '../abi/syscall.js';
import type { DomainInfo, DomainSpec } from '../core/domain.js';
import { APPS } from '../image/builtin.js';
import { diskSizeProblem } from '../image/disk-image.js';
import { mkfs } from '../image/mkfs.js';
import { PCAP_DEFAULT_MAX_BYTES } from '../pv/pcap.js';
import { ByteRing } from '../worker/byte-ring.js';
import { startHypervisor, type HypervisorClient } from '../worker/client.js';
import { UsageError } from './args.js';
import { readInput, resolveImage } from './images.js';
import { scheduleSnapshot, type ScheduledSnapshot, type SnapshotRequest } from './run-snapshot.js';
import { bootMark } from './boot-mark.js';

/** Exit status for a guest that crashed (trap loop, dead or hung worker). */
export const EXIT_CRASHED = 125;
/** Size of the fresh disk made when no --disk is given. */
export const FRESH_DISK_BYTES = 32 << 20;
/** Machine memory beyond the guest's RAM: frame table, P2M table, control block. */
const HYPERVISOR_OVERHEAD = 8 << 20;
/** Ctrl-A then x ends an interactive session (as in QEMU). */
const CTRL_A = 0x01;

/** Options of a native or full run. */
export interface NativeOptions {
  /** native: firmware + kernel on the machine; full: the kernel deprivileged under the trap-and-emulate VMM; hw: the same kernel hardware-assisted; pv: the pv-ops kernel. */
  mode: 'native' | 'full' | 'hw' | 'pv' | 'uni';
  kernel: string;
  firmware: string;
  program: string[];
  ram: number;
  disk: string | null;
  noDisk: boolean;
  timeoutMs?: number;
  maxInsns?: number;
  clock: 'deterministic' | 'realtime';
  tier: 'jit' | 'interp';
  stats: boolean;
  /** A second guest on the same virtual switch running this program (both get an interface): native and full boot a second machine the same way, pv and uni run it under the pv-ops kernel. */
  peer?: string[] | null;
  /** With a peer: run it from the main guest's own image and mode (a unikernel peer is the same unikernel) instead of under kernel-pv. */
  peerSameMode?: boolean;
  /** With a peer: where its console goes (default stderr, each line prefixed with [peer]). */
  peerConsole?: (bytes: Uint8Array) => void;
  /** With a peer: save the switch's packet capture to this file. */
  pcap?: string | null;
  /** With a peer: the switch drops this share of frames (a seeded PRNG). */
  netLoss?: { percent: number; seed: number } | null;
  /** Pause after a while, write a snapshot, and end the run (cli/run-snapshot.ts). */
  snapshot?: SnapshotRequest | null;
  /** Run the domain of this snapshot instead of booting one from images. */
  restore?: Uint8Array;
  /** The kernel or unikernel image already in memory (then `kernel` only names it). */
  kernelImage?: Uint8Array;
  /** Where the guest's console goes (default stdout); when set, stdin is not forwarded. */
  console?: (bytes: Uint8Array) => void;
  /** With `console`: bytes fed to the guest's console input, as if typed. */
  input?: Uint8Array;
}

/** The command line the kernel receives (its init splits it at spaces). */
function bootargs(program: string[]): string {
  if (program.length > ARG_MAX) throw new UsageError(`the kernel takes at most ${ARG_MAX} words (program and arguments), got ${program.length}`);
  for (const a of program) {
    if (a === '' || /\s/.test(a)) throw new UsageError(`program argument '${a}' is empty or contains whitespace; the kernel splits its command line at spaces`);
  }
  return program.join(' ');
}

/** argv[0] of a unikernel run without arguments: its file name without extensions. */
function unikernelName(file: string): string {
  return (file.split('/').pop() ?? file).split('.')[0] || 'app';
}

/** A fresh EXFS disk holding every app that has been built. */
export function freshDisk(sizeBytes = FRESH_DISK_BYTES): Uint8Array {
  const files = APPS.map((a) => ({ name: a.name, data: readInput(resolveImage(a.name).file) }));
  return mkfs({ sizeBytes, files });
}

/** Reads --disk: whole sectors, at least one block. */
function readDisk(file: string): Uint8Array {
  const data = readInput(file);
  const problem = diskSizeProblem(data.length);
  if (problem) throw new UsageError(`${file}: ${problem}`);
  return new Uint8Array(data);
}

/** The kernel (or unikernel) image of a run: given in memory, else read from its file. */
function kernelImage(o: NativeOptions): Uint8Array {
  return o.kernelImage ?? readInput(resolveImage(o.kernel).file);
}

/** Builds the domain from the options (reads every input first, so bad input fails before any worker starts). */
function domainSpec(o: NativeOptions): DomainSpec {
  const disk = o.noDisk ? undefined : o.disk ? readDisk(o.disk) : freshDisk();
  const mark = bootMark({ mode: o.mode, program: o.program, ...(o.mode === 'uni' ? { image: kernelImage(o) } : {}), userDisk: o.disk !== null });
  return {
    name: o.program[0] ?? 'kernel',
    ...(mark === undefined ? {} : { bootMark: mark }),
    ...(o.peer ? { net: true } : {}),
    ramBytes: o.ram,
    boot: o.mode === 'full' || o.mode === 'hw'
      ? { kind: o.mode, kernel: kernelImage(o), bootargs: bootargs(o.program) }
      : o.mode === 'pv' ? { kind: 'pv', kernel: kernelImage(o), cmdline: bootargs(o.program) }
        : o.mode === 'uni' ? { kind: 'uni', image: kernelImage(o), cmdline: bootargs(o.program.length > 0 ? o.program : [unikernelName(o.kernel)]) } : {
        kind: 'firmware',
        firmware: readInput(resolveImage(o.firmware).file),
        kernel: kernelImage(o),
        bootargs: bootargs(o.program),
      },
    ...(disk ? { disk } : {}),
    clock: o.clock,
    tier: o.tier,
    ...(o.maxInsns === undefined ? {} : { maxInsns: o.maxInsns }),
  };
}

/** Forwards stdin to the guest's console ring; returns a function that stops forwarding. */
function forwardStdin(ring: ByteRing, onQuit: () => void): () => void {
  const stdin = process.stdin;
  const tty = stdin.isTTY === true;
  if (tty) stdin.setRawMode(true);
  let lastWasCtrlA = false;
  // Input waits here while the guest's ring is full (stdin paused): nothing typed or piped is dropped.
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    timer = undefined;
    while (pending.length > 0) {
      const room = ring.room();
      if (room === 0) break;
      const head = pending[0]!;
      ring.write(head.subarray(0, room));
      if (head.length <= room) pending.shift();
      else pending[0] = head.subarray(room);
    }
    if (pending.length > 0) { stdin.pause(); timer = setTimeout(flush, 5); } else stdin.resume();
  };
  const onData = (chunk: Buffer): void => {
    for (const b of chunk) {
      if (tty && lastWasCtrlA && b === 0x78) { onQuit(); return; }
      lastWasCtrlA = tty && b === CTRL_A;
    }
    pending.push(new Uint8Array(chunk));
    if (timer === undefined) flush();
  };
  stdin.on('data', onData);
  return () => {
    stdin.off('data', onData);
    clearTimeout(timer);
    pending = [];
    if (tty) stdin.setRawMode(false);
    stdin.pause();
    (stdin as { unref?: () => void }).unref?.();
  };
}

/** Copies console output to stdout (or `write`) until `done` settles, then drains what is left. */
async function pumpConsole(ring: ByteRing, done: Promise<unknown>, write = (b: Uint8Array): void => { process.stdout.write(b); }): Promise<void> {
  let finished = false;
  void done.then(() => { finished = true; });
  while (!finished) {
    await Promise.race([ring.waitReadable(100), done]);
    const bytes = ring.read();
    if (bytes.length > 0) write(bytes);
  }
  const rest = ring.read();
  if (rest.length > 0) write(rest);
}

/** Writes data to file atomically (a failed write leaves the old file intact). */
export function saveFile(file: string, data: Uint8Array): void {
  const tmp = `${file}.exovisor-tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Writes the domain's disk back to its file. */
async function saveDisk(client: HypervisorClient, id: number, file: string): Promise<void> {
  const data = await client.api.disk(id);
  if (data) saveFile(file, data);
}

/** Writes the switch's capture to file, saying so when its bound left frames out. */
async function saveCapture(client: HypervisorClient, file: string): Promise<void> {
  const capture = await client.api.capture();
  if (capture) saveFile(file, capture);
  const left = (await client.api.switchStats()).capture?.dropped ?? 0;
  if (left > 0) process.stderr.write(`exovisor: ${file} reached ${PCAP_DEFAULT_MAX_BYTES >> 20} MiB; ${left} later frames are not in it\n`);
}

/** The virtual switch's settings of a run: loss and capture. */
function switchOptions(o: NativeOptions): { loss?: { percent: number; seed: number }; captureBytes?: number } {
  return { ...(o.netLoss ? { loss: o.netLoss } : {}), ...(o.pcap ? { captureBytes: PCAP_DEFAULT_MAX_BYTES } : {}) };
}

/** How one guest run ended: its final state, its counters and what it took. */
export interface GuestRun {
  info: DomainInfo;
  /** The --stats object: the domain's counters, wall time, state, and the peer's and switch's. */
  stats: Record<string, unknown>;
  wallMs: number;
  /** Bytes of machine memory the domain owned when it ended. */
  memoryBytes: number;
  /** The user quit (Ctrl-A x). */
  quit: boolean;
  snapshot: ScheduledSnapshot | null;
}

/** Runs a guest in a hypervisor worker of its own (every mode but bare); returns how it ended. */
export async function runGuest(o: NativeOptions): Promise<GuestRun> {
  const spec = o.restore ? null : domainSpec(o);
  // The peer is a pv-ops kernel guest, also next to a unikernel (which cannot run a program by name).
  const peerSpec = o.peer ? domainSpec(peerOptions(o, o.peer)) : null;
  const t0 = performance.now();
  const client = await startHypervisor({ machineBytes: (peerSpec ? 2 : 1) * (o.ram + HYPERVISOR_OVERHEAD), net: switchOptions(o) });
  let stopInput = (): void => {};
  let peer: Peer | null = null;
  try {
    if (peerSpec) peer = await startPeer(client, peerSpec, o.peerConsole);
    const created = spec ? await client.api.create(spec) : await client.api.restore(o.restore!);
    const rings = await client.api.consoleRings(created.id);
    let quit = false;
    const inRing = new ByteRing(rings.in);
    stopInput = o.console ? feedInput(inRing, o.input ?? new Uint8Array(0)) : forwardStdin(inRing, () => { quit = true; });
    await client.api.start(created.id);
    const snap: ScheduledSnapshot | null = o.snapshot ? scheduleSnapshot(client, created.id, o.snapshot) : null;
    const ended = waitEnded(client, created.id, o.timeoutMs, () => quit || (snap?.taken ?? false));
    await pumpConsole(new ByteRing(rings.out), ended, o.console);
    const info = await ended;
    await snap?.settle();
    const wallMs = performance.now() - t0;
    const memoryBytes = await ownedBytes(client, created.id);
    const s = await client.api.stats(created.id).catch(() => null);
    if (info.state === 'running' || info.state === 'paused') await client.api.destroy(created.id).catch(() => {});
    if (o.disk && !o.noDisk) await saveDisk(client, created.id, o.disk);
    const peerInfo = peer ? await peer.finish() : null;
    if (o.pcap) await saveCapture(client, o.pcap);
    const stats = { mode: o.mode, ...s, wall_ms: Math.round(wallMs), state: info.state, exit_code: info.exitCode ?? null, ...await peerStats(client, peer, peerInfo) };
    return { info, stats, wallMs, memoryBytes, quit, snapshot: snap };
  } finally {
    stopInput();
    await client.close().catch(() => {});
  }
}

/**
 * The options of the peer guest: `program` on a second machine booted the
 * same way (native, full, or any mode with `peerSameMode`: a unikernel peer
 * is the same unikernel), or under the pv-ops kernel next to a PV guest or a
 * unikernel (which cannot run a program by name).
 */
function peerOptions(o: NativeOptions, program: string[]): NativeOptions {
  const base = { ...o, program, disk: null };
  if (o.peerSameMode || o.mode === 'native' || o.mode === 'full') return base;
  return { ...base, ...(o.mode === 'uni' ? { mode: 'pv' as const, kernel: 'kernel-pv' } : {}), kernelImage: undefined };
}

/** The --stats fields of a run with a peer: the peer's counters and end, and the switch's counters. */
async function peerStats(client: HypervisorClient, peer: Peer | null, peerInfo: DomainInfo | null): Promise<Record<string, unknown>> {
  if (!peer || !peerInfo) return {};
  const p = await client.api.stats(peer.id).catch(() => null);
  const sw = await client.api.switchStats().catch(() => null);
  return { peer: { ...p, state: peerInfo.state, exit_code: peerInfo.exitCode ?? null }, ...(sw ? { switch: sw } : {}) };
}

/** Runs the native mode; returns the exit status. */
export async function runNative(o: NativeOptions): Promise<number> {
  const run = await runGuest(o);
  if (o.stats) process.stderr.write(JSON.stringify(run.stats) + '\n');
  if (run.snapshot?.taken) return 0;
  if (run.snapshot?.failure) process.stderr.write(`exovisor: ${run.snapshot.failure}\n`);
  return status(run.info, run.quit, o.timeoutMs);
}

/** The machine memory domain `id` owns (its frames, counted in the frame-owner table). */
async function ownedBytes(client: HypervisorClient, id: number): Promise<number> {
  const owners = await client.api.frameOwners().catch(() => new Uint16Array(0));
  let frames = 0;
  for (const owner of owners) if (owner === id) frames++;
  return frames * 4096;
}

/** Writes `data` to the guest's console input as room appears; returns a function that stops. */
function feedInput(ring: ByteRing, data: Uint8Array): () => void {
  let rest = data;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const push = (): void => {
    timer = undefined;
    const n = Math.min(ring.room(), rest.length);
    if (n > 0) { ring.write(rest.subarray(0, n)); rest = rest.subarray(n); }
    if (rest.length > 0) timer = setTimeout(push, 5);
  };
  push();
  return () => clearTimeout(timer);
}

/** A second guest of the run (on the same virtual switch): its console goes to stderr, prefixed. */
interface Peer { id: number; finish(): Promise<DomainInfo> }

/** How long the peer may take to finish after the main guest ended before it is destroyed. */
const PEER_GRACE_MS = 5000;

/** Starts the peer guest; its console goes to `sink`, or to stderr prefixed with [peer]. */
async function startPeer(client: HypervisorClient, spec: DomainSpec, sink?: (bytes: Uint8Array) => void): Promise<Peer> {
  const created = await client.api.create(spec);
  const rings = await client.api.consoleRings(created.id);
  const out = new ByteRing(rings.out);
  let atLineStart = true;
  const write = sink ?? ((bytes: Uint8Array): void => {
    let text = '';
    for (const ch of new TextDecoder('latin1').decode(bytes)) {
      if (atLineStart) text += '[peer] ';
      text += ch;
      atLineStart = ch === '\n';
    }
    process.stderr.write(text);
  });
  await client.api.start(created.id);
  const ended = waitEnded(client, created.id, undefined, () => false).catch(() => undefined); // destroyed after the grace period
  let stop = (): void => {};
  const stopped = new Promise<void>((r) => { stop = r; });
  const pump = pumpConsole(out, Promise.race([ended, stopped]), write);
  return {
    id: created.id,
    async finish(): Promise<DomainInfo> {
      let info = await client.api.waitForEnd(created.id, PEER_GRACE_MS);
      if (info.state === 'running' || info.state === 'paused') {
        await client.api.destroy(created.id).catch(() => {});
        info = { ...info, state: 'stopped', reason: `still running ${PEER_GRACE_MS / 1000} s after the main guest ended` };
      }
      stop();
      await pump;
      if (!sink && (info.state !== 'shutdown' || info.exitCode)) {
        process.stderr.write(`exovisor: peer ${info.state}${info.exitCode ? ` with status ${info.exitCode}` : ''}${info.reason ? `: ${info.reason}` : ''}\n`);
      }
      return info;
    },
  };
}

/** Polls the domain until it ends, the timeout passes or the user quits. */
async function waitEnded(client: HypervisorClient, id: number, timeoutMs: number | undefined, quit: () => boolean): Promise<DomainInfo> {
  const deadline = timeoutMs === undefined ? Infinity : performance.now() + timeoutMs;
  for (;;) {
    const slice = Math.max(0, Math.min(200, deadline - performance.now()));
    const info = await client.api.waitForEnd(id, slice);
    if (info.state !== 'running' && info.state !== 'paused') return info;
    if (quit() || performance.now() >= deadline) return info;
  }
}

/** Says why the run ended (unless the guest simply exited) and picks the exit status. */
function status(info: DomainInfo, quit: boolean, timeoutMs: number | undefined): number {
  switch (info.state) {
    case 'shutdown':
      if (info.reason) process.stderr.write(`exovisor: ${info.reason}\n`);
      return (info.exitCode ?? 0) & 0xff;
    case 'crashed': process.stderr.write(`exovisor: guest crashed: ${info.reason ?? 'unknown cause'}\n`); return EXIT_CRASHED;
    case 'halted': process.stderr.write(`exovisor: guest halted: ${info.reason ?? ''}\n`); return 1;
    case 'stopped': process.stderr.write(`exovisor: timeout: ${info.reason ?? 'stopped'}\n`); return 124;
    default:
      if (quit) { process.stderr.write('exovisor: quit\n'); return 0; }
      process.stderr.write(`exovisor: timeout: still ${info.state} after ${(timeoutMs ?? 0) / 1000} s\n`);
      return 124;
  }
}
