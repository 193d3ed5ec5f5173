/**
 * The vCPU run loop driven in-process: its exits reach a DeviceModel
 * synchronously through a small ExitTransport, so committed guests run
 * exactly as in a guest worker. Proves the console and finisher paths, the
 * exit counters, isolation of every frame the guest does not own, and each
 * way a run ends (shutdown, crash, halt, limit, stopped); a controller thread
 * plays the hypervisor to pause and resume a running vCPU.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { VIRT_DRAM } from '../../../hypervisor/abi/virt.js';
import { loadBare } from '../../../hypervisor/core/boot.js';
import { DeviceModel } from '../../../hypervisor/core/device-model.js';
import { GuestMemory } from '../../../hypervisor/core/guest-memory.js';
import { FRAME_SIZE, MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { MIP_MEIP } from '../../../hypervisor/cpu/isa.js';
import type { FinisherRequest } from '../../../hypervisor/devices/sifive-test.js';
import { parseElf } from '../../../hypervisor/image/elf.js';
import { Vcpu, type ExitTransport } from '../../../hypervisor/vmm/vcpu.js';
import { remoteWindows } from '../../../hypervisor/worker/protocol.js';
import {
  CB_BYTES, CB_COUNTERS_OFFSET, CB_HEARTBEAT, CB_IRQ, CB_REQUEST, CB_STATE, CB_VCPU_STATE, CB_WAKE, REQ_PAUSE, REQ_STOP,
  STATE_DONE, STATE_EXIT, STATE_RUNNING, VS_PAUSED, VS_STOPPED, counterSlot, type VcpuCounter, type VcpuEnd,
} from '../../../hypervisor/worker/protocol.js';
import { addi, csrw, HALT, j, li, lw, RAM, s0, sw, t0, wfi } from '../../helpers/asm.js';
import { ROOT } from '../../helpers/cli.js';
import { bareElf } from '../../helpers/elf-writer.js';

const MiB = 1 << 20;
const guest = (name: string): Uint8Array => readFileSync(`${ROOT}test/guests/build/${name}.elf`);
const expected = (name: string): string => readFileSync(`${ROOT}test/guests/${name}.expected`, 'latin1');

/** Serves each exit at once, in this thread: publish, let the device model answer, check it did. */
class InlineTransport implements ExitTransport {
  served = 0;
  constructor(private readonly devices: () => DeviceModel) {}
  transfer(cb: Int32Array): void {
    Atomics.store(cb, CB_STATE, STATE_EXIT);
    this.devices().handleExit();
    if (Atomics.load(cb, CB_STATE) !== STATE_DONE) throw new Error('the device model did not answer the exit');
    this.served++;
  }
}

/** One domain's worth of state around a Vcpu, as the hypervisor and a guest worker would set it up. */
interface Rig {
  mm: MachineMemory;
  memory: GuestMemory;
  cbFrame: number;
  cb: Int32Array;
  devices: DeviceModel;
  transport: InlineTransport;
  vcpu: Vcpu;
  console: number[];
  finished: FinisherRequest[];
}

interface RigOptions {
  ramBytes?: number;
  maxInsns?: number;
  tier?: 'jit' | 'interp';
  mm?: MachineMemory;
  domid?: number;
}

function rig(elf: Uint8Array, opts: RigOptions = {}): Rig {
  const mm = opts.mm ?? new MachineMemory(32 * MiB);
  const ramBytes = opts.ramBytes ?? 16 * MiB;
  const cbFrame = mm.allocContiguous(CB_BYTES / FRAME_SIZE);
  const memory = new GuestMemory(mm, opts.domid ?? 1, VIRT_DRAM, ramBytes);
  const boot = loadBare(memory, parseElf(elf));
  const cb = new Int32Array(mm.buffer, cbFrame * FRAME_SIZE, CB_BYTES / 4);
  const out: number[] = [];
  const finished: FinisherRequest[] = [];
  const devices = new DeviceModel(cb, { console: (b) => out.push(b), finish: (r) => finished.push(r) }, null);
  const transport = new InlineTransport(() => devices);
  const vcpu = new Vcpu({
    domid: opts.domid ?? 1, memory: mm.buffer, p2mOffset: memory.p2mLocation.offset, p2mEntries: memory.p2mLocation.entries,
    controlOffset: cbFrame * FRAME_SIZE, ramBase: VIRT_DRAM, ramBytes, entry: boot.entry, bootArgs: boot.args,
    clock: 'deterministic', tier: opts.tier ?? 'jit', maxInsns: opts.maxInsns ?? Infinity, exitSpin: true, mode: 'native', shadowPool: [], remote: remoteWindows(devices.devices),
  }, transport);
  return { mm, memory, cbFrame, cb, devices, transport, vcpu, console: out, finished };
}

const counter = (r: Rig, name: VcpuCounter): number =>
  new Float64Array(r.mm.buffer, r.cbFrame * FRAME_SIZE + CB_COUNTERS_OFFSET, 16)[counterSlot(name)]!;
const text = (r: Rig): string => Buffer.from(r.console).toString('latin1');

describe('a committed bare guest through UART exits', () => {
  it.each(['jit', 'interp'] as const)('hello prints its expected text and shuts down with code 0 (%s)', (tier) => {
    const r = rig(guest('hello'), { tier });
    const end = r.vcpu.run();
    expect(end).toEqual({ kind: 'shutdown' });
    expect(text(r)).toBe(expected('hello'));
    expect(r.finished).toEqual([{ kind: 'exit', code: 0 }]);
    expect(Atomics.load(r.cb, CB_VCPU_STATE)).toBe(VS_STOPPED);
    expect(Atomics.load(r.cb, CB_STATE)).toBe(STATE_RUNNING);
  });

  it('counts every exit, by reason and by device', () => {
    const r = rig(guest('hello'));
    r.vcpu.run();
    const mmio = r.devices.counters.mmio;
    const served = Object.values(mmio).reduce((a, b) => a + b, 0) + r.devices.counters.unmapped;
    expect(counter(r, 'exit_mmio')).toBe(r.transport.served);
    expect(counter(r, 'exit_mmio')).toBe(served);
    expect(mmio['test']).toBe(1);
    expect(mmio['uart0']).toBeGreaterThanOrEqual(expected('hello').length);
    expect(mmio['plic']).toBe(0);
    expect(r.devices.counters.unmapped).toBe(0);
    expect(counter(r, 'exit_mmio_local')).toBe(0);
    expect(counter(r, 'exit_wfi')).toBe(0);
    expect(counter(r, 'insns')).toBe(r.vcpu.hart.retired());
    expect(counter(r, 'insns')).toBeGreaterThan(1000);
  });

  it('both tiers retire the same number of instructions', () => {
    const a = rig(guest('hello'), { tier: 'jit' }), b = rig(guest('hello'), { tier: 'interp' });
    a.vcpu.run();
    b.vcpu.run();
    expect(counter(a, 'insns')).toBe(counter(b, 'insns'));
    expect(counter(a, 'blocks_translated')).toBeGreaterThan(0);
    expect(counter(b, 'blocks_translated')).toBe(0);
  });

  it('exitcode ends with code 3', () => {
    const r = rig(guest('exitcode'));
    expect(r.vcpu.run()).toEqual({ kind: 'shutdown' });
    expect(r.finished).toEqual([{ kind: 'exit', code: 3 }]);
    expect(text(r)).toBe(expected('exitcode'));
  });
});

describe('isolation', () => {
  it('the isolation guest passes, and no frame it does not own changes', () => {
    // Another domain first, then scattered holes (and one short run for the P2M table) where the guest must go.
    const mm = new MachineMemory(40 * MiB);
    const other = new GuestMemory(mm, 2, VIRT_DRAM, 4 * MiB);
    const filler = mm.allocFrames(99, mm.freeFrames);
    mm.release(filler.filter((_, i) => i % 2 === 1 || i >= filler.length - 16));
    const pattern = new Uint8Array(4 * MiB);
    for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 131 + 7) & 0xff;
    other.write(VIRT_DRAM, pattern);
    const r = rig(guest('isolation'), { mm, domid: 3, ramBytes: 16 * MiB });
    const sorted = [...r.memory.p2m].sort((a, b) => a - b);
    expect(sorted.some((f, i) => i > 0 && f !== sorted[i - 1]! + 1)).toBe(true);

    // Everything but the guest's own frames and its control block: frame table, P2M tables, other domains, free frames.
    const own = new Set<number>([...r.memory.p2m, r.cbFrame]);
    const before = r.mm.bytes.slice();
    const owners = Array.from(mm.owners);
    const end = r.vcpu.run();
    expect(text(r)).toBe(expected('isolation'));
    expect(end).toEqual({ kind: 'shutdown' });
    expect(r.finished).toEqual([{ kind: 'exit', code: 0 }]);

    const changed: number[] = [];
    for (let f = 0; f < mm.frames; f++) {
      if (own.has(f)) continue;
      const a = f * FRAME_SIZE;
      if (Buffer.compare(mm.bytes.subarray(a, a + FRAME_SIZE), before.subarray(a, a + FRAME_SIZE)) !== 0) changed.push(f);
    }
    expect(changed).toEqual([]);
    expect(Array.from(mm.owners)).toEqual(owners);
    expect(Buffer.compare(other.read(VIRT_DRAM, pattern.length), pattern)).toBe(0);
  }, 30_000);
});

describe('how a run ends', () => {
  it('a trap loop (mtvec unmapped, then a fault) is a crash naming the trap', () => {
    const prog = [...li(t0, 0x100), csrw(0x305, t0), lw(t0, 0, 0), HALT]; // mtvec = 0x100; load from 0
    const r = rig(bareElf(RAM, prog), { ramBytes: MiB });
    const end = r.vcpu.run();
    expect(end.kind).toBe('crash');
    const message = (end as { message: string }).message;
    expect(message).toMatch(/no progress/);
    expect(message).toMatch(/fetch_access/);
    expect(message).toMatch(/mtvec 0x100/);
    expect(r.vcpu.hart.counters.traps['load_access']).toBe(1);
    expect(counter(r, 'traps')).toBeGreaterThanOrEqual(10_000);
    expect(Atomics.load(r.cb, CB_VCPU_STATE)).toBe(VS_STOPPED);
  });

  it('a WFI with no interrupt enabled is a halt naming the pc', () => {
    const prog = [addi(t0, 0, 1), wfi, HALT];
    const r = rig(bareElf(RAM, prog), { ramBytes: MiB });
    const end = r.vcpu.run();
    expect(end.kind).toBe('halt');
    expect((end as { message: string }).message).toMatch(/wfi at pc 0x80000004/);
    expect(counter(r, 'exit_wfi')).toBe(1);
  });

  it('maxInsns stops the vCPU exactly at the limit', () => {
    const r = rig(bareElf(RAM, [HALT]), { ramBytes: MiB, maxInsns: 300_000 });
    expect(r.vcpu.run()).toEqual({ kind: 'limit' });
    expect(r.vcpu.hart.retired()).toBe(300_000);
    expect(counter(r, 'insns')).toBe(300_000);
  });

  it('REQ_STOP set before run stops it before any instruction', () => {
    const r = rig(guest('hello'));
    Atomics.or(r.cb, CB_REQUEST, REQ_STOP);
    expect(r.vcpu.run()).toEqual({ kind: 'stopped' });
    expect(r.vcpu.hart.retired()).toBe(0);
    expect(r.console).toEqual([]);
    expect(Atomics.load(r.cb, CB_VCPU_STATE)).toBe(VS_STOPPED);
  });

  it('a guest that keeps working until told otherwise beats the heartbeat every chunk', () => {
    const r = rig(bareElf(RAM, [HALT]), { ramBytes: MiB, maxInsns: 10 * 65_536 });
    r.vcpu.run();
    expect(Atomics.load(r.cb, CB_HEARTBEAT)).toBeGreaterThanOrEqual(10);
  });
});

/**
 * A controller thread playing the hypervisor while this thread runs the vCPU:
 * waits for the guest's loop counter to move, asks for a pause, watches the
 * parked vCPU (optionally raising an interrupt line meanwhile, as a device
 * would), withdraws the request, checks the guest moves again, and stops it.
 */
const CONTROLLER = `
import { parentPort, workerData } from 'node:worker_threads';
const { sab, cbOffset, wordOffset, k, raiseIrq, holdMs } = workerData;
const cb = new Int32Array(sab, cbOffset, 64);
const word = new Int32Array(sab, wordOffset, 1);
const nap = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const until = (pred, ms) => { const end = Date.now() + ms; while (!pred()) { if (Date.now() > end) return false; nap(1); } return true; };
const wake = () => { Atomics.add(cb, k.WAKE, 1); Atomics.notify(cb, k.WAKE); };
const report = {};
try {
  report.running = until(() => Atomics.load(word, 0) > 1000, 5000);
  Atomics.or(cb, k.REQUEST, k.REQ_PAUSE); wake();
  report.parked = until(() => Atomics.load(cb, k.VCPU_STATE) === k.VS_PAUSED, 5000);
  report.atPark = Atomics.load(word, 0);
  if (raiseIrq) { Atomics.store(cb, k.IRQ, raiseIrq); wake(); }
  nap(20);
  const beat0 = Atomics.load(cb, k.HEARTBEAT);
  let samples = 0, paused = 0;
  const end = Date.now() + holdMs;
  while (Date.now() < end) { samples++; if (Atomics.load(cb, k.VCPU_STATE) === k.VS_PAUSED) paused++; nap(5); }
  report.heartbeats = Atomics.load(cb, k.HEARTBEAT) - beat0;
  report.pausedShare = paused / samples;
  report.afterHold = Atomics.load(word, 0);
  Atomics.and(cb, k.REQUEST, ~k.REQ_PAUSE); wake();
  report.resumed = until(() => Atomics.load(word, 0) > report.afterHold, 5000);
} finally {
  Atomics.or(cb, k.REQUEST, k.REQ_STOP); wake();
  parentPort.postMessage(report);
}
`;
const controllerFile = join(tmpdir(), `exovisor-vcpu-controller-${process.pid}.mjs`);
writeFileSync(controllerFile, CONTROLLER);
afterAll(() => rmSync(controllerFile, { force: true }));

interface ControllerReport {
  running: boolean; parked: boolean; atPark: number; heartbeats: number; pausedShare: number; afterHold: number; resumed: boolean;
}

/** Runs a store loop (counter at RAM + 0x1000) under the controller thread; returns how the run ended and what it saw. */
async function pauseRun(raiseIrq: number): Promise<{ end: VcpuEnd; report: ControllerReport }> {
  const prog = [...li(s0, RAM + 0x1000), addi(t0, 0, 0), addi(t0, t0, 1), sw(t0, 0, s0), j(-8)];
  // The limit only ends the run if the controller never gets to stop it (seconds of guest time).
  const r = rig(bareElf(RAM, prog), { ramBytes: MiB, maxInsns: 5e8 });
  const k = { WAKE: CB_WAKE, REQUEST: CB_REQUEST, VCPU_STATE: CB_VCPU_STATE, IRQ: CB_IRQ, HEARTBEAT: CB_HEARTBEAT, REQ_PAUSE, REQ_STOP, VS_PAUSED };
  const worker = new Worker(controllerFile, {
    workerData: { sab: r.mm.buffer, cbOffset: r.cbFrame * FRAME_SIZE, wordOffset: r.memory.p2m[1]! * FRAME_SIZE, k, raiseIrq, holdMs: 300 },
  });
  try {
    const report = new Promise<ControllerReport>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await Promise.race([new Promise<void>((resolve) => worker.once('online', resolve)), report]);
    const end = r.vcpu.run();
    return { end, report: await report };
  } finally {
    await worker.terminate();
  }
}

describe('pause and resume through the control block', () => {
  it('a paused vCPU parks, retires nothing, and runs again when the request is withdrawn', async () => {
    const { end, report } = await pauseRun(0);
    expect(report.running).toBe(true);
    expect(report.parked).toBe(true);
    expect(report.afterHold).toBe(report.atPark);
    expect(report.pausedShare).toBeGreaterThan(0.9);
    expect(report.heartbeats).toBeLessThan(50);
    expect(report.resumed).toBe(true);
    expect(end).toEqual({ kind: 'stopped' });
  }, 20_000);

  // An interrupt line that changes while the vCPU is parked (console input
  // for a paused domain, a disk completing) must not turn the pause into a
  // busy loop: the domain would burn a core and never report VS_PAUSED.
  it('a paused vCPU stays parked when an interrupt line changes meanwhile', async () => {
    const { end, report } = await pauseRun(MIP_MEIP);
    expect(report.parked).toBe(true);
    expect(report.afterHold).toBe(report.atPark);
    expect(end).toEqual({ kind: 'stopped' });
    expect(report.pausedShare).toBeGreaterThan(0.9);
    expect(report.heartbeats).toBeLessThan(50);
  }, 20_000);
});
