// What the preflight checklist reports: each problem, how serious, and where it is.

export type PreflightSeverity = 'error' | 'warning';

/** The part of the article a problem is in; the editor moves the cursor there. */
export type PreflightField =
  | 'headline'
  | 'shortHeadline'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'body'
  | 'related'
  | 'ticker'
  | 'status';

export interface PreflightIssue {
  severity: PreflightSeverity;
  /** Stable identifier of the rule, for scripts reading `dateline check --json`. */
  rule: string;
  message: string;
  field: PreflightField;
  /** In the body: the ProseMirror position of the paragraph; in lists: the entry's index. */
  position?: number;
  index?: number;
}

export interface PreflightReport {
  articleId: string;
  headline: string;
  issues: PreflightIssue[];
  errors: number;
  warnings: number;
}
