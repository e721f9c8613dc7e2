// An item's link as the library stands now: where it points, a flag when its article is gone,
// and an offer to take the article's current headline when the two have drifted apart.
import { useRef, useState } from 'react';
import { tickerText, type ArticleSummary, type LinkTarget } from '../../../shared/article';
import { LinkPicker } from './link-picker';
import { articleLabel, type LinkStatus } from './ticker-links';
import './ticker-links.css';

interface TickerItemLinkProps {
  itemName: string;
  link: LinkTarget | undefined;
  status: LinkStatus;
  /** `text` is set when the item's text should follow the chosen article. */
  onChange: (link: LinkTarget | undefined, text?: string) => void;
  itemIsBlank: boolean;
}

export function TickerItemLink({
  itemName,
  link,
  status,
  onChange,
  itemIsBlank,
}: TickerItemLinkProps) {
  const [picking, setPicking] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  // The picker goes away under the focus, so focus goes back to the button that opened it.
  const close = () => {
    setPicking(false);
    toggle.current?.focus();
  };

  const pick = (target: LinkTarget, article?: ArticleSummary) => {
    close();
    // A blank item takes the article's ticker text; written text is the writer's to keep.
    const text = article && itemIsBlank ? tickerText(article) : undefined;
    onChange(target, text || undefined);
  };

  return (
    <div className="ticker-item-link">
      <div className="ticker-link-line">
        <LinkSummary status={status} />
        <button
          ref={toggle}
          type="button"
          className="link-button"
          aria-expanded={picking}
          onClick={() => setPicking(!picking)}
        >
          {link ? 'Change link' : 'Add link'}
        </button>
        {link && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onChange(undefined);
              toggle.current?.focus();
            }}
          >
            Remove link
          </button>
        )}
      </div>
      {status.kind === 'missing' && (
        <p className="ticker-flag ticker-flag-warning">
          The linked article was deleted or moved to the trash. Pick another link or remove it.
        </p>
      )}
      {status.kind === 'article' && status.differs && (
        <p className="ticker-flag ticker-flag-info">
          <span>The article’s headline for the ticker is now “{status.currentText}”.</span>
          <button
            type="button"
            onClick={() => {
              onChange(link, status.currentText);
              toggle.current?.focus();
            }}
          >
            Use current headline
          </button>
        </p>
      )}
      {picking && <LinkPicker itemName={itemName} current={link} onPick={pick} onClose={close} />}
    </div>
  );
}

function LinkSummary({ status }: { status: LinkStatus }) {
  switch (status.kind) {
    case 'none':
      return <span className="ticker-link-target">No link</span>;
    case 'url':
      return (
        <span className="ticker-link-target">
          Links to <span className="ticker-link-url">{status.url}</span>
        </span>
      );
    case 'pending':
      return <span className="ticker-link-target">Links to an article of the library</span>;
    case 'missing':
      return (
        <span className="ticker-link-target ticker-link-broken">Links to a missing article</span>
      );
    case 'article':
      return (
        <span className="ticker-link-target">
          Links to <cite className="ticker-link-article">{articleLabel(status.article)}</cite>
        </span>
      );
  }
}
