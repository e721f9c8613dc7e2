// Opens one article from the library and hands it to the editor.
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { ArticleEditor } from './article-editor';

export function EditorScreen({ id }: { id: string }) {
  const [article, setArticle] = useState<Article>();
  const [error, setError] = useState('');

  useEffect(() => {
    let current = true;
    setArticle(undefined);
    setError('');
    api.getArticle({ id }).then(
      (loaded) => current && setArticle(loaded),
      (caught) => current && setError(messageOf(caught)),
    );
    return () => {
      current = false;
    };
  }, [id]);

  if (error)
    return (
      <p className="screen-message" role="alert">
        {error}
      </p>
    );
  if (!article) return <p className="screen-message">Opening the article…</p>;
  return <ArticleEditor key={article.id} article={article} />;
}
