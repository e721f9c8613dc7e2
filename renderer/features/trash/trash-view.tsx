// Articles moved to the trash, each restorable to the library.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { formatFull, formatRelative } from '../../lib/format';
import { useAppStore } from '../../store';

export function TrashView() {
  const [trashed, setTrashed] = useState<ArticleSummary[]>();
  const [error, setError] = useState('');

  const load = useCallback(() => {
    api.listTrash({}).then(setTrashed, (caught) => setError(messageOf(caught)));
  }, []);
  useEffect(load, [load]);

  const restore = async (article: ArticleSummary) => {
    try {
      await api.restoreArticle({ id: article.id });
      useAppStore.getState().notify({
        tone: 'info',
        text: `“${article.headline || 'Untitled article'}” is back in the library.`,
      });
      load();
      await useAppStore.getState().refresh();
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  return (
    <div className="library-screen">
      <header className="screen-header">
        <h1>Trash</h1>
      </header>
      {error && (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      )}
      {trashed?.length === 0 && <p className="screen-message">The trash is empty.</p>}
      <ul className="trash-list" aria-label="Articles in the trash">
        {trashed?.map((article) => (
          <li key={article.id} className="trash-row">
            <span className="article-headline" lang={article.language}>
              {article.headline || 'Untitled article'}
            </span>
            {article.trashedAt && (
              <time dateTime={article.trashedAt} title={formatFull(article.trashedAt)}>
                Deleted {formatRelative(article.trashedAt)}
              </time>
            )}
            <button type="button" onClick={() => void restore(article)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
