// What the ticker view says when saving or loading went wrong: a conflict with another window,
// the items this window held before it reloaded, and a ticker file that had to be set aside.
import type { TickerItem } from '../../../shared/ticker';

export function TickerConflictBanner({ onReload }: { onReload: () => void }) {
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>The ticker was changed in another window or program.</strong> Your latest changes
        were not saved and nothing was overwritten. Reload to see the other version; your items stay
        on screen so you can copy them.
      </p>
      <button type="button" onClick={onReload}>
        Reload the ticker
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
  return (
    <section className="ticker-leftover" aria-labelledby="ticker-leftover-heading">
      <div className="ticker-leftover-head">
        <h2 id="ticker-leftover-heading">Your unsaved items</h2>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p className="ticker-hint">
        This is what this window had before reloading. It is not saved: copy what you need into the
        ticker below.
      </p>
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
  return (
    <div className="banner banner-warning" role="alert">
      <p>{text}</p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
