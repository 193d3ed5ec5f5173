/**
 * The web app under a real browser: Vite's dev server and a production build
 * under Vite's preview server, both on a free local port, and Debian's
 * Chromium driven by playwright-core. Every start has a matching close that
 * removes what it created.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { ROOT } from './cli.js';

/** A running web server. */
export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/** The two ways the app is served. */
export type ServerKind = 'dev' | 'preview';

const common = { configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'web'), logLevel: 'silent' as const };

/** `vite` (what `npm start` runs). */
export async function devServer(): Promise<WebServer> {
  const s = await createServer({ ...common, server: { port: 0, host: '127.0.0.1' } });
  await s.listen();
  return { url: s.resolvedUrls!.local[0]!, close: () => s.close() };
}

/** `vite build` into a temporary folder, served by `vite preview`; closing removes the folder. */
export async function previewServer(): Promise<WebServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'exovisor-web-'));
  try {
    await build({ ...common, build: { outDir, emptyOutDir: true } });
    const s = await preview({ ...common, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
    return {
      url: s.resolvedUrls!.local[0]!,
      close: async () => {
        try { await s.close(); } finally { rmSync(outDir, { recursive: true, force: true }); }
      },
    };
  } catch (e) {
    rmSync(outDir, { recursive: true, force: true });
    throw e;
  }
}

/** Starts the server of `kind`. */
export function startServer(kind: ServerKind): Promise<WebServer> {
  return kind === 'dev' ? devServer() : previewServer();
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Headless Debian Chromium (playwright gives each launch a fresh profile and removes it on close). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Headless Debian Chromium with its profile (and so its IndexedDB, whose
 * quota follows the free space of the disk holding it) in `profileDir`,
 * which the caller creates and removes.
 */
export function launchChromiumIn(profileDir: string, viewport = { width: 1280, height: 720 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport });
}

/** Page errors, console errors and failed responses seen on `page`, for asserting there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  return errors;
}
