/**
 * SharedArrayBuffer needs a cross-origin isolated page. Both of Vite's
 * servers (dev for `npm start`, preview for the built app) must send COOP and
 * COEP, and a real Chromium must then report crossOriginIsolated.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { hasTool } from '../helpers/tools.js';

type Server = { url: string; close: () => Promise<void> };

async function devServer(): Promise<Server> {
  const s = await createServer({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'web'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  await s.listen();
  return { url: s.resolvedUrls!.local[0]!, close: () => s.close() };
}

async function previewServer(): Promise<Server> {
  const outDir = mkdtempSync(join(tmpdir(), 'exovisor-web-'));
  const common = { configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'web'), logLevel: 'silent' as const };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  const s = await preview({ ...common, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  return { url: s.resolvedUrls!.local[0]!, close: () => s.close() };
}

describe.each([['dev', devServer], ['preview', previewServer]] as const)('vite %s server', (_name, start) => {
  let server: Server;
  beforeAll(async () => { server = await start(); }, 60_000);
  afterAll(async () => { await server?.close(); });

  it('sends Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it.runIf(hasTool('chromium'))('gives Chromium a cross-origin isolated page with SharedArrayBuffer', async () => {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
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
