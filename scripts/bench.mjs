// Runs every benchmark in bench/: each is bundled with esbuild and run in its own Node process,
// so one benchmark's memory never colours another's figures.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const only = process.argv[2];
const entries = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.startsWith(only));

let failed = false;
for (const name of entries) {
  const outfile = path.join('.bench', name.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join('bench', name)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
