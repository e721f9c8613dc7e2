// Articles moved to the trash: each restorable to the library for 30 days, after which it is
// removed for good; "Empty trash" removes them all at once, after asking.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { TRASH_DAYS } from '../../../shared/history';
import { api, messageOf } from '../../api/client';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/intl-root';
import { message } from '../../i18n/message';
import { formatDay, formatFull, formatRelative } from '../../lib/format';
import { useAppStore } from '../../store';
import './trash.css';

const DAY_MS = 24 * 60 * 60_000;

export function TrashView() {
  const t = useT();
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
        message: article.headline
          ? message('trash.restored', { headline: article.headline })
          : message('trash.restoredUntitled'),
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
        message: message('trash.emptied', { count: removed }),
      });
    } catch (caught) {
      setError(t('trash.emptyFailed', { reason: messageOf(caught) }));
    }
    load();
  };

  const count = trashed?.length ?? 0;
  return (
    <div className="library-screen">
      <header className="screen-header">
        <h1>{t('trash.title')}</h1>
        {count > 0 && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('trash.empty')}
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
      {trashed?.length === 0 && <p className="screen-message">{t('trash.isEmpty')}</p>}
      {count > 0 && <p className="trash-note">{t('trash.note', { days: TRASH_DAYS })}</p>}
      <ul className="trash-list" aria-label={t('trash.listLabel')}>
        {trashed?.map((article) => (
          <li key={article.id} className="trash-row">
            <span className="article-headline" lang={article.language}>
              {article.headline || t('article.untitled')}
            </span>
            {article.trashedAt && <TrashDates trashedAt={article.trashedAt} />}
            <button type="button" onClick={() => void restore(article)}>
              {t('trash.restore')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TrashDates({ trashedAt }: { trashedAt: string }) {
  const t = useT();
  const intl = useIntl();
  const goesAt = new Date(Date.parse(trashedAt) + TRASH_DAYS * DAY_MS).toISOString();
  return (
    <span className="trash-dates">
      <time dateTime={trashedAt} title={formatFull(trashedAt, intl)}>
        {t('trash.deleted', { when: formatRelative(trashedAt, Date.now(), intl) })}
      </time>
      <time dateTime={goesAt} title={formatFull(goesAt, intl)}>
        {t('trash.keptUntil', { day: formatDay(goesAt, intl) })}
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
  const t = useT();
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
        <strong>{t('trash.confirm', { count })}</strong> {t('trash.confirmDetail', { count })}
      </p>
      <div className="conflict-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {t('trash.deleteForGood')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
