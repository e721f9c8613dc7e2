// Notices while an article is open that its file was changed elsewhere (another window, another
// computer through a synced folder): it looks at the revision on disk every two seconds and when
// the window comes back into view, and stops saving until the writer chooses what to keep.
import { useEffect } from 'react';
import { api } from '../../api/client';
import { t } from '../../i18n/intl';
import type { SaveQueue } from '../../lib/save-queue';

export const CHECK_EVERY_MS = 2_000;

/** `savedAt` answers when the revision the queue stands on was saved. */
export function useExternalChanges(id: string, queue: SaveQueue, savedAt: () => string): void {
  useEffect(() => {
    let stopped = false;
    let checking = false;
    const check = async () => {
      if (stopped || checking || queue.isSaving || queue.inConflict) return;
      checking = true;
      const savesBefore = queue.savesStarted;
      try {
        const onDisk = await api.getRevisionOnDisk({ id });
        // A save that started meanwhile may be what moved the revision on.
        if (stopped || queue.isSaving || queue.savesStarted !== savesBefore) return;
        if (onDisk.revision === null) return;
        const moved =
          onDisk.revision !== queue.currentRevision ||
          (onDisk.updatedAt !== null && onDisk.updatedAt !== savedAt());
        if (moved) queue.markConflict(t('editor.changed-elsewhere'));
      } catch {
        // Trashed or unreadable: the next save says so in the status bar.
      } finally {
        checking = false;
      }
    };
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [id, queue, savedAt]);
}
