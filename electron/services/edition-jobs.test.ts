import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditionHooks, EditionOutcome } from './edition';
import { EditionJobs } from './edition-jobs';

afterEach(() => {
  vi.useRealTimers();
});

/** A job the test moves along by hand. */
function controlledRun() {
  let hooks: EditionHooks = {};
  let finish: (outcome: EditionOutcome) => void = () => undefined;
  const run = (given: EditionHooks) => {
    hooks = given;
    return new Promise<EditionOutcome>((resolve) => (finish = resolve));
  };
  return { run, hooks: () => hooks, finish: (outcome: EditionOutcome) => finish(outcome) };
}

const page = (file: string) => ({ file, articleId: `${file}-id`, headline: file });

describe('EditionJobs', () => {
  it('reports a running job, then how it ended', async () => {
    const jobs = new EditionJobs();
    const job = controlledRun();
    const first = jobs.start('/out/edition', 3, job.run);
    expect(first).toMatchObject({
      state: 'running',
      folder: '/out/edition',
      total: 3,
      done: 0,
      summary: 'Exporting… 0 of 3 articles done.',
    });
    if (first.state === 'not-started') return;

    job.hooks().onProgress?.({ total: 3, done: 1, written: [page('a.html')], skipped: [] });
    expect(jobs.progress(first.jobId)).toMatchObject({ done: 1, written: [page('a.html')] });

    job.finish({
      state: 'done',
      total: 3,
      done: 3,
      written: [page('a.html'), page('b.html'), { file: 'index.html' }],
      skipped: [
        {
          articleId: 'c-id',
          headline: 'C',
          reason: 'It is no longer in the library.',
          wording: { reason: 'article-gone' },
        },
      ],
    });
    const settled = await jobs.settled(first.jobId);
    expect(settled).toMatchObject({ state: 'done', done: 3 });
    expect(settled.state !== 'not-started' && settled.summary).toBe(
      'Exported 2 articles to /out/edition. 1 article was left out.',
    );
  });

  it('passes a cancel on to the job, which stops after its current file', async () => {
    const jobs = new EditionJobs();
    const job = controlledRun();
    const started = jobs.start('/out', 2, job.run);
    if (started.state === 'not-started') throw new Error('not started');
    expect(job.hooks().isCancelled?.()).toBe(false);
    const stopping = jobs.cancel(started.jobId);
    expect(stopping).toMatchObject({
      state: 'running',
      summary: 'Stopping after the file being written…',
    });
    expect(job.hooks().isCancelled?.()).toBe(true);
    job.finish({ state: 'cancelled', total: 2, done: 1, written: [page('a.html')], skipped: [] });
    expect(await jobs.settled(started.jobId)).toMatchObject({
      state: 'cancelled',
      summary:
        'Stopped: 1 article exported to /out before you cancelled. The files written so far are kept.',
    });
  });

  it('runs one edition at a time', async () => {
    const jobs = new EditionJobs();
    const job = controlledRun();
    const started = jobs.start('/out', 1, job.run);
    expect(() => jobs.start('/other', 1, controlledRun().run)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    job.finish({ state: 'done', total: 1, done: 1, written: [], skipped: [] });
    if (started.state !== 'not-started') await jobs.settled(started.jobId);
    expect(jobs.start('/other', 1, controlledRun().run).state).toBe('running');
  });

  it('turns an unexpected error into a failed job with a plain message', async () => {
    const log = vi.fn();
    const jobs = new EditionJobs({ log });
    const started = jobs.start('/out', 1, () => Promise.reject(new Error('bug')));
    if (started.state === 'not-started') throw new Error('not started');
    expect(await jobs.settled(started.jobId)).toMatchObject({
      state: 'failed',
      failure: {
        code: 'internal',
        message: 'Something went wrong while exporting.',
        reason: 'edition-internal',
      },
    });
    expect(log).toHaveBeenCalledWith(new Error('bug'));
  });

  it('forgets a finished job after a while, and says so when asked about it', async () => {
    vi.useFakeTimers();
    const jobs = new EditionJobs({ keepFinishedMs: 60_000 });
    const job = controlledRun();
    const started = jobs.start('/out', 1, job.run);
    if (started.state === 'not-started') throw new Error('not started');
    job.finish({ state: 'done', total: 1, done: 1, written: [], skipped: [] });
    await jobs.settled(started.jobId);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(jobs.progress(started.jobId).state).toBe('done');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(() => jobs.progress(started.jobId)).toThrow(
      expect.objectContaining({
        code: 'not-found',
        message: expect.stringMatching(/no longer followed/),
      }),
    );
  });
});
