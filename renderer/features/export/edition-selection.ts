// Which articles an edition takes: the approved ones (the default), everything past the draft
// stage, or articles the editor picks one by one. Pure, so the counts and the request are tested.
import type { ArticleStatus, ArticleSummary } from '../../../shared/article';
import type { PreflightReport } from '../../../shared/preflight/types';

export type EditionChoice = 'approved' | 'past-draft' | 'chosen';

const PAST_DRAFT: readonly ArticleStatus[] = ['ready', 'edited', 'approved'];

/** The request's selection: a status the service filters by, or the ids themselves. */
export type EditionSelection = { status: ArticleStatus } | { ids: string[] };

export function selectedArticles(
  articles: readonly ArticleSummary[],
  choice: EditionChoice,
  chosen: ReadonlySet<string>,
): ArticleSummary[] {
  const live = articles.filter((article) => !article.trashedAt);
  if (choice === 'approved') return live.filter((article) => article.status === 'approved');
  if (choice === 'past-draft') return live.filter((article) => PAST_DRAFT.includes(article.status));
  return live.filter((article) => chosen.has(article.id));
}

export function editionSelection(
  choice: EditionChoice,
  selected: readonly ArticleSummary[],
): EditionSelection {
  // Approved goes by status, so an article approved meanwhile is in the edition too.
  if (choice === 'approved') return { status: 'approved' };
  return { ids: selected.map((article) => article.id) };
}

/** What to check before the edition: whole statuses at once, or picked articles one by one. */
export type CheckRequest = { statuses: ArticleStatus[] } | { ids: string[] };

export function checkRequest(
  choice: EditionChoice,
  selected: readonly ArticleSummary[],
): CheckRequest {
  if (choice === 'approved') return { statuses: ['approved'] };
  if (choice === 'past-draft') return { statuses: [...PAST_DRAFT] };
  return { ids: selected.map((article) => article.id) };
}

export interface CheckSummary {
  checked: number;
  /** Reports with errors: left out unless the editor exports anyway. */
  blocked: PreflightReport[];
  withWarnings: number;
}

export function summarizeChecks(reports: readonly PreflightReport[]): CheckSummary {
  return {
    checked: reports.length,
    blocked: reports.filter((report) => report.errors > 0),
    withWarnings: reports.filter((report) => report.errors === 0 && report.warnings > 0).length,
  };
}
