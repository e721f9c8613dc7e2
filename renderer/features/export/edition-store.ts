// The edition being exported, followed until it ends. It lives outside any screen, so the export
// goes on (and its summary waits) when the editor closes the dialog or changes screens.
import { create } from 'zustand';
import type { EditionProgress } from '../../../shared/api/contract';
import { api, messageOf } from '../../api/client';
import { message, type Message } from '../../i18n/message';
import type { EditionSelection } from './edition-selection';

export type EditionJob = Exclude<EditionProgress, { state: 'not-started' }>;

/** How often a running edition is asked how far it has got. */
export const EDITION_POLL_MS = 200;

interface EditionState {
  open: boolean;
  starting: boolean;
  job: EditionJob | undefined;
  /** Cancel was chosen; the edition stops after the file being written. */
  stopping: boolean;
  /** Kept as a message, so it follows a change of language while the dialog is open. */
  error: Message | undefined;
  show(): void;
  close(): void;
  start(selection: EditionSelection, override: boolean): Promise<void>;
  cancel(): Promise<void>;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const useEditionStore = create<EditionState>((set, get) => {
  const follow = (jobId: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      api.editionProgress({ jobId }).then(
        (progress) => {
          if (progress.state === 'not-started') return;
          set({ job: progress });
          if (progress.state === 'running') follow(jobId);
        },
        (error) => set({ error: message('export.followFailed', { reason: messageOf(error) }) }),
      );
    }, EDITION_POLL_MS);
  };

  return {
    open: false,
    starting: false,
    job: undefined,
    stopping: false,
    error: undefined,

    show() {
      set({ open: true });
    },

    close() {
      // A running edition keeps going; a finished one is put away so the next starts afresh.
      const running = get().job?.state === 'running';
      set(
        running
          ? { open: false }
          : { open: false, job: undefined, stopping: false, error: undefined },
      );
    },

    async start(selection, override) {
      if (get().starting || get().job?.state === 'running') return;
      set({ starting: true, stopping: false, error: undefined });
      try {
        const progress = await api.startEdition({ ...selection, override });
        // The desktop folder dialog was cancelled: back to the choice, nothing said.
        if (progress.state === 'not-started') return;
        set({ job: progress });
        if (progress.state === 'running') follow(progress.jobId);
      } catch (error) {
        set({ error: message('app.asIs', { text: messageOf(error) }) });
      } finally {
        set({ starting: false });
      }
    },

    async cancel() {
      const job = get().job;
      if (job?.state !== 'running') return;
      set({ stopping: true });
      try {
        const progress = await api.cancelEdition({ jobId: job.jobId });
        // The follow-up may already have heard that the edition ended; that stays.
        if (progress.state !== 'not-started' && get().job?.state === 'running') {
          set({ job: progress });
        }
      } catch (error) {
        set({ error: message('export.cancelFailed', { reason: messageOf(error) }) });
      }
    },
  };
});
