// Wires one open article to the save queue: the draft is read only when a save runs, the host's
// "flush" and Ctrl/Cmd+S save at once, and a page about to close saves its last edit.
import { useCallback, useEffect, useMemo } from 'react';
import type { ArticleFields } from '../../../shared/article';
import { ApiError, messageOf } from '../../api/client';
import { observable } from '../../lib/observable';
import { useFlushTriggers } from '../../lib/use-flush-triggers';
import { SaveQueue, type SaveState } from '../../lib/save-queue';
import { saveArticle } from './save-article';

/**
 * `revision` and `updatedAt` are the article's as it was opened; `savedAt()` answers when the
 * revision the queue stands on was saved, so a change elsewhere is told apart even when it
 * carries the same revision number.
 */
export function useSaveSession(
  id: string,
  revision: number,
  updatedAt: string,
  readDraft: () => ArticleFields,
) {
  const session = useMemo(() => {
    const state = observable<SaveState>({ kind: 'saved' });
    let savedAt = updatedAt;
    const queue = new SaveQueue({
      revision,
      onState: (next) => state.set(next),
      isConflict: (error) => error instanceof ApiError && error.code === 'conflict',
      describe: messageOf,
      persist: async (baseRevision) => {
        const summary = await saveArticle({
          id,
          baseRevision,
          baseUpdatedAt: savedAt,
          fields: readDraft(),
        });
        savedAt = summary.updatedAt;
        return summary.revision;
      },
    });
    return { queue, state, savedAt: () => savedAt };
    // One session per opened article; the editor remounts when another article opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const { queue } = session;
  const flush = useCallback(() => queue.flush(), [queue]);
  const isDirty = useCallback(() => queue.isDirty, [queue]);
  const unsavedReason = useCallback(() => queue.unsavedReason, [queue]);
  useFlushTriggers(flush, isDirty, unsavedReason);
  // Leaving the article goes through navigate(), which has already flushed.
  useEffect(() => () => queue.dispose(), [queue]);

  return session;
}
