// What the version saved elsewhere changed, compared word by word with this window's text (the
// comparison History uses), shown in the conflict banner before the writer chooses. The writer may
// go on typing while the banner shows, so the comparison follows their text a moment after.
import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleFields } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useQuietAfter, type Observable } from '../../lib/observable';
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
  const [diff, setDiff] = useState<{ changes: VersionDiff; language: string }>();
  const [error, setError] = useState('');

  // The other version, read again only when its revision on disk moves (the other window may
  // still be saving); the comparison is made again when either side changes.
  const [other, setOther] = useState<Article>();
  useEffect(() => {
    let current = true;
    let known: number | undefined;
    const failed = (caught: unknown) =>
      current && setError(t('conflict.diff-failed', { reason: messageOf(caught) }));
    const read = () =>
      api.getArticle({ id: articleId }).then((found) => {
        if (!current) return;
        known = found.revision;
        setOther(found);
        setError('');
      }, failed);
    const check = () =>
      api.getRevisionOnDisk({ id: articleId }).then((onDisk) => {
        if (current && onDisk.revision !== null && onDisk.revision !== known) void read();
      }, failed);
    void read();
    const again = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      current = false;
      clearInterval(again);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  // Compared at once for each version read, and again a moment after the writer's last
  // keystroke; nothing here re-renders while the writer types.
  const compare = useCallback(() => {
    if (!other) return;
    const mine = comparableText(readDraft());
    setDiff({
      changes: diffVersions(mine, comparableText(other), other.language),
      language: other.language,
    });
  }, [other, readDraft]);
  useEffect(compare, [compare]);
  useQuietAfter(draftVersion, COMPARE_AFTER_MS, compare);

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
