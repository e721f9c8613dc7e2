// Runs the real desk server as a child process for tests: built once with esbuild into a temp
// folder, started on a free port in a temp data folder, stopped (or killed) by the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

let bundle: Promise<string> | null = null;

/** The desk server bundled into one file (every package included), once per test file. */
export function deskBundle(): Promise<string> {
  bundle ??= (async () => {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'desk-bundle-')), 'desk.mjs');
    await build({
      // Beside this file, or from the project root when this file was itself bundled (benches).
      entryPoints: [
        existsSync(path.resolve(import.meta.dirname, '../../desk/start.ts'))
          ? path.resolve(import.meta.dirname, '../../desk/start.ts')
          : path.resolve('desk/start.ts'),
      ],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      outfile,
      logLevel: 'error',
      // Some bundled packages are CommonJS and call require().
      banner: {
        js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
      },
    });
    return outfile;
  })();
  return bundle;
}

export interface DeskProcess {
  url: string;
  httpUrl: string;
  port: number;
  child: ChildProcess;
  /** What the server wrote to stderr so far (its log). */
  log(): string;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'desk-data-'));
}

/** Where the desk keeps its data: a folder, or the PostgreSQL and Redis of several servers. */
export type DeskWhere = string | { postgres: string; redis: string };

export async function startDeskProcess(
  where: DeskWhere,
  options: { port?: number; args?: string[] } = {},
): Promise<DeskProcess> {
  const file = await deskBundle();
  const storage =
    typeof where === 'string'
      ? ['--data', where]
      : ['--postgres', where.postgres, '--redis', where.redis];
  const child = spawn(
    process.execPath,
    [file, ...storage, '--port', String(options.port ?? 0), ...(options.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the desk did not start: ${stderr}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /Dateline desk is running at (\S+)/.exec(stdout);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the desk exited with ${code}: ${stderr}`)));
  });
  const port = Number(new URL(url).port);
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url,
    httpUrl: url.replace(/^ws/, 'http'),
    port,
    child,
    log: () => stderr,
    stop: () => stopWith('SIGTERM'),
    kill9: () => stopWith('SIGKILL'),
  };
}
