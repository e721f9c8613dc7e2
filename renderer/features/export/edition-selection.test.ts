import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/article';
import type { PreflightReport } from '../../../shared/preflight/types';
import {
  checkRequest,
  editionSelection,
  selectedArticles,
  summarizeChecks,
} from './edition-selection';
import { testSummary } from '../../../test-support/shared/sample-articles';

const article = testSummary;

const library = [
  article('draft', {}),
  article('ready', { status: 'ready' }),
  article('edited', { status: 'edited' }),
  article('approved', { status: 'approved' }),
  article('binned', { status: 'approved', trashedAt: '2026-11-02T00:00:00.000Z' }),
];

const ids = (articles: ArticleSummary[]) => articles.map((entry) => entry.id);

describe('selectedArticles', () => {
  it('takes the approved articles by default, never one in the trash', () => {
    expect(ids(selectedArticles(library, 'approved', new Set()))).toEqual(['approved']);
  });

  it('takes everything past the draft stage', () => {
    expect(ids(selectedArticles(library, 'past-draft', new Set()))).toEqual([
      'ready',
      'edited',
      'approved',
    ]);
  });

  it('takes the chosen articles, in library order, leaving out the trashed', () => {
    const chosen = new Set(['approved', 'draft', 'binned']);
    expect(ids(selectedArticles(library, 'chosen', chosen))).toEqual(['draft', 'approved']);
  });
});

describe('the edition request and its check', () => {
  it('asks for Approved by status, so the service picks the articles as they are on disk', () => {
    const selected = selectedArticles(library, 'approved', new Set());
    expect(editionSelection('approved', selected)).toEqual({ status: 'approved' });
    expect(checkRequest('approved', selected)).toEqual({ statuses: ['approved'] });
  });

  it('names the articles otherwise, and checks whole statuses where it can', () => {
    const pastDraft = selectedArticles(library, 'past-draft', new Set());
    expect(editionSelection('past-draft', pastDraft)).toEqual({
      ids: ['ready', 'edited', 'approved'],
    });
    expect(checkRequest('past-draft', pastDraft)).toEqual({
      statuses: ['ready', 'edited', 'approved'],
    });
    const chosen = selectedArticles(library, 'chosen', new Set(['draft']));
    expect(checkRequest('chosen', chosen)).toEqual({ ids: ['draft'] });
  });
});

describe('summarizeChecks', () => {
  const report = (articleId: string, errors: number, warnings: number): PreflightReport => ({
    articleId,
    headline: articleId,
    issues: [],
    errors,
    warnings,
  });

  it('separates the articles that errors keep out from those with warnings only', () => {
    const summary = summarizeChecks([report('a', 0, 0), report('b', 2, 1), report('c', 0, 3)]);
    expect(summary.checked).toBe(3);
    expect(summary.blocked.map((entry) => entry.articleId)).toEqual(['b']);
    expect(summary.withWarnings).toBe(1);
  });
});
