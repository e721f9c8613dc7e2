// A library listing entry for tests: every field filled, any of them overridden.
import type { ArticleSummary } from './article';

export function testSummary(id: string, change: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    revision: 1,
    headline: id,
    shortHeadline: '',
    status: 'draft',
    language: 'en',
    section: '',
    tags: [],
    wordCount: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...change,
  };
}
