// Runs a busy process, one that keeps a share of what it makes as a listing does, with and
// without holdYoungGeneration (at a cap of 8 MB), and reads how much memory its young
// generation holds at the end.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const BUSY_PROCESS = `
import { holdYoungGeneration, youngGenerationBytes } from './young-generation';

const youngMB = () => youngGenerationBytes() / 2 ** 20;

if (process.argv[2] === 'held') holdYoungGeneration(8);
const atStart = youngMB();
// Summaries made one after another, the newest 20,000 of them kept.
const kept: object[] = [];
for (let round = 0; round < 150; round += 1) {
  for (let index = 0; index < 10_000; index += 1) {
    const summary = { id: 'article-' + index, words: [index, index + 1] };
    if (index % 3 === 0) kept.push(summary);
    if (kept.length > 20_000) kept.splice(0, 10_000);
  }
  // The host's own turns, between which it looks at what its collections did.
  await new Promise((resolve) => setTimeout(resolve, 1));
}
console.log(JSON.stringify({ atStart, atEnd: youngMB() }));
`;

let temp: string;
let script: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'dateline-young-generation-'));
  script = path.join(temp, 'busy.mjs');
  const source = path.join(HERE, 'busy-process.ts');
  await build({
    stdin: { contents: BUSY_PROCESS, resolveDir: HERE, loader: 'ts', sourcefile: source },
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
});

afterAll(() => rm(temp, { recursive: true, force: true }));

function youngGeneration(mode: 'held' | 'free'): { atStart: number; atEnd: number } {
  const run = spawnSync(process.execPath, [script, mode], { encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { atStart: number; atEnd: number };
}

it('lets a busy process’s young generation grow to the cap and no further', () => {
  const free = youngGeneration('free');
  const held = youngGeneration('held');
  // Left alone, the same work grows it to 32 MB or more.
  expect(free.atEnd).toBeGreaterThanOrEqual(32);
  // Held at 8 MB, it reaches the cap and stops there, or one doubling past it when that came in
  // the same turn as the collection that reached it.
  expect(held.atEnd).toBeGreaterThanOrEqual(8);
  expect(held.atEnd).toBeLessThanOrEqual(16);
});
