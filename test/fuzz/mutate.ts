/**
 * Byte-level mutations of real inputs, as fast-check arbitraries so failing
 * cases shrink to the fewest, smallest edits: bit flips, byte and word
 * stores (words biased toward boundary values a parser must survive:
 * 0, all-ones, 2^31, the file's own length), and truncation. Edits can be
 * aimed at "hot" ranges (headers, tables) where a parser reads offsets.
 */
import fc from 'fast-check';

/** One edit of a byte string. */
export type Edit =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'word'; at: number; value: number }
  | { kind: 'cut'; at: number };

/** A byte range edits are drawn from. */
export interface Range { start: number; end: number }

/** Word values that sit on the edges parsers get wrong, given the file length `len`. */
function edgeWords(len: number): number[] {
  return [0, 1, 2, 0xff, 0xffff, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, 0xffff_fff0, len, len + 1, len - 4, 0x1000_0000, 52, 32, 40];
}

/** An offset inside one of `ranges` (each clipped to [0, len)). */
function offsetIn(len: number, ranges: readonly Range[]): fc.Arbitrary<number> {
  const clipped = ranges.map((r) => ({ start: Math.max(0, Math.min(r.start, len - 1)), end: Math.max(0, Math.min(r.end, len) - 1) }))
    .filter((r) => r.end >= r.start);
  const whole = fc.integer({ min: 0, max: Math.max(0, len - 1) });
  if (clipped.length === 0) return whole;
  return fc.oneof({ arbitrary: whole, weight: 1 }, { arbitrary: fc.oneof(...clipped.map((r) => fc.integer({ min: r.start, max: r.end }))), weight: 3 });
}

/** Edits of a `len`-byte input, aimed mostly at `hot`. */
export function editArb(len: number, hot: readonly Range[] = []): fc.Arbitrary<Edit> {
  const at = offsetIn(len, hot);
  const word = fc.oneof(fc.constantFrom(...edgeWords(len)), fc.nat({ max: 0xffff_ffff }));
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('byte' as const), at, value: fc.integer({ min: 0, max: 255 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('word' as const), at, value: word }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.integer({ min: 0, max: len }) }), weight: 1 },
  );
}

/** Up to `max` edits of a `len`-byte input. */
export function editsArb(len: number, hot: readonly Range[] = [], max = 4): fc.Arbitrary<Edit[]> {
  return fc.array(editArb(len, hot), { minLength: 1, maxLength: max });
}

/** A copy of `base` with `edits` applied in order (a word store past the end is clipped). */
export function applyEdits(base: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let out = base.slice();
  for (const e of edits) {
    if (e.kind === 'cut') {
      out = out.slice(0, e.at);
      continue;
    }
    if (e.at >= out.length) continue;
    if (e.kind === 'flip') out[e.at]! ^= 1 << e.bit;
    else if (e.kind === 'byte') out[e.at] = e.value;
    else for (let k = 0; k < 4 && e.at + k < out.length; k++) out[e.at + k] = (e.value >>> (8 * k)) & 0xff;
  }
  return out;
}

/** The header and section/program header tables of an ELF32 file: where its offsets and sizes live. */
export function elfHotRanges(b: Uint8Array): Range[] {
  if (b.length < 52) return [{ start: 0, end: b.length }];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const phoff = dv.getUint32(28, true), shoff = dv.getUint32(32, true);
  const ranges: Range[] = [{ start: 0, end: 52 }];
  if (phoff) ranges.push({ start: phoff, end: phoff + dv.getUint16(44, true) * dv.getUint16(42, true) });
  if (shoff) ranges.push({ start: shoff, end: shoff + dv.getUint16(48, true) * dv.getUint16(46, true) });
  return ranges;
}
