// What the version saved elsewhere changed, compared word by word with this window's text (the
// comparison History uses), shown in the conflict banner before the writer chooses. The writer may
// go on typing while the banner shows, so the comparison follows their text a moment after.
import { useEffect, useState } from 'react';
import type { ArticleFields } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useObservable, type Observable } from '../../lib/observable';
import { useT } from '../../i18n/intl-root';
import { CHECK_EVERY_MS } from './use-external-changes';
import { comparableText, diffVersions, type VersionDiff } from '../history/version-diff';
import './conflict-diff.css';

/** How long after the writer's last keystroke the comparison is made again. */
const COMPARE_AFTER_MS = 250;

interface ConflictDiffProps {
  articleId: string;
  readDraft: () => ArticleFields;
  /** Counts the writer's changes, so the comparison follows them. */
  draftVersion: Observable<number>;
}

export function ConflictDiff({ articleId, readDraft, draftVersion }: ConflictDiffProps) {
  const t = useT();
  const version = useObservable(draftVersion);
  const [diff, setDiff] = useState<{ changes: VersionDiff; language: string }>();
  const [error, setError] = useState('');

  // The other version is read again each time: the other window may still be saving.
  useEffect(() => {
    let current = true;
    const compare = () =>
      api.getArticle({ id: articleId }).then(
        (other) => {
          if (!current) return;
          const mine = comparableText(readDraft());
          const changes = diffVersions(mine, comparableText(other), other.language);
          setDiff({ changes, language: other.language });
          setError('');
        },
        (caught) => current && setError(t('conflict.diff-failed', { reason: messageOf(caught) })),
      );
    const first = setTimeout(() => void compare(), version === 0 || !diff ? 0 : COMPARE_AFTER_MS);
    const again = setInterval(() => void compare(), CHECK_EVERY_MS);
    return () => {
      current = false;
      clearTimeout(first);
      clearInterval(again);
    };
    // Made again when the writer's text changes; readDraft always reads the latest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId, version]);

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
