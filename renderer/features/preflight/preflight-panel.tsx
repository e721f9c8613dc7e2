// "Before publishing": the preflight checklist of the open article, from its unsaved draft.
// Each entry says where the problem is; choosing it takes the writer there.
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import { preflight } from '../../../shared/preflight/preflight';
import type { PreflightIssue, PreflightReport } from '../../../shared/preflight/types';
import type { Ticker } from '../../../shared/ticker';
import { api } from '../../api/client';
import { useObservable, type Observable } from '../../lib/observable';
import { useAppStore } from '../../store';
import './preflight.css';

interface PreflightPanelProps {
  readArticle: () => Article;
  /** Changes whenever the draft changes, so the list is checked again. */
  version: Observable<number>;
  onGoTo: (issue: PreflightIssue) => void;
  onClose: () => void;
}

export function PreflightPanel(props: PreflightPanelProps) {
  const { readArticle, onGoTo, onClose } = props;
  const version = useObservable(props.version);
  const articles = useAppStore((state) => state.articles);
  const [ticker, setTicker] = useState<Ticker>();
  const [report, setReport] = useState<PreflightReport>();

  useEffect(() => {
    api.getTicker({}).then(setTicker, () => setTicker(undefined));
  }, []);

  useEffect(() => {
    const ids = new Set(articles.map((article) => article.id));
    const timer = setTimeout(() => {
      setReport(preflight(readArticle(), { articleExists: (id) => ids.has(id), ticker }));
    }, 150);
    return () => clearTimeout(timer);
  }, [articles, ticker, version, readArticle]);

  return (
    <aside className="dialog side-panel preflight-panel" aria-labelledby="preflight-heading">
      <header>
        <h2 id="preflight-heading">Before publishing</h2>
        <button
          type="button"
          className="link-button"
          aria-label="Close the checklist"
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      {report && (
        <p className="preflight-summary" aria-live="polite">
          {report.errors === 0 && report.warnings === 0
            ? 'Ready to publish: nothing to fix.'
            : `${count(report.errors, 'error')} and ${count(report.warnings, 'warning')}.`}
        </p>
      )}
      <ul className="preflight-list" aria-label="Checklist">
        {report?.issues.map((issue, index) => (
          <li key={`${issue.rule}-${index}`} className={`preflight-${issue.severity}`}>
            <button type="button" onClick={() => onGoTo(issue)}>
              <span className="preflight-severity">
                {issue.severity === 'error' ? 'Error' : 'Warning'}
              </span>
              {issue.message}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function count(value: number, noun: string): string {
  return `${value} ${value === 1 ? noun : `${noun}s`}`;
}
