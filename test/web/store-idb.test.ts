/**
 * The image library on real IndexedDB in a real Chromium page (Vite's dev
 * server serves the modules): a chunked round trip with list and remove,
 * a save failing with QuotaExceededError at every write leaving the
 * previous version whole and listed, and the stored images surviving a
 * reload of the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, devServer, launchChromium, type WebServer } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { hasTool } from '../helpers/tools.js';

/** The in-page module, as the dev server serves a file outside web/. */
const PAGE_MODULE = `/@fs${ROOT}test/web/store-idb-page.ts`;
const DB = 'exovisor-store-test';

type PageModule = typeof import('./store-idb-page.js');

/** Calls `fn` of the in-page module with the database name (a string script: the test runner would rewrite a dynamic import() in a function). */
function inPage<K extends 'roundTrip' | 'failingOverwrites' | 'readBack'>(page: Page, fn: K): Promise<Awaited<ReturnType<PageModule[K]>>> {
  const script = `import(${JSON.stringify(PAGE_MODULE)}).then((m) => m[${JSON.stringify(fn)}](${JSON.stringify(DB)}))`;
  return page.evaluate(script) as Promise<Awaited<ReturnType<PageModule[K]>>>;
}

describe.runIf(hasTool('chromium'))('image library on IndexedDB in Chromium', () => {
  let browser: Browser;
  let server: WebServer;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), devServer()]);
    page = await browser.newPage();
    errors = collectErrors(page);
    await page.goto(server.url);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stores, reads back, lists and removes chunked images', async () => {
    const r = await inPage(page, 'roundTrip');
    expect(r.same).toBe(true);
    expect(r.listed).toEqual(['junk:disk:10:', 'kernel-a:kernel:4321:first']);
    expect(r.afterRemove).toEqual(['kernel-a']);
    expect(r.chunkKeys).toBe(5);
    expect(r.missingKind).toBe('missing');
  });

  it('keeps the previous version whole and listed when a save hits QuotaExceededError at any write', async () => {
    const results = await inPage(page, 'failingOverwrites');
    expect(results).toHaveLength(10);
    for (const r of results) {
      expect(r).toMatchObject({ kind: 'quota', intact: true, listed: true });
      expect(r.message).toMatch(/^not enough storage: [\d.]+ (B|KiB|MiB|GiB) used of [\d.]+ (KiB|MiB|GiB|TiB); free space or delete images$/);
      expect(r.usage).toBeGreaterThan(0);
    }
  });

  it('finds the images again after the page is reloaded, and reports the space and persistence', async () => {
    await page.reload();
    const r = await inPage(page, 'readBack');
    expect(r.same).toBe(true);
    expect(r.names).toEqual(['kernel-a']);
    expect(r.estimate!.quota).toBeGreaterThan(r.estimate!.usage);
    expect(typeof r.persisted).toBe('boolean');
    expect(errors).toEqual([]);
  });
});
