import { defineConfig } from 'vite';

/**
 * SharedArrayBuffer (guest memory, rings, control blocks) is only available to
 * cross-origin isolated pages, so every server Vite runs sends COOP and COEP.
 */
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: 'web',
  publicDir: false,
  server: { headers: crossOriginIsolation },
  preview: { headers: crossOriginIsolation },
  build: { outDir: '../web-dist', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
});
