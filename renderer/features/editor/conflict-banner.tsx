// Shown when the article changed elsewhere (a refused save, or a change noticed on disk): nothing
// is overwritten until the writer chooses. Whatever they choose, the other text is kept: as its
// own article, or as a version in History.
import { useState } from 'react';
import type { Article, ArticleFields } from '../../../shared/article';
import { copyHeadline } from '../../../shared/copy-headline';
import { api, messageOf } from '../../api/client';
import { useObservable, type Observable } from '../../lib/observable';
import { useT } from '../../i18n/intl-root';
import { message } from '../../i18n/message';
import { useAppStore } from '../../store';
import type { SaveState } from '../../lib/save-queue';
import { ConflictDiff } from './conflict-diff';
import { saveArticle } from './save-article';

interface ConflictBannerProps {
  articleId: string;
  saveState: Observable<SaveState>;
  readDraft: () => ArticleFields;
  /** Counts the writer's changes, so the comparison shown follows them. */
  draftVersion: Observable<number>;
  /** Opens the article again as it is now on disk. */
  onReload: (article: Article) => void;
}

export function ConflictBanner(props: ConflictBannerProps) {
  const { articleId, saveState, readDraft, draftVersion, onReload } = props;
  const state = useObservable(saveState);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const t = useT();
  if (state.kind !== 'conflict') return null;

  const attempt = (failed: string, task: () => Promise<void>) => async () => {
    setBusy(true);
    setError('');
    try {
      await task();
    } catch (caught) {
      setError(t(failed, { reason: messageOf(caught) }));
      setBusy(false);
    }
  };

  const keepBoth = attempt('editor.conflict.keep-both-failed', async () => {
    // Named as a copy, so the library's two rows are told apart.
    const draft = readDraft();
    const copy = await api.createArticle({
      fields: { ...draft, headline: copyHeadline(draft.headline, draft.language) },
    });
    const store = useAppStore.getState();
    store.notify({
      tone: 'info',
      message: message('editor.conflict.kept-both'),
    });
    // This window's text is safe in the copy now, so the article it was typed in can close.
    await store.navigate({ name: 'editor', id: copy.id }, true);
  });

  const keepMine = attempt('editor.conflict.keep-mine-failed', async () => {
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
      message: message('editor.conflict.kept-mine'),
    });
    onReload(await api.getArticle({ id: articleId }));
  });

  const takeOther = attempt('editor.conflict.take-other-failed', async () => {
    await api.saveVersion({ id: articleId, fields: readDraft() });
    useAppStore.getState().notify({
      tone: 'info',
      message: message('editor.conflict.took-other'),
    });
    onReload(await api.getArticle({ id: articleId }));
  });

  return (
    <div className="banner banner-warning conflict-banner" role="alert">
      <p>
        <strong>{state.message}</strong> {t('editor.conflict.lead')}
      </p>
      <ConflictDiff articleId={articleId} readDraft={readDraft} draftVersion={draftVersion} />
      <div className="conflict-actions">
        <button type="button" onClick={() => void keepMine()} disabled={busy}>
          {t('editor.conflict.keep-mine')}
        </button>
        <button type="button" onClick={() => void takeOther()} disabled={busy}>
          {t('editor.conflict.take-other')}
        </button>
        <button type="button" onClick={() => void keepBoth()} disabled={busy}>
          {t('editor.conflict.keep-both')}
        </button>
      </div>
      {error && <p>{error}</p>}
    </div>
  );
}
