// Reads imported files in worker threads, each with a memory limit and a time limit: the host
// keeps answering other requests while a file is read, and a file that would exhaust memory or
// never finish ends only its own worker. At most two files are read at once; others wait.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DatelineError } from '../../shared/api/errors';
import type { PageImport } from '../../shared/import/plain-text';
import type { PageJob } from './import-page';
import type { WorkerReply } from './import-worker';
import { plural } from '../../shared/text/plural';

export interface WorkerLimits {
  /** The worker's JavaScript heap, in megabytes. */
  memoryMb: number;
  timeoutMs: number;
}

/** Room for the largest file the size checks let through, with a margin; a slow laptop's minute. */
export const IMPORT_LIMITS: WorkerLimits = { memoryMb: 1536, timeoutMs: 60_000 };
const MAX_RUNNING = 2;
const SPLIT = 'If it is a real document, split it into smaller files and import each.';

let running = 0;
const waiting: (() => void)[] = [];

export async function readPageInWorker(
  job: PageJob,
  limits: WorkerLimits = IMPORT_LIMITS,
): Promise<PageImport> {
  const file = workerFile();
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await runWorker(file, job, limits);
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function runWorker(file: string, job: PageJob, limits: WorkerLimits): Promise<PageImport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: job,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.memoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, limits.memoryMb / 16)),
      },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      const seconds = Math.ceil(limits.timeoutMs / 1000);
      const message = `${job.name} took more than ${plural(seconds, 'second')} to read, so Dateline stopped reading it; nothing was imported. ${SPLIT}`;
      const wording = { reason: 'import-too-slow', values: { name: job.name, seconds } };
      settle(() => reject(new DatelineError('invalid-input', message, wording)));
    }, limits.timeoutMs);
    worker.on('message', (reply: WorkerReply) => {
      settle(() =>
        reply.ok ? resolve(JSON.parse(reply.page) as PageImport) : reject(replyError(reply)),
      );
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      settle(() => reject(workerError(job.name, error)));
    });
    worker.on('exit', () => {
      settle(() =>
        reject(new Error(`The import worker for ${job.name} stopped without an answer.`)),
      );
    });
  });
}

function replyError(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (reply.code === 'crashed') return new Error(reply.message);
  return new DatelineError(reply.code, reply.message, reply);
}

function workerError(name: string, error: NodeJS.ErrnoException): Error {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new DatelineError(
      'invalid-input',
      `${name} needs more memory to read than Dateline gives one import, so it was not imported. ${SPLIT}`,
      { reason: 'import-out-of-memory', values: { name } },
    );
  }
  return error;
}

/** Beside the bundle that runs this code, or, when run from the sources, in the build folder. */
function workerFile(): string {
  const here =
    typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, 'import-worker.cjs'),
    path.join(here, '..', '..', 'dist-electron', 'import-worker.cjs'),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new DatelineError(
      'internal',
      'The part of Dateline that reads imported files is missing from this installation, so nothing can be imported. Reinstall Dateline.',
    );
  }
  return found;
}
