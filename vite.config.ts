import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP allows no inline code, so nothing may be inlined as a data: URL script.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    root: '.',
    include: ['{shared,electron,renderer,scripts,desk}/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['scripts/vitest-global-setup.mjs'],
    testTimeout: 20_000,
    // Many tests wait on files, sockets and child processes more than on the processor, so two
    // files run at once even on two cores, where Vitest's own default would run one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
