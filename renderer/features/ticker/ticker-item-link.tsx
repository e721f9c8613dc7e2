// An item's link as the library stands now: where it points, a flag when its article is gone,
// and an offer to take the article's current headline when the two have drifted apart.
import { useRef, useState } from 'react';
import { tickerText, type ArticleSummary, type LinkTarget } from '../../../shared/article';
import { useT } from '../../i18n/intl-root';
import { LinkPicker } from './link-picker';
import { articleLabel, type LinkStatus } from './ticker-links';
import './ticker-links.css';

const SPACE = ' ';

interface TickerItemLinkProps {
  /** The item's place in the list, counted from 1: names the picker's fields. */
  itemNumber: number;
  link: LinkTarget | undefined;
  status: LinkStatus;
  /** `text` is set when the item's text should follow the chosen article. */
  onChange: (link: LinkTarget | undefined, text?: string) => void;
  itemIsBlank: boolean;
}

export function TickerItemLink({
  itemNumber,
  link,
  status,
  onChange,
  itemIsBlank,
}: TickerItemLinkProps) {
  const [picking, setPicking] = useState(false);
  const t = useT();
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
          {t(link ? 'ticker.link.change' : 'ticker.link.add')}
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
            {t('ticker.link.remove')}
          </button>
        )}
      </div>
      {status.kind === 'missing' && (
        <p className="ticker-flag ticker-flag-warning">{t('ticker.link.missing')}</p>
      )}
      {status.kind === 'article' && status.differs && (
        <p className="ticker-flag ticker-flag-info">
          <span>{t('ticker.link.headline-changed', { text: status.currentText })}</span>
          <button
            type="button"
            onClick={() => {
              onChange(link, status.currentText);
              toggle.current?.focus();
            }}
          >
            {t('ticker.link.use-headline')}
          </button>
        </p>
      )}
      {picking && (
        <LinkPicker itemNumber={itemNumber} current={link} onPick={pick} onClose={close} />
      )}
    </div>
  );
}

function LinkSummary({ status }: { status: LinkStatus }) {
  const t = useT();
  switch (status.kind) {
    case 'none':
      return <span className="ticker-link-target">{t('ticker.link.none')}</span>;
    case 'url':
      return (
        <span className="ticker-link-target">
          {t('ticker.link.to')} <span className="ticker-link-url">{status.url}</span>
        </span>
      );
    case 'pending':
      return <span className="ticker-link-target">{t('ticker.link.pending')}</span>;
    case 'missing':
      return (
        <span className="ticker-link-target ticker-link-broken">{t('ticker.link.broken')}</span>
      );
    case 'article':
      return (
        <span className="ticker-link-target">
          {t('ticker.link.to')}
          {SPACE}
          <cite className="ticker-link-article">
            {articleLabel(status.article, t('article.untitled'))}
          </cite>
        </span>
      );
  }
}
