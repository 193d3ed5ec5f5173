/**
 * Byte-string helpers the image readers share.
 */

/** `parts` joined into one new `total`-byte array; readers call it only once the parts are checked to add up to `total`. */
export function concatBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
