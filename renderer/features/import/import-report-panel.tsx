// What an import recognised, field by field, with its notices and the ticker offer. Shown after
// a file import, and reusable after a page is pasted into an empty article.
import { useId } from 'react';
import type { ImportReport } from '../../../shared/import/types';
import { useT } from '../../i18n/intl-root';
import './import.css';
import { reportRows } from './report-rows';
import { TickerOffer } from './ticker-offer';

export interface ImportReportPanelProps {
  report: ImportReport;
  /** For example "Imported story.txt" or "Filled in from the pasted page". */
  title: string;
  onClose: () => void;
}

const CLOSE_MARK = '✕';

export function ImportReportPanel({ report, title, onClose }: ImportReportPanelProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="dialog import-panel" aria-labelledby={headingId}>
      <header className="import-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="link-button"
          aria-label={t('import.closeReport')}
          onClick={onClose}
        >
          {CLOSE_MARK}
        </button>
      </header>
      <dl className="import-found">
        {reportRows(report, t).map((row) => (
          <div key={row.label} className={row.found ? undefined : 'import-missing'}>
            <dt>{row.label}</dt>
            <dd lang={row.lang}>{row.value}</dd>
          </div>
        ))}
      </dl>
      {report.notices.length > 0 && (
        <ul className="import-notices">
          {report.notices.map((notice, index) => (
            <li key={index}>{notice}</li>
          ))}
        </ul>
      )}
      {report.tickerHeadlines.length > 0 && (
        <TickerOffer headlines={report.tickerHeadlines} lang={report.recognised.language} />
      )}
    </section>
  );
}
