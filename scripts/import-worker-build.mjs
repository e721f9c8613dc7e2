// Bundles the import worker into one file with everything it needs, so the desktop app (whose
// node_modules are not shipped), the web host and the command line all start it the same way.
import { build } from 'esbuild';

export function buildImportWorker(outfile = 'dist-electron/import-worker.cjs') {
  return build({
    entryPoints: ['electron/services/import-worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    legalComments: 'none',
    metafile: true,
  });
}
