// The command line of `npm run desk`: where the data lives, where to listen, TLS, and limits.
import { parseArgs } from 'node:util';
import type { DeskStorage } from './backend';
import { DEFAULT_LIMITS, type DeskLimits } from './limits';

export interface DeskArgs {
  storage: DeskStorage;
  redisUrl?: string;
  host: string;
  port: number;
  certFile?: string;
  keyFile?: string;
  limits: DeskLimits;
  compactAfterUpdates: number;
}

export const DESK_USAGE = `Usage: npm run desk -- --data DIR [--port N] [--host ADDRESS] [--cert FILE --key FILE]
       npm run desk -- --postgres URL --redis URL [--port N] …   (one of several servers)

  --data DIR            the folder the desk keeps its one SQLite file in (made if missing)
  --postgres URL        keep the desk in this PostgreSQL database instead, shared by several
                        desk servers (postgres://user:password@host:5432/database)
  --redis URL           share live changes with the other desk servers through this Redis
                        (redis://host:6379); needs --postgres
  --port N              the port to listen on (default 1234; 0 picks a free one)
  --host ADDRESS        the address to listen on (default 127.0.0.1, this computer only)
  --cert FILE --key FILE
                        speak TLS (wss://) with this certificate and key, in PEM
  --behind-proxy        listen on another address without TLS, because a TLS proxy is in front
  --max-document-mb N   the largest an article may grow, in megabytes (default 20)`;

export class DeskUsageError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function parseDeskArgs(argv: string[]): DeskArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        data: { type: 'string' },
        postgres: { type: 'string' },
        redis: { type: 'string' },
        port: { type: 'string', default: '1234' },
        host: { type: 'string', default: '127.0.0.1' },
        cert: { type: 'string' },
        key: { type: 'string' },
        'behind-proxy': { type: 'boolean', default: false },
        'max-document-mb': { type: 'string' },
        // For tests: a small cap and early compaction make the limits reachable quickly.
        'max-document-bytes': { type: 'string' },
        'compact-after': { type: 'string', default: '200' },
      },
    }));
  } catch (error) {
    throw new DeskUsageError((error as Error).message);
  }
  const storage = storageOf(values);
  if ((values.cert === undefined) !== (values.key === undefined)) {
    throw new DeskUsageError('TLS needs both --cert and --key.');
  }
  if (!LOOPBACK.has(values.host) && values.cert === undefined && !values['behind-proxy']) {
    throw new DeskUsageError(
      `Listening on ${values.host} without TLS would send people's credentials and articles unencrypted; give --cert and --key (or --behind-proxy when a TLS proxy is in front).`,
    );
  }
  const megabytes = values['max-document-mb'];
  const maxDocumentBytes = values['max-document-bytes']
    ? count(values['max-document-bytes'], '--max-document-bytes')
    : megabytes
      ? count(megabytes, '--max-document-mb') * 1024 * 1024
      : DEFAULT_LIMITS.maxDocumentBytes;
  return {
    storage,
    redisUrl: values.redis,
    host: values.host,
    port: count(values.port, '--port', 65_535),
    certFile: values.cert,
    keyFile: values.key,
    limits: {
      ...DEFAULT_LIMITS,
      maxDocumentBytes,
      maxMessageBytes: Math.max(maxDocumentBytes, 64 * 1024),
    },
    compactAfterUpdates: Math.max(1, count(values['compact-after'], '--compact-after')),
  };
}

function count(text: string, option: string, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new DeskUsageError(`${option} takes a whole number (got "${text}").`);
  }
  return value;
}

function storageOf(values: { data?: string; postgres?: string; redis?: string }): DeskStorage {
  if (values.data !== undefined && values.postgres !== undefined) {
    throw new DeskUsageError('Give either --data DIR or --postgres URL, not both.');
  }
  if (values.postgres !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(values.postgres)) {
      throw new DeskUsageError('--postgres takes an address like postgres://user@host:5432/desk.');
    }
    if (values.redis !== undefined && !/^rediss?:\/\//.test(values.redis)) {
      throw new DeskUsageError('--redis takes an address like redis://host:6379.');
    }
    return { kind: 'postgres', url: values.postgres };
  }
  if (values.redis !== undefined) {
    throw new DeskUsageError(
      'Several desk servers share one PostgreSQL database: give --postgres URL with --redis.',
    );
  }
  if (!values.data?.trim()) {
    throw new DeskUsageError('Say where the desk keeps its data: --data DIR (or --postgres URL).');
  }
  return { kind: 'sqlite', dataDir: values.data };
}
