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
  | 'leadPhoto'
  | 'related'
  | 'ticker'
  | 'status';

/** Which sentence tells the problem; the interface words it from its catalogs, the CLI in English. */
export type PreflightCode =
  | 'headline-empty'
  | 'headline-too-long'
  | 'standfirst-missing'
  | 'standfirst-too-long'
  | 'byline-missing'
  | 'dateline-missing'
  | 'body-unreadable'
  | 'body-empty'
  | 'paragraph-empty'
  | 'paragraph-double-space'
  | 'paragraph-link-scheme'
  | 'related-deleted'
  | 'related-link-scheme'
  | 'ticker-item-too-long'
  | 'short-headline-too-long'
  | 'not-approved'
  | 'photo-alt-missing'
  | 'photo-credit-missing'
  | 'photo-lead-narrow';

/** The figures and quotes a problem's sentence is made of (a length, a paragraph's number). */
export type PreflightValues = Record<string, string | number>;

export interface PreflightIssue {
  severity: PreflightSeverity;
  /** Stable identifier of the rule, for scripts reading `dateline check --json`. */
  rule: string;
  code: PreflightCode;
  values: PreflightValues;
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
