/**
 * Exovisor's PIO disk controller (ATA PIO in spirit; not on QEMU): the
 * guest sets DISK_COUNT and DISK_LBA, writes a command to DISK_CMD_STATUS,
 * then moves the data four bytes per DISK_DATA access while DRQ is set.
 * Commands run at once, so BSY is never seen. The interrupt line (when
 * DISK_IRQ_ENABLE bit 0 is set) rises when DRQ rises and when a command
 * finishes (FLUSH, an error, or the last word of a READ or WRITE); reading
 * DISK_CMD_STATUS lowers it. Every access is checked against the backing
 * store, so no guest value can reach past it.
 */
import {
  DISK_CAPACITY, DISK_CMD_FLUSH, DISK_CMD_READ, DISK_CMD_STATUS, DISK_CMD_WRITE, DISK_COUNT, DISK_DATA, DISK_ERR_COMMAND,
  DISK_ERR_COUNT, DISK_ERR_NONE, DISK_ERR_RANGE, DISK_ERROR, DISK_IRQ_ENABLE, DISK_LBA, DISK_MAX_COUNT, DISK_SECTOR_SIZE,
  DISK_STATUS_DRQ, DISK_STATUS_ERR, DISK_STATUS_RDY, DISK_WINDOW,
} from '../abi/virt.js';
import { DeviceStateError, type MmioDevice, type Width } from './device.js';

/** A data phase in progress: `pos` bytes of `count` sectors from `lba` have moved. */
interface Transfer { kind: 'read' | 'write'; lba: number; count: number; pos: number }

/** Saved controller state (not the disk contents); `sector` holds the bytes of a partly written sector. */
interface PioDiskState {
  count: number; lba: number; error: number; irqEnable: number; irqPending: boolean;
  transfer: Transfer | null; sector: number[];
}

/** What the controller counts. */
export interface PioDiskCounters {
  /** Commands accepted, by kind. */
  reads: number;
  writes: number;
  flushes: number;
  /** Sectors moved through the data port (a WRITE's sector counts once committed). */
  sectorsRead: number;
  sectorsWritten: number;
  /** DISK_DATA reads and writes. */
  dataAccesses: number;
  /** Commands refused with DISK_ERR_RANGE, DISK_ERR_COUNT or DISK_ERR_COMMAND. */
  rangeErrors: number;
  countErrors: number;
  commandErrors: number;
  /** DISK_DATA accessed with no transfer of that direction in progress. */
  protocolErrors: number;
}

const fresh = (): PioDiskState => ({
  count: 0, lba: 0, error: DISK_ERR_NONE, irqEnable: 0, irqPending: false, transfer: null, sector: [],
});

/** A disk controller over `store`, a whole number of DISK_SECTOR_SIZE sectors (never resized). */
export class PioDisk implements MmioDevice {
  readonly size = DISK_WINDOW;
  /** Number of sectors. */
  readonly capacity: number;
  /** Set by every committed sector write; the owner clears it after saving the store. */
  dirty = false;
  /** Commands, sectors, data-port accesses and errors, for stats. */
  readonly counters: PioDiskCounters = {
    reads: 0, writes: 0, flushes: 0, sectorsRead: 0, sectorsWritten: 0, dataAccesses: 0,
    rangeErrors: 0, countErrors: 0, commandErrors: 0, protocolErrors: 0,
  };
  private s: PioDiskState = fresh();
  /** The sector being filled by a WRITE; valid up to `pos % DISK_SECTOR_SIZE`. */
  private readonly sector = new Uint8Array(DISK_SECTOR_SIZE);

  /** `irq` is told the interrupt line level; `onFlush` runs on DISK_CMD_FLUSH. */
  constructor(
    readonly name: string,
    readonly base: number,
    readonly store: Uint8Array,
    private readonly irq: (level: boolean) => void = () => {},
    private readonly onFlush?: () => void,
  ) {
    if (store.length % DISK_SECTOR_SIZE !== 0) {
      throw new RangeError(`${name}: disk size ${store.length} is not a multiple of ${DISK_SECTOR_SIZE} bytes`);
    }
    this.capacity = store.length / DISK_SECTOR_SIZE;
  }

  read(offset: number, width: Width): number | null {
    if (width !== 4 || offset & 3 || offset < 0 || offset >= this.size) return null;
    const s = this.s;
    switch (offset) {
      case DISK_DATA: return this.readData();
      case DISK_COUNT: return s.count;
      case DISK_LBA: return s.lba;
      case DISK_CMD_STATUS: return this.readStatus();
      case DISK_ERROR: return s.error;
      case DISK_CAPACITY: return this.capacity >>> 0;
      case DISK_IRQ_ENABLE: return s.irqEnable;
      default: return 0;
    }
  }

  write(offset: number, width: Width, value: number): boolean {
    if (width !== 4 || offset & 3 || offset < 0 || offset >= this.size) return false;
    const v = value >>> 0;
    switch (offset) {
      case DISK_DATA: this.writeData(v); break;
      case DISK_COUNT: this.s.count = v; break;
      case DISK_LBA: this.s.lba = v; break;
      case DISK_CMD_STATUS: this.command(v); break;
      case DISK_IRQ_ENABLE: this.s.irqEnable = v & 1; this.updateIrq(); break;
      default: break; // DISK_ERROR, DISK_CAPACITY and reserved words are read-only
    }
    return true;
  }

  /** Status; reading it acknowledges the interrupt. */
  private readStatus(): number {
    const s = this.s;
    s.irqPending = false;
    this.updateIrq();
    return DISK_STATUS_RDY | (s.error !== DISK_ERR_NONE ? DISK_STATUS_ERR : 0) | (s.transfer ? DISK_STATUS_DRQ : 0);
  }

  /** Starts a command; a command while DRQ is set abandons the transfer and fails. */
  private command(cmd: number): void {
    const s = this.s;
    const busy = s.transfer !== null;
    s.transfer = null;
    s.error = DISK_ERR_NONE;
    if (busy) this.fail(DISK_ERR_COMMAND);
    else if (cmd === DISK_CMD_READ || cmd === DISK_CMD_WRITE) this.startTransfer(cmd === DISK_CMD_READ ? 'read' : 'write');
    else if (cmd === DISK_CMD_FLUSH) {
      this.counters.flushes++;
      this.onFlush?.();
      this.raise();
    } else this.fail(DISK_ERR_COMMAND);
  }

  /** Checks COUNT and LBA, then opens the data phase (DRQ). */
  private startTransfer(kind: Transfer['kind']): void {
    const { count, lba } = this.s;
    if (count === 0 || count > DISK_MAX_COUNT) return this.fail(DISK_ERR_COUNT);
    if (lba + count > this.capacity) return this.fail(DISK_ERR_RANGE);
    if (kind === 'read') this.counters.reads++;
    else this.counters.writes++;
    this.s.transfer = { kind, lba, count, pos: 0 };
    this.raise();
  }

  private fail(error: number): void {
    this.s.error = error;
    if (error === DISK_ERR_RANGE) this.counters.rangeErrors++;
    else if (error === DISK_ERR_COUNT) this.counters.countErrors++;
    else this.counters.commandErrors++;
    this.raise();
  }

  /** Next four bytes of a READ, little-endian; 0 (and a protocol error) when no READ is in progress. */
  private readData(): number {
    this.counters.dataAccesses++;
    const t = this.s.transfer;
    if (t?.kind !== 'read') {
      this.counters.protocolErrors++;
      return 0;
    }
    const at = t.lba * DISK_SECTOR_SIZE + t.pos;
    const b = this.store;
    const word = (b[at]! | b[at + 1]! << 8 | b[at + 2]! << 16 | b[at + 3]! << 24) >>> 0;
    t.pos += 4;
    if (t.pos % DISK_SECTOR_SIZE === 0) this.counters.sectorsRead++;
    if (t.pos === t.count * DISK_SECTOR_SIZE) this.finish();
    return word;
  }

  /** Four more bytes of a WRITE; each full sector goes to the store. Ignored (and counted) with no WRITE in progress. */
  private writeData(v: number): void {
    this.counters.dataAccesses++;
    const t = this.s.transfer;
    if (t?.kind !== 'write') {
      this.counters.protocolErrors++;
      return;
    }
    const at = t.pos % DISK_SECTOR_SIZE;
    this.sector[at] = v & 0xff;
    this.sector[at + 1] = v >>> 8 & 0xff;
    this.sector[at + 2] = v >>> 16 & 0xff;
    this.sector[at + 3] = v >>> 24;
    t.pos += 4;
    if (t.pos % DISK_SECTOR_SIZE === 0) {
      this.store.set(this.sector, t.lba * DISK_SECTOR_SIZE + t.pos - DISK_SECTOR_SIZE);
      this.counters.sectorsWritten++;
      this.dirty = true;
    }
    if (t.pos === t.count * DISK_SECTOR_SIZE) this.finish();
  }

  /** The data phase is over: DRQ clears and the command completes. */
  private finish(): void {
    this.s.transfer = null;
    this.raise();
  }

  private raise(): void {
    this.s.irqPending = true;
    this.updateIrq();
  }

  private updateIrq(): void {
    this.irq(this.s.irqEnable !== 0 && this.s.irqPending);
  }

  /** Power-on registers; an unfinished transfer is dropped (sectors already written stay written). */
  reset(): void {
    this.s = fresh();
    this.updateIrq();
  }

  saveState(): unknown {
    const s = this.s;
    const t = s.transfer;
    const partial = t?.kind === 'write' ? t.pos % DISK_SECTOR_SIZE : 0;
    return { ...s, transfer: t && { ...t }, sector: [...this.sector.subarray(0, partial)] } satisfies PioDiskState;
  }

  restoreState(state: unknown): void {
    const s = this.validate(state);
    this.sector.fill(0);
    this.sector.set(s.sector);
    this.s = { ...s, transfer: s.transfer && { ...s.transfer }, sector: [] };
    this.updateIrq();
  }

  /** Checks a saved state against this disk; throws DeviceStateError naming the first bad field. */
  private validate(state: unknown): PioDiskState {
    const rec = record(this.name, state, 'state');
    const u32 = (v: number): boolean => v <= 0xffff_ffff;
    const s: PioDiskState = {
      count: int(this.name, rec, 'count', u32, 'expected a 32-bit register value'),
      lba: int(this.name, rec, 'lba', u32, 'expected a 32-bit register value'),
      error: int(this.name, rec, 'error', (v) => v <= DISK_ERR_COUNT, `expected a DISK_ERR_* code 0..${DISK_ERR_COUNT}`),
      irqEnable: int(this.name, rec, 'irqEnable', (v) => v <= 1, 'expected 0 or 1'),
      irqPending: bool(this.name, rec, 'irqPending'),
      transfer: rec.transfer === null ? null : this.validateTransfer(rec.transfer),
      sector: [],
    };
    const partial = s.transfer?.kind === 'write' ? s.transfer.pos % DISK_SECTOR_SIZE : 0;
    const sector = rec.sector;
    if (!Array.isArray(sector) || sector.length !== partial) {
      throw new DeviceStateError(this.name, `sector must hold the ${partial} bytes of the partly written sector`);
    }
    s.sector = sector.map((_, i) => int(this.name, sector, i, (v) => v <= 0xff, 'expected a byte'));
    return s;
  }

  /** A transfer must lie inside this disk and have stopped on a word boundary before its end. */
  private validateTransfer(value: unknown): Transfer {
    const t = record(this.name, value, 'transfer');
    if (t.kind !== 'read' && t.kind !== 'write') throw new DeviceStateError(this.name, 'transfer.kind must be "read" or "write"');
    const count = int(this.name, t, 'count', (v) => v >= 1 && v <= DISK_MAX_COUNT, `expected 1..${DISK_MAX_COUNT} sectors`);
    const lba = int(this.name, t, 'lba', (v) => v + count <= this.capacity, `transfer runs past the disk's ${this.capacity} sectors`);
    const pos = int(this.name, t, 'pos', (v) => v % 4 === 0 && v < count * DISK_SECTOR_SIZE, 'expected a word offset inside the transfer');
    return { kind: t.kind, lba, count, pos };
  }
}

/** `value` as a record, or a DeviceStateError naming `what`. */
function record(device: string, value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DeviceStateError(device, `${what} is not an object`);
  return value as Record<string, unknown>;
}

/** `obj[key]` as a non-negative integer passing `ok`, or a DeviceStateError quoting `rule`. */
function int(device: string, obj: Record<string | number, unknown> | unknown[], key: string | number, ok: (v: number) => boolean, rule: string): number {
  const v = (obj as Record<string | number, unknown>)[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || !ok(v)) {
    throw new DeviceStateError(device, `${String(key)} = ${String(v)}: ${rule}`);
  }
  return v;
}

/** `obj[key]` as a boolean, or a DeviceStateError. */
function bool(device: string, obj: Record<string, unknown>, key: string): boolean {
  const v = obj[key];
  if (typeof v !== 'boolean') throw new DeviceStateError(device, `${key} = ${String(v)}: expected true or false`);
  return v;
}
