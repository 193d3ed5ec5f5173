/**
 * The dashboard when the browser's storage is full, in real Chromium: its
 * profile sits on a 64 MiB tmpfs, so the IndexedDB quota Chromium grants
 * (computed from the free space of the profile's disk) is small. Importing
 * a file larger than what is left shows the "storage full" message with
 * the space used and available; the failed save leaves no chunk or manifest
 * behind; and after a reload the library still lists the earlier entries,
 * whose bytes export unchanged. Mounting needs root: where it fails the
 * tests are skipped, saying why (and fail under EXOVISOR_REQUIRE_ALL).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromiumIn, previewServer, type WebServer } from '../helpers/browser.js';
import { GUEST_MS } from '../helpers/dashboard.js';
import { imageStore } from '../helpers/image-store.js';
import { REQUIRE_ALL } from '../helpers/tools.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && (REQUIRE_ALL || process.env.CI)) throw new Error(`the end-to-end tests need Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** Size of the disk the browser profile lives on. */
const DISK_MIB = 64;

/** Mounts a DISK_MIB tmpfs on `dir`; null when done, else why it could not be. */
function mountSmallDisk(dir: string): string | null {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MIB}m`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status === 0) return null;
  return `a ${DISK_MIB} MiB tmpfs for the browser profile could not be mounted (mounting needs root): ${(r.stderr || r.error?.message || `status ${r.status}`).trim().split('\n')[0]}`;
}

/** The names in the library table, once it has more than the few rows a half-loaded page shows. */
async function libraryNames(page: Page): Promise<string[]> {
  const rows = page.locator('#library-table tbody tr');
  await expect.poll(() => rows.count(), { timeout: GUEST_MS }).toBeGreaterThan(3);
  return rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name') ?? ''));
}

describe.runIf(HAVE_CHROMIUM)('dashboard with the browser storage full (Chromium on a small disk)', () => {
  let work: string;
  let disk: string;
  let skipReason: string | null = null;
  let mounted = false;
  let server: WebServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'exovisor-storage-full-'));
    disk = join(work, 'disk');
    mkdirSync(disk);
    skipReason = mountSmallDisk(disk);
    if (skipReason && REQUIRE_ALL) throw new Error(skipReason);
    if (skipReason) {
      console.warn(`\n!!! ${'='.repeat(70)}\n!!! STORAGE-FULL TESTS SKIPPED: ${skipReason}\n!!! ${'='.repeat(70)}\n`);
      return;
    }
    mounted = true;
    server = await previewServer();
    context = await launchChromiumIn(join(disk, 'profile'));
    page = context.pages()[0] ?? await context.newPage();
    errors = collectErrors(page);
    await page.goto(server.url);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (mounted) spawnSync('umount', [disk]);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const kept = randomBytes(300 * 1024);

  it('stores an image while there is room', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    expect(await libraryNames(page)).toEqual(expect.arrayContaining(['kernel', 'empty-disk', 'sbi']));
    await page.locator('#library-import-kind').selectOption('disk');
    await page.locator('#library-import').setInputFiles({ name: 'kept.img', mimeType: 'application/octet-stream', buffer: kept });
    await page.locator('#library-table tr[data-name="kept.img"]').waitFor({ timeout: GUEST_MS });
  }, 2 * GUEST_MS);

  it('refuses an image larger than the space left with the space used and available, leaving nothing of it', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    // Larger than the whole disk, so larger than any quota Chromium derives from it.
    const big = join(work, 'too-big.img');
    writeFileSync(big, randomBytes(DISK_MIB << 20));
    await page.locator('#library-import-kind').selectOption('disk');
    await page.locator('#library-import').setInputFiles(big);
    const alert = page.locator('exo-library .error');
    await alert.waitFor({ timeout: 2 * GUEST_MS });
    expect(await alert.innerText()).toMatch(
      /^Could not save 'too-big.img': the browser's storage for this page is full \(\d+(\.\d)? (B|KiB|MiB) used of \d+(\.\d)? (KiB|MiB|GiB) available\)\. Delete images or snapshots from the library and try again\.$/,
    );
    const keys = Object.keys(await imageStore(page));
    expect(keys).toContain('manifest/kept.img');
    expect(keys.filter((k) => k.includes('too-big.img'))).toEqual([]);
    expect(await page.locator('#library-table tr[data-name="too-big.img"]').count()).toBe(0);
  }, 4 * GUEST_MS);

  it('after a reload still lists the earlier images, whose bytes export unchanged', async (ctx) => {
    if (skipReason) return ctx.skip(skipReason);
    await page.reload();
    const names = await libraryNames(page);
    expect(names).toEqual(expect.arrayContaining(['kernel', 'empty-disk', 'sbi', 'kept.img']));
    expect(names).not.toContain('too-big.img');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export kept.img' }).click();
    expect(readFileSync(await (await download).path()).equals(kept)).toBe(true);
    expect(errors.filter((e) => !/QuotaExceeded|quota/i.test(e))).toEqual([]);
  }, 2 * GUEST_MS);
});
