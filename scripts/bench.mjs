// Runs every benchmark in bench/: each is bundled with esbuild and run in its own Node process,
// so one benchmark's memory never colours another's figures.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

// `npm run bench -- desk --duration 30`: the name picks the benchmark (exactly, else by its
// beginning) and the rest goes to it.
const [only, ...rest] = process.argv.slice(2);
const all = readdirSync('bench').filter((name) => name.endsWith('.bench.ts'));
const exact = all.filter((name) => name === `${only}.bench.ts`);
const entries = exact.length ? exact : all.filter((name) => !only || name.startsWith(only));

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
  const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...rest], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
