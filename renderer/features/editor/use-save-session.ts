// Wires one open article to the save queue: the draft is read only when a save runs, the host's
// "flush" and Ctrl/Cmd+S save at once, and a page about to close saves its last edit.
import { useEffect, useMemo } from 'react';
import type { ArticleFields } from '../../../shared/article';
import { ApiError, api, messageOf } from '../../api/client';
import { observable } from '../../lib/observable';
import { setActiveFlush, useAppStore } from '../../store';
import { SaveQueue, type SaveState } from './save-queue';

export function useSaveSession(id: string, revision: number, readDraft: () => ArticleFields) {
  const session = useMemo(() => {
    const state = observable<SaveState>({ kind: 'saved' });
    const queue = new SaveQueue({
      revision,
      onState: (next) => state.set(next),
      isConflict: (error) => error instanceof ApiError && error.code === 'conflict',
      describe: messageOf,
      persist: async (baseRevision) => {
        const summary = await api.saveArticle({ id, baseRevision, fields: readDraft() });
        useAppStore.getState().upsert(summary);
        return summary.revision;
      },
    });
    return { queue, state };
    // One session per opened article; the editor remounts when another article opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  useEffect(() => {
    const { queue } = session;
    const flush = () => queue.flush();
    setActiveFlush(flush);

    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.isDirty) return;
      void flush();
      // Ask the browser to hold the page while the last save goes out.
      event.preventDefault();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      setActiveFlush(undefined);
      // Leaving the article goes through navigate(), which has already flushed.
      queue.dispose();
    };
  }, [session]);

  return session;
}
