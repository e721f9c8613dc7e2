// Export of the open article: the format, the preflight result (errors stop the export unless the
// editor ticks "Export anyway"), and where the file went. The web host's file arrives as a download.
import { useEffect, useState } from 'react';
import type { ExportArticleResult, ExportFormat } from '../../../shared/api/contract';
import type { Article } from '../../../shared/article';
import type { PreflightReport } from '../../../shared/preflight/types';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { CopyHtmlButton } from './copy-html-button';
import { downloadFile } from './download';
import './export-dialog.css';
import { issueText } from '../preflight/issue-text';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'page', label: 'export.formatPage' },
  { value: 'fragment', label: 'export.formatFragment' },
  { value: 'text', label: 'export.formatText' },
  { value: 'ninjs', label: 'export.formatNinjs' },
];

const CLOSE_MARK = '✕';

interface ExportDialogProps {
  articleId: string;
  /** Saves the open article first, so what is exported is what is on screen. */
  flush: () => Promise<void>;
  /** The unsaved draft, for "Copy HTML". */
  readArticle: () => Article;
  onClose: () => void;
}

export function ExportDialog({ articleId, flush, readArticle, onClose }: ExportDialogProps) {
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('page');
  const [report, setReport] = useState<PreflightReport>();
  const [override, setOverride] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void flush()
      .then(() => api.preflightArticle({ id: articleId }))
      .then(
        (checked) => current && setReport(checked),
        (error) => current && setMessage(messageOf(error)),
      );
    return () => {
      current = false;
    };
  }, [articleId, flush]);

  const blocked = (report?.errors ?? 0) > 0 && !override;
  const run = async () => {
    setBusy(true);
    setMessage('');
    try {
      await flush();
      setMessage(announce(await api.exportArticle({ id: articleId, format, override }), t));
    } catch (error) {
      setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="dialog export-dialog"
      role="dialog"
      aria-label={t('export.title')}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <header>
        <h2>{t('export.title')}</h2>
        <button
          type="button"
          className="link-button"
          aria-label={t('export.close')}
          onClick={onClose}
        >
          {CLOSE_MARK}
        </button>
      </header>
      <fieldset>
        <legend>{t('export.format')}</legend>
        {FORMATS.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="export-format"
              value={option.value}
              checked={format === option.value}
              // The dialog takes the focus on opening, on the format already chosen.
              autoFocus={option.value === 'page'}
              onChange={() => setFormat(option.value)}
            />
            {t(option.label)}
          </label>
        ))}
      </fieldset>
      {!report && !message && <p>{t('export.checkingArticle')}</p>}
      {report && (
        <div className="export-check">
          <p>
            {report.errors === 0 && report.warnings === 0
              ? t('export.ready')
              : t('export.found', { errors: report.errors, warnings: report.warnings })}
          </p>
          <ul aria-label={t('export.problems')}>
            {report.issues.map((issue, index) => (
              <li key={index} className={`preflight-${issue.severity}`}>
                {t(issue.severity === 'error' ? 'export.error' : 'export.warning', {
                  text: issueText(issue, t),
                })}
              </li>
            ))}
          </ul>
          {report.errors > 0 && (
            <label className="export-override">
              <input
                type="checkbox"
                checked={override}
                onChange={(event) => setOverride(event.target.checked)}
              />
              {t('export.anyway')}
            </label>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={!report || blocked || busy}
          onClick={() => void run()}
        >
          {t('export.run')}
        </button>
        <CopyHtmlButton readArticle={readArticle} />
      </div>
      <p className="export-message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

/** What the export did, in words; a download is handed to the browser first. */
function announce(
  result: ExportArticleResult,
  t: (id: string, values?: Record<string, string>) => string,
): string {
  if (result.kind === 'cancelled') return '';
  if (result.kind === 'saved') return t('export.savedTo', { path: result.path });
  downloadFile(result);
  return t('export.downloaded', { file: result.fileName });
}
