// Runs the bundled entry as `npm run web` does, in a child process, on temp folders.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const RUNNING =
  /^Dateline is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43}))$/;

let temp: string;
let entry: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'dateline-web-entry-'));
  // The same layout as the project: the bundle in one folder, vite's output in ../dist/renderer.
  entry = path.join(temp, 'dist-electron', 'web.mjs');
  await build({
    entryPoints: [path.join(PROJECT, 'electron/hosts/web.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  await symlink(path.join(PROJECT, 'node_modules'), path.join(temp, 'node_modules'), 'dir');
  await mkdir(path.join(temp, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(temp, 'dist', 'renderer', 'index.html'), '<title>Dateline</title>');
});

afterAll(() => rm(temp, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function run(args: string[]): Promise<Run> {
  const userData = await mkdtemp(path.join(temp, 'user-data-'));
  const child = spawn(process.execPath, [entry, ...args], {
    env: { ...process.env, DATELINE_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function firstLine(started: Run): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const newline = started.stdout().indexOf('\n');
    if (newline >= 0) return started.stdout().slice(0, newline);
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The web host printed no address. stderr: ${started.stderr()}`);
}

describe('node dist-electron/web.mjs', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints its address, serves the page and the API, and stops cleanly on %s',
    async (signal) => {
      const library = path.join(temp, `library-${signal}`);
      const started = await run(['--library', library, '--port', '0', '--no-open']);
      try {
        const match = RUNNING.exec(await firstLine(started));
        expect(match).not.toBeNull();
        const [, url, port, token] = match ?? [];
        expect((await fetch(url ?? '')).status).toBe(200);
        const listing = await fetch(`http://127.0.0.1:${port}/api/listArticles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-dateline-token': token ?? '' },
          body: '{}',
        });
        expect(await listing.json()).toMatchObject({ ok: true, value: { problems: [] } });
        expect(started.stdout()).toContain(`Library: ${library}`);
      } finally {
        started.child.kill(signal);
      }
      expect(await started.exited).toBe(0);
    },
  );

  it('explains a bad argument and exits with 2', async () => {
    const started = await run(['--port', 'eighty']);
    expect(await started.exited).toBe(2);
    expect(started.stderr()).toContain('--port must be a whole number');
    expect(started.stderr()).toContain('Usage:');
    expect(started.stdout()).toBe('');
  });

  it('explains a library it cannot open in one sentence and exits with 1', async () => {
    const notAFolder = path.join(temp, 'not-a-folder');
    await writeFile(notAFolder, 'x');
    const started = await run(['--library', notAFolder, '--no-open']);
    expect(await started.exited).toBe(1);
    expect(started.stderr().trim().split('\n')).toHaveLength(1);
    expect(started.stderr()).toContain(`Could not open the library at ${notAFolder}`);
  });

  it('prints its usage with --help', async () => {
    const started = await run(['--help']);
    expect(await started.exited).toBe(0);
    expect(started.stdout()).toContain('--no-open');
  });
});
