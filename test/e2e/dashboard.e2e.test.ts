/**
 * The dashboard end to end: the production build served with cross-origin
 * isolation (vite build + vite preview), driven in headless Chromium. One
 * guest of each kind boots and prints to its terminal; keystrokes typed
 * into a terminal reach the guest; a unikernel is linked in the page, saved
 * and booted; the four kinds are compared; images are imported, exported
 * and deleted; a guest is snapshotted, the page reloaded, and the snapshot
 * restored to continue; and screenshots of the dashboard and of the
 * comparison's charts are kept in test-artifacts/dashboard.png and compare.png.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hypervisorApi } from '../../hypervisor/worker/hypervisor-api.js';
import { collectErrors, launchChromium, previewServer, type WebServer } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { GUEST_MS, HELLO_OUTPUT, createGuest, state, terminalText, transcript, typeInto } from '../helpers/dashboard.js';
import { checkCompareCharts } from '../helpers/compare-chart.js';
import { REQUIRE_ALL } from '../helpers/tools.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && (REQUIRE_ALL || process.env.CI)) throw new Error(`the end-to-end tests need Chromium at ${CHROMIUM} (apt-get install chromium)`);
if (!HAVE_CHROMIUM) {
  console.warn(`\n!!! ${'='.repeat(70)}\n!!! END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium)\n!!! ${'='.repeat(70)}\n`);
}
/** The hypervisor build has snapshots when its API has snapshot and restore. */
const API = hypervisorApi({} as never) as object;
const SNAPSHOTS = 'snapshot' in API && 'restore' in API;

const ARTIFACTS = join(ROOT, 'test-artifacts');
describe.runIf(HAVE_CHROMIUM)('dashboard in Chromium (production build, cross-origin isolated)', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([previewServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    errors = collectErrors(page);
    await page.goto(server.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is cross-origin isolated and has the built-in images in its library on first load', async () => {
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    const rows = page.locator('#library-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: GUEST_MS }).toBeGreaterThan(3);
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')));
    expect(names).toEqual(expect.arrayContaining(['kernel', 'kernel-pv', 'sbi', 'empty-disk', 'hello.o', 'libos-posix.o']));
  });

  it('links a unikernel in the page, shows its size by module, saves it to the library and boots it', async () => {
    await page.locator('exo-builder input[name="uni-app"][value="hello"]').check();
    await page.locator('#uni-args').fill('from the page');
    await page.locator('#uni-link').click();
    const sizes = page.locator('#uni-sizes tbody tr');
    await sizes.first().waitFor({ timeout: GUEST_MS });
    const parts = await sizes.evaluateAll((trs) => trs.map((tr) => tr.firstElementChild?.textContent));
    expect(parts).toEqual(expect.arrayContaining(['app', 'posix', 'runtime', 'libc']));
    const bytes = Number.parseInt(await page.locator('#uni-image-bytes').innerText(), 10);
    expect(bytes).toBeGreaterThan(4096);
    expect(bytes).toBeLessThan(64 * 1024);

    await page.locator('#uni-save').click();
    await page.locator('#library-table tr[data-name="hello.uni"]').waitFor({ timeout: GUEST_MS });
    expect(await page.locator('#library-table tr[data-name="hello.uni"]').getAttribute('data-kind')).toBe('unikernel');

    const before = await page.locator('exo-guest-card').count();
    await page.locator('#uni-boot').click();
    await expect.poll(() => page.locator('exo-guest-card').count(), { timeout: GUEST_MS }).toBe(before + 1);
    const card = page.locator('exo-guest-card').last();
    await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('shutdown');
    expect(await transcript(card)).toBe(HELLO_OUTPUT);
  }, 3 * GUEST_MS);

  it.each(['full', 'hw', 'pv', 'native', 'uni'] as const)('boots a %s guest from the create dialog and shows its console in the terminal', async (kind) => {
    const card = await createGuest(page, kind, 'hello from the page', kind === 'uni' ? 'hello.uni' : undefined);
    expect(await card.locator('.kind').innerText()).toBe(kind === 'uni' ? 'unikernel' : kind);
    await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('shutdown');
    expect(await transcript(card)).toBe(HELLO_OUTPUT);
    await card.scrollIntoViewIfNeeded(); // xterm.js renders only what is in view
    await expect.poll(() => terminalText(card)).toContain('hello: argv[3]=page');
    expect(Number((await card.locator('.insns').innerText()).replace(/,/g, ''))).toBeGreaterThan(0);
  }, 2 * GUEST_MS);

  it('sends keystrokes typed into a terminal to the guest (cat under full virtualization echoes them, Ctrl-D ends it)', async () => {
    const card = await createGuest(page, 'full', 'cat');
    await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('running');
    await typeInto(card, 'typed into xterm');
    await expect.poll(() => transcript(card), { timeout: GUEST_MS }).toContain('typed into xterm');
    await card.page().keyboard.press('Control+d');
    await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('shutdown');
    expect(await card.locator('.state').innerText()).toBe('shutdown (0)');
  }, 3 * GUEST_MS);

  it('clones a running guest into a new card that runs on its own, and opens the inspector of a guest', async () => {
    const card = await createGuest(page, 'full', 'cat');
    await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('running');
    await typeInto(card, 'original|');
    await expect.poll(() => transcript(card), { timeout: GUEST_MS }).toContain('original|');
    const before = await page.locator('exo-guest-card').count();
    await card.getByRole('button', { name: /^Clone / }).click();
    await expect.poll(() => page.locator('exo-guest-card').count(), { timeout: GUEST_MS }).toBe(before + 1);
    const copy = page.locator('exo-guest-card').nth(before);
    await expect.poll(() => state(copy), { timeout: GUEST_MS }).toBe('running');
    await typeInto(copy, 'copy only');
    await expect.poll(() => transcript(copy), { timeout: GUEST_MS }).toContain('copy only');
    expect(await transcript(card)).not.toContain('copy only');

    await copy.getByRole('button', { name: 'Inspect' }).click();
    await copy.locator('exo-inspector').waitFor({ timeout: GUEST_MS });
    for (const c of [copy, card]) await c.getByRole('button', { name: /^Destroy / }).click();
    await expect.poll(() => page.locator('exo-guest-card').count(), { timeout: GUEST_MS }).toBe(before - 1);
  }, 3 * GUEST_MS);

  it('compares the same app in full, hw, pv and unikernel: a table, and bars of exits stacked by reason, wall time and instructions drawn from it', async () => {
    await page.locator('#compare-app').selectOption('hello');
    await page.locator('#compare-run').click();
    const rows = page.locator('#compare-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 4 * GUEST_MS }).toBe(4);
    await expect.poll(() => page.locator('#compare-run').isEnabled(), { timeout: GUEST_MS }).toBe(true);
    const table = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
    expect(table.map((r) => r[0])).toEqual(['full', 'hw', 'pv', 'unikernel']);
    for (const r of table) {
      expect(r[1]).toBe('shutdown (0)');
      expect(Number(r[3]!.replace(/,/g, ''))).toBeGreaterThan(0);
    }
    // Full virtualization traps where the paravirtual guest makes hypercalls; hardware assistance leaves fewer exits.
    const exits = (row: number): number => Number(table[row]![4]!.replace(/,/g, ''));
    expect(exits(0)).toBeGreaterThan(exits(1));
    expect(exits(1)).toBeGreaterThan(0);
    expect(Number(table[2]![5]!.replace(/,/g, ''))).toBeGreaterThan(0);
    await checkCompareCharts(page, table);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('exo-compare').screenshot({ path: join(ARTIFACTS, 'compare.png') });
  }, 5 * GUEST_MS);

  it('imports an image from a file, exports it as a download, and deletes it after confirmation', async () => {
    const content = readFileSync(join(ROOT, 'apps/build/hello.elf'));
    await page.locator('#library-import').setInputFiles({ name: 'my-kernel.elf', mimeType: 'application/octet-stream', buffer: content });
    const row = page.locator('#library-table tr[data-name="my-kernel.elf"]');
    await row.waitFor({ timeout: GUEST_MS });
    expect(await row.getAttribute('data-kind')).toBe('kernel');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my-kernel.elf' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).equals(content)).toBe(true);
    await page.getByRole('button', { name: 'Delete my-kernel.elf' }).click();
    expect(await row.count()).toBe(1); // nothing is deleted before confirming
    await page.getByRole('button', { name: 'Confirm deleting my-kernel.elf' }).click();
    await row.waitFor({ state: 'detached', timeout: GUEST_MS });
  }, 2 * GUEST_MS);

  it('refuses a file its kind cannot read with the reader\'s message, storing nothing', async () => {
    const names = (): Promise<string[]> => page.locator('#library-table tr[data-name]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name') ?? ''));
    const before = await names();
    await page.locator('#library-import').setInputFiles({ name: 'broken.elf', mimeType: 'application/octet-stream', buffer: readFileSync(join(ROOT, 'apps/build/hello.elf')).subarray(0, 40) });
    const alert = page.locator('exo-library .error');
    await alert.waitFor({ timeout: GUEST_MS });
    expect(await alert.innerText()).toMatch(/Could not save 'broken.elf': not a usable disk image: a disk image must be a non-empty whole number of 512-byte sectors, got 40 bytes/);
    expect(await names()).toEqual(before);
  }, 2 * GUEST_MS);

  it('keeps a screenshot of the dashboard at 1280x720 that fits the width', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'dashboard.png');
    // xterm.js draws only terminals in view: show the whole page at once, at the same width, for the picture.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height });
    await page.waitForTimeout(500);
    await page.screenshot({ path: file, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  });

  const snapshotTest = 'snapshots a paused guest to the library, and after a reload restores it into a new card where it continues';
  if (!SNAPSHOTS) it.skip(`${snapshotTest} — skipped: HypervisorApi.snapshot/restore are not in this build`, () => {});
  else {
    it(snapshotTest, async () => {
      const card = await createGuest(page, 'full', 'cat');
      await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('running');
      expect(await card.locator('.generation').innerText()).toBe('gen 1');
      await typeInto(card, 'before the snapshot|');
      await expect.poll(() => transcript(card), { timeout: GUEST_MS }).toContain('before the snapshot|');
      await card.getByRole('button', { name: /^Pause / }).click();
      await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('paused');
      await card.getByRole('button', { name: /^Snapshot / }).click();
      const snapRow = page.locator('#library-table tr[data-kind="snapshot"]');
      await snapRow.first().or(card.locator('.error')).or(page.locator('#failure')).waitFor({ timeout: GUEST_MS });
      expect(await card.locator('.error').allInnerTexts()).toEqual([]);
      expect(await page.locator('#failure').allInnerTexts()).toEqual([]);
      const name = await snapRow.first().getAttribute('data-name');

      await page.reload();
      expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
      expect(await page.locator('exo-guest-card').count()).toBe(0);
      await page.getByRole('button', { name: `Restore ${name}` }).click({ timeout: GUEST_MS });
      const restored = page.locator('exo-guest-card').last();
      await restored.waitFor({ timeout: GUEST_MS });
      await expect.poll(() => state(restored), { timeout: GUEST_MS }).toBe('running');
      // Restored twice: each copy is the next generation, with a generation ID of its own.
      await page.getByRole('button', { name: `Restore ${name}` }).click({ timeout: GUEST_MS });
      await expect.poll(() => page.locator('exo-guest-card').count(), { timeout: GUEST_MS }).toBe(2);
      const gens = page.locator('exo-guest-card .generation');
      expect(await gens.allInnerTexts()).toEqual(['gen 2', 'gen 2']);
      const ids = await Promise.all([0, 1].map((i) => gens.nth(i).getAttribute('title')));
      expect(ids[0]).toMatch(/^VM generation ID [0-9a-f]{32} /);
      expect(ids[0]).not.toBe(ids[1]);
      const second = page.locator('exo-guest-card').last();
      await second.getByRole('button', { name: /^Destroy / }).click();
      await expect.poll(() => page.locator('exo-guest-card').count(), { timeout: GUEST_MS }).toBe(1);
      await typeInto(restored, 'after the reload');
      await expect.poll(() => transcript(restored), { timeout: GUEST_MS }).toContain('after the reload');
      await page.keyboard.press('Control+d');
      await expect.poll(() => state(restored), { timeout: GUEST_MS }).toBe('shutdown');
      expect(await restored.locator('.state').innerText()).toBe('shutdown (0)');
    }, 4 * GUEST_MS);
  }
});
