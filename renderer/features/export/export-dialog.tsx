// Export of the open article: the format, the preflight result (errors stop the export unless the
// editor ticks "Export anyway"), and where the file went. The web host's file arrives as a download.
import { useEffect, useState } from 'react';
import type { ExportArticleResult, ExportFormat } from '../../../shared/api/contract';
import type { Article } from '../../../shared/article';
import type { PreflightReport } from '../../../shared/preflight/types';
import { api, messageOf } from '../../api/client';
import { CopyHtmlButton } from './copy-html-button';
import { downloadFile } from './download';
import './export-dialog.css';
import { issueText } from '../preflight/issue-text';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'page', label: 'Web page (publish-ready HTML)' },
  { value: 'fragment', label: 'Body only (HTML to paste into a CMS)' },
  { value: 'text', label: 'Plain text' },
  { value: 'ninjs', label: 'ninjs (for agency systems)' },
];

interface ExportDialogProps {
  articleId: string;
  /** Saves the open article first, so what is exported is what is on screen. */
  flush: () => Promise<void>;
  /** The unsaved draft, for "Copy HTML". */
  readArticle: () => Article;
  onClose: () => void;
}

export function ExportDialog({ articleId, flush, readArticle, onClose }: ExportDialogProps) {
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
      announce(await api.exportArticle({ id: articleId, format, override }), setMessage);
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
      aria-label="Export"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <header>
        <h2>Export</h2>
        <button type="button" className="link-button" aria-label="Close export" onClick={onClose}>
          ✕
        </button>
      </header>
      <fieldset>
        <legend>Format</legend>
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
            {option.label}
          </label>
        ))}
      </fieldset>
      {!report && !message && <p>Checking the article…</p>}
      {report && (
        <div className="export-check">
          <p>
            {report.errors === 0 && report.warnings === 0
              ? 'Ready: the check found nothing to fix.'
              : `The check found ${report.errors} ${report.errors === 1 ? 'error' : 'errors'} and ${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}.`}
          </p>
          <ul aria-label="Problems found">
            {report.issues.map((issue, index) => (
              <li key={index} className={`preflight-${issue.severity}`}>
                {issue.severity === 'error' ? 'Error: ' : 'Warning: '}
                {issueText(issue)}
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
              Export anyway, with these errors
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
          Export
        </button>
        <CopyHtmlButton readArticle={readArticle} />
      </div>
      <p className="export-message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

function announce(result: ExportArticleResult, say: (text: string) => void): void {
  if (result.kind === 'cancelled') return;
  if (result.kind === 'saved') {
    say(`Exported to ${result.path}.`);
    return;
  }
  downloadFile(result);
  say(`Downloaded ${result.fileName}.`);
}
