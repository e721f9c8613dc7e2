// Where the open article stands with its approval: who approved it and when; that it changed since
// and went back to Edited, with "Record as correction…" for a change that corrects published text;
// or why an approval was refused, listing the checklist's errors.
import { useId, useState, type FormEvent } from 'react';
import type { Article, ArticleStatus } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { formatFull } from '../../lib/format';
import { issueText } from '../preflight/issue-text';
import type { Workflow } from './use-workflow';
import './workflow.css';

interface ApprovalBannerProps {
  articleId: string;
  status: ArticleStatus;
  workflow: Workflow;
  /** Saves what is typed; answers the revision on disk. */
  ensureSaved: () => Promise<number>;
  onReload: (article: Article) => void;
  onOpenChecklist: () => void;
}

export function ApprovalBanner(props: ApprovalBannerProps) {
  const { articleId, status, workflow, ensureSaved, onReload, onOpenChecklist } = props;
  const t = useT();
  const { record, refusal, message } = workflow;
  const [correcting, setCorrecting] = useState(false);

  if (refusal && refusal.length > 0) {
    return (
      <div className="banner banner-error approval-refused" role="alert">
        <p>{t('workflow.refused', { count: refusal.length })}</p>
        <ul aria-label={t('workflow.refused-list')}>
          {refusal.map((issue, index) => (
            <li key={`${issue.rule}-${index}`}>{issueText(issue, t)}</li>
          ))}
        </ul>
        <div className="workflow-actions">
          <button type="button" onClick={onOpenChecklist}>
            {t('workflow.open-checklist')}
          </button>
          <button type="button" onClick={workflow.dismissRefusal}>
            {t('workflow.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  if (message) {
    return (
      <div className="banner banner-error" role="alert">
        <p>{message}</p>
      </div>
    );
  }
  const { approval, changedSinceApproval: changed } = record;
  if (status === 'approved' && approval) {
    const when = formatFull(approval.at);
    return (
      <div className="banner banner-info approval-banner" role="status">
        <p>
          {approval.by
            ? t('workflow.approved-by', { name: approval.by, when })
            : t('workflow.approved', { when })}
        </p>
        {record.corrections > 0 && (
          <p>{t('workflow.corrections', { count: record.corrections })}</p>
        )}
        {!approval.by && <p className="workflow-hint">{t('workflow.no-name')}</p>}
      </div>
    );
  }
  if (status !== 'edited' || !changed) return null;
  const when = formatFull(changed.at);
  return (
    <div className="banner banner-warning approval-banner" role="status">
      <p>
        {changed.by
          ? t('workflow.changed-by', { name: changed.by, when })
          : t('workflow.changed', { when })}
      </p>
      {correcting ? (
        <CorrectionForm
          articleId={articleId}
          ensureSaved={ensureSaved}
          onRecorded={onReload}
          onCancel={() => setCorrecting(false)}
        />
      ) : (
        <button type="button" onClick={() => setCorrecting(true)}>
          {t('workflow.record')}
        </button>
      )}
    </div>
  );
}

interface CorrectionFormProps {
  articleId: string;
  ensureSaved: () => Promise<number>;
  onRecorded: (article: Article) => void;
  onCancel: () => void;
}

function CorrectionForm({ articleId, ensureSaved, onRecorded, onCancel }: CorrectionFormProps) {
  const t = useT();
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    setBusy(true);
    setError('');
    try {
      const baseRevision = await ensureSaved();
      onRecorded(await api.recordCorrection({ id: articleId, baseRevision, note: note.trim() }));
    } catch (caught) {
      setError(t('workflow.failed', { reason: messageOf(caught) }));
      setBusy(false);
    }
  };

  return (
    <form className="correction-form" onSubmit={submit}>
      <label htmlFor={id}>{t('workflow.note')}</label>
      <textarea
        id={id}
        value={note}
        rows={2}
        maxLength={2000}
        required
        aria-describedby={`${id}-hint`}
        placeholder={t('workflow.note-placeholder')}
        onChange={(event) => setNote(event.target.value)}
        autoFocus
      />
      <p id={`${id}-hint`} className="workflow-hint">
        {t('workflow.note-hint')}
      </p>
      {error && (
        <p className="workflow-error" role="alert">
          {error}
        </p>
      )}
      <div className="workflow-actions">
        <button type="submit" disabled={busy || !note.trim()}>
          {t('workflow.save-correction')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
