import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * SharedArrayBuffer (guest memory, rings, control blocks) is only available to
 * cross-origin isolated pages, so every server Vite runs sends COOP and COEP.
 */
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Repository root (the config file sits in it). */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** Where the page finds guest images. */
const IMAGES_PREFIX = '/images/';

/**
 * Guest images the page may fetch, as URL path under /images/ → file in the
 * repository. Built by `npm run guests`; an image not built yet is simply
 * absent (404). Apps are kernel user programs and get their own folder,
 * apart from the bare test guests of the same name.
 */
function guestImages(): Map<string, string> {
  const images = new Map<string, string>([
    ['hello.elf', 'test/guests/build/hello.elf'],
    ['sbi.elf', 'libos/sbi/build/sbi.elf'],
    ['kernel.elf', 'libos/kernel/build/kernel.elf'],
    ['kernel-pv.elf', 'libos/kernel/build/kernel-pv.elf'],
  ]);
  const apps = join(ROOT, 'apps/build');
  if (existsSync(apps)) {
    for (const f of readdirSync(apps)) if (f.endsWith('.elf')) images.set(`apps/${f}`, `apps/build/${f}`);
  }
  // Unikernel inputs: the library-OS module objects and the apps' objects.
  const modules = join(ROOT, 'libos/uni/build');
  if (existsSync(modules)) {
    for (const f of readdirSync(modules)) if (f.endsWith('.o')) images.set(`uni/${f}`, `libos/uni/build/${f}`);
  }
  if (existsSync(apps)) {
    for (const d of readdirSync(apps)) {
      const obj = `apps/build/${d}/${d}.o`;
      if (existsSync(join(ROOT, obj))) images.set(`objects/${d}.o`, obj);
    }
  }
  for (const [name, file] of images) if (!existsSync(join(ROOT, file))) images.delete(name);
  return images;
}

/** /images/uni/index.json: the module objects there are, so the page can link without knowing them in advance. */
function moduleIndex(): string {
  return JSON.stringify([...guestImages().keys()].filter((k) => k.startsWith('uni/')).map((k) => k.slice('uni/'.length)).sort());
}
const MODULE_INDEX = 'uni/index.json';

/** Serves guest images at /images/<name> in dev (read per request) and copies them into the build. */
function guestImagesPlugin(): Plugin {
  return {
    name: 'exovisor:guest-images',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path === IMAGES_PREFIX + MODULE_INDEX) {
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(moduleIndex());
          return;
        }
        const file = path.startsWith(IMAGES_PREFIX) ? guestImages().get(path.slice(IMAGES_PREFIX.length)) : undefined;
        if (!file) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(join(ROOT, file)));
      });
    },
    generateBundle() {
      for (const [name, file] of guestImages()) {
        this.emitFile({ type: 'asset', fileName: `images/${name}`, source: readFileSync(join(ROOT, file)) });
      }
      this.emitFile({ type: 'asset', fileName: `images/${MODULE_INDEX}`, source: moduleIndex() });
    },
  };
}

export default defineConfig({
  // The app lives in web/; the tests are found from the repository root.
  root: process.env.VITEST ? '.' : 'web',
  publicDir: false,
  plugins: [guestImagesPlugin()],
  server: { headers: crossOriginIsolation },
  preview: { headers: crossOriginIsolation },
  build: { outDir: '../web-dist', emptyOutDir: true, target: 'es2022' },
  // The hypervisor worker starts guest workers: nested workers need ES module output.
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    // Guest programs run real instruction streams; give them room but never hang CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
