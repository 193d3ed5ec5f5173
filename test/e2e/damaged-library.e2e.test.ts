/**
 * The dashboard with entries damaged in its image library after they were
 * stored, in real Chromium on the production build: the damaged bytes are
 * written straight into IndexedDB, under the library — snapshots whose own
 * checksum fails, cut short, from a newer format, or whose stored chunk no
 * longer matches the library's checksum; kernels cut short or entered
 * outside their segments; a unikernel entered outside its segments; disks
 * of the wrong size; manifests cut short or from a newer Exovisor.
 * Restoring, booting or attaching each shows a clear error naming the
 * problem, while a guest started before keeps running and echoing, the
 * hypervisor still boots new guests, every entry stays listed (an entry
 * whose manifest cannot be read as damaged, saying why, and deletable) and
 * nothing stored changes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damagedSnapshots, wholeEntry, withEntry } from '../helpers/bad-images.js';
import { collectErrors, launchChromium, previewServer, type WebServer } from '../helpers/browser.js';
import { exovisor, ROOT } from '../helpers/cli.js';
import { imageStore } from '../helpers/image-store.js';
import { createGuest, GUEST_MS, HELLO_OUTPUT, state, submitCreate, transcript, typeInto } from '../helpers/dashboard.js';
import { REQUIRE_ALL } from '../helpers/tools.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && (REQUIRE_ALL || process.env.CI)) throw new Error(`the end-to-end tests need Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** The names in the library table as it stands, sorted. */
function libraryNames(page: Page): Promise<string[]> {
  return page.locator('#library-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name') ?? '').sort());
}

/** Waits for the page-wide failure message to read `message` (an earlier one may still show until the action ends). */
async function expectFailure(page: Page, message: RegExp): Promise<void> {
  await expect.poll(async () => (await page.locator('#failure').allInnerTexts()).join('\n'), { timeout: GUEST_MS }).toMatch(message);
}

/** The create dialog's disk choice for no disk (exo-create-dialog.ts; that module defines an element, so it is not imported here). */
const NO_DISK = '(none)';

/** `entry` (chunk, manifest) with its manifest marked as written by a newer Exovisor. */
function fromNewerExovisor(entry: Array<[string, Uint8Array]>): Array<[string, Uint8Array]> {
  const manifest = JSON.parse(new TextDecoder().decode(entry[1]![1])) as object;
  return [entry[0]!, [entry[1]![0], new TextEncoder().encode(JSON.stringify({ ...manifest, format: 99 }))]];
}

const read = (path: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, path)));

describe.runIf(HAVE_CHROMIUM)('dashboard with damaged entries in its image library (Chromium, production build)', () => {
  let tmp: string;
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let cat: Locator;
  let stored: Record<string, string>;
  let names: string[];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'exovisor-damaged-library-'));
    const snapFile = join(tmp, 'compute.snap');
    const made = exovisor(['run', '--mode', 'full', '--no-disk', '--snapshot-after', '300', '--snapshot-out', snapFile, 'kernel', '--', 'compute'], 120_000);
    if (made.status !== 0) throw new Error(`no snapshot to damage: ${made.stderr}`);
    const snap = new Uint8Array(readFileSync(snapFile));
    [server, browser] = await Promise.all([previewServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    errors = collectErrors(page);
    await page.goto(server.url);
    await page.locator('#library-table tbody tr').nth(3).waitFor({ timeout: GUEST_MS }); // seeded: the store exists
    const bad = damagedSnapshots(snap);
    const kernel = read('libos/kernel/build/kernel.elf');
    const rotten = wholeEntry('snap-rotten', 'snapshot', snap);
    rotten[0]![1] = Uint8Array.from(snap, (b, i) => (i === snap.length >> 1 ? b ^ 1 : b)); // the chunk changes, its recorded checksum does not
    const future = fromNewerExovisor(wholeEntry('snap-future', 'snapshot', snap));
    const newerSbi = fromNewerExovisor(wholeEntry('sbi', 'kernel', read('libos/sbi/build/sbi.elf'))); // over the built-in
    const garbled = wholeEntry('kernel-garbled', 'kernel', kernel);
    garbled[1]![1] = garbled[1]![1].subarray(0, 20); // the manifest cut short
    await imageStore(page, [
      ...wholeEntry('snap-checksum', 'snapshot', bad.checksum), ...wholeEntry('snap-cut', 'snapshot', bad.truncated),
      ...wholeEntry('snap-newer', 'snapshot', bad.newer), ...rotten,
      ...wholeEntry('kernel-cut', 'kernel', kernel.subarray(0, 5000)), ...wholeEntry('kernel-entry', 'kernel', withEntry(kernel, 0x10)),
      ...wholeEntry('uni-entry', 'unikernel', withEntry(read('libos/uni/build/hello.uni.elf'), 0x8000_0000)),
      ...wholeEntry('disk-odd', 'disk', new Uint8Array(1000).fill(7)), ...future, ...garbled, ...newerSbi,
    ]);
    await page.reload(); // the user comes back to a library damaged meanwhile
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('lists the damaged entries beside the others, and runs a good guest', async () => {
    await expect.poll(() => libraryNames(page), { timeout: GUEST_MS }).toEqual(expect.arrayContaining(['kernel', 'sbi', 'empty-disk', 'snap-checksum', 'snap-cut', 'snap-newer', 'snap-rotten', 'kernel-cut', 'kernel-entry', 'uni-entry', 'disk-odd', 'snap-future', 'kernel-garbled']));
    names = await libraryNames(page);
    const row = (name: string): Locator => page.locator(`#library-table tr[data-name="${name}"]`);
    // Entries whose manifest cannot be read are listed as damaged, saying why.
    expect(await row('snap-future').getAttribute('data-kind')).toBe('damaged');
    expect(await row('snap-future').innerText()).toMatch(/image 'snap-future' was stored by a newer Exovisor \(format 99; this one reads up to 1\); update Exovisor to use it/);
    // A built-in name held by a newer Exovisor's entry does not keep the library from opening.
    expect(await row('sbi').innerText()).toMatch(/image 'sbi' was stored by a newer Exovisor/);
    expect(await row('kernel-garbled').getAttribute('data-kind')).toBe('damaged');
    expect(await row('kernel-garbled').innerText()).toMatch(/image 'kernel-garbled' is damaged \(its manifest is not JSON\); delete it and store it again/);
    stored = await imageStore(page);
    cat = await createGuest(page, 'full', 'cat');
    await expect.poll(() => state(cat), { timeout: GUEST_MS }).toBe('running');
    await typeInto(cat, 'before|');
    await expect.poll(() => transcript(cat), { timeout: GUEST_MS }).toContain('before|');
  }, 3 * GUEST_MS);

  it.each([
    ['snap-checksum', /^Could not restore snap-checksum: snapshot refused: the checksum does not match: the file is corrupted$/],
    ['snap-cut', /^Could not restore snap-cut: snapshot refused: .*cut short$/],
    ['snap-newer', /^Could not restore snap-newer: snapshot refused: format version 2 is not one this Exovisor reads \(it reads up to 1\); use a newer Exovisor$/],
    ['snap-rotten', /^Could not restore snap-rotten: image 'snap-rotten' is damaged: chunk 1 of 1 fails its checksum; delete it and store it again$/],
  ])('restoring %s shows what is wrong and starts nothing', async (name, message) => {
    const cards = await page.locator('exo-guest-card').count();
    await page.getByRole('button', { name: `Restore ${name}`, exact: true }).click();
    await expectFailure(page, message);
    expect(await page.locator('exo-guest-card').count()).toBe(cards);
  }, 2 * GUEST_MS);

  it.each([
    ['full', 'kernel-cut', NO_DISK, /^Could not start hello \(full\): truncated ELF file: segment \d runs past the end of the file$/],
    ['hw', 'kernel-entry', NO_DISK, /^Could not start hello \(hw\): kernel entry 0x10 lies outside every loaded segment$/],
    ['uni', 'uni-entry', NO_DISK, /^Could not start hello \(unikernel\): kernel entry 0x80000000 lies outside every loaded segment$/],
    ['full', 'kernel', 'disk-odd', /^Could not start hello \(full\): a disk image must be a non-empty whole number of 512-byte sectors, got 1000 bytes$/],
    ['pv', 'kernel-pv', 'disk-odd', /^Could not start hello \(pv\): a disk image must be a non-empty whole number of 512-byte sectors, got 1000 bytes$/],
  ] as const)('booting a %s guest from %s with disk %s shows what is wrong and starts nothing', async (kind, image, disk, message) => {
    const cards = await page.locator('exo-guest-card').count();
    await submitCreate(page, kind, 'hello from the page', image, disk);
    await expectFailure(page, message);
    expect(await page.locator('exo-guest-card').count()).toBe(cards);
  }, 2 * GUEST_MS);

  it('leaves the running guest echoing, the hypervisor booting new guests, and every stored entry as it was', async () => {
    await typeInto(cat, 'after|');
    await expect.poll(() => transcript(cat), { timeout: GUEST_MS }).toContain('before|after|');
    expect(await state(cat)).toBe('running');
    const hello = await createGuest(page, 'pv', 'hello from the page', 'kernel-pv', NO_DISK);
    await expect.poll(() => state(hello), { timeout: GUEST_MS }).toBe('shutdown');
    expect(await transcript(hello)).toBe(HELLO_OUTPUT);
    await cat.locator('.xterm-helper-textarea').focus();
    await page.keyboard.press('Control+d');
    await expect.poll(() => state(cat), { timeout: GUEST_MS }).toBe('shutdown');
    expect(await libraryNames(page)).toEqual(names);
    expect(await imageStore(page)).toEqual(stored);
    expect(errors).toEqual([]);
  }, 4 * GUEST_MS);

  it('deletes a damaged entry after confirmation, and nothing else', async () => {
    await page.getByRole('button', { name: 'Delete kernel-garbled', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm deleting kernel-garbled', exact: true }).click();
    await page.locator('#library-table tr[data-name="kernel-garbled"]').waitFor({ state: 'detached', timeout: GUEST_MS });
    expect(await imageStore(page)).toEqual(Object.fromEntries(Object.entries(stored).filter(([k]) => !k.includes('kernel-garbled'))));
    expect(await libraryNames(page)).toEqual(names.filter((n) => n !== 'kernel-garbled'));
  }, 2 * GUEST_MS);
});
