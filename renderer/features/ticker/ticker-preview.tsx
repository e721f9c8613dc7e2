// The ticker as the published page will show it: breaking item first and set apart, then the
// rest in order, each followed by the bar that separates them on the page.
import { publishedOrder, type TickerItem } from '../../../shared/ticker';
import { useT } from '../../i18n/intl-root';

/** The bar that follows each headline on the published page. */
const BAR = ' |';

export function TickerPreview({ items }: { items: readonly TickerItem[] }) {
  const shown = publishedOrder(items);
  const t = useT();
  return (
    <section className="ticker-preview" aria-labelledby="ticker-preview-heading">
      <h2 id="ticker-preview-heading">{t('ticker.preview.heading')}</h2>
      {shown.length === 0 ? (
        <p className="ticker-preview-empty">{t('ticker.preview.empty')}</p>
      ) : (
        <ol className="ticker-strip" aria-label={t('ticker.preview.strip')}>
          {shown.map((item) => (
            <li
              key={item.id}
              className={item.breaking ? 'ticker-strip-item is-breaking' : 'ticker-strip-item'}
            >
              {item.breaking && (
                <span className="ticker-visually-hidden">{t('ticker.preview.breaking')}</span>
              )}
              <span className="ticker-strip-text">{item.text.trim()}</span>
              <span className="ticker-strip-bar" aria-hidden="true">
                {BAR}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
