// The checklist an editor sees before export and `dateline check` prints: errors stop an
// export unless overridden; warnings are worth a look.
import { tickerText, type Article } from '../article';
import { isAllowedLinkUrl } from '../schema/link-policy';
import { TICKER_WARN_LENGTH, type Ticker } from '../ticker';
import { countCharacters } from '../text/counts';
import { checkBody } from './body-checks';
import { checkPhotos } from './photo-checks';
import type { PreflightIssue, PreflightReport } from './types';

export const HEADLINE_LIMIT = 70;
export const STANDFIRST_LIMIT = 160;

export interface PreflightContext {
  /** Whether a library article still exists (not deleted or in the trash). */
  articleExists: (id: string) => boolean;
  /** The site ticker; its items linked to this article are checked with it. */
  ticker?: Ticker;
}

export function preflight(article: Article, context: PreflightContext): PreflightReport {
  const issues: PreflightIssue[] = [
    ...checkHeadlines(article),
    ...checkByline(article),
    ...checkBody(article.body),
    ...checkPhotos(article),
    ...checkRelated(article, context),
    ...checkTicker(article, context.ticker),
  ];
  if (article.status !== 'approved') {
    issues.push({
      severity: 'warning',
      rule: 'not-approved',
      field: 'status',
      code: 'not-approved',
      values: {},
    });
  }
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return {
    articleId: article.id,
    headline: article.headline,
    issues,
    errors,
    warnings: issues.length - errors,
  };
}

function checkHeadlines(article: Article): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  const headline = countCharacters(article.headline.trim());
  if (headline === 0) {
    issues.push({
      severity: 'error',
      rule: 'headline-empty',
      field: 'headline',
      code: 'headline-empty',
      values: {},
    });
  } else if (headline > HEADLINE_LIMIT) {
    issues.push({
      severity: 'warning',
      rule: 'headline-long',
      field: 'headline',
      code: 'headline-too-long',
      values: { length: headline, limit: HEADLINE_LIMIT },
    });
  }
  const standfirst = countCharacters(article.standfirst.trim());
  if (standfirst === 0) {
    issues.push({
      severity: 'warning',
      rule: 'standfirst-missing',
      field: 'standfirst',
      code: 'standfirst-missing',
      values: {},
    });
  } else if (standfirst > STANDFIRST_LIMIT) {
    issues.push({
      severity: 'warning',
      rule: 'standfirst-long',
      field: 'standfirst',
      code: 'standfirst-too-long',
      values: { length: standfirst, limit: STANDFIRST_LIMIT },
    });
  }
  return issues;
}

function checkByline(article: Article): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  if (!article.byline.trim()) {
    issues.push({
      severity: 'warning',
      rule: 'byline-missing',
      field: 'byline',
      code: 'byline-missing',
      values: {},
    });
  }
  if (!article.dateline.trim()) {
    issues.push({
      severity: 'warning',
      rule: 'dateline-missing',
      field: 'dateline',
      code: 'dateline-missing',
      values: {},
    });
  }
  return issues;
}

function checkRelated(article: Article, context: PreflightContext): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  article.related.forEach((link, index) => {
    // An untitled link has an empty title; each language says "untitled" its own way.
    const values = { number: index + 1, title: link.title };
    if (link.target.kind === 'article' && !context.articleExists(link.target.articleId)) {
      issues.push({
        severity: 'error',
        rule: 'related-deleted',
        field: 'related',
        index,
        code: 'related-deleted',
        values,
      });
    }
    if (link.target.kind === 'url' && !isAllowedLinkUrl(link.target.url)) {
      issues.push({
        severity: 'error',
        rule: 'link-scheme',
        field: 'related',
        index,
        code: 'related-link-scheme',
        values,
      });
    }
  });
  return issues;
}

function checkTicker(article: Article, ticker: Ticker | undefined): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  ticker?.items.forEach((item, index) => {
    const length = countCharacters(item.text);
    if (length > TICKER_WARN_LENGTH) {
      issues.push({
        severity: 'warning',
        rule: 'ticker-long',
        field: 'ticker',
        index,
        code: 'ticker-item-too-long',
        values: {
          number: index + 1,
          length,
          excerpt: item.text.slice(0, 40),
          limit: TICKER_WARN_LENGTH,
        },
      });
    }
  });
  const short = tickerText(article);
  if (countCharacters(short) > TICKER_WARN_LENGTH && article.shortHeadline.trim()) {
    issues.push({
      severity: 'warning',
      rule: 'short-headline-long',
      field: 'shortHeadline',
      code: 'short-headline-too-long',
      values: { limit: TICKER_WARN_LENGTH },
    });
  }
  return issues;
}
