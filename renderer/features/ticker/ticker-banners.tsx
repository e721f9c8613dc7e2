// What the ticker view says when saving or loading went wrong: a conflict with another window,
// the items this window held before it reloaded, and a ticker file that had to be set aside.
import type { TickerItem } from '../../../shared/ticker';
import { useT } from '../../i18n/intl-root';

export function TickerConflictBanner({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>{t('ticker.conflict.title')}</strong> {t('ticker.conflict.body')}
      </p>
      <button type="button" onClick={onReload}>
        {t('ticker.conflict.reload')}
      </button>
    </div>
  );
}

interface LeftoverProps {
  items: readonly TickerItem[];
  onDismiss: () => void;
}

export function TickerLeftover({ items, onDismiss }: LeftoverProps) {
  const text = items.map((item) => item.text).join('\n');
  const t = useT();
  return (
    <section className="ticker-leftover" aria-labelledby="ticker-leftover-heading">
      <div className="ticker-leftover-head">
        <h2 id="ticker-leftover-heading">{t('ticker.leftover.heading')}</h2>
        <button type="button" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      </div>
      <p className="ticker-hint">{t('ticker.leftover.hint')}</p>
      <textarea
        className="ticker-input ticker-leftover-text"
        readOnly
        aria-labelledby="ticker-leftover-heading"
        rows={Math.min(8, Math.max(2, items.length))}
        value={text}
      />
    </section>
  );
}

export function TickerNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="banner banner-warning" role="alert">
      <p>{text}</p>
      <button type="button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
