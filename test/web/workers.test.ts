/**
 * The hypervisor runs in the browser as it does in Node: the dashboard
 * starts the hypervisor worker, which starts a nested guest worker per
 * domain, and the kernel runs hello natively, under full virtualization and
 * as a PV guest with the same output, shutting down with exit code 0 —
 * under Vite's dev server (`npm start`) and the production build alike.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium, startServer, type ServerKind, type WebServer } from '../helpers/browser.js';
import { GUEST_MS, HELLO_OUTPUT, createGuest, state, transcript } from '../helpers/dashboard.js';
import { hasTool } from '../helpers/tools.js';

describe.runIf(hasTool('chromium'))('guests in browser workers', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); }, 30_000);
  afterAll(async () => { await browser?.close(); });

  describe.each(['dev', 'preview'] as const)('vite %s server', (kind: ServerKind) => {
    let server: WebServer;
    beforeAll(async () => { server = await startServer(kind); }, 60_000);
    afterAll(async () => { await server?.close(); });

    it('boots the kernel natively, under the trap-and-emulate VMM and as a PV guest through a hypervisor worker and nested guest workers, with the same output', async () => {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      // Requests made by workers, nested ones included, are reported on the page.
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      try {
        await page.goto(server.url);
        expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
        for (const guestKind of ['native', 'full', 'pv'] as const) {
          const card = await createGuest(page, guestKind, 'hello from the page');
          await expect.poll(() => state(card), { timeout: GUEST_MS }).toBe('shutdown');
          expect(await card.locator('.state').innerText()).toBe('shutdown (0)');
          expect(await transcript(card)).toBe(HELLO_OUTPUT);
          expect(Number((await card.locator('.insns').innerText()).replace(/,/g, ''))).toBeGreaterThan(0);
          expect(Number((await card.locator('.exits').innerText()).replace(/,/g, ''))).toBeGreaterThan(0);
        }
        expect(page.workers().map((w) => w.url()).some((u) => u.includes('/hypervisor-worker'))).toBe(true);
        expect(requested.some((u) => u.includes('/guest-worker'))).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 4 * GUEST_MS);
  });
});
