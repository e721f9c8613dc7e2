import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionProgress } from '../../../shared/api/contract';
import { currentIntl } from '../../i18n/intl';
import { formatMessageOf, type Message } from '../../i18n/message';

const api = vi.hoisted(() => ({
  startEdition: vi.fn(),
  editionProgress: vi.fn(),
  cancelEdition: vi.fn(),
}));
vi.mock('../../api/client', () => ({
  api,
  messageOf: (error: unknown) => (error instanceof Error ? error.message : String(error)),
}));

const { EDITION_POLL_MS, useEditionStore } = await import('./edition-store');

/** The dialog's error line as it reads in the interface's language. */
const shown = (error: Message | undefined) => error && formatMessageOf(currentIntl(), error);

const JOB = '4b0a6f0e-7f55-4c1e-9d2f-3d1c2b0a9e11';
const progress = (
  state: 'running' | 'done' | 'cancelled',
  done: number,
): Extract<EditionProgress, { jobId: string }> => ({
  jobId: JOB,
  state,
  folder: '/library/exports/edition-1',
  total: 3,
  done,
  written: [],
  skipped: [],
  summary: '',
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.clearAllMocks();
  useEditionStore.setState({
    open: true,
    starting: false,
    job: undefined,
    stopping: false,
    error: undefined,
  });
});

describe('the edition store', () => {
  it('follows a started edition every poll until it is done', async () => {
    api.startEdition.mockResolvedValue(progress('running', 0));
    api.editionProgress
      .mockResolvedValueOnce(progress('running', 2))
      .mockResolvedValueOnce(progress('done', 3));
    await useEditionStore.getState().start({ status: 'approved' }, false);
    expect(api.startEdition).toHaveBeenCalledWith({ status: 'approved', override: false });
    expect(useEditionStore.getState().job?.done).toBe(0);

    await vi.advanceTimersByTimeAsync(EDITION_POLL_MS);
    expect(useEditionStore.getState().job?.done).toBe(2);
    await vi.advanceTimersByTimeAsync(EDITION_POLL_MS);
    expect(useEditionStore.getState().job?.state).toBe('done');
    await vi.advanceTimersByTimeAsync(EDITION_POLL_MS * 5);
    expect(api.editionProgress).toHaveBeenCalledTimes(2);
    expect(api.editionProgress).toHaveBeenCalledWith({ jobId: JOB });
  });

  it('asks to cancel, says it is stopping, and keeps an end heard meanwhile', async () => {
    api.startEdition.mockResolvedValue(progress('running', 0));
    api.editionProgress.mockResolvedValue(progress('cancelled', 1));
    let answerCancel: (value: EditionProgress) => void = () => {};
    api.cancelEdition.mockReturnValue(new Promise((resolve) => (answerCancel = resolve)));
    await useEditionStore.getState().start({ ids: [JOB] }, true);

    const cancelling = useEditionStore.getState().cancel();
    expect(useEditionStore.getState().stopping).toBe(true);
    await vi.advanceTimersByTimeAsync(EDITION_POLL_MS);
    expect(useEditionStore.getState().job?.state).toBe('cancelled');
    // The cancel's own answer, still "running", arrives late and changes nothing.
    answerCancel(progress('running', 1));
    await cancelling;
    expect(useEditionStore.getState().job?.state).toBe('cancelled');
  });

  it('goes back to the choice when the desktop folder dialog is cancelled', async () => {
    api.startEdition.mockResolvedValue({ state: 'not-started' });
    await useEditionStore.getState().start({ status: 'approved' }, false);
    expect(useEditionStore.getState()).toMatchObject({
      job: undefined,
      starting: false,
      error: undefined,
    });
  });

  it('shows why an edition could not start', async () => {
    api.startEdition.mockRejectedValue(new Error('No article is marked Approved.'));
    await useEditionStore.getState().start({ status: 'approved' }, false);
    expect(shown(useEditionStore.getState().error)).toBe('No article is marked Approved.');
  });

  it('keeps a running edition when the dialog closes, and puts a finished one away', async () => {
    useEditionStore.setState({ job: progress('running', 1) });
    useEditionStore.getState().close();
    expect(useEditionStore.getState()).toMatchObject({ open: false, job: { done: 1 } });
    useEditionStore.setState({ open: true, job: progress('done', 3) });
    useEditionStore.getState().close();
    expect(useEditionStore.getState()).toMatchObject({ open: false, job: undefined });
  });
});
