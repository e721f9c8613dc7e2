// The ticker as the published page will show it: breaking item first and set apart, then the
// rest in order, each followed by the bar that separates them on the page.
import { publishedOrder, type TickerItem } from '../../../shared/ticker';

export function TickerPreview({ items }: { items: readonly TickerItem[] }) {
  const shown = publishedOrder(items);
  return (
    <section className="ticker-preview" aria-labelledby="ticker-preview-heading">
      <h2 id="ticker-preview-heading">Preview</h2>
      {shown.length === 0 ? (
        <p className="ticker-preview-empty">Nothing to show yet: items with text appear here.</p>
      ) : (
        <ol className="ticker-strip" aria-label="Ticker as published">
          {shown.map((item) => (
            <li
              key={item.id}
              className={item.breaking ? 'ticker-strip-item is-breaking' : 'ticker-strip-item'}
            >
              {item.breaking && <span className="ticker-visually-hidden">Breaking: </span>}
              <span className="ticker-strip-text">{item.text.trim()}</span>
              <span className="ticker-strip-bar" aria-hidden="true">
                {' |'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
