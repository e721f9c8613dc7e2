// Bundles the Node side: the Electron main process, the sandboxed preload, the web and CLI hosts,
// the worker that reads imported files, and the desk server.
import { build } from 'esbuild';
import { buildImportWorker } from './import-worker-build.mjs';
import { refuseTestSupport } from './test-support-inputs.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist-electron/main.cjs',
    format: 'cjs',
    // sharp carries a native library: it is loaded from the packaged node_modules, not bundled.
    external: ['electron', 'sharp'],
    // Code that finds files beside its bundle uses __dirname here and import.meta.url in ESM.
    define: { 'import.meta.url': 'undefined' },
  }),
  // A sandboxed preload can require only 'electron' itself, so everything else is bundled in.
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist-electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/hosts/web.ts'],
    outfile: 'dist-electron/web.mjs',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/hosts/cli.ts'],
    outfile: 'dist-electron/cli.mjs',
    format: 'esm',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
  buildImportWorker(),
  build({
    ...common,
    entryPoints: ['desk/start.ts'],
    outfile: 'dist-electron/desk.mjs',
    format: 'esm',
    packages: 'external',
  }),
]);

// Mocks, sample articles and test libraries never ship.
refuseTestSupport(results);
