// The checklist an editor sees before export and `dateline check` prints: errors stop an
// export unless overridden; warnings are worth a look.
import { tickerText, type Article } from '../article';
import { isAllowedLinkUrl } from '../schema/link-policy';
import { TICKER_WARN_LENGTH, type Ticker } from '../ticker';
import { countCharacters } from '../text/counts';
import { checkBody } from './body-checks';
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
    ...checkRelated(article, context),
    ...checkTicker(article, context.ticker),
  ];
  if (article.status !== 'approved') {
    issues.push({
      severity: 'warning',
      rule: 'not-approved',
      field: 'status',
      message: 'The article is not approved yet.',
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
      message: 'The headline is empty.',
    });
  } else if (headline > HEADLINE_LIMIT) {
    issues.push({
      severity: 'warning',
      rule: 'headline-long',
      field: 'headline',
      message: `The headline is ${headline} characters long; most sites show ${HEADLINE_LIMIT}.`,
    });
  }
  const standfirst = countCharacters(article.standfirst.trim());
  if (standfirst === 0) {
    issues.push({
      severity: 'warning',
      rule: 'standfirst-missing',
      field: 'standfirst',
      message: 'There is no standfirst.',
    });
  } else if (standfirst > STANDFIRST_LIMIT) {
    issues.push({
      severity: 'warning',
      rule: 'standfirst-long',
      field: 'standfirst',
      message: `The standfirst is ${standfirst} characters long; search results show about ${STANDFIRST_LIMIT}.`,
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
      message: 'There is no byline.',
    });
  }
  if (!article.dateline.trim()) {
    issues.push({
      severity: 'warning',
      rule: 'dateline-missing',
      field: 'dateline',
      message: 'There is no dateline.',
    });
  }
  return issues;
}

function checkRelated(article: Article, context: PreflightContext): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  article.related.forEach((link, index) => {
    const name = `Related link ${index + 1} (“${link.title || 'untitled'}”)`;
    if (link.target.kind === 'article' && !context.articleExists(link.target.articleId)) {
      issues.push({
        severity: 'error',
        rule: 'related-deleted',
        field: 'related',
        index,
        message: `${name} points to an article that is no longer in the library.`,
      });
    }
    if (link.target.kind === 'url' && !isAllowedLinkUrl(link.target.url)) {
      issues.push({
        severity: 'error',
        rule: 'link-scheme',
        field: 'related',
        index,
        message: `${name} is not a web address.`,
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
        message: `Ticker item ${index + 1} is ${length} characters long (“${item.text.slice(0, 40)}…”); keep it under ${TICKER_WARN_LENGTH}.`,
      });
    }
  });
  const short = tickerText(article);
  if (countCharacters(short) > TICKER_WARN_LENGTH && article.shortHeadline.trim()) {
    issues.push({
      severity: 'warning',
      rule: 'short-headline-long',
      field: 'shortHeadline',
      message: `The short headline is longer than ${TICKER_WARN_LENGTH} characters.`,
    });
  }
  return issues;
}
