// The open article's place in the workflow beyond its status: who approved it and when, whether it
// changed since, its corrections, and an approval the checklist refused. Approving runs the
// checklist first; the library refuses it too, and returns an edited approved article to Edited,
// which the draft then follows.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ActRecord, Article, ArticleStatus } from '../../../shared/article';
import { preflight } from '../../../shared/preflight/preflight';
import type { PreflightIssue } from '../../../shared/preflight/types';
import { api, messageOf } from '../../api/client';
import { t } from '../../i18n/intl';
import { useAppStore } from '../../store';
import type { SaveHooks } from '../editor/use-save-session';

export interface WorkflowRecord {
  approval?: ActRecord;
  changedSinceApproval?: ActRecord;
  corrections: number;
}

const recordOf = (article: Article): WorkflowRecord => ({
  ...(article.approval ? { approval: article.approval } : {}),
  ...(article.changedSinceApproval ? { changedSinceApproval: article.changedSinceApproval } : {}),
  corrections: article.corrections?.length ?? 0,
});

export function useWorkflow(article: Article, adoptStatus: (status: ArticleStatus) => void) {
  const { id } = article;
  const [record, setRecord] = useState(() => recordOf(article));
  const [refusal, setRefusal] = useState<PreflightIssue[]>();
  const [message, setMessage] = useState('');
  const savedStatus = useRef(article.status);

  const refresh = useCallback(() => {
    api.getArticle({ id }).then(
      (current) => setRecord(recordOf(current)),
      () => undefined,
    );
  }, [id]);

  const showRefusal = useCallback(async () => {
    try {
      const report = await api.preflightArticle({ id });
      const errors = report.issues.filter((issue) => issue.severity === 'error');
      setRefusal(errors);
      return errors.length > 0;
    } catch (error) {
      setMessage(t('workflow.check-failed', { reason: messageOf(error) }));
      return true;
    }
  }, [id]);

  const saveHooks = useMemo<SaveHooks>(
    () => ({
      onSaved: (summary, sent) => {
        const before = savedStatus.current;
        savedStatus.current = summary.status;
        // The library moved the status (an approved article edited goes back to Edited).
        if (summary.status !== sent.status) adoptStatus(summary.status);
        if (summary.status !== before) refresh();
      },
      onApprovalRefused: () => {
        adoptStatus(savedStatus.current);
        void showRefusal();
      },
    }),
    [adoptStatus, refresh, showRefusal],
  );

  /**
   * Approves at once unless the checklist finds errors in the draft, which are shown instead; the
   * library checks again (with the ticker too) and refuses what slips through.
   */
  const approve = (draft: Article, commit: () => void) => {
    setMessage('');
    const live = new Set(
      useAppStore
        .getState()
        .articles.filter((summary) => !summary.trashedAt)
        .map((summary) => summary.id),
    );
    const report = preflight(draft, { articleExists: (linked) => live.has(linked) });
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    setRefusal(errors);
    if (errors.length === 0) commit();
  };

  return {
    record,
    refusal,
    message,
    setMessage,
    dismissRefusal: () => setRefusal(undefined),
    saveHooks,
    approve,
  };
}

export type Workflow = ReturnType<typeof useWorkflow>;
