import { defineConfig } from 'vitest/config';

/**
 * SharedArrayBuffer (guest memory, rings, control blocks) is only available to
 * cross-origin isolated pages, so every server Vite runs sends COOP and COEP.
 */
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  // The app lives in web/; the tests are found from the repository root.
  root: process.env.VITEST ? '.' : 'web',
  publicDir: false,
  server: { headers: crossOriginIsolation },
  preview: { headers: crossOriginIsolation },
  build: { outDir: '../web-dist', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    // Guest programs run real instruction streams; give them room but never hang CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
