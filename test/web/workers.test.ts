/**
 * The hypervisor runs in the browser as it does in Node: the page starts the
 * hypervisor worker, which starts a nested guest worker, and the hello guest
 * prints its expected output and shuts down with exit code 0 — under Vite's
 * dev server and under the production build alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { collectErrors, launchChromium, startServer, type ServerKind, type WebServer } from '../helpers/browser.js';
import { hasTool } from '../helpers/tools.js';

const HELLO_EXPECTED = readFileSync(join(ROOT, 'test/guests/hello.expected'), 'latin1');
/** The hello guest finishes in well under a second; the page gives it 30 s before destroying it. */
const BOOT_TIMEOUT_MS = 40_000;

/** The counters of the last run, read from the <exo-app> element inside the page. */
function lastRunStats(page: Page): Promise<{ insns: number; exits: number } | null> {
  return page.evaluate(() => {
    type Run = { stats: { insns: number; exits: Record<string, number> } };
    const run = (document.querySelector('exo-app') as (Element & { run: Run | null }) | null)?.run;
    if (!run) return null;
    return { insns: run.stats.insns, exits: Object.values(run.stats.exits).reduce((a, b) => a + b, 0) };
  });
}

describe.runIf(hasTool('chromium'))('hello guest in browser workers', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); }, 30_000);
  afterAll(async () => { await browser?.close(); });

  describe.each(['dev', 'preview'] as const)('vite %s server', (kind: ServerKind) => {
    let server: WebServer;
    beforeAll(async () => { server = await startServer(kind); }, 60_000);
    afterAll(async () => { await server?.close(); });

    it('boots hello from the page through a hypervisor worker and a nested guest worker', async () => {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      // Requests made by workers, nested ones included, are reported on the page.
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      try {
        await page.goto(server.url);
        expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);

        await page.getByRole('button', { name: 'Boot hello' }).click();
        await page.locator('#domain-state, #boot-error').first().waitFor({ timeout: BOOT_TIMEOUT_MS });

        expect(await page.locator('#boot-error').allTextContents()).toEqual([]);
        expect(await page.locator('#domain-state').textContent()).toBe('shutdown');
        expect(await page.locator('#exit-code').textContent()).toBe('0');
        expect(await page.locator('#console').textContent()).toBe(HELLO_EXPECTED);

        const stats = await lastRunStats(page);
        expect(stats?.insns).toBeGreaterThan(0);
        expect(stats?.exits).toBeGreaterThan(0);
        expect(page.workers().map((w) => w.url()).some((u) => u.includes('/hypervisor-worker'))).toBe(true);
        expect(requested.some((u) => u.includes('/guest-worker'))).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, BOOT_TIMEOUT_MS + 20_000);

    it('boots the guest OS kernel from the page natively, under the trap-and-emulate VMM and as a PV guest, and a unikernel linked in the page, with the same output', async () => {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      try {
        await page.goto(server.url);
        const outputs: string[] = [];
        for (const button of ['Boot the kernel (native)', 'Boot the kernel (full virtualization)', 'Boot the kernel (paravirtual)']) {
          await page.getByRole('button', { name: button }).click();
          await page.locator('#domain-state, #boot-error').first().waitFor({ timeout: BOOT_TIMEOUT_MS });
          expect(await page.locator('#boot-error').allTextContents()).toEqual([]);
          expect(await page.locator('#domain-state').textContent()).toBe('shutdown');
          expect(await page.locator('#exit-code').textContent()).toBe('0');
          outputs.push((await page.locator('#console').textContent()) ?? '');
        }
        expect(outputs[0]).toBe('hello from pid 1\nhello: argv[1]=from\nhello: argv[2]=the\nhello: argv[3]=page\n');
        expect(outputs[1]).toBe(outputs[0]);
        expect(outputs[2]).toBe(outputs[0]);
        // A unikernel linked in the page by the TypeScript linker prints the same.
        await page.getByRole('button', { name: 'Link and run hello as a unikernel' }).click();
        await page.locator('#image-bytes, #boot-error').first().waitFor({ timeout: BOOT_TIMEOUT_MS });
        expect(await page.locator('#boot-error').allTextContents()).toEqual([]);
        expect(await page.locator('#domain-state').textContent()).toBe('shutdown');
        expect(await page.locator('#console').textContent()).toBe(outputs[0]);
        expect(Number.parseInt((await page.locator('#image-bytes').textContent()) ?? '', 10)).toBeLessThan(64 * 1024);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 4 * BOOT_TIMEOUT_MS + 20_000);
  });
});
