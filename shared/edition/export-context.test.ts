import { describe, expect, it } from 'vitest';
import { makeArticle, PUBLICATION } from '../../test-support/shared/sample-articles';
import { DEFAULT_PUBLICATION } from '../publication';
import { articleExportContext, siteAddress, sitePageFile } from './export-context';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const headlines = new Map([
  ['flood-story-0001', 'Flood Waters Reach Kratie'],
  ['khmer-rain-0001', 'ភ្លៀងធ្លាក់'],
]);

describe('articleExportContext', () => {
  it('links library articles at the site by their slugs, and names the page by its own', () => {
    const context = articleExportContext(
      makeArticle(),
      { publication: PUBLICATION, headlines },
      NOW,
    );
    expect(context.pagePath).toBe('farmers-share-solar-pumps-along-the-sangkae.html');
    expect(context.resolveArticle?.('flood-story-0001')).toEqual({
      headline: 'Flood Waters Reach Kratie',
      href: 'https://news.example.org/flood-waters-reach-kratie.html',
    });
    // A Khmer headline's address is its words; browsers show them decoded as text.
    const khmer = context.resolveArticle?.('khmer-rain-0001')?.href ?? '';
    expect(decodeURI(khmer)).toBe('https://news.example.org/ភ្លៀងធ្លាក់.html');
    expect(context.resolveArticle?.('deleted-story-01')).toBeUndefined();
    expect(context.publishedAt).toBe(NOW.toISOString());
  });

  it('leaves library links without an address when the site URL is not set', () => {
    const context = articleExportContext(
      makeArticle({ status: 'draft' }),
      { publication: DEFAULT_PUBLICATION, headlines },
      NOW,
    );
    expect(context.resolveArticle?.('flood-story-0001')).toEqual({
      headline: 'Flood Waters Reach Kratie',
    });
    expect(context.publishedAt).toBeUndefined();
  });

  it('links articles of the same edition by their file names', () => {
    const editionFiles = new Map([['flood-story-0001', 'flood-waters-reach-kratie-2.html']]);
    for (const publication of [PUBLICATION, DEFAULT_PUBLICATION]) {
      const context = articleExportContext(
        makeArticle(),
        { publication, headlines, editionFiles },
        NOW,
      );
      expect(context.resolveArticle?.('flood-story-0001')?.href).toBe(
        'flood-waters-reach-kratie-2.html',
      );
    }
  });
});

describe('sitePageFile and siteAddress', () => {
  it('name a page by its slug and place it under the site URL', () => {
    expect(sitePageFile({ id: 'abcdefgh-1', headline: 'Rain Falls' })).toBe('rain-falls.html');
    expect(siteAddress('https://example.org/news', 'a.html')).toBe(
      'https://example.org/news/a.html',
    );
    expect(siteAddress('https://example.org/news/', './')).toBe('https://example.org/news/');
    expect(siteAddress('', 'a.html')).toBeUndefined();
  });
});
