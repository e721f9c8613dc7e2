// Entry of `dateline` (bin/dateline.mjs): import, list and show articles of a library folder
// from a terminal. Bundled to dist-electron/cli.mjs.
import { holdYoungGeneration } from '../services/young-generation';
import { runCli } from './cli-run';

holdYoungGeneration();
process.exitCode = await runCli(process.argv.slice(2));
