// Starts real redis-server and PostgreSQL (Debian's packages) for tests: each in its own temp
// folder, listening on loopback only, on a free port, bounded in time, and stopped by the test.
// PostgreSQL refuses to run as root, so when the tests run as root it runs as `nobody`.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_BIN = '/usr/lib/postgresql';
const NOBODY = 65_534;

/** Why these tests cannot run here, or null when redis-server and PostgreSQL are installed. */
export function servicesMissing(): string | null {
  if (!existsSync('/usr/bin/redis-server')) return 'redis-server is not installed';
  if (!pgBin()) return 'PostgreSQL (initdb, pg_ctl) is not installed';
  return null;
}

function pgBin(): string | null {
  if (!existsSync(PG_BIN)) return null;
  const versions = readdirSync(PG_BIN).sort((a, b) => Number(b) - Number(a));
  const found = versions.find((v) => existsSync(path.join(PG_BIN, v, 'bin', 'pg_ctl')));
  return found ? path.join(PG_BIN, found, 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const asRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL program, as `nobody` when we are root. */
async function pg(program: string, args: string[], timeoutMs = 60_000) {
  const file = path.join(pgBin()!, program);
  const [command, argv] = asRoot()
    ? ['runuser', ['-u', 'nobody', '--', file, ...args]]
    : [file, args];
  return run(command, argv, { timeout: timeoutMs, cwd: tmpdir() });
}

export interface TestPostgres {
  /** postgres://… for the `postgres` database; `urlFor` names another one. */
  url: string;
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** The folder holding pg_dump and pg_restore. */
  bin: string;
  remove(): Promise<void>;
}

export async function startPostgres(): Promise<TestPostgres> {
  const folder = mkdtempSync(path.join(tmpdir(), 'desk-pg-'));
  if (asRoot()) chownSync(folder, NOBODY, NOBODY);
  const data = path.join(folder, 'data');
  await pg('initdb', ['-D', data, '-U', 'dateline', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-k ${folder} -c listen_addresses=127.0.0.1 -p ${port} -c fsync=on`;
  const start = async () => {
    await pg('pg_ctl', [
      'start',
      '-w',
      '-t',
      '30',
      '-D',
      data,
      '-l',
      path.join(folder, 'log'),
      '-o',
      options,
    ]);
  };
  await start();
  const urlFor = (database: string) => `postgres://dateline@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    urlFor,
    port,
    bin: pgBin()!,
    start,
    stop: async () => {
      await pg('pg_ctl', ['stop', '-w', '-t', '30', '-D', data, '-m', 'fast']).catch(() => {});
    },
    remove: async () => {
      await pg('pg_ctl', ['stop', '-w', '-t', '30', '-D', data, '-m', 'immediate']).catch(() => {});
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const folder = mkdtempSync(path.join(tmpdir(), 'desk-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const spawned = spawn(
      '/usr/bin/redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        folder,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = spawned;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start: ${out}`)),
        15_000,
      );
      spawned.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (/Ready to accept connections/i.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      spawned.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}: ${out}`));
      });
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop: async () => {
      const current = child;
      child = null;
      if (!current || current.exitCode !== null) return;
      const exited = new Promise((resolve) => current.once('exit', resolve));
      current.kill('SIGKILL');
      await exited;
    },
  };
}

/** Makes an empty database on the test server, for one test's own desk. */
export async function createDatabase(server: TestPostgres, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client(server.url);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return server.urlFor(name);
}
