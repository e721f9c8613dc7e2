// "Before publishing": the preflight checklist of the open article, from its unsaved draft.
// Each entry says where the problem is; choosing it takes the writer there.
import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import { preflight } from '../../../shared/preflight/preflight';
import type { PreflightIssue, PreflightReport } from '../../../shared/preflight/types';
import type { Ticker } from '../../../shared/ticker';
import { api } from '../../api/client';
import { useQuietAfter, type Observable } from '../../lib/observable';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { issueText } from './issue-text';
import './preflight.css';

const CLOSE_MARK = '✕';
/** How long the list waits after a change (or a pause in typing) before checking again. */
const CHECK_DELAY_MS = 150;

interface PreflightPanelProps {
  readArticle: () => Article;
  /** Changes whenever the draft changes, so the list is checked again. */
  version: Observable<number>;
  onGoTo: (issue: PreflightIssue) => void;
  onClose: () => void;
}

export function PreflightPanel(props: PreflightPanelProps) {
  const { readArticle, onGoTo, onClose } = props;
  const t = useT();
  const articles = useAppStore((state) => state.articles);
  const [ticker, setTicker] = useState<Ticker>();
  const [report, setReport] = useState<PreflightReport>();

  useEffect(() => {
    api.getTicker({}).then(setTicker, () => setTicker(undefined));
  }, []);

  const check = useCallback(() => {
    const ids = new Set(articles.map((article) => article.id));
    setReport(preflight(readArticle(), { articleExists: (id) => ids.has(id), ticker }));
  }, [articles, ticker, readArticle]);
  useEffect(() => {
    const timer = setTimeout(check, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [check]);
  // Checked again once typing pauses; nothing re-renders while it goes on.
  useQuietAfter(props.version, CHECK_DELAY_MS, check);

  return (
    <aside className="dialog side-panel preflight-panel" aria-labelledby="preflight-heading">
      <header>
        <h2 id="preflight-heading">{t('preflight.heading')}</h2>
        <button
          type="button"
          className="link-button"
          aria-label={t('preflight.close')}
          onClick={onClose}
        >
          {CLOSE_MARK}
        </button>
      </header>
      {report && (
        <p className="preflight-summary" aria-live="polite">
          {report.errors === 0 && report.warnings === 0
            ? t('preflight.ready')
            : t('preflight.summary', { errors: report.errors, warnings: report.warnings })}
        </p>
      )}
      <ul className="preflight-list" aria-label={t('preflight.list')}>
        {report?.issues.map((issue, index) => (
          <li key={`${issue.rule}-${index}`} className={`preflight-${issue.severity}`}>
            <button type="button" onClick={() => onGoTo(issue)}>
              <span className="preflight-severity">
                {t(`preflight.severity.${issue.severity}`)}
              </span>
              {issueText(issue, t)}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
