// The sample articles every test draws on: a publication, an article with every field filled
// (related links to a kept, a deleted and an outside story), the ticker, and library listing
// entries, in the project's own words. Tests override what they look at.
import {
  ARTICLE_SCHEMA_VERSION,
  emptyFields,
  type Article,
  type ArticleBody,
  type ArticleSummary,
} from '../../shared/article';
import type { Publication } from '../../shared/publication';
import type { Ticker } from '../../shared/ticker';

export const PUBLICATION: Publication = {
  name: 'Mekong Evening Post',
  siteUrl: 'https://news.example.org/',
  defaultAuthor: 'Staff Reporter',
  datelineStyle: 'plain',
  timeZone: 'Asia/Phnom_Penh',
};

export function body(...paragraphs: string[]): ArticleBody {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: 'river-pumps-0001',
    revision: 4,
    headline: 'Farmers Share Solar Pumps Along the Sangkae',
    shortHeadline: 'Farmers share solar pumps',
    standfirst: 'Forty families pooled their savings to water their paddies on sunlight.',
    byline: 'Sok Chan and Jane Doe',
    dateline: 'Battambang',
    body: body(
      'A cooperative of rice farmers has installed six solar pumps, officials said on Tuesday.',
      'The pumps replace diesel engines that families rented by the hour.',
    ),
    language: 'en',
    section: 'Business',
    tags: ['farming', 'energy'],
    notes: 'SECRET-NOTE: check the figures with the ministry before running.',
    status: 'approved',
    related: [
      {
        id: 'link-article-1',
        title: 'Old title of the flood story',
        titleEdited: false,
        target: { kind: 'article', articleId: 'flood-story-0001' },
      },
      {
        id: 'link-missing-1',
        title: 'A story that was deleted',
        titleEdited: false,
        target: { kind: 'article', articleId: 'deleted-story-01' },
      },
      {
        id: 'link-web-0001',
        title: 'Mekong River Commission report',
        titleEdited: true,
        target: { kind: 'url', url: 'https://www.mrcmekong.org/report' },
      },
    ],
    createdAt: '2025-11-24T10:00:00.000Z',
    updatedAt: '2025-11-24T20:30:00.000Z',
    ...overrides,
  };
}

export const TICKER: Pick<Ticker, 'items'> = {
  items: [
    { id: 'tick-0001', text: 'Rice prices steady in Battambang', breaking: false },
    {
      id: 'tick-0002',
      text: 'Flood warning for Kratie',
      breaking: true,
      link: { kind: 'article', articleId: 'flood-story-0001' },
    },
    {
      id: 'tick-0003',
      text: 'New bridge opens in Kampong Cham',
      breaking: false,
      link: { kind: 'url', url: 'https://example.org/bridge' },
    },
  ],
};

/** Finds the one other article the samples link to, as the library would. */
export const resolveArticle = (id: string) =>
  id === 'flood-story-0001'
    ? { headline: 'Flood Waters Reach Kratie', href: 'flood-story-0001.html' }
    : undefined;

/** A library listing entry: every field filled, any of them overridden. */
export function testSummary(id: string, change: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    revision: 1,
    headline: id,
    shortHeadline: '',
    byline: '',
    standfirstLine: '',
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
