/**
 * A hostile PIO-disk driver, assembled: commands with sectors past the end
 * of the disk, counts of zero, past the limit and wrapping the 32-bit LBA, an
 * unknown command and a command in the middle of a transfer, each checked
 * for its status and error code, data-port writes with no transfer open,
 * then one valid READ of the whole disk comparing every word with the
 * pattern the host wrote (word i holds i). Exit 0, or the mask of failed
 * checks (dev-probe's convention).
 */
import { addi, blt, bne, jal, li, lw, or, t0, t1, t2, s4, a3, a4 } from '../helpers/asm.js';
import {
  DISK_CMD_READ, DISK_CMD_STATUS, DISK_CMD_WRITE, DISK_COUNT, DISK_DATA, DISK_ERR_COMMAND, DISK_ERR_COUNT, DISK_ERR_NONE, DISK_ERR_RANGE,
  DISK_ERROR, DISK_LBA, DISK_SECTOR_SIZE, DISK_STATUS_DRQ, DISK_STATUS_ERR, DISK_STATUS_RDY, VIRT_DISK,
} from '../../hypervisor/abi/virt.js';
import { expectWord, programOf, store, storeLoop, type ProbeMode } from './dev-probe.js';

/** Sectors of the disk the program expects. */
export const DISK_SECTORS = 8;
const FAILED = DISK_STATUS_RDY | DISK_STATUS_ERR;

/** Stores `value` to disk register `reg`. */
const put = (reg: number, value: number): number[] => store(VIRT_DISK + reg, value);

/** Loads disk register `reg` and sets bit `bit` of s4 unless it reads `value`. */
const check = (reg: number, value: number, bit: number): number[] => expectWord(VIRT_DISK + reg, value, bit);

/** A command with `count` and `lba`, then checks its status and error register (check bit `bit`). */
function command(cmd: number, count: number, lba: number, error: number, bit: number): number[] {
  const status = error === DISK_ERR_NONE ? DISK_STATUS_RDY | DISK_STATUS_DRQ : FAILED;
  return [...put(DISK_COUNT, count), ...put(DISK_LBA, lba), ...put(DISK_CMD_STATUS, cmd), ...check(DISK_CMD_STATUS, status, bit), ...check(DISK_ERROR, error, bit)];
}

/** `n` writes of a marker to the data port (no transfer is open: each is ignored). */
const dataWrites = (n: number): number[] => storeLoop(VIRT_DISK + DISK_DATA, n);

/** A READ of the whole disk, word i compared with i; sets bit `bit` of s4 at the first mismatch. */
function verifyAll(bit: number): number[] {
  const words = (DISK_SECTORS * DISK_SECTOR_SIZE) / 4;
  return [
    ...command(DISK_CMD_READ, DISK_SECTORS, 0, DISK_ERR_NONE, bit), ...li(t0, VIRT_DISK + DISK_DATA), ...li(a3, 0), ...li(a4, words),
    lw(t1, 0, t0), bne(t1, a3, 16), addi(a3, a3, 1), blt(a3, a4, -12), jal(0, 16), ...li(t2, 1 << bit), or(s4, s4, t2),
    ...check(DISK_CMD_STATUS, DISK_STATUS_RDY, bit),
  ];
}

/** The whole hostile driver, as a bare program or a full or hw kernel. */
export function hostileDiskProgram(mode: ProbeMode = 'bare'): Uint8Array {
  const body = [
    ...command(DISK_CMD_WRITE, 2, DISK_SECTORS - 1, DISK_ERR_RANGE, 0), ...dataWrites(256),
    ...command(DISK_CMD_WRITE, 1, DISK_SECTORS, DISK_ERR_RANGE, 1),
    ...command(DISK_CMD_WRITE, 1, 0xffff_ffff, DISK_ERR_RANGE, 2),
    ...command(DISK_CMD_WRITE, 8, 0xffff_fff9, DISK_ERR_RANGE, 3),
    ...command(DISK_CMD_READ, 1, 0xffff_ffff, DISK_ERR_RANGE, 4),
    ...command(DISK_CMD_WRITE, 0, 0, DISK_ERR_COUNT, 5),
    ...command(DISK_CMD_WRITE, 0xffff_ffff, 1, DISK_ERR_COUNT, 6),
    ...command(DISK_CMD_WRITE, 257, 0, DISK_ERR_COUNT, 7),
    ...command(0x99, 1, 0, DISK_ERR_COMMAND, 8),
    // A WRITE opened, one word in, then another command: the transfer is abandoned and nothing reaches the disk.
    ...command(DISK_CMD_WRITE, 1, 0, DISK_ERR_NONE, 9), ...dataWrites(1), ...put(DISK_CMD_STATUS, DISK_CMD_READ),
    ...check(DISK_CMD_STATUS, FAILED, 10), ...check(DISK_ERROR, DISK_ERR_COMMAND, 10), ...dataWrites(127),
    ...verifyAll(11),
  ];
  return programOf(body, mode);
}

/** The disk the program expects: DISK_SECTORS sectors, word i holding i. */
export function patternDisk(): Uint8Array {
  const disk = new Uint8Array(DISK_SECTORS * DISK_SECTOR_SIZE);
  const dv = new DataView(disk.buffer);
  for (let i = 0; i < disk.length / 4; i++) dv.setUint32(i * 4, i, true);
  return disk;
}
