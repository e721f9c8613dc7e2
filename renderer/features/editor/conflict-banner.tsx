// Shown when the article changed elsewhere (a refused save, or a change noticed on disk): nothing
// is overwritten until the writer chooses. Whatever they choose, the other text is kept: as its
// own article, or as a version in History.
import { useState } from 'react';
import type { Article, ArticleFields } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useObservable, type Observable } from '../../lib/observable';
import { useAppStore } from '../../store';
import type { SaveState } from '../../lib/save-queue';
import { saveArticle } from './save-article';

interface ConflictBannerProps {
  articleId: string;
  saveState: Observable<SaveState>;
  readDraft: () => ArticleFields;
  /** Opens the article again as it is now on disk. */
  onReload: (article: Article) => void;
}

export function ConflictBanner({ articleId, saveState, readDraft, onReload }: ConflictBannerProps) {
  const state = useObservable(saveState);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (state.kind !== 'conflict') return null;

  const attempt = (what: string, task: () => Promise<void>) => async () => {
    setBusy(true);
    setError('');
    try {
      await task();
    } catch (caught) {
      setError(`Could not ${what}: ${messageOf(caught)}`);
      setBusy(false);
    }
  };

  const keepBoth = attempt('keep both versions', async () => {
    const copy = await api.createArticle({ fields: readDraft() });
    const store = useAppStore.getState();
    store.notify({
      tone: 'info',
      text: 'Your version was saved as a separate article, open now. The other version is still in the library.',
    });
    // This window's text is safe in the copy now, so the article it was typed in can close.
    await store.navigate({ name: 'editor', id: copy.id }, true);
  });

  const keepMine = attempt('keep your version', async () => {
    const other = await api.getArticle({ id: articleId });
    await saveArticle({
      id: articleId,
      baseRevision: other.revision,
      baseUpdatedAt: other.updatedAt,
      fields: readDraft(),
      keepPrevious: 'replaced',
    });
    useAppStore.getState().notify({
      tone: 'info',
      text: 'Your version was saved. The other one is kept in History.',
    });
    onReload(await api.getArticle({ id: articleId }));
  });

  const takeOther = attempt('open the other version', async () => {
    await api.saveVersion({ id: articleId, fields: readDraft() });
    useAppStore.getState().notify({
      tone: 'info',
      text: 'The other version is open now. Yours is kept in History.',
    });
    onReload(await api.getArticle({ id: articleId }));
  });

  return (
    <div className="banner banner-warning conflict-banner" role="alert">
      <p>
        <strong>{state.message}</strong> Your changes are still here and nothing was overwritten.
        Choose what to keep:
      </p>
      <div className="conflict-actions">
        <button type="button" onClick={() => void keepMine()} disabled={busy}>
          Keep my version
        </button>
        <button type="button" onClick={() => void takeOther()} disabled={busy}>
          Use the other version
        </button>
        <button type="button" onClick={() => void keepBoth()} disabled={busy}>
          Keep both versions
        </button>
      </div>
      {error && <p>{error}</p>}
    </div>
  );
}
