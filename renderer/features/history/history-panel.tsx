// "History": the article's earlier versions, what changed since each, and putting one back.
// Restoring is itself kept as a version, so it can be undone from the same list.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { STATUS_LABELS, type Article } from '../../../shared/article';
import { describeVersion, type VersionSummary } from '../../../shared/history';
import { api, messageOf } from '../../api/client';
import { formatCount, formatFull, formatRelative } from '../../lib/format';
import { useObservable, type Observable } from '../../lib/observable';
import type { SaveState } from '../../lib/save-queue';
import { useAppStore } from '../../store';
import './history.css';
import { comparableText, diffVersions, type VersionDiff } from './version-diff';

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
  /** Opens the article again after a restore. */
  onRestored: (article: Article) => void;
  onClose: () => void;
}

export function HistoryPanel(props: HistoryPanelProps) {
  const { articleId, language, readArticle, draftVersion, flush, onRestored, onClose } = props;
  const saveState = useObservable(props.saveState);
  const [versions, setVersions] = useState<VersionSummary[]>();
  const [chosen, setChosen] = useState<VersionSummary>();
  const [error, setError] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const labelId = useId();

  const load = useCallback(async () => {
    try {
      setVersions(await api.listVersions({ id: articleId }));
    } catch (caught) {
      setError(`Could not list the earlier versions: ${messageOf(caught)}`);
    }
  }, [articleId]);
  useEffect(() => {
    if (saveState.kind === 'saved') void load();
  }, [load, saveState]);

  const saveVersion = async () => {
    setBusy(true);
    setError('');
    try {
      await flush();
      const kept = await api.saveVersion({ id: articleId, label: label.trim() || undefined });
      setLabel('');
      await load();
      setChosen(kept);
    } catch (caught) {
      setError(`Could not save a version: ${messageOf(caught)}`);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (version: VersionSummary) => {
    setBusy(true);
    setError('');
    try {
      const baseRevision = await flush();
      const restored = await api.restoreVersion({
        id: articleId,
        versionId: version.versionId,
        baseRevision,
      });
      useAppStore.getState().notify({
        tone: 'info',
        text: `The version of ${formatFull(version.takenAt)} is back. The text it replaced is kept at the top of History.`,
      });
      onRestored(restored);
    } catch (caught) {
      setError(`Could not restore that version: ${messageOf(caught)}`);
      setBusy(false);
    }
  };

  return (
    <aside className="dialog side-panel history-panel" aria-labelledby="history-heading">
      <header>
        <h2 id="history-heading">History</h2>
        <button type="button" className="link-button" aria-label="Close History" onClick={onClose}>
          ✕
        </button>
      </header>
      <form
        className="history-save"
        onSubmit={(event) => {
          event.preventDefault();
          void saveVersion();
        }}
      >
        <label htmlFor={labelId}>Label (optional)</label>
        <input
          id={labelId}
          value={label}
          maxLength={200}
          placeholder="e.g. Before the lawyer’s read"
          onChange={(event) => setLabel(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          Save version
        </button>
      </form>
      {error && (
        <p role="alert" className="history-error">
          {error}
        </p>
      )}
      {versions?.length === 0 && (
        <p className="history-empty">
          No earlier versions yet. Dateline keeps one every five minutes of writing, at each status
          change, and whenever you save one.
        </p>
      )}
      <ul className="history-list" aria-label="Earlier versions">
        {versions?.map((version) => (
          <li key={version.versionId}>
            <button
              type="button"
              aria-pressed={chosen?.versionId === version.versionId}
              onClick={() => setChosen(version)}
            >
              <time dateTime={version.takenAt} title={formatFull(version.takenAt)}>
                {formatFull(version.takenAt)} · {formatRelative(version.takenAt)}
              </time>
              <span className="history-label">{describeVersion(version)}</span>
              <span className="history-meta">
                <span className={`badge badge-${version.status}`}>
                  {STATUS_LABELS[version.status]}
                </span>{' '}
                {formatCount(version.words, 'word')}
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
  const draft = useObservable(props.draftVersion);
  const [earlier, setEarlier] = useState<Article>();
  const [error, setError] = useState('');

  useEffect(() => {
    api
      .getVersion({ id: articleId, versionId: version.versionId })
      .then(setEarlier, (caught) => setError(messageOf(caught)));
  }, [articleId, version.versionId]);

  // Compared at once, then again a second after typing stops: a long article takes a moment.
  const [diff, setDiff] = useState<VersionDiff>();
  const compared = useRef(false);
  useEffect(() => {
    if (!earlier) return;
    const compare = () =>
      setDiff(
        diffVersions(comparableText(earlier), comparableText(readArticle()), earlier.language),
      );
    if (!compared.current) {
      compared.current = true;
      compare();
      return;
    }
    const timer = setTimeout(compare, 1_000);
    return () => clearTimeout(timer);
  }, [earlier, readArticle, draft]);

  return (
    <section className="history-changes" aria-label="Changes since this version">
      <h3>Since this version</h3>
      {error && <p role="alert">{error}</p>}
      {diff && (
        <>
          <p className="history-summary">
            {diff.tooDifferent
              ? 'Too different from the current text to show the changes; you can still restore it.'
              : diff.added === 0 && diff.removed === 0
                ? 'The same text as now.'
                : `${formatCount(diff.added, 'word')} added and ${formatCount(diff.removed, 'word')} removed since then${diff.byParagraph ? ' (shown paragraph by paragraph: too many changes to show word by word)' : ''}.`}
          </p>
          <button type="button" onClick={onRestore} disabled={busy}>
            Restore this version
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
