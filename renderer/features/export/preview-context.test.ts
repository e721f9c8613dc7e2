import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION } from '../../../shared/publication';
import { previewContextFor } from './preview-context';
import { testSummary } from '../../../test-support/shared/sample-articles';

const summary = (id: string, headline: string, trashedAt?: string) =>
  testSummary(id, { headline, status: 'approved', ...(trashedAt ? { trashedAt } : {}) });

const sources = {
  publication: { ...DEFAULT_PUBLICATION, siteUrl: 'https://news.example.org' },
  ticker: undefined,
  articles: [
    summary('a1', 'Floods recede in Kratie'),
    summary('b2', 'Old story', '2026-11-02T00:00:00.000Z'),
  ],
};

describe('previewContextFor', () => {
  const now = new Date('2026-11-25T03:00:00.000Z');

  it('links live library articles at the site, as the exported file does', () => {
    const context = previewContextFor(
      { id: 'x', headline: 'Ferry resumes', status: 'draft' },
      sources,
      now,
    );
    expect(context.resolveArticle?.('a1')).toEqual({
      headline: 'Floods recede in Kratie',
      href: 'https://news.example.org/floods-recede-in-kratie.html',
    });
    expect(context.resolveArticle?.('b2')).toBeUndefined();
    expect(context.pagePath).toBe('ferry-resumes.html');
    expect(context.publishedAt).toBeUndefined();
  });

  it('publishes an approved article now', () => {
    const context = previewContextFor(
      { id: 'x', headline: 'Ferry', status: 'approved' },
      sources,
      now,
    );
    expect(context.publishedAt).toBe(now.toISOString());
  });
});
