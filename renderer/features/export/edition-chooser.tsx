// The first step of an edition export: which articles, what the check says about them, and
// whether articles with errors go out anyway.
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { EditionPicker } from './edition-picker';
import {
  checkRequest,
  editionSelection,
  selectedArticles,
  summarizeChecks,
  type EditionChoice,
} from './edition-selection';
import { useEditionStore } from './edition-store';
import { useEditionCheck, type EditionCheck } from './use-edition-check';
import { issueText } from '../preflight/issue-text';

const CHOICES: { value: EditionChoice; label: string }[] = [
  { value: 'approved', label: 'export.choiceApproved' },
  { value: 'past-draft', label: 'export.choicePastDraft' },
  { value: 'chosen', label: 'export.choiceChosen' },
];

export function EditionChooser() {
  const t = useT();
  const articles = useAppStore((state) => state.articles);
  const starting = useEditionStore((state) => state.starting);
  const [choice, setChoice] = useState<EditionChoice>('approved');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [override, setOverride] = useState(false);

  const counts = useMemo(
    () =>
      Object.fromEntries(
        CHOICES.map(({ value }) => [value, selectedArticles(articles, value, chosen).length]),
      ) as Record<EditionChoice, number>,
    [articles, chosen],
  );
  const selected = useMemo(
    () => selectedArticles(articles, choice, chosen),
    [articles, choice, chosen],
  );
  const check = useEditionCheck(checkRequest(choice, selected));
  const start = () =>
    void useEditionStore.getState().start(editionSelection(choice, selected), override);

  return (
    <>
      <fieldset>
        <legend>{t('export.whichArticles')}</legend>
        {CHOICES.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="edition-choice"
              value={option.value}
              checked={choice === option.value}
              onChange={() => setChoice(option.value)}
            />
            {t('export.choiceCount', { choice: t(option.label), count: counts[option.value] })}
          </label>
        ))}
      </fieldset>
      {choice === 'chosen' && (
        <EditionPicker articles={articles} chosen={chosen} onChange={setChosen} />
      )}
      {selected.length > 0 && (
        <CheckSummaryView check={check} override={override} onOverride={setOverride} />
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={selected.length === 0 || check.state === 'checking' || starting}
          onClick={start}
        >
          {t('export.exportArticles', { count: selected.length })}
        </button>
        <button type="button" onClick={() => useEditionStore.getState().close()}>
          {t('common.cancel')}
        </button>
      </div>
      {selected.length === 0 && <p className="edition-note">{t('export.noneChosen')}</p>}
    </>
  );
}

interface CheckSummaryViewProps {
  check: EditionCheck;
  override: boolean;
  onOverride: (override: boolean) => void;
}

function CheckSummaryView({ check, override, onOverride }: CheckSummaryViewProps) {
  const t = useT();
  if (check.state === 'checking') {
    return <p className="edition-note">{t('export.checkingArticles')}</p>;
  }
  if (check.state === 'failed') {
    return <p role="alert">{t('export.checkFailed', { reason: check.message })}</p>;
  }
  const summary = summarizeChecks(check.reports);
  const ready = summary.checked - summary.blocked.length;
  return (
    <div className="export-check" aria-label={t('export.checkLabel')} role="group">
      <p>
        {summary.blocked.length === 0
          ? t('export.allPass', { count: summary.checked })
          : t('export.somePass', { ready, blocked: summary.blocked.length })}
        {summary.withWarnings > 0 && (
          <> {t('export.warningsOnly', { count: summary.withWarnings })}</>
        )}
      </p>
      {summary.blocked.length > 0 && (
        <>
          <ul aria-label={t('export.withErrors')}>
            {summary.blocked.map((report) => (
              <li key={report.articleId} className="preflight-error">
                <strong>{report.headline || t('article.untitled')}</strong>
                {t('export.reasonSeparator')}
                {report.issues
                  .filter((issue) => issue.severity === 'error')
                  .map((issue) => issueText(issue, t))
                  .join(' ')}
              </li>
            ))}
          </ul>
          <label className="export-override">
            <input
              type="checkbox"
              checked={override}
              onChange={(event) => onOverride(event.target.checked)}
            />
            {t('export.anyway')}
          </label>
          {!override && <p className="edition-note">{t('export.leftOutNote')}</p>}
        </>
      )}
    </div>
  );
}
