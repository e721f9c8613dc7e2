// Articles moved to the trash: each restorable to the library for 30 days, after which it is
// removed for good; "Empty trash" removes them all at once, after asking.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { TRASH_DAYS } from '../../../shared/history';
import { api, messageOf } from '../../api/client';
import { formatCount, formatDay, formatFull, formatRelative } from '../../lib/format';
import { useAppStore } from '../../store';
import './trash.css';

const DAY_MS = 24 * 60 * 60_000;

export function TrashView() {
  const [trashed, setTrashed] = useState<ArticleSummary[]>();
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);

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

  const emptyTrash = async () => {
    setConfirming(false);
    try {
      // Only what the writer saw when confirming: not an article trashed elsewhere meanwhile.
      const { removed } = await api.emptyTrash({ ids: trashed?.map((article) => article.id) });
      useAppStore.getState().notify({
        tone: 'info',
        text: `The trash was emptied: ${formatCount(removed, 'article')} deleted for good.`,
      });
    } catch (caught) {
      setError(`Could not empty the trash: ${messageOf(caught)}`);
    }
    load();
  };

  const count = trashed?.length ?? 0;
  return (
    <div className="library-screen">
      <header className="screen-header">
        <h1>Trash</h1>
        {count > 0 && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Empty trash…
          </button>
        )}
      </header>
      {confirming && (
        <ConfirmEmpty
          count={count}
          onConfirm={() => void emptyTrash()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {error && (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      )}
      {trashed?.length === 0 && <p className="screen-message">The trash is empty.</p>}
      {count > 0 && (
        <p className="trash-note">
          Articles stay here for {TRASH_DAYS} days after they are deleted, with their earlier
          versions, and can be restored until then.
        </p>
      )}
      <ul className="trash-list" aria-label="Articles in the trash">
        {trashed?.map((article) => (
          <li key={article.id} className="trash-row">
            <span className="article-headline" lang={article.language}>
              {article.headline || 'Untitled article'}
            </span>
            {article.trashedAt && <TrashDates trashedAt={article.trashedAt} />}
            <button type="button" onClick={() => void restore(article)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TrashDates({ trashedAt }: { trashedAt: string }) {
  const goesAt = new Date(Date.parse(trashedAt) + TRASH_DAYS * DAY_MS).toISOString();
  return (
    <span className="trash-dates">
      <time dateTime={trashedAt} title={formatFull(trashedAt)}>
        Deleted {formatRelative(trashedAt)}
      </time>
      <time dateTime={goesAt} title={formatFull(goesAt)}>
        Kept until {formatDay(goesAt)}
      </time>
    </span>
  );
}

interface ConfirmEmptyProps {
  count: number;
  onConfirm: () => void;
  onCancel: () => void;
}

function ConfirmEmpty({ count, onConfirm, onCancel }: ConfirmEmptyProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, so Enter does not delete anything.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="banner banner-error confirm-empty"
      role="alertdialog"
      aria-labelledby="confirm-empty-title"
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <p id="confirm-empty-title">
        <strong>Delete {count === 1 ? 'this article' : `these ${count} articles`} for good?</strong>{' '}
        {count === 1 ? 'It' : 'They'} and {count === 1 ? 'its' : 'their'} earlier versions cannot be
        restored afterwards.
      </p>
      <div className="conflict-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          Delete for good
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
