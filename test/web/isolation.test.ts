/**
 * SharedArrayBuffer needs a cross-origin isolated page. Both of Vite's
 * servers (dev for `npm start`, preview for the built app) must send COOP and
 * COEP, and a real Chromium must then report crossOriginIsolated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type ServerKind, type WebServer } from '../helpers/browser.js';
import { hasTool } from '../helpers/tools.js';

describe.each(['dev', 'preview'] as const)('vite %s server', (kind: ServerKind) => {
  let server: WebServer;
  beforeAll(async () => { server = await startServer(kind); }, 60_000);
  afterAll(async () => { await server?.close(); });

  it('sends Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it.runIf(hasTool('chromium'))('gives Chromium a cross-origin isolated page with SharedArrayBuffer', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
      expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
      await expect(page.locator('#isolation').textContent()).resolves.toMatch(/Cross-origin isolated/);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
