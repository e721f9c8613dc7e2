// Editions run in the background of the host process and are followed by id. Finished jobs are
// forgotten a few minutes later, so the registry stays small however long the app runs.
import { randomUUID } from 'node:crypto';
import type { EditionProgress } from '../../shared/api/contract';
import { DatelineError, type ApiErrorValue } from '../../shared/api/errors';
import type { EditionHooks, EditionOutcome, EditionState } from './edition';
import { editionSummary } from './edition-summary';

/** How long a finished edition can still be asked about. */
export const KEEP_FINISHED_MS = 5 * 60_000;

interface Job {
  id: string;
  folder: string;
  state: 'running' | EditionOutcome['state'];
  progress: EditionState;
  cancelRequested: boolean;
  failure?: ApiErrorValue;
  finished: Promise<void>;
}

export interface EditionJobsOptions {
  keepFinishedMs?: number;
  log?: (error: unknown) => void;
}

export class EditionJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly options: EditionJobsOptions = {}) {}

  /** One edition at a time: two writing at once would only slow each other down. */
  assertIdle(): void {
    for (const job of this.jobs.values()) {
      if (job.state === 'running') {
        throw new DatelineError(
          'conflict',
          'An edition is already being exported. Wait for it to finish, or cancel it, before starting another.',
          { reason: 'edition-running' },
        );
      }
    }
  }

  /** Starts `run` in the background and returns its first progress. */
  start(
    folder: string,
    total: number,
    run: (hooks: EditionHooks) => Promise<EditionOutcome>,
  ): EditionProgress {
    this.assertIdle();
    const job: Job = {
      id: randomUUID(),
      folder,
      state: 'running',
      progress: { total, done: 0, written: [], skipped: [] },
      cancelRequested: false,
      finished: Promise.resolve(),
    };
    this.jobs.set(job.id, job);
    job.finished = run({
      onProgress: (progress) => {
        job.progress = progress;
      },
      isCancelled: () => job.cancelRequested,
    })
      .then(
        ({ state, failure, ...progress }) => {
          job.progress = progress;
          job.state = state;
          if (failure !== undefined) job.failure = failure;
        },
        (error: unknown) => {
          (this.options.log ?? console.error)(error);
          job.state = 'failed';
          job.failure = new DatelineError('internal', 'Something went wrong while exporting.', {
            reason: 'edition-internal',
          }).toValue();
        },
      )
      .finally(() => {
        const timer = setTimeout(
          () => this.jobs.delete(job.id),
          this.options.keepFinishedMs ?? KEEP_FINISHED_MS,
        );
        // A finished job's record never keeps the process alive (the CLI, the tests).
        timer.unref?.();
      });
    return this.describe(job);
  }

  progress(jobId: string): EditionProgress {
    return this.describe(this.find(jobId));
  }

  /** Asks the edition to stop after the file being written; what is written stays. */
  cancel(jobId: string): EditionProgress {
    const job = this.find(jobId);
    if (job.state === 'running') job.cancelRequested = true;
    return this.describe(job);
  }

  /** The job's progress once it has finished. */
  async settled(jobId: string): Promise<EditionProgress> {
    const job = this.find(jobId);
    await job.finished;
    return this.describe(job);
  }

  private find(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) {
      throw new DatelineError(
        'not-found',
        'That export finished a while ago and is no longer followed; the files it wrote are in its folder.',
      );
    }
    return job;
  }

  private describe(job: Job): EditionProgress {
    const stage = job.state === 'running' && job.cancelRequested ? 'stopping' : job.state;
    return {
      jobId: job.id,
      state: job.state,
      folder: job.folder,
      ...job.progress,
      written: [...job.progress.written],
      skipped: [...job.progress.skipped],
      summary: editionSummary(stage, job.folder, job.progress, job.failure?.message),
      ...(job.failure === undefined ? {} : { failure: job.failure }),
    };
  }
}
