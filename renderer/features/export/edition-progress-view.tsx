// An edition on its way (a progress bar, "N of M", Cancel) and, once it has ended, what was
// written, what was left out and why, and the folder it is all in.
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { wordError } from '../../api/error-words';
import { useT } from '../../i18n/intl-root';
import { useEditionStore, type EditionJob } from './edition-store';
import { leftOutReason } from './left-out-reason';

const ENDINGS: Record<Exclude<EditionJob['state'], 'running'>, string> = {
  done: 'export.editionDone',
  cancelled: 'export.editionCancelled',
  failed: 'export.editionFailed',
};

export function EditionProgressView({ job }: { job: EditionJob }) {
  const t = useT();
  const intl = useIntl();
  const labelId = useId();
  const stopping = useEditionStore((state) => state.stopping);
  const store = useEditionStore.getState();
  if (job.state === 'running') {
    return (
      <div className="edition-progress">
        <p id={labelId}>{t('export.editionRunning')}</p>
        <progress aria-labelledby={labelId} max={Math.max(job.total, 1)} value={job.done} />
        {/* Not a live region: a large edition would announce every poll. */}
        <p>{t('export.editionProgress', { done: job.done, total: job.total })}</p>
        {stopping && <p className="edition-note">{t('export.editionStopping')}</p>}
        <div className="dialog-actions">
          <button type="button" disabled={stopping} onClick={() => void store.cancel()}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }

  const pages = job.written.filter((file) => file.articleId !== undefined);
  const written = t('export.editionWritten', { count: pages.length });
  const left = job.skipped.length;
  const others = job.written.filter((file) => file.articleId === undefined);
  return (
    <div className="edition-summary">
      <h3>{t(ENDINGS[job.state])}</h3>
      <p role="status">
        <strong>{written}</strong>
        {t('export.editionLeftOutTail', { count: left })}
      </p>
      {/* How it ended, when it did not simply finish: what stopped it, and that files are kept. */}
      {job.state === 'cancelled' && (
        <p>{t('export.editionStoppedDetail', { count: job.written.length })}</p>
      )}
      {job.state === 'failed' && (
        <p>
          {t('export.editionFailedDetail', {
            reason: wordError(
              job.failure ?? { code: 'internal', message: job.summary, reason: 'edition-internal' },
              intl,
            ),
            count: job.written.length,
          })}
        </p>
      )}
      <p className="edition-folder">
        {t('export.editionFolder')} <code>{job.folder}</code>
      </p>
      {job.skipped.length > 0 && (
        <>
          <h4>{t('export.editionLeftOut')}</h4>
          <ul aria-label={t('export.editionLeftOut')}>
            {job.skipped.map((skip) => (
              <li key={skip.articleId}>
                <strong>{skip.headline || t('article.untitled')}</strong>
                {t('export.reasonSeparator')}
                {leftOutReason(skip, intl)}
              </li>
            ))}
          </ul>
        </>
      )}
      {job.written.length > 0 && (
        <details>
          <summary>{t('export.filesWritten', { count: job.written.length })}</summary>
          <ul aria-label={t('export.filesWrittenLabel')}>
            {[...pages, ...others].map((file) => (
              <li key={file.file}>
                <code>{file.file}</code>
                {file.headline && t('export.fileHeadline', { headline: file.headline })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => store.close()}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
