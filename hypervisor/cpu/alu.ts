/** Multiply helpers of the M extension shared by the interpreter and the translation tier. */

/** High half of the unsigned 64-bit product of two 32-bit values. */
export function mulhu(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}
/** High half of the signed 64-bit product. */
export function mulh(a: number, b: number): number {
  return (mulhu(a, b) - (a < 0 ? b : 0) - (b < 0 ? a : 0)) | 0;
}
/** High half of signed a times unsigned b. */
export function mulhsu(a: number, b: number): number {
  return (mulhu(a, b) - (a < 0 ? b : 0)) | 0;
}

/** The read-modify-write of the AMO instructions. */
export function amo(op: number, a: number, b: number): number {
  switch (op) {
    case 64: return b; // AMOSWAP_W
    case 65: return (a + b) | 0; // AMOADD_W
    case 66: return a ^ b; // AMOXOR_W
    case 67: return a & b; // AMOAND_W
    case 68: return a | b; // AMOOR_W
    case 69: return a < b ? a : b; // AMOMIN_W
    case 70: return a > b ? a : b; // AMOMAX_W
    case 71: return a >>> 0 < b >>> 0 ? a : b; // AMOMINU_W
    default: return a >>> 0 > b >>> 0 ? a : b; // AMOMAXU_W
  }
}

/**
 * Performs AMO `op` on word `i` of `m32` atomically (Atomics, so another
 * thread sharing the memory sees one indivisible read-modify-write); returns
 * the old value.
 */
export function atomicAmo(m32: Int32Array, i: number, op: number, b: number): number {
  switch (op) {
    case 64: return Atomics.exchange(m32, i, b);
    case 65: return Atomics.add(m32, i, b);
    case 66: return Atomics.xor(m32, i, b);
    case 67: return Atomics.and(m32, i, b);
    case 68: return Atomics.or(m32, i, b);
    default: {
      for (;;) {
        const old = m32[i]!;
        if (Atomics.compareExchange(m32, i, old, amo(op, old, b)) === old) return old;
      }
    }
  }
}
