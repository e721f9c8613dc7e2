// One article in the library list: headline, status, last change and length.
import type { CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import type { ArticleSummary } from '../../../shared/article';
import { statusLabel } from '../../lib/article-words';
import { formatFull, formatRelative } from '../../lib/format';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';

export function ArticleRow({ article, style }: { article: ArticleSummary; style: CSSProperties }) {
  const t = useT();
  const intl = useIntl();
  const open = () => void useAppStore.getState().navigate({ name: 'editor', id: article.id });
  return (
    <li className="article-row" style={style}>
      <button type="button" className="article-open" onClick={open} lang={article.language}>
        <span className="article-headline">{article.headline || t('article.untitled')}</span>
        <span className="article-meta">
          <span className={`badge badge-${article.status}`}>{statusLabel(t, article.status)}</span>
          {article.section && <span className="section">{article.section}</span>}
          <time dateTime={article.updatedAt} title={formatFull(article.updatedAt, intl)}>
            {t('library.edited', { when: formatRelative(article.updatedAt, Date.now(), intl) })}
          </time>
          <span>{t('common.words', { count: article.wordCount })}</span>
        </span>
      </button>
    </li>
  );
}
