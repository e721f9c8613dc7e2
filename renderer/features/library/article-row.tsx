// One article in the library list: headline, status, last change and length.
import type { CSSProperties } from 'react';
import { STATUS_LABELS, type ArticleSummary } from '../../../shared/article';
import { formatCount, formatFull, formatRelative } from '../../lib/format';
import { useAppStore } from '../../store';

export function ArticleRow({ article, style }: { article: ArticleSummary; style: CSSProperties }) {
  const open = () => void useAppStore.getState().navigate({ name: 'editor', id: article.id });
  return (
    <li className="article-row" style={style}>
      <button type="button" className="article-open" onClick={open} lang={article.language}>
        <span className="article-headline">{article.headline || 'Untitled article'}</span>
        <span className="article-meta">
          <span className={`badge badge-${article.status}`}>{STATUS_LABELS[article.status]}</span>
          {article.section && <span className="section">{article.section}</span>}
          <time dateTime={article.updatedAt} title={formatFull(article.updatedAt)}>
            Edited {formatRelative(article.updatedAt)}
          </time>
          <span>{formatCount(article.wordCount, 'word')}</span>
        </span>
      </button>
    </li>
  );
}
