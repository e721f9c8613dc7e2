// Builds the import worker before the unit tests run: imports read files in a worker thread,
// which runs the bundled worker, not the TypeScript sources.
import { buildImportWorker } from './import-worker-build.mjs';

export default async function setup() {
  await buildImportWorker();
}
