/**
 * Fuzzing the image library's stored entries (image/manifest.ts,
 * library.ts) on the real directory store (store-fs.ts) in a temporary
 * directory: one entry's manifest is replaced by damaged bytes, by a
 * manifest with hostile fields or a newer format, or one of its chunks is
 * damaged. The library must list the other entry and read it back intact,
 * refuse the damaged one with a StoreError saying what to do (or, when the
 * damage is harmless, return exactly the stored bytes), and never let a
 * refused save change what is stored.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreError } from '../../hypervisor/image/library.js';
import { manifestKey } from '../../hypervisor/image/manifest.js';
import { fuzz, recordCounts } from './harness.js';
import { LibraryFixture } from './library-fixture.js';
import { applyEdits, editsArb, type Edit } from './mutate.js';

let fx: LibraryFixture;
beforeAll(async () => { fx = await LibraryFixture.open(); });
afterAll(() => fx.close());

/** One way to damage entry beta. */
type Damage =
  | { kind: 'manifest-bytes'; edits: Edit[] }
  | { kind: 'manifest-fields'; fields: Record<string, unknown> }
  | { kind: 'chunk'; n: number; edits: Edit[] };

/** Hostile values for a manifest field. */
const anyValue = fc.oneof(
  fc.constantFrom(0, 1, 2, -1, 1.5, 2 ** 53, null, true, '', 'beta', 'kernel', '2026-01-01T00:00:00Z', [], {}),
  fc.integer(), fc.string({ maxLength: 8 }),
  fc.array(fc.record({ size: fc.oneof(fc.nat(200), fc.constant(-1)), sha256: fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), fc.string()) }), { maxLength: 3 }),
);
/** A chunk list claiming far more bytes than are stored, with a size that adds up (so only the chunks can tell). */
const hugeChunks = fc.array(fc.constantFrom(64, 2 ** 31, 2 ** 40, 2 ** 52), { minLength: 1, maxLength: 2 }).map((sizes) => ({
  size: sizes.reduce((a, b) => a + b, 0), chunks: sizes.map((size) => ({ size, sha256: '0'.repeat(64) })),
}));
const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('manifest-bytes' as const), edits: editsArb(400, [{ start: 0, end: 400 }], 4) }),
  fc.record({
    kind: fc.constant('manifest-fields' as const),
    fields: fc.dictionary(fc.constantFrom('format', 'name', 'kind', 'size', 'date', 'builtin', 'generation', 'chunks', 'meta'), anyValue, { maxKeys: 3 }),
  }),
  fc.record({ kind: fc.constant('manifest-fields' as const), fields: hugeChunks }),
  fc.record({ kind: fc.constant('chunk' as const), n: fc.integer({ min: 0, max: 1 }), edits: editsArb(64, [], 3) }),
);

/** Applies `d` to beta as stored. */
async function damage(d: Damage): Promise<void> {
  const manifest = (await fx.store.get(manifestKey('beta')))!;
  if (d.kind === 'manifest-bytes') return fx.setBetaManifest(applyEdits(manifest, d.edits));
  if (d.kind === 'manifest-fields') {
    const m = { ...(JSON.parse(new TextDecoder().decode(manifest)) as Record<string, unknown>), ...d.fields };
    return fx.setBetaManifest(new TextEncoder().encode(JSON.stringify(m)));
  }
  const key = (await fx.betaChunks())[d.n]!;
  await fx.store.set(key, applyEdits((await fx.store.get(key))!, d.edits));
}

describe('image library fuzzing', () => {
  it('a damaged entry is refused with a StoreError; the other entry stays listed and readable', async () => {
    await fuzz('library-damage', [damageArb], async (d) => {
      try {
        await damage(d);
        await fx.check();
      } finally {
        await fx.restore();
      }
    }, 60);
  });
});

describe('damaged entries are refused with a message naming them and saying what to do', () => {
  /** The StoreError reading beta gives once `damage` is applied (the fixture's promises checked too). */
  async function refusal(d: Damage): Promise<StoreError> {
    recordCounts('library-hostile', { hostileCases: 1 });
    try {
      await damage(d);
      await fx.check();
      return await fx.lib.get('beta').then(() => { throw new Error('read without complaint'); }, (e: unknown) => e as StoreError);
    } finally {
      await fx.restore();
    }
  }

  it('a manifest that is not JSON', async () => {
    const e = await refusal({ kind: 'manifest-bytes', edits: [{ kind: 'byte', at: 0, value: 0x7b }, { kind: 'cut', at: 5 }] });
    expect([e.kind, e.message]).toEqual(['corrupt', "image 'beta' is damaged (its manifest is not JSON); delete it and store it again"]);
  });

  it('a chunk that fails its checksum', async () => {
    const e = await refusal({ kind: 'chunk', n: 1, edits: [{ kind: 'flip', at: 3, bit: 0 }] });
    expect([e.kind, e.message]).toEqual(['corrupt', "image 'beta' is damaged: chunk 2 of 2 fails its checksum; delete it and store it again"]);
  });

  it('a manifest from a newer format', async () => {
    const e = await refusal({ kind: 'manifest-fields', fields: { format: 2 } });
    expect(e.kind).toBe('version');
    expect(e.message).toMatch(/^image 'beta' was stored by a newer Exovisor \(format 2; this one reads up to 1\); update Exovisor/);
  });
});

