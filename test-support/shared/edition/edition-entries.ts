// Edition entries for the tests: three articles, one in Khmer, with the contexts their pages get.
import type { Article } from '../../../shared/article';
import { articleExportContext } from '../../../shared/edition/export-context';
import type { EditionEntry, EditionSite } from '../../../shared/edition/types';
import type { Publication } from '../../../shared/publication';
import { makeArticle, PUBLICATION, TICKER } from '../sample-articles';

export const NOW = new Date('2026-03-01T08:00:00.000Z');

export const ARTICLES: Article[] = [
  makeArticle({
    id: 'river-pumps-0001',
    headline: 'Farmers Share Solar Pumps',
    updatedAt: '2026-02-27T10:00:00.000Z',
    status: 'edited',
  }),
  makeArticle({
    id: 'flood-story-0001',
    headline: 'Flood Waters Reach <Kratie> & "Stung Treng"',
    standfirst: 'The Mekong rose a metre overnight.',
    section: 'News',
    tags: [],
    updatedAt: '2026-02-28T10:00:00.000Z',
    status: 'edited',
    related: [],
  }),
  makeArticle({
    id: 'khmer-rain-0001',
    headline: 'ភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ',
    standfirst: 'ទឹកជំនន់នៅតាមផ្លូវ។',
    byline: 'សុខ ចាន់',
    language: 'km',
    section: '',
    tags: [],
    updatedAt: '2026-02-26T10:00:00.000Z',
    status: 'edited',
    related: [],
  }),
];

export function editionEntries(
  publication: Publication = PUBLICATION,
  articles: Article[] = ARTICLES,
): { entries: EditionEntry[]; site: EditionSite } {
  const files = new Map(articles.map((article) => [article.id, `${article.id}.html`]));
  const headlines = new Map(articles.map((article) => [article.id, article.headline]));
  const sources = { publication, ticker: TICKER, headlines, editionFiles: files };
  const entries = articles.map((article) => ({
    article,
    file: files.get(article.id)!,
    context: articleExportContext(article, sources, NOW),
  }));
  const site: EditionSite = {
    publication,
    ticker: TICKER,
    resolveArticle: (id) => {
      const headline = headlines.get(id);
      return headline === undefined ? undefined : { headline, href: files.get(id)! };
    },
    now: NOW.toISOString(),
  };
  return { entries, site };
}
