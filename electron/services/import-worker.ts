// The import worker's entry (bundled to dist-electron/import-worker.cjs): reads one file into a
// page and posts it back. It runs with its own memory and time limits, so a hostile file that
// gets past the size checks can only end this worker, never the host.
import { parentPort, workerData } from 'node:worker_threads';
import { DatelineError } from '../../shared/api/errors';
import { readImportedPage, type PageJob } from './import-page';

export type WorkerReply =
  /** The page as JSON text: the host parses it faster than it would copy a large object tree. */
  | { ok: true; page: string }
  | {
      ok: false;
      code: DatelineError['code'] | 'crashed';
      message: string;
      reason?: string;
      values?: DatelineError['values'];
    };

async function main(job: PageJob): Promise<WorkerReply> {
  try {
    return { ok: true, page: JSON.stringify(await readImportedPage(job)) };
  } catch (error) {
    if (error instanceof DatelineError) {
      const { code, message, reason, values } = error.toValue();
      return { ok: false, code, message, reason, values };
    }
    return { ok: false, code: 'crashed', message: String((error as Error)?.stack ?? error) };
  }
}

if (parentPort) {
  const port = parentPort;
  void main(workerData as PageJob).then((reply) => port.postMessage(reply));
}
