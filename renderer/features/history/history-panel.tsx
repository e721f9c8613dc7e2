// "History": the article's earlier versions, what changed since each, and putting one back.
// Restoring is itself kept as a version, so it can be undone from the same list.
import { useCallback, useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Article } from '../../../shared/article';
import type { VersionSummary } from '../../../shared/history';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { formatMessageOf, message, type Message } from '../../i18n/message';
import { statusLabel } from '../../lib/article-words';
import { formatFull, formatRelative } from '../../lib/format';
import { useObservable, useQuietAfter, type Observable } from '../../lib/observable';
import type { SaveState } from '../../lib/save-queue';
import { useAppStore } from '../../store';
import './history.css';
import { comparableText, diffVersions, type VersionDiff } from './version-diff';

const CLOSE_MARK = '✕';
const SPACE = ' ';

interface HistoryPanelProps {
  articleId: string;
  language: string;
  /** The writer's current text, saved or not. */
  readArticle: () => Article;
  /** Changes whenever the draft changes, so the comparison follows the typing. */
  draftVersion: Observable<number>;
  /** The article's save state: each save may have kept a version, so the list is read again. */
  saveState: Observable<SaveState>;
  /** Saves what is unsaved, and answers the revision now on disk. */
  flush: () => Promise<number>;
  /**
   * Puts the version back on top of `baseRevision` and answers the article as restored; the
   * library's restore by default. A desk article also writes it into its shared document.
   */
  restoreVersion?: (version: VersionSummary, baseRevision: number) => Promise<Article>;
  /** Opens the article again after a restore. */
  onRestored: (article: Article) => void;
  onClose: () => void;
}

export function HistoryPanel(props: HistoryPanelProps) {
  const { articleId, language, readArticle, draftVersion, flush, onRestored, onClose } = props;
  const restoreVersion =
    props.restoreVersion ??
    ((version: VersionSummary, baseRevision: number) =>
      api.restoreVersion({ id: articleId, versionId: version.versionId, baseRevision }));
  const saveState = useObservable(props.saveState);
  const [versions, setVersions] = useState<VersionSummary[]>();
  const [chosen, setChosen] = useState<VersionSummary>();
  // Kept as a message, so it is worded in the language the panel shows.
  const [error, setError] = useState<Message>();
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const labelId = useId();
  const t = useT();
  const intl = useIntl();

  const load = useCallback(async () => {
    try {
      setVersions(await api.listVersions({ id: articleId }));
    } catch (caught) {
      setError(message('history.list-failed', { reason: messageOf(caught) }));
    }
  }, [articleId]);
  useEffect(() => {
    if (saveState.kind === 'saved') void load();
  }, [load, saveState]);

  const saveVersion = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await flush();
      const kept = await api.saveVersion({ id: articleId, label: label.trim() || undefined });
      setLabel('');
      await load();
      setChosen(kept);
    } catch (caught) {
      setError(message('history.save-failed', { reason: messageOf(caught) }));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (version: VersionSummary) => {
    setBusy(true);
    setError(undefined);
    try {
      const restored = await restoreVersion(version, await flush());
      useAppStore.getState().notify({
        tone: 'info',
        message: message('history.restored', { takenAt: formatFull(version.takenAt) }),
      });
      onRestored(restored);
      // An editor that stays open (a desk article's) lists the version the restore kept.
      await load();
    } catch (caught) {
      setError(message('history.restore-failed', { reason: messageOf(caught) }));
    }
    setBusy(false);
  };

  return (
    <aside className="dialog side-panel history-panel" aria-labelledby="history-heading">
      <header>
        <h2 id="history-heading">{t('history.heading')}</h2>
        <button
          type="button"
          className="link-button"
          aria-label={t('history.close')}
          onClick={onClose}
        >
          {CLOSE_MARK}
        </button>
      </header>
      <form
        className="history-save"
        onSubmit={(event) => {
          event.preventDefault();
          void saveVersion();
        }}
      >
        <label htmlFor={labelId}>{t('history.label')}</label>
        <input
          id={labelId}
          value={label}
          maxLength={200}
          placeholder={t('history.label.placeholder')}
          onChange={(event) => setLabel(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {t('history.save')}
        </button>
      </form>
      {error && (
        <p role="alert" className="history-error">
          {formatMessageOf(intl, error)}
        </p>
      )}
      {versions?.length === 0 && <p className="history-empty">{t('history.empty')}</p>}
      <ul className="history-list" aria-label={t('history.list')}>
        {versions?.map((version) => (
          <li key={version.versionId}>
            <button
              type="button"
              aria-pressed={chosen?.versionId === version.versionId}
              onClick={() => setChosen(version)}
            >
              <time dateTime={version.takenAt} title={formatFull(version.takenAt, intl)}>
                {t('history.taken', {
                  full: formatFull(version.takenAt, intl),
                  relative: formatRelative(version.takenAt, Date.now(), intl),
                })}
              </time>
              <span className="history-label">
                {versionLabel(version, t)}
                {version.by && (
                  <>
                    {SPACE}
                    <span className="history-by">{t('history.by', { name: version.by })}</span>
                  </>
                )}
              </span>
              <span className="history-meta">
                <span className={`badge badge-${version.status}`}>
                  {statusLabel(t, version.status)}
                </span>
                {SPACE}
                {t('common.words', { count: version.words })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chosen && (
        <VersionChanges
          key={chosen.versionId}
          articleId={articleId}
          version={chosen}
          language={language}
          readArticle={readArticle}
          draftVersion={draftVersion}
          busy={busy}
          onRestore={() => void restore(chosen)}
        />
      )}
    </aside>
  );
}

interface VersionChangesProps {
  articleId: string;
  version: VersionSummary;
  language: string;
  readArticle: () => Article;
  draftVersion: Observable<number>;
  busy: boolean;
  onRestore: () => void;
}

function VersionChanges(props: VersionChangesProps) {
  const { articleId, version, language, readArticle, busy, onRestore } = props;
  const [earlier, setEarlier] = useState<Article>();
  const [error, setError] = useState('');
  const t = useT();

  useEffect(() => {
    api
      .getVersion({ id: articleId, versionId: version.versionId })
      .then(setEarlier, (caught) => setError(messageOf(caught)));
  }, [articleId, version.versionId]);

  // Compared at once, then again a second after typing stops: a long article takes a moment, and
  // nothing here re-renders while the writer types.
  const [diff, setDiff] = useState<VersionDiff>();
  const compare = useCallback(() => {
    if (!earlier) return;
    setDiff(diffVersions(comparableText(earlier), comparableText(readArticle()), earlier.language));
  }, [earlier, readArticle]);
  useEffect(compare, [compare]);
  useQuietAfter(props.draftVersion, 1_000, compare);

  return (
    <section className="history-changes" aria-label={t('history.changes')}>
      <h3>{t('history.since')}</h3>
      {error && <p role="alert">{error}</p>}
      {diff && (
        <>
          <p className="history-summary">
            {diff.tooDifferent
              ? t('history.too-different')
              : diff.added === 0 && diff.removed === 0
                ? t('history.same')
                : t(diff.byParagraph ? 'history.changed-by-paragraph' : 'history.changed', {
                    added: diff.added,
                    removed: diff.removed,
                  })}
          </p>
          <button type="button" onClick={onRestore} disabled={busy}>
            {t('history.restore')}
          </button>
          <div className="history-diff" lang={language}>
            {diff.parts.map((part, index) =>
              part.kind === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </div>
        </>
      )}
    </section>
  );
}

/**
 * A status change or a correction is named in the interface's language (the label the library
 * stores with it is English, for the command line); a writer's own label is shown as written.
 */
function versionLabel(version: VersionSummary, t: (id: string) => string): string {
  const named = version.reason === 'status' || version.reason === 'correction';
  return (!named && version.label) || t(`history.reason.${version.reason}`);
}
