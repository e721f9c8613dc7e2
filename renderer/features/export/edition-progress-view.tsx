// An edition on its way (a progress bar, "N of M", Cancel) and, once it has ended, what was
// written, what was left out and why, and the folder it is all in.
import { useId } from 'react';
import { countArticles } from './edition-selection';
import { useEditionStore, type EditionJob } from './edition-store';

const ENDINGS: Record<Exclude<EditionJob['state'], 'running'>, string> = {
  done: 'The edition is exported',
  cancelled: 'The edition was stopped',
  failed: 'The edition could not be finished',
};

export function EditionProgressView({ job }: { job: EditionJob }) {
  const labelId = useId();
  const stopping = useEditionStore((state) => state.stopping);
  const store = useEditionStore.getState();
  if (job.state === 'running') {
    return (
      <div className="edition-progress">
        <p id={labelId}>Exporting the edition</p>
        <progress aria-labelledby={labelId} max={Math.max(job.total, 1)} value={job.done} />
        {/* Not a live region: a large edition would announce every poll. */}
        <p>
          {job.done.toLocaleString()} of {countArticles(job.total)}
        </p>
        {stopping && <p className="edition-note">Stopping after the file being written…</p>}
        <div className="dialog-actions">
          <button type="button" disabled={stopping} onClick={() => void store.cancel()}>
            Cancel
          </button>
        </div>
      </div>
    );
  }

  const pages = job.written.filter((file) => file.articleId !== undefined);
  const others = job.written.filter((file) => file.articleId === undefined);
  return (
    <div className="edition-summary">
      <h3>{ENDINGS[job.state]}</h3>
      <p role="status">
        <strong>{countArticles(pages.length)} written</strong>
        {job.skipped.length > 0 && `, ${countArticles(job.skipped.length)} left out`}.
      </p>
      {/* How it ended, when it did not simply finish: what stopped it, and that files are kept. */}
      {job.state !== 'done' && <p>{job.summary}</p>}
      <p className="edition-folder">
        Folder: <code>{job.folder}</code>
      </p>
      {job.skipped.length > 0 && (
        <>
          <h4>Left out</h4>
          <ul aria-label="Left out">
            {job.skipped.map((skip) => (
              <li key={skip.articleId}>
                <strong>{skip.headline || 'Untitled article'}</strong>: {skip.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {job.written.length > 0 && (
        <details>
          <summary>Files written ({job.written.length})</summary>
          <ul aria-label="Files written">
            {[...pages, ...others].map((file) => (
              <li key={file.file}>
                <code>{file.file}</code>
                {file.headline && ` — ${file.headline}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => store.close()}>
          Close
        </button>
      </div>
    </div>
  );
}
