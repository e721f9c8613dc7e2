// One article in the library list: headline, the standfirst's first line, then status, byline,
// section, last change and length, so two stories on the same subject are told apart at a glance.
import type { CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import type { ArticleSummary } from '../../../shared/article';
import { statusLabel } from '../../lib/article-words';
import { formatFull, formatRelative } from '../../lib/format';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import './article-row.css';

export function ArticleRow({ article, style }: { article: ArticleSummary; style: CSSProperties }) {
  const t = useT();
  const intl = useIntl();
  const open = () => void useAppStore.getState().navigate({ name: 'editor', id: article.id });
  return (
    <li className="article-row" style={style}>
      <button type="button" className="article-open" onClick={open} lang={article.language}>
        <span className="article-headline">{article.headline || t('article.untitled')}</span>
        {article.standfirstLine && (
          <span className="article-standfirst">{article.standfirstLine}</span>
        )}
        <span className="article-meta">
          <span className={`badge badge-${article.status}`}>{statusLabel(t, article.status)}</span>
          {article.byline && <span className="article-byline">{article.byline}</span>}
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
