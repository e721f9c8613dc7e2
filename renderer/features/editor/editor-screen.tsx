// Opens one article from the library and hands it to the editor.
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { ImportReport } from '../../../shared/import/types';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { ArticleEditor } from './article-editor';
import { announceImport } from './announce-import';

export function EditorScreen({ id }: { id: string }) {
  const [article, setArticle] = useState<Article>();
  const [showHistory, setShowHistory] = useState(false);
  // Counts reloads, so the editor remounts even when the revision on disk did not move.
  const [loads, setLoads] = useState(0);
  const [error, setError] = useState('');
  const t = useT();

  useEffect(() => {
    // Another article (a copy kept by "Keep both versions", say) opens without the panels.
    setShowHistory(false);
    let current = true;
    api.getArticle({ id }).then(
      (loaded) => current && setArticle(loaded),
      (caught) => current && setError(messageOf(caught)),
    );
    return () => {
      current = false;
    };
  }, [id]);

  const onPageImported = (imported: Article, report: ImportReport) => {
    setShowHistory(false);
    setArticle(imported);
    announceImport(report);
  };
  const onReload = (reloaded: Article, options: { history?: boolean } = {}) => {
    setShowHistory(options.history ?? false);
    setLoads((count) => count + 1);
    setArticle(reloaded);
  };

  if (error && article?.id !== id) {
    return (
      <p className="screen-message" role="alert">
        {error}
      </p>
    );
  }
  if (!article || article.id !== id) {
    return <p className="screen-message">{t('editor.opening')}</p>;
  }
  // The revision is in the key so a pasted page or a restored version remounts the editor with it.
  return (
    <ArticleEditor
      key={`${article.id}:${article.revision}:${loads}`}
      article={article}
      onPageImported={onPageImported}
      onReload={onReload}
      showHistory={showHistory}
    />
  );
}
