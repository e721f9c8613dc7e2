// Opens one article from the library and hands it to the editor.
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { ImportReport } from '../../../shared/import/types';
import { api, messageOf } from '../../api/client';
import { useAppStore } from '../../store';
import { ArticleEditor } from './article-editor';

export function EditorScreen({ id }: { id: string }) {
  const [article, setArticle] = useState<Article>();
  const [showHistory, setShowHistory] = useState(false);
  // Counts reloads, so the editor remounts even when the revision on disk did not move.
  const [loads, setLoads] = useState(0);
  const [error, setError] = useState('');

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
  if (!article || article.id !== id) return <p className="screen-message">Opening the article…</p>;
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

/** Tells the writer what the pasted page filled in, and offers its ticker headlines. */
function announceImport(report: ImportReport): void {
  const store = useAppStore.getState();
  const found = report.recognised;
  const parts = [
    found.headline && 'the headline',
    found.dateline && `the dateline “${found.dateline}”`,
    found.byline && `the byline “${found.byline}”`,
    `${found.paragraphs} ${found.paragraphs === 1 ? 'paragraph' : 'paragraphs'}`,
    found.relatedLinks > 0 && `${found.relatedLinks} related links`,
  ].filter(Boolean);
  const language = found.language === 'km' ? ' The text is in Khmer.' : '';
  const headlines = report.tickerHeadlines;
  store.notify({
    tone: 'info',
    text: `Filled in from the pasted page: ${parts.join(', ')}.${language}${
      headlines.length > 0
        ? ` It starts with ${headlines.length} ticker ${headlines.length === 1 ? 'headline' : 'headlines'}.`
        : ''
    }`,
    action:
      headlines.length > 0
        ? {
            label: `Add ${headlines.length} to the ticker`,
            run: () => {
              api.addTickerItems({ items: headlines.map((text) => ({ text })) }).then(
                () =>
                  store.notify({
                    tone: 'info',
                    text: `${headlines.length} headlines added to the ticker.`,
                  }),
                (caught) =>
                  store.notify({
                    tone: 'error',
                    text: `Could not add to the ticker: ${messageOf(caught)}`,
                  }),
              );
            },
          }
        : undefined,
  });
  for (const notice of report.notices) store.notify({ tone: 'warning', text: notice });
}
