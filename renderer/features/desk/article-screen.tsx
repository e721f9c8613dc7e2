// Opens an article in the right editor: a desk article (on the desk now, or with its shared
// document kept on this computer) in the desk editor, any other in the library's editor.
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { EditorScreen } from '../editor/editor-screen';
import { DeskArticleEditor } from './desk-article-editor';
import { useDeskStore } from './desk-store';

export function ArticleScreen({ id }: { id: string }) {
  const onDesk = useDeskStore((state) => id in state.entries);
  const connection = useDeskStore((state) => state.connection);
  const [keptHere, setKeptHere] = useState<boolean>();
  useEffect(() => {
    let current = true;
    setKeptHere(undefined);
    api.readDeskState({ id }).then(
      (state) => current && setKeptHere(state !== null),
      () => current && setKeptHere(false),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (keptHere === undefined && !onDesk) return null;
  if (connection && (onDesk || keptHere)) return <DeskArticleScreen id={id} />;
  return <EditorScreen id={id} />;
}

function DeskArticleScreen({ id }: { id: string }) {
  const t = useT();
  const connection = useDeskStore((state) => state.connection)!;
  const [article, setArticle] = useState<Article>();
  const [error, setError] = useState('');
  useEffect(() => {
    let current = true;
    api.openDeskCopy({ id }).then(
      (opened) => current && setArticle(opened),
      (caught) => current && setError(messageOf(caught)),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (error) {
    return (
      <p className="screen-message" role="alert">
        {error}
      </p>
    );
  }
  if (!article) return <p className="screen-message">{t('desk.sync.opening')}</p>;
  return (
    <DeskArticleEditor
      key={`${id}:${connection.token}`}
      article={article}
      connection={connection}
    />
  );
}
