// What an import tells the user about what it recognised.

export interface ImportReport {
  format: 'text' | 'docx';
  /** Field by field, what was found; absent means not found. */
  recognised: {
    headline?: string;
    dateline?: string;
    byline?: string;
    language: string;
    paragraphs: number;
    relatedLinks: number;
    /** True when a "Related News" heading was found, even with nothing under it. */
    relatedSection: boolean;
  };
  /** Ticker headlines found at the top of the page, offered for the site ticker. */
  tickerHeadlines: string[];
  /** Anything the user should know: content dropped, lines kept in the body as they were. */
  notices: string[];
}
