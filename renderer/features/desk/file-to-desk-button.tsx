// "File to desk" in a local article's editor: saves it, puts it on the desk, and reopens it as a
// desk article whose shared document starts from its fields.
import { useState } from 'react';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { useDeskStore } from './desk-store';

export function FileToDeskButton({
  articleId,
  flush,
}: {
  articleId: string;
  flush: () => Promise<unknown>;
}) {
  const t = useT();
  const joined = useDeskStore((state) => state.status?.joined ?? false);
  const [busy, setBusy] = useState(false);
  if (!joined) return null;
  const file = async () => {
    setBusy(true);
    try {
      await flush();
      const entry = await api.fileToDesk({ id: articleId });
      useDeskStore.getState().put(entry);
      // The editor screen sees the article is on the desk and opens it as one.
      useAppStore.getState().notify({ tone: 'info', message: { id: 'desk.filed' } });
    } catch (error) {
      useAppStore.getState().notify({
        tone: 'error',
        message: { id: 'desk.fileFailed', values: { reason: messageOf(error) } },
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="file-to-desk" disabled={busy} onClick={() => void file()}>
      {t('desk.fileToDesk')}
    </button>
  );
}
