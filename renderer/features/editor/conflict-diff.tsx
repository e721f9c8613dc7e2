// What the version saved elsewhere changed, compared word by word with this window's text (the
// comparison History uses), shown in the conflict banner before the writer chooses.
import { useEffect, useState } from 'react';
import type { ArticleFields } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { comparableText, diffVersions, type VersionDiff } from '../history/version-diff';
import './conflict-diff.css';

interface ConflictDiffProps {
  articleId: string;
  readDraft: () => ArticleFields;
}

export function ConflictDiff({ articleId, readDraft }: ConflictDiffProps) {
  const t = useT();
  const [diff, setDiff] = useState<{ changes: VersionDiff; language: string }>();
  const [error, setError] = useState('');

  useEffect(() => {
    let current = true;
    api.getArticle({ id: articleId }).then(
      (other) => {
        if (!current) return;
        const mine = readDraft();
        const changes = diffVersions(comparableText(mine), comparableText(other), other.language);
        setDiff({ changes, language: other.language });
      },
      (caught) => current && setError(t('conflict.diff-failed', { reason: messageOf(caught) })),
    );
    return () => {
      current = false;
    };
    // Compared once, when the banner appears: the writer reads it before choosing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  if (error) return <p>{error}</p>;
  if (!diff) return null;
  const { changes, language } = diff;
  return (
    <section className="conflict-diff" aria-label={t('conflict.diff')}>
      <p className="conflict-diff-summary">
        {changes.tooDifferent
          ? t('conflict.too-different')
          : changes.added === 0 && changes.removed === 0
            ? t('conflict.same')
            : t('conflict.changed', { added: changes.added, removed: changes.removed })}
      </p>
      {changes.parts.some((part) => part.kind !== 'same') && (
        <div className="conflict-diff-text" lang={language} tabIndex={0}>
          {changes.parts.map((part, index) =>
            part.kind === 'added' ? (
              <ins key={index}>{part.text}</ins>
            ) : part.kind === 'removed' ? (
              <del key={index}>{part.text}</del>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </div>
      )}
    </section>
  );
}
