// Wires one open article to the save queue: the draft is read only when a save runs, the host's
// "flush" and Ctrl/Cmd+S save at once, and a page about to close saves its last edit.
import { useCallback, useEffect, useMemo } from 'react';
import type { ArticleFields, ArticleSummary } from '../../../shared/article';
import { ApiError, messageOf } from '../../api/client';
import { betweenKeystrokes } from '../../lib/between-keystrokes';
import { observable } from '../../lib/observable';
import { useFlushTriggers } from '../../lib/use-flush-triggers';
import { SaveQueue, type SaveState } from '../../lib/save-queue';
import { saveArticle } from './save-article';

/**
 * `revision` and `updatedAt` are the article's as it was opened; `savedAt()` answers when the
 * revision the queue stands on was saved, so a change elsewhere is told apart even when it
 * carries the same revision number.
 */
export interface SaveHooks {
  /** Told of every saved revision: the library may have moved the status (back to Edited). */
  onSaved?: (summary: ArticleSummary, sent: ArticleFields) => void;
  /** The library refused an approval; the draft is put back so its text can still be saved. */
  onApprovalRefused?: (error: ApiError) => void;
}

/**
 * How long a save come due waits for a gap between keystrokes. A quick writer's keys come 80 to
 * 150 ms apart; reading out and sending a 60,000-word article holds the page some 30 ms.
 */
const KEYSTROKE_GAP_WAIT_MS = 200;

export function useSaveSession(
  id: string,
  revision: number,
  updatedAt: string,
  readDraft: () => ArticleFields,
  hooks: SaveHooks = {},
) {
  const session = useMemo(() => {
    const state = observable<SaveState>({ kind: 'saved' });
    let savedAt = updatedAt;
    const queue = new SaveQueue({
      revision,
      onState: (next) => state.set(next),
      isConflict: (error) => error instanceof ApiError && error.code === 'conflict',
      describe: messageOf,
      startWhen: {
        moment: () => betweenKeystrokes(KEYSTROKE_GAP_WAIT_MS),
        atMostMs: KEYSTROKE_GAP_WAIT_MS,
      },
      persist: async (baseRevision) => {
        let fields = readDraft();
        const save = () => saveArticle({ id, baseRevision, baseUpdatedAt: savedAt, fields });
        let summary: ArticleSummary;
        try {
          summary = await save();
        } catch (error) {
          if (!(error instanceof ApiError && error.reason === 'approval-refused')) throw error;
          hooks.onApprovalRefused?.(error);
          fields = readDraft();
          summary = await save();
        }
        savedAt = summary.updatedAt;
        hooks.onSaved?.(summary, fields);
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
