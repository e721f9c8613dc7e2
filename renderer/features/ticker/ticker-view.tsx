// The site-wide ticker: its items, in order, and how they will look on the published page.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { newEntryId } from '../../../shared/ids';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { describeSaveState } from '../../lib/save-state-text';
import { TickerConflictBanner, TickerLeftover, TickerNotice } from './ticker-banners';
import { TickerList } from './ticker-list';
import { TickerPreview } from './ticker-preview';
import './ticker.css';
import { focusInRow, useAfterRender } from './use-after-render';
import { useTicker } from './use-ticker';

/** The library by id, or undefined until it has been read so no link is flagged too early. */
function useLibrary() {
  const articles = useAppStore((state) => state.articles);
  const loaded = useAppStore((state) => state.loaded);
  return useMemo(
    () => (loaded ? new Map(articles.map((article) => [article.id, article])) : undefined),
    [articles, loaded],
  );
}

export function TickerView() {
  const ticker = useTicker();
  const { items, update, load } = ticker;
  const library = useLibrary();
  const addButton = useRef<HTMLButtonElement>(null);
  const afterRender = useAfterRender(items);
  const t = useT();

  // Headlines may have changed in the editor or another window since the library was read.
  useEffect(() => {
    void useAppStore.getState().refresh();
  }, []);

  const add = () => {
    const id = newEntryId();
    update((list) => [...list, { id, text: '', breaking: false }]);
    afterRender(() => focusInRow(document, id, 'text'));
  };
  const focusAdd = useCallback(() => addButton.current?.focus(), []);

  return (
    <div className="library-screen ticker-screen">
      <header className="screen-header">
        <h1>{t('ticker.heading')}</h1>
        {load.phase === 'ready' && (
          <span
            role="status"
            aria-live="polite"
            className={`save-state save-${ticker.saveState.kind} ticker-save-state`}
          >
            {describeSaveState(ticker.saveState, 'ticker', t)}
          </span>
        )}
        <button
          ref={addButton}
          type="button"
          className="primary"
          disabled={load.phase !== 'ready'}
          onClick={add}
        >
          {t('ticker.add')}
        </button>
      </header>
      {ticker.notice && <TickerNotice text={ticker.notice} onDismiss={ticker.dismissNotice} />}
      {ticker.saveState.kind === 'conflict' && <TickerConflictBanner onReload={ticker.reload} />}
      {load.phase === 'failed' && (
        <div className="banner banner-error" role="alert">
          <p>{t('ticker.read-failed', { reason: load.message })}</p>
          <button type="button" onClick={ticker.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <div className="ticker-body">
        {ticker.leftover && (
          <TickerLeftover items={ticker.leftover} onDismiss={ticker.dismissLeftover} />
        )}
        {load.phase === 'loading' && <p className="screen-message">{t('ticker.loading')}</p>}
        {load.phase === 'ready' && (
          <>
            <TickerPreview items={items} />
            {items.length === 0 ? (
              <p className="screen-message ticker-empty">{t('ticker.empty')}</p>
            ) : (
              <TickerList items={items} update={update} library={library} onEmptied={focusAdd} />
            )}
          </>
        )}
      </div>
    </div>
  );
}
