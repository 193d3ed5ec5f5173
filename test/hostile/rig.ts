/**
 * A machine for hostile PV guests: real PV domains (the hypervisor's Domain
 * and PvDomain over one MachineMemory, with the back-end domain and the
 * cross-domain lookups the hypervisor wires) and, for each, a real Vcpu
 * whose exits are served at once in this thread by that domain. A test
 * plays the guest kernel: it writes argument structs into the domain's RAM
 * and issues hypercalls exactly as an ecall from the kernel arrives (the
 * vCPU's trap hook), then checks a0, the OUT fields, that the vCPU did not
 * crash, and that no byte outside the domain changed.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { DOMID_SELF, HYPERCALLS } from '../../hypervisor/abi/pv.js';
import { VIRT_DRAM } from '../../hypervisor/abi/virt.js';
import { BackendDomain } from '../../hypervisor/core/backend-domain.js';
import { Domain } from '../../hypervisor/core/domain.js';
import { FRAME_SIZE, MachineMemory } from '../../hypervisor/core/machine-memory.js';
import type { PvEnvironment } from '../../hypervisor/core/pv-domain.js';
import { VSwitch } from '../../hypervisor/pv/vswitch.js';
import { Vcpu, type ExitTransport } from '../../hypervisor/vmm/vcpu.js';
import { CB_STATE, STATE_DONE, STATE_EXIT } from '../../hypervisor/worker/protocol.js';
import { ROOT } from '../helpers/cli.js';

const MiB = 1 << 20;
/** The ecall-from-U cause: how a hypercall from the guest kernel reaches the vCPU. */
const CAUSE_ECALL_U = 8;
const IMAGE = new Uint8Array(readFileSync(`${ROOT}libos/uni/build/hello.uni.elf`));

/** Serves each exit in this thread, by the domain's own hypercall handler. */
class InlineTransport implements ExitTransport {
  exits = 0;
  // Serves the exits of `domain`.
  constructor(private readonly domain: Domain) {}
  // Publishes the exit and has the PV domain answer it, as the exit pump would.
  transfer(cb: Int32Array): void {
    const counters = this.domain.pv!.counters, internal = counters.internal_errors;
    Atomics.store(cb, CB_STATE, STATE_EXIT);
    this.domain.pv!.handleExit();
    if (Atomics.load(cb, CB_STATE) !== STATE_DONE) throw new Error('the PV domain did not answer the exit');
    // Every refusal must be an errno the dispatcher chose: an exception inside it is a hypervisor bug.
    if (counters.internal_errors !== internal) throw new Error('the hypervisor raised an exception serving the hypercall');
    this.exits++;
  }
}

/** One hostile guest: its domain, its vCPU and helpers over its kernel address space. */
export class Guest {
  readonly vcpu: Vcpu;
  readonly transport: InlineTransport;
  // The vCPU boots as a guest worker would boot it (interpreter tier: nothing here runs guest code).
  constructor(readonly domain: Domain, private readonly mm: MachineMemory) {
    this.transport = new InlineTransport(domain);
    this.vcpu = new Vcpu({ ...domain.setup(), tier: 'interp' }, this.transport);
  }

  /** The domain id. */
  get id(): number {
    return this.domain.id;
  }

  /** The PV domain (hypervisor side). */
  get pv(): NonNullable<Domain['pv']> {
    return this.domain.pv!;
  }

  /** Issues hypercall `nr` with a0.. as the guest kernel would; returns a0 and asserts the vCPU goes on. */
  call(nr: number, ...args: number[]): number {
    const h = this.vcpu.hart, pv = this.vcpu.pv!;
    for (let i = 0; i < 6; i++) h.x[10 + i] = (args[i] ?? 0) | 0;
    h.x[17] = nr | 0;
    pv.onTrap(CAUSE_ECALL_U, 0, false);
    expect(pv.crashed).toBeNull();
    return h.x[10]!;
  }

  /** Machine frame behind guest frame `pfn` (RAM at VIRT_DRAM). */
  frame(pfn: number): number {
    return this.domain.memory.frames[pfn]!;
  }

  /** Machine frame behind RAM virtual address `va`. */
  frameAt(va: number): number {
    return this.frame(Math.floor(((va >>> 0) - VIRT_DRAM) / FRAME_SIZE));
  }

  /** A kernel virtual address of a free RAM page (after the boot pages), `page` pages in. */
  scratch(page = 0): number {
    return (this.pv.layout.freeStart + page * FRAME_SIZE) >>> 0;
  }

  /** Kernel virtual address just past the end of RAM. */
  get ramEnd(): number {
    return (VIRT_DRAM + this.domain.spec.ramBytes) >>> 0;
  }

  /** Machine byte offset of RAM virtual address `va` (the builder maps RAM 1:1 by guest frame). */
  private at(va: number): number {
    const off = (va >>> 0) - VIRT_DRAM;
    return this.frame(Math.floor(off / FRAME_SIZE)) * FRAME_SIZE + (off % FRAME_SIZE);
  }

  /** Writes 32-bit words at RAM virtual address `va` (within one page). */
  words(va: number, values: readonly number[]): void {
    const dv = new DataView(this.mm.buffer, this.at(va), values.length * 4);
    values.forEach((v, i) => dv.setUint32(i * 4, v >>> 0, true));
  }

  /** Writes `bytes` at RAM virtual address `va`, across pages. */
  write(va: number, bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length;) {
      const n = Math.min(bytes.length - i, FRAME_SIZE - ((va + i) % FRAME_SIZE));
      this.mm.bytes.set(bytes.subarray(i, i + n), this.at(va + i));
      i += n;
    }
  }

  /** Reads `len` bytes at RAM virtual address `va`, across pages. */
  read(va: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    for (let i = 0; i < len;) {
      const n = Math.min(len - i, FRAME_SIZE - ((va + i) % FRAME_SIZE));
      out.set(this.mm.bytes.subarray(this.at(va + i), this.at(va + i) + n), i);
      i += n;
    }
    return out;
  }

  /** A DataView of `len` bytes at RAM virtual address `va` (within one page). */
  view(va: number, len: number): DataView {
    return new DataView(this.mm.buffer, this.at(va), len);
  }

  /** The kernel virtual address of RAM machine frame `mfn` (the builder maps RAM by guest frame). */
  vaOf(mfn: number): number {
    const pfn = this.domain.memory.frames.indexOf(mfn);
    if (pfn < 0) throw new Error(`machine frame ${mfn} is not RAM of domain ${this.id}`);
    return (VIRT_DRAM + pfn * FRAME_SIZE) >>> 0;
  }

  /** Machine address of the leaf PTE that maps RAM virtual address `va` (the builder's tables). */
  ptePtr(va: number): number {
    const pfn = Math.floor(((va >>> 0) - VIRT_DRAM) / FRAME_SIZE);
    return this.tables[1 + (pfn >>> 10)]! * FRAME_SIZE + (pfn & 0x3ff) * 4;
  }

  /** One mmu_update request through the hypercall (its request on scratch page 0); a0. */
  update(ptr: number, val: number): number {
    this.words(this.scratch(0), [ptr, val]);
    return this.call(HYPERCALLS.mmu_update, this.scratch(0), 1, this.scratch(0) + 0x800, DOMID_SELF);
  }

  /** One mmuext_op through the hypercall (its request on scratch page 0); a0. */
  ext(cmd: number, arg: number): number {
    this.words(this.scratch(0), [cmd, arg]);
    return this.call(HYPERCALLS.mmuext_op, this.scratch(0), 1, 0, DOMID_SELF);
  }

  /** The root page table and its leaves, as the builder made them. */
  get tables(): readonly number[] {
    return this.pv.layout.pageTables;
  }
}

/** A machine with `count` PV domains, and the digest of what lies outside each. */
export class Machine {
  readonly mm = new MachineMemory(64 * MiB);
  readonly guests: Guest[] = [];
  private readonly domains = new Map<number, Domain>();
  readonly env: PvEnvironment;
  /** Free frames once the back-end domain is set up and before any guest domain: what destroying every domain must give back. */
  readonly freeAtStart: number;

  // Wires the PV services the way the hypervisor does, then builds `count` domains of the hello unikernel.
  constructor(count = 2) {
    this.env = {
      backend: new BackendDomain(this.mm), vswitch: new VSwitch(), orphans: new Map(),
      channelsOf: (domid) => this.domains.get(domid)?.pv?.channels,
      grantsOf: (domid) => this.domains.get(domid)?.pv?.grants,
    };
    this.freeAtStart = this.mm.freeFrames;
    for (let i = 0; i < count; i++) {
      const d = new Domain(i + 1, { name: `hostile-${i + 1}`, ramBytes: 8 * MiB, boot: { kind: 'uni', image: IMAGE, cmdline: 'hello' } }, this.mm, this.env);
      this.domains.set(d.id, d);
      this.guests.push(new Guest(d, this.mm));
    }
  }

  /** Destroys `guest`'s domain as the hypervisor does: its frames go back and it is no longer found by domain id. */
  destroy(guest: Guest): void {
    guest.domain.release();
    this.domains.delete(guest.id);
  }

  /**
   * A digest of every machine frame `guest` may not write — all but its own
   * RAM, its shared-info page and its control block — and of the frame table.
   */
  outside(guest: Guest): string {
    const own = new Set<number>(guest.domain.memory.frames);
    own.add(guest.pv.sharedInfo);
    own.add(guest.domain.setup().controlOffset / FRAME_SIZE);
    const h = createHash('sha256');
    for (let f = 0; f < this.mm.frames; f++) if (!own.has(f)) h.update(this.mm.bytes.subarray(f * FRAME_SIZE, (f + 1) * FRAME_SIZE));
    h.update(new Uint8Array(this.mm.owners.buffer, this.mm.owners.byteOffset, this.mm.owners.byteLength));
    h.update(new Uint8Array(this.mm.frameInfo.buffer, this.mm.frameInfo.byteOffset, this.mm.frameInfo.byteLength));
    return h.digest('hex');
  }
}
