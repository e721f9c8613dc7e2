// The first step of an edition export: which articles, what the check says about them, and
// whether articles with errors go out anyway.
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store';
import { EditionPicker } from './edition-picker';
import {
  checkRequest,
  countArticles,
  editionSelection,
  selectedArticles,
  summarizeChecks,
  type EditionChoice,
} from './edition-selection';
import { useEditionStore } from './edition-store';
import { useEditionCheck, type EditionCheck } from './use-edition-check';
import { issueText } from '../preflight/issue-text';

const CHOICES: { value: EditionChoice; label: string }[] = [
  { value: 'approved', label: 'Approved articles' },
  { value: 'past-draft', label: 'Everything ready for edit, edited or approved' },
  { value: 'chosen', label: 'Articles I choose' },
];

export function EditionChooser() {
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
        <legend>Which articles</legend>
        {CHOICES.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="edition-choice"
              value={option.value}
              checked={choice === option.value}
              onChange={() => setChoice(option.value)}
            />
            {option.label} ({counts[option.value].toLocaleString()})
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
          Export {countArticles(selected.length)}
        </button>
        <button type="button" onClick={() => useEditionStore.getState().close()}>
          Cancel
        </button>
      </div>
      {selected.length === 0 && <p className="edition-note">No article is chosen yet.</p>}
    </>
  );
}

interface CheckSummaryViewProps {
  check: EditionCheck;
  override: boolean;
  onOverride: (override: boolean) => void;
}

function CheckSummaryView({ check, override, onOverride }: CheckSummaryViewProps) {
  if (check.state === 'checking') return <p className="edition-note">Checking the articles…</p>;
  if (check.state === 'failed') {
    return <p role="alert">Could not check the articles: {check.message}</p>;
  }
  const summary = summarizeChecks(check.reports);
  const ready = summary.checked - summary.blocked.length;
  return (
    <div className="export-check" aria-label="Check before exporting" role="group">
      <p>
        {summary.blocked.length === 0
          ? summary.checked === 1
            ? 'The article passes the check.'
            : `All ${countArticles(summary.checked)} pass the check.`
          : `${countArticles(ready)} ${ready === 1 ? 'passes' : 'pass'} the check; ${countArticles(summary.blocked.length)} ${summary.blocked.length === 1 ? 'has' : 'have'} errors.`}
        {summary.withWarnings > 0 &&
          ` ${countArticles(summary.withWarnings)} ${summary.withWarnings === 1 ? 'has' : 'have'} warnings only.`}
      </p>
      {summary.blocked.length > 0 && (
        <>
          <ul aria-label="Articles with errors">
            {summary.blocked.map((report) => (
              <li key={report.articleId} className="preflight-error">
                <strong>{report.headline || 'Untitled article'}</strong>:{' '}
                {report.issues
                  .filter((issue) => issue.severity === 'error')
                  .map((issue) => issueText(issue))
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
            Export anyway, with these errors
          </label>
          {!override && (
            <p className="edition-note">Articles with errors will be left out of the edition.</p>
          )}
        </>
      )}
    </div>
  );
}
