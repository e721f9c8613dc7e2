// Runs the bundled entry as `npm run web` does, in a child process, on temp folders.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
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

async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const userData = await mkdtemp(path.join(temp, 'user-data-'));
  const child = spawn(process.execPath, [entry, ...args], {
    env: { ...env, DATELINE_USER_DATA: userData },
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

  // The system's opener (xdg-open) hands a file to $BROWSER when no desktop is running; a stand-in
  // browser records what it was given and the command line of the opener that ran it.
  it.runIf(process.platform === 'linux')(
    'opens the browser on a private page that redirects, with the key on no command line, and deletes it on stop',
    async () => {
      const pages = await mkdtemp(path.join(temp, 'tmp-'));
      const record = path.join(temp, 'browser-record');
      const browser = path.join(temp, 'fake-browser.sh');
      await writeFile(
        browser,
        `#!/bin/sh\ntr '\\0' ' ' < /proc/$PPID/cmdline > "${record}.opener"\nprintf '%s\\n' "$@" > "${record}.tmp"\nmv "${record}.tmp" "${record}"\n`,
      );
      await chmod(browser, 0o700);
      const env = { PATH: process.env.PATH, HOME: temp, TMPDIR: pages, BROWSER: browser };
      const started = await run(['--library', path.join(temp, 'library-open'), '--port', '0'], env);
      try {
        const [, url, , token] = RUNNING.exec(await firstLine(started)) ?? [];
        const given = await waitForFile(record);
        const page = given.trim().replace(/^file:\/\//, '');
        const commandLines = [
          given,
          await readFile(`${record}.opener`, 'utf8'),
          await readFile(`/proc/${started.child.pid}/cmdline`, 'utf8'),
        ];
        for (const line of commandLines) expect(line).not.toContain(token);
        expect(path.dirname(path.dirname(page))).toBe(pages);
        expect((await stat(page)).mode & 0o777).toBe(0o600);
        expect((await stat(path.dirname(page))).mode & 0o777).toBe(0o700);
        expect(await readFile(page, 'utf8')).toContain(
          `<meta http-equiv="refresh" content="0;url=${url}">`,
        );
      } finally {
        started.child.kill('SIGTERM');
      }
      expect(await started.exited).toBe(0);
      expect(await readdir(pages)).toEqual([]);
    },
  );

  it('writes no page and runs no browser with --no-open', async () => {
    const pages = await mkdtemp(path.join(temp, 'tmp-'));
    const env = { PATH: process.env.PATH, HOME: temp, TMPDIR: pages, BROWSER: '/bin/false' };
    const started = await run(['--library', path.join(temp, 'library-no-open'), '--no-open'], env);
    try {
      expect(RUNNING.exec(await firstLine(started))).not.toBeNull();
      expect(await readdir(pages)).toEqual([]);
    } finally {
      started.child.kill('SIGTERM');
    }
    expect(await started.exited).toBe(0);
  });
});

async function waitForFile(file: string): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The browser was not opened: nothing reached ${file}.`);
}
